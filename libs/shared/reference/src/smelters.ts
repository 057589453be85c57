// The smelter and refiner registry seed: one record per RMI Smelter Identification
// Number (CID), derived from the "Smelter Look-up" sheets of the RMI templates
// (CMRT 6.5: 637 look-up rows, 349 CIDs; EMRT 2.1: 491 rows, 305 CIDs) by
// tools/derive-smelter-reference.mjs and committed. The Metal enum itself is
// METALS in ./minerals.
import smeltersData from './data/smelters.json';
import { freeze } from './localized';
import type { Metal } from './minerals';

export interface SmelterReference {
  /** RMI Smelter Identification Number, `CID` and six digits: `CID000015`. */
  cid: string;
  metal: Metal;
  /** RMI's "Standard Smelter Name". */
  standardName: string;
  /** Every "Smelter Look-up" name of the templates that points at this CID (the standard name included when listed). */
  aliases: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The country as RMI spells it (upper-case English): `CONGO, DEMOCRATIC REPUBLIC OF THE`. */
  countryName: string;
  city: string | null;
  state: string | null;
  /** Source of the identification number, `RMI` for all seeded records. */
  source: string;
}

/**
 * The look-up entries that are not smelters. Templates list both under every
 * metal: "Smelter not listed" (the supplier types a name and country, which go
 * through name matching) and "Smelter not yet identified" (counted as
 * unidentified, matched to nothing). Values are the template's English
 * constants, which do not change with the template's language.
 */
export const SMELTER_NOT_LISTED = 'Smelter not listed';
export const SMELTER_NOT_YET_IDENTIFIED = 'Smelter not yet identified';

// the /*#__PURE__*/ marks let the web bundle drop the registry (175 KB) when nothing uses it
export const SMELTERS: readonly SmelterReference[] = /*#__PURE__*/ freeze(smeltersData as SmelterReference[]);

let byCidCache: ReadonlyMap<string, SmelterReference> | null = null;
/** Built on first use, so that importing this module costs nothing. */
const byCid = (): ReadonlyMap<string, SmelterReference> => (byCidCache ??= new Map(SMELTERS.map((s) => [s.cid, s])));

/** The metals that have at least one seeded smelter, in METALS order (a unit test holds it to the data). */
export const SMELTER_METALS: readonly Metal[] = /*#__PURE__*/ freeze(['TANTALUM', 'TIN', 'TUNGSTEN', 'GOLD', 'COBALT', 'COPPER', 'LITHIUM', 'MICA', 'NICKEL'] as Metal[]);

/** `CID000015`, also written `cid 15`, `CID-000015` or `000015`, to the canonical `CID000015`; null if it is not a CID. */
export function normalizeCid(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const m = /^\s*(?:cid)?[\s\-_:#]*0*(\d{1,6})\s*$/i.exec(String(value));
  return m ? `CID${m[1]!.padStart(6, '0')}` : null;
}

/** The seeded smelter with that CID (any spelling normalizeCid accepts); undefined if unknown. */
export function getSmelterByCid(cid: string): SmelterReference | undefined {
  const canonical = normalizeCid(cid);
  return canonical ? byCid().get(canonical) : undefined;
}

export function smeltersOfMetal(metal: Metal): SmelterReference[] {
  return SMELTERS.filter((s) => s.metal === metal);
}
