// The opportunity filter, checked once and then written four ways from the
// same decision: a Meilisearch filter, a SQL condition (degraded mode), an
// in-memory test (digests) and URL query parameters (feeds). Keep them in step:
// the unit tests hold them to the same answers.
import {
  REGIONS,
  countriesOfRegion,
  isCountry,
  isLanguage,
  isMineral,
  isRegion,
  isTheme,
  regionsOfCountry,
} from '@commonground/shared-reference';
import type { OpportunityKind, OpportunityStatus } from '../syndication/types';

export const OPPORTUNITY_KINDS: readonly OpportunityKind[] = ['CALL_FOR_PROPOSALS', 'REQUEST_FOR_ABSTRACTS', 'GRANT', 'TENDER', 'FELLOWSHIP', 'EVENT', 'WEBINAR', 'DELEGATION', 'NEWS'];
export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'CLOSED', 'ARCHIVED'];
/** What a search shows when it names no status: what one can still apply to or attend. */
export const DEFAULT_STATUSES: readonly OpportunityStatus[] = ['PUBLISHED'];
export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 50;

/** A filter as a user (GraphQL input, saved search JSON, feed URL) gives it. */
export interface RawOpportunityFilter {
  query?: string | null;
  kinds?: readonly string[] | null;
  statuses?: readonly string[] | null;
  minerals?: readonly string[] | null;
  themes?: readonly string[] | null;
  countries?: readonly string[] | null;
  regions?: readonly string[] | null;
  languages?: readonly string[] | null;
  publisherIds?: readonly string[] | null;
  deadlineAfter?: Date | string | null;
  deadlineBefore?: Date | string | null;
}

/** A checked filter: every list deduplicated and known, dates parsed, empty lists meaning "any". */
export interface OpportunityFilter {
  query: string;
  kinds: OpportunityKind[];
  /** never empty: DEFAULT_STATUSES when none was asked for */
  statuses: OpportunityStatus[];
  minerals: string[];
  themes: string[];
  countries: string[];
  regions: string[];
  languages: string[];
  publisherIds: string[];
  deadlineAfter: Date | null;
  deadlineBefore: Date | null;
}

export class FilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function list<T extends string>(values: readonly string[] | null | undefined, field: string, valid: (v: string) => boolean, what: string): T[] {
  if (values === null || values === undefined) return [];
  if (!Array.isArray(values)) throw new FilterError(field, `${field} must be a list.`);
  if (values.length > MAX_VALUES) throw new FilterError(field, `At most ${MAX_VALUES} values in ${field}.`);
  const out = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string' || !valid(v)) throw new FilterError(field, `Unknown ${what} "${String(v)}".`);
    out.add(v);
  }
  return [...out] as T[];
}

function date(value: Date | string | null | undefined, field: string): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new FilterError(field, `${field} is not a valid date.`);
  return d;
}

/** Checks a filter; `prefix` names the argument in errors (`filter.minerals`). */
export function normalizeFilter(input: RawOpportunityFilter | null | undefined, prefix = 'filter'): OpportunityFilter {
  const f = input ?? {};
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const query = typeof f.query === 'string' ? f.query.trim() : '';
  if (query.length > MAX_QUERY_LENGTH) throw new FilterError(at('query'), `The search text is too long (${MAX_QUERY_LENGTH} characters at most).`);
  const statuses = list<OpportunityStatus>(f.statuses, at('statuses'), (v) => (OPPORTUNITY_STATUSES as readonly string[]).includes(v), 'status');
  const filter: OpportunityFilter = {
    query,
    kinds: list<OpportunityKind>(f.kinds, at('kinds'), (v) => (OPPORTUNITY_KINDS as readonly string[]).includes(v), 'kind'),
    statuses: statuses.length ? statuses : [...DEFAULT_STATUSES],
    minerals: list(f.minerals, at('minerals'), isMineral, 'mineral'),
    themes: list(f.themes, at('themes'), isTheme, 'theme'),
    countries: list(f.countries, at('countries'), isCountry, 'country'),
    regions: list(f.regions, at('regions'), isRegion, 'region'),
    languages: list(f.languages, at('languages'), isLanguage, 'language'),
    publisherIds: list(f.publisherIds, at('publisherIds'), (v) => UUID.test(v), 'publisher id'),
    deadlineAfter: date(f.deadlineAfter, at('deadlineAfter')),
    deadlineBefore: date(f.deadlineBefore, at('deadlineBefore')),
  };
  if (filter.deadlineAfter && filter.deadlineBefore && filter.deadlineAfter > filter.deadlineBefore) {
    throw new FilterError(at('deadlineBefore'), 'deadlineBefore must not be before deadlineAfter.');
  }
  return filter;
}

