// ISO 3166-1 countries and UN M49 regions. The tables are generated once by
// scripts/generate.cjs and committed (see docs/adr/0003-reference-data.md).
import countriesData from './data/countries.json';
import regionsData from './data/regions.json';
import { freeze, label, type Localized } from './localized';

/** M49 levels: the World holds regions, which hold sub-regions, some of which hold intermediate regions. */
export type RegionLevel = 'world' | 'region' | 'sub-region' | 'intermediate-region';

export interface Region {
  /** UN M49 code, 3 digits as a string: `002`, `017`, `419`. */
  code: string;
  /** The enclosing area; null for the World (`001`). */
  parent: string | null;
  level: RegionLevel;
  name: Localized;
}

export interface Country {
  /** ISO 3166-1 alpha-2, upper case: `CD`. */
  code: string;
  /** UN M49 / ISO 3166-1 numeric code, 3 digits: `180`. */
  m49: string;
  name: Localized;
  /** M49 region (`002` Africa); null only for Antarctica, which M49 puts in no region. */
  region: string | null;
  /** M49 sub-region (`202` Sub-Saharan Africa); null only for Antarctica. */
  subRegion: string | null;
  /** M49 intermediate region (`017` Middle Africa), where the sub-region has them. */
  intermediateRegion: string | null;
}

export const WORLD = '001';

/** The UN M49 areas above the country level, the World first. */
export const REGIONS: readonly Region[] = freeze(regionsData as Region[]);
/** All 249 officially assigned ISO 3166-1 countries and territories, by code. */
export const COUNTRIES: readonly Country[] = freeze(countriesData as Country[]);

const regionByCode: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));
const countryByCode: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));

function ancestorsOf(code: string | null): string[] {
  const out: string[] = [];
  for (let c = code; c !== null; c = regionByCode.get(c)?.parent ?? null) out.push(c);
  return out;
}

// Precomputed: every area of each country, most specific first, the World last.
const areasOfCountry: ReadonlyMap<string, readonly string[]> = new Map(
  COUNTRIES.map((c) => [c.code, freeze(ancestorsOf(c.intermediateRegion ?? c.subRegion ?? c.region ?? WORLD))]),
);
const countriesByRegion = new Map<string, string[]>(REGIONS.map((r) => [r.code, []]));
for (const [country, areas] of areasOfCountry) for (const area of areas) countriesByRegion.get(area)!.push(country);

/** True for an ISO 3166-1 alpha-2 code, exactly as written (upper case). */
export function isCountry(code: unknown): code is string {
  return typeof code === 'string' && countryByCode.has(code);
}

/** True for one of the UN M49 area codes of REGIONS (`001`, `002`, `017`, `419`, ...). */
export function isRegion(code: unknown): code is string {
  return typeof code === 'string' && regionByCode.has(code);
}

export function getCountry(code: string): Country | undefined {
  return countryByCode.get(code);
}

export function getRegion(code: string): Region | undefined {
  return regionByCode.get(code);
}

/** Every M49 area that contains the country, most specific first: `CD` -> `['017', '202', '002', '001']`; [] if unknown. */
export function regionsOfCountry(code: string): string[] {
  return [...(areasOfCountry.get(code) ?? [])];
}

/** True if the country lies in the region, at any depth (every country is in `001`). */
export function countryInRegion(country: string, region: string): boolean {
  return areasOfCountry.get(country)?.includes(region) ?? false;
}

/**
 * True if a country matches an area given as a country code or an M49 region
 * code: `CD` matches `CD`, `017`, `202`, `002` and `001`.
 */
export function countryMatches(country: string, area: string): boolean {
  return (area === country && countryByCode.has(country)) || countryInRegion(country, area);
}

/** The alpha-2 codes of the countries in the region at any depth, in code order; [] if unknown. */
export function countriesOfRegion(region: string): string[] {
  return [...(countriesByRegion.get(region) ?? [])];
}

/** The areas directly inside a region (`002` -> `['015', '202']`); [] for a leaf or an unknown code. */
export function subRegionsOf(region: string): string[] {
  return REGIONS.filter((r) => r.parent === region).map((r) => r.code);
}

/** The country's name in `lang` (falls back to English); undefined for an unknown code. */
export function countryName(code: string, lang?: string | null): string | undefined {
  const country = countryByCode.get(code);
  return country && label(country.name, lang);
}

/** The region's name in `lang` (falls back to English); undefined for an unknown code. */
export function regionName(code: string, lang?: string | null): string | undefined {
  const region = regionByCode.get(code);
  return region && label(region.name, lang);
}
