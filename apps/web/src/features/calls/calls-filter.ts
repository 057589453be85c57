// The clearinghouse filter in the web client: the URL of /calls carries it
// with the same parameters as the feeds (`q`, repeated `kind=`, `mineral=`, …,
// `deadlineAfter=`), so a search is shareable and its RSS, Atom and calendar
// feeds are the same parameters on another path.
import type { OpportunityFilter, OpportunityKind, OpportunityStatus } from '../../gql/graphql';

export const KINDS: readonly OpportunityKind[] = ['CALL_FOR_PROPOSALS', 'REQUEST_FOR_ABSTRACTS', 'GRANT', 'TENDER', 'FELLOWSHIP', 'EVENT', 'WEBINAR', 'DELEGATION', 'NEWS'];
export const STATUSES: readonly OpportunityStatus[] = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'CLOSED', 'ARCHIVED'];
/** kinds that take registrations, with a seat limit and a waiting list */
export const REGISTRABLE_KINDS: readonly OpportunityKind[] = ['EVENT', 'WEBINAR', 'DELEGATION'];
/** the windows of the deadline facet, in days from now ("7d", "30d", "90d") */
export const DEADLINE_WINDOWS = [7, 30, 90] as const;
/** the "closing soon" view: published, deadline within this many days */
export const CLOSING_SOON_DAYS = 14;
const DAY = 86_400_000;

export interface CallsFilter {
  query: string;
  kinds: string[];
  statuses: string[];
  minerals: string[];
  themes: string[];
  countries: string[];
  regions: string[];
  languages: string[];
  publisherIds: string[];
  deadlineAfter: string | null;
  deadlineBefore: string | null;
}

export type ListKey = 'kinds' | 'statuses' | 'minerals' | 'themes' | 'countries' | 'regions' | 'languages' | 'publisherIds';

/** filter lists, their URL parameter and the facet that counts them */
export const LISTS: ReadonlyArray<{ key: ListKey; param: string; facet: string }> = [
  { key: 'kinds', param: 'kind', facet: 'kind' },
  { key: 'statuses', param: 'status', facet: 'status' },
  { key: 'minerals', param: 'mineral', facet: 'mineral' },
  { key: 'themes', param: 'theme', facet: 'theme' },
  { key: 'regions', param: 'region', facet: 'region' },
  { key: 'countries', param: 'country', facet: 'country' },
  { key: 'languages', param: 'language', facet: 'language' },
  { key: 'publisherIds', param: 'publisher', facet: 'publisher' },
];

export const emptyFilter = (): CallsFilter => ({
  query: '',
  kinds: [],
  statuses: [],
  minerals: [],
  themes: [],
  countries: [],
  regions: [],
  languages: [],
  publisherIds: [],
  deadlineAfter: null,
  deadlineBefore: null,
});

const validDate = (value: string | null | undefined): string | null => (value && !Number.isNaN(new Date(value).getTime()) ? value : null);

/** The filter in the URL (repeated or comma-separated values). */
export function filterFromParams(params: URLSearchParams): CallsFilter {
  const filter = emptyFilter();
  filter.query = (params.get('q') ?? '').trim();
  for (const { key, param } of LISTS) {
    filter[key] = [...new Set(params.getAll(param).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  }
  filter.deadlineAfter = validDate(params.get('deadlineAfter'));
  filter.deadlineBefore = validDate(params.get('deadlineBefore'));
  return filter;
}

/** The filter as URL parameters, the feeds' way. */
export function filterToParams(filter: CallsFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.query.trim()) params.set('q', filter.query.trim());
  for (const { key, param } of LISTS) for (const value of filter[key]) params.append(param, value);
  if (filter.deadlineAfter) params.set('deadlineAfter', filter.deadlineAfter);
  if (filter.deadlineBefore) params.set('deadlineBefore', filter.deadlineBefore);
  return params;
}

/** A saved search's filter (JSON as the API stores it) in the web's shape. */
export function filterFromJson(json: unknown): CallsFilter {
  const filter = emptyFilter();
  if (!json || typeof json !== 'object') return filter;
  const raw = json as Record<string, unknown>;
  if (typeof raw.query === 'string') filter.query = raw.query;
  for (const { key } of LISTS) {
    const value = raw[key];
    if (Array.isArray(value)) filter[key] = value.filter((v): v is string => typeof v === 'string');
  }
  filter.deadlineAfter = typeof raw.deadlineAfter === 'string' ? validDate(raw.deadlineAfter) : null;
  filter.deadlineBefore = typeof raw.deadlineBefore === 'string' ? validDate(raw.deadlineBefore) : null;
  return filter;
}

/** The GraphQL OpportunityFilter: empty lists left out (any). */
export function toApiFilter(filter: CallsFilter): OpportunityFilter {
  const out: OpportunityFilter = {};
  if (filter.query.trim()) out.query = filter.query.trim();
  if (filter.kinds.length) out.kinds = filter.kinds as OpportunityKind[];
  if (filter.statuses.length) out.statuses = filter.statuses as OpportunityStatus[];
  if (filter.minerals.length) out.minerals = filter.minerals;
  if (filter.themes.length) out.themes = filter.themes;
  if (filter.countries.length) out.countries = filter.countries;
  if (filter.regions.length) out.regions = filter.regions;
  if (filter.languages.length) out.languages = filter.languages;
  if (filter.publisherIds.length) out.publisherIds = filter.publisherIds;
  if (filter.deadlineAfter) out.deadlineAfter = filter.deadlineAfter;
  if (filter.deadlineBefore) out.deadlineBefore = filter.deadlineBefore;
  return out;
}

/** True when nothing narrows the search. */
export function isEmptyFilter(filter: CallsFilter): boolean {
  return !filter.query && LISTS.every(({ key }) => filter[key].length === 0) && !filter.deadlineAfter && !filter.deadlineBefore;
}

export type FeedFormat = 'rss' | 'atom' | 'ics';

/** The feed of a filter: `/feeds/opportunities.rss?…`, with a private token when given. */
export function feedPath(filter: CallsFilter, format: FeedFormat, token?: string | null): string {
  const params = filterToParams(filter);
  if (token) params.set('token', token);
  const query = params.toString();
  return `/feeds/opportunities.${format}${query ? `?${query}` : ''}`;
}

/** Adds `token=` to a feed URL (absolute or not). */
export function withToken(url: string, token: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

/** A click on a deadline window: from now to now + days. */
export function deadlineWindow(days: number, now: Date): { deadlineAfter: string; deadlineBefore: string } {
  return { deadlineAfter: now.toISOString(), deadlineBefore: new Date(now.getTime() + days * DAY).toISOString() };
}

/** The facet window ("7d") a filter's deadline range is, if it is one (give or take an hour). */
export function activeWindow(filter: Pick<CallsFilter, 'deadlineAfter' | 'deadlineBefore'>): number | null {
  if (!filter.deadlineAfter || !filter.deadlineBefore) return null;
  const span = new Date(filter.deadlineBefore).getTime() - new Date(filter.deadlineAfter).getTime();
  return DEADLINE_WINDOWS.find((days) => Math.abs(span - days * DAY) < 3_600_000) ?? null;
}

/** "7d" -> 7 */
export function windowDays(value: string): number | null {
  const match = /^(\d+)d$/.exec(value);
  return match ? Number(match[1]) : null;
}