/** The filter as stored in a saved search (JSON): only what was asked for. */
export function filterToJson(f: OpportunityFilter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.query) out.query = f.query;
  for (const key of ['kinds', 'minerals', 'themes', 'countries', 'regions', 'languages', 'publisherIds'] as const) if (f[key].length) out[key] = f[key];
  if (f.statuses.join() !== DEFAULT_STATUSES.join()) out.statuses = f.statuses;
  if (f.deadlineAfter) out.deadlineAfter = f.deadlineAfter.toISOString();
  if (f.deadlineBefore) out.deadlineBefore = f.deadlineBefore.toISOString();
  return out;
}

// ---------------------------------------------------------------- geography

/**
 * Every country an opportunity reaches: its countries and the countries of its
 * regions. A country filter matches these, so "a country matches its region".
 */
export function reachedCountries(countries: readonly string[], regions: readonly string[]): string[] {
  const out = new Set(countries);
  for (const r of regions) for (const c of countriesOfRegion(r)) out.add(c);
  return [...out].sort();
}

const ancestorsOfRegion = (code: string): string[] => {
  const out: string[] = [];
  const byCode = new Map(REGIONS.map((r) => [r.code, r]));
  for (let c: string | null = code; c !== null; c = byCode.get(c)?.parent ?? null) out.push(c);
  return out;
};

/** Every region an opportunity lies in: its regions and their parents, and the regions of its countries. */
export function coveredRegions(countries: readonly string[], regions: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of regions) for (const a of ancestorsOfRegion(r)) out.add(a);
  for (const c of countries) for (const a of regionsOfCountry(c)) out.add(a);
  return [...out].sort();
}

/** Regions at or inside `region`, for SQL. */
function regionAndDescendants(region: string): string[] {
  return REGIONS.filter((r) => ancestorsOfRegion(r.code).includes(region)).map((r) => r.code);
}

// ---------------------------------------------------------------- facets

/** Facet names, the search-document attribute each counts, and the filter list each narrows. */
export const FACETS = [
  { name: 'kind', attribute: 'kind', key: 'kinds' },
  { name: 'status', attribute: 'status', key: 'statuses' },
  { name: 'mineral', attribute: 'minerals', key: 'minerals' },
  { name: 'theme', attribute: 'themes', key: 'themes' },
  { name: 'region', attribute: 'covered_regions', key: 'regions' },
  { name: 'country', attribute: 'reached_countries', key: 'countries' },
  { name: 'language', attribute: 'languages', key: 'languages' },
  { name: 'publisher', attribute: 'publisher', key: 'publisherIds' },
] as const satisfies ReadonlyArray<{ name: string; attribute: string; key: keyof OpportunityFilter }>;
export type FacetName = (typeof FACETS)[number]['name'] | 'deadline';

/** Deadline windows of the `deadline` facet, in days from now. */
export const DEADLINE_WINDOWS = [7, 30, 90] as const;

// ---------------------------------------------------------------- Meilisearch

const q = (v: string) => JSON.stringify(v);
const inList = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(q).join(', ')}]`;

/**
 * The filter as a Meilisearch expression (without visibility). `except` leaves
 * one facet's own condition out, for disjunctive facet counts.
 */
export function meiliFilter(f: OpportunityFilter, except?: FacetName): string[] {
  const parts: string[] = [];
  for (const facet of FACETS) {
    if (facet.name === except) continue;
    const values = f[facet.key] as readonly string[];
    if (values.length) parts.push(inList(facet.attribute, values));
  }
  if (except !== 'deadline') {
    if (f.deadlineAfter) parts.push(`deadline_ts >= ${f.deadlineAfter.getTime()}`);
    if (f.deadlineBefore) parts.push(`deadline_ts <= ${f.deadlineBefore.getTime()}`);
  }
  return parts;
}

// ---------------------------------------------------------------- SQL (degraded mode)

/** The filter as a SQL condition over an `opportunities` alias (without visibility and text). */
export function sqlFilter(f: OpportunityFilter, alias: string, except?: FacetName): { where: string; parameters: Record<string, unknown> } {
  const parts: string[] = [];
  const parameters: Record<string, unknown> = {};
  const a = alias;
  const add = (sql: string, name: string, value: unknown) => {
    parts.push(sql);
    parameters[name] = value;
  };
  if (except !== 'kind' && f.kinds.length) add(`${a}.kind::text = ANY(:fKinds)`, 'fKinds', f.kinds);
  if (except !== 'status') add(`${a}.status::text = ANY(:fStatuses)`, 'fStatuses', f.statuses);
  if (except !== 'mineral' && f.minerals.length) add(`${a}.minerals && CAST(:fMinerals AS text[])`, 'fMinerals', f.minerals);
  if (except !== 'theme' && f.themes.length) add(`${a}.themes && CAST(:fThemes AS text[])`, 'fThemes', f.themes);
  if (except !== 'language' && f.languages.length) {
    add(`EXISTS (SELECT 1 FROM jsonb_array_elements(${a}.texts) t WHERE t->>'language' = ANY(:fLanguages))`, 'fLanguages', f.languages);
  }
  if (except !== 'publisher' && f.publisherIds.length) add(`${a}.owner_organization_id = ANY(CAST(:fPublishers AS uuid[]))`, 'fPublishers', f.publisherIds);
  if (except !== 'country' && f.countries.length) {
    const regions = [...new Set(f.countries.flatMap((c) => regionsOfCountry(c)))];
    parts.push(`(${a}.countries && CAST(:fCountries AS text[]) OR ${a}.regions && CAST(:fCountryRegions AS text[]))`);
    parameters.fCountries = f.countries;
    parameters.fCountryRegions = regions;
  }
  if (except !== 'region' && f.regions.length) {
    const inside = [...new Set(f.regions.flatMap(regionAndDescendants))];
    const countries = [...new Set(f.regions.flatMap(countriesOfRegion))];
    parts.push(`(${a}.regions && CAST(:fRegions AS text[]) OR ${a}.countries && CAST(:fRegionCountries AS text[]))`);
    parameters.fRegions = inside;
    parameters.fRegionCountries = countries;
  }
  if (except !== 'deadline') {
    if (f.deadlineAfter) add(`${a}.deadline >= :fDeadlineAfter`, 'fDeadlineAfter', f.deadlineAfter);
    if (f.deadlineBefore) add(`${a}.deadline <= :fDeadlineBefore`, 'fDeadlineBefore', f.deadlineBefore);
  }
  return { where: parts.length ? parts.join(' AND ') : 'TRUE', parameters };
}

// ---------------------------------------------------------------- in memory (digests)

/** What the in-memory test reads of an opportunity. */
export interface FilterableOpportunity {
  kind: string;
  status: string;
  minerals: readonly string[];
  themes: readonly string[];
  countries: readonly string[];
  regions: readonly string[];
  languages: readonly string[];
  publisherId: string;
  deadline: Date | null;
}

const overlaps = (wanted: readonly string[], have: readonly string[]) => !wanted.length || wanted.some((w) => have.includes(w));

/** The filter's structured part (everything but the search text) for one opportunity. */
export function matchesFilter(f: OpportunityFilter, o: FilterableOpportunity): boolean {
  if (f.kinds.length && !f.kinds.includes(o.kind as OpportunityKind)) return false;
  if (!f.statuses.includes(o.status as OpportunityStatus)) return false;
  if (!overlaps(f.minerals, o.minerals) || !overlaps(f.themes, o.themes) || !overlaps(f.languages, o.languages)) return false;
  if (f.publisherIds.length && !f.publisherIds.includes(o.publisherId)) return false;
  if (f.countries.length && !overlaps(f.countries, reachedCountries(o.countries, o.regions))) return false;
  if (f.regions.length && !overlaps(f.regions, coveredRegions(o.countries, o.regions))) return false;
  if (f.deadlineAfter && (!o.deadline || o.deadline < f.deadlineAfter)) return false;
  if (f.deadlineBefore && (!o.deadline || o.deadline > f.deadlineBefore)) return false;
  return true;
}

// ---------------------------------------------------------------- URL parameters (feeds)

const PARAMS = [
  ['kinds', 'kind'],
  ['statuses', 'status'],
  ['minerals', 'mineral'],
  ['themes', 'theme'],
  ['countries', 'country'],
  ['regions', 'region'],
  ['languages', 'language'],
  ['publisherIds', 'publisher'],
] as const;

/** The filter as query parameters: `q`, repeated `kind=`, `mineral=`, …, `deadlineAfter=`. */
export function filterToParams(f: OpportunityFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (f.query) params.set('q', f.query);
  for (const [key, name] of PARAMS) {
    if (key === 'statuses' && f.statuses.join() === DEFAULT_STATUSES.join()) continue;
    for (const v of f[key]) params.append(name, v);
  }
  if (f.deadlineAfter) params.set('deadlineAfter', f.deadlineAfter.toISOString());
  if (f.deadlineBefore) params.set('deadlineBefore', f.deadlineBefore.toISOString());
  return params;
}

/** Reads a filter from query parameters (also accepts comma-separated values); errors name the parameter. */
export function paramsToFilter(params: URLSearchParams): OpportunityFilter {
  const all = (name: string) => params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const input: RawOpportunityFilter = { query: params.get('q'), deadlineAfter: params.get('deadlineAfter'), deadlineBefore: params.get('deadlineBefore') };
  for (const [key, name] of PARAMS) (input as Record<string, unknown>)[key] = all(name);
  try {
    return normalizeFilter(input, '');
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    const param = PARAMS.find(([key]) => key === error.field)?.[1] ?? (error.field === 'query' ? 'q' : error.field);
    throw new FilterError(param, error.message);
  }
}

