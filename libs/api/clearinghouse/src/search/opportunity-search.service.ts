import { MaybeActor, SearchEngine, VisibilityPolicy, badInput, decodeCursor, encodeCursor, isEngineUnavailable, pageSize } from '@commonground/api-core';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OpportunityEntity } from '../clearinghouse.entities';
import { OpportunityService } from '../opportunity.service';
import { OPPORTUNITY_INDEXER } from './opportunity.indexer';
import { DEADLINE_WINDOWS, FACETS, FacetName, OpportunityFilter, meiliFilter, sqlFilter } from './opportunity-filter';

export type OpportunitySortOrder = 'DEADLINE' | 'NEWEST' | 'RELEVANCE';

export interface FacetCount {
  value: string;
  count: number;
}
export interface FacetResult {
  name: FacetName;
  values: FacetCount[];
}

export interface OpportunitySearchResult {
  /** the page, in order */
  opportunities: OpportunityEntity[];
  /** offsets of the page's items, for cursors */
  offset: number;
  hasNextPage: boolean;
  totalCount: number;
  facets: FacetResult[];
  degraded: boolean;
}

/** Meilisearch returns at most this many hits for one query (index setting). */
export const MAX_RESULT_WINDOW = 10_000;
const DAY = 86_400_000;

const sortFor = (sort: OpportunitySortOrder, hasText: boolean): string[] => {
  if (sort === 'DEADLINE') return ['deadline_ts:asc', 'published_ts:desc'];
  if (sort === 'NEWEST' || !hasText) return ['published_ts:desc'];
  return [];
};

const toValues = (distribution: Record<string, number> | undefined): FacetCount[] =>
  Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

const sum = (distribution: Record<string, number> | undefined) => Object.values(distribution ?? {}).reduce((s, n) => s + n, 0);

/**
 * Discovering opportunities: one Meilisearch multi-search answers the page,
 * the exact total and every facet's counts, all under the viewer's visibility
 * filter (so nothing private is counted). Facets are disjunctive: a facet's
 * counts apply every filter except its own, so choosing a value does not hide
 * the others. When the engine is down, PostgreSQL answers (without typo tolerance).
 */
@Injectable()
export class OpportunitySearchService {
  private readonly logger = new Logger(OpportunitySearchService.name);

  constructor(
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
    private readonly opportunities: OpportunityService,
    private readonly dataSource: DataSource,
  ) {}

  async search(
    actor: MaybeActor,
    filter: OpportunityFilter,
    options: { sort?: OpportunitySortOrder | null; first?: number | null; after?: string | null; now?: Date; facets?: boolean } = {},
  ): Promise<OpportunitySearchResult> {
    const limit = pageSize(options.first);
    const offset = options.after ? offsetOf(options.after) : 0;
    const sort = options.sort ?? (filter.query ? 'RELEVANCE' : 'NEWEST');
    const now = options.now ?? new Date();
    try {
      return await this.fromEngine(actor, filter, sort, limit, offset, now, options.facets !== false);
    } catch (error) {
      if (!isEngineUnavailable(error)) throw error;
      this.logger.warn(`opportunities answered from PostgreSQL: ${(error as Error).message}`);
      return this.fromDatabase(actor, filter, sort, limit, offset, now, options.facets !== false);
    }
  }

  private async fromEngine(actor: MaybeActor, f: OpportunityFilter, sort: OpportunitySortOrder, limit: number, offset: number, now: Date, withFacets: boolean): Promise<OpportunitySearchResult> {
    const indexer = this.engine.indexer(OPPORTUNITY_INDEXER)!;
    await this.engine.ensureIndex(indexer);
    const indexUid = this.engine.indexName(indexer);
    const visibility = `(${this.policy.searchFilter(actor)})`;
    const where = (parts: string[]) => [visibility, ...parts].join(' AND ');
    const active = FACETS.filter((facet) => (f[facet.key] as readonly string[]).length > 0 && facet.name !== 'status');
    // status always has a value (the default); its counts come from a query without it
    const disjunctive = withFacets ? [...active, FACETS.find((x) => x.name === 'status')!] : [];
    const mainFacets = withFacets ? FACETS.filter((x) => !disjunctive.includes(x)).map((x) => x.attribute) : ['kind'];
    const queries: Array<Record<string, unknown>> = [
      { indexUid, q: f.query, filter: where(meiliFilter(f)), offset, limit: Math.max(0, Math.min(limit + 1, MAX_RESULT_WINDOW - offset)), sort: sortFor(sort, !!f.query), facets: [...new Set(['kind', ...mainFacets])], attributesToRetrieve: ['id'] },
      ...disjunctive.map((facet) => ({ indexUid, q: f.query, filter: where(meiliFilter(f, facet.name)), limit: 0, facets: [facet.attribute] })),
    ];
    const windows = withFacets ? DEADLINE_WINDOWS : [];
    for (const days of windows) {
      const window = [...meiliFilter(f, 'deadline'), `deadline_ts >= ${now.getTime()}`, `deadline_ts <= ${now.getTime() + days * DAY}`];
      queries.push({ indexUid, q: f.query, filter: where(window), limit: 0, facets: ['kind'] });
    }
    const { results } = await this.engine.meili.multiSearch({ queries: queries as never });
    const main = results[0];
    const distributionOf = (attribute: string) => {
      const i = disjunctive.findIndex((x) => x.attribute === attribute);
      return (i >= 0 ? results[1 + i] : main).facetDistribution?.[attribute];
    };
    const facets: FacetResult[] = withFacets ? FACETS.map((facet) => ({ name: facet.name, values: toValues(distributionOf(facet.attribute)) })) : [];
    if (withFacets) {
      const first = 1 + disjunctive.length;
      facets.push({ name: 'deadline', values: windows.map((days, i) => ({ value: `${days}d`, count: sum(results[first + i].facetDistribution?.kind) })) });
    }
    const ids = (main.hits as Array<{ id: string }>).map((h) => h.id);
    const hasNextPage = ids.length > limit;
    // the index may lag the database by a moment: read the rows and re-check visibility
    const opportunities = await this.opportunities.visibleByIds(actor, ids.slice(0, limit));
    return { opportunities, offset, hasNextPage, totalCount: sum(main.facetDistribution?.kind), facets, degraded: false };
  }

  /** The same question to PostgreSQL: no typo tolerance, geography facets count the named countries and regions only. */
  private async fromDatabase(actor: MaybeActor, f: OpportunityFilter, sort: OpportunitySortOrder, limit: number, offset: number, now: Date, withFacets: boolean): Promise<OpportunitySearchResult> {
    const base = (except?: FacetName) => {
      const visible = this.opportunities.visibleCondition(actor, 'o');
      const filter = sqlFilter(f, 'o', except);
      const q = this.dataSource.getRepository(OpportunityEntity).createQueryBuilder('o').where(visible.where, visible.parameters).andWhere(filter.where, filter.parameters);
      if (f.query) q.andWhere(`o.texts::text ILIKE :textPattern`, { textPattern: `%${f.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      return q;
    };
    const page = base();
    if (sort === 'DEADLINE') page.orderBy('o.deadline', 'ASC', 'NULLS LAST').addOrderBy('o.published_at', 'DESC', 'NULLS LAST');
    else page.orderBy('o.published_at', 'DESC', 'NULLS LAST');
    page.addOrderBy('o.id', 'ASC').offset(offset).limit(limit + 1);
    const [rows, totalCount] = await Promise.all([page.getMany(), base().getCount()]);
    const facets: FacetResult[] = [];
    if (withFacets) {
      const expressions: Record<string, string> = {
        kind: 'o.kind::text',
        status: 'o.status::text',
        mineral: 'unnest(o.minerals)',
        theme: 'unnest(o.themes)',
        region: 'unnest(o.regions)',
        country: 'unnest(o.countries)',
        language: `jsonb_array_elements(o.texts)->>'language'`,
        publisher: 'o.owner_organization_id::text',
      };
      for (const facet of FACETS) {
        const q = base(facet.name).select(expressions[facet.name], 'value').addSelect('count(*)::int', 'count').groupBy('value');
        const values: Array<{ value: string; count: number }> = await q.getRawMany();
        facets.push({ name: facet.name, values: toValues(Object.fromEntries(values.map((v) => [v.value, v.count]))) });
      }
      const windows: FacetCount[] = [];
      for (const days of DEADLINE_WINDOWS) {
        const count = await base('deadline').andWhere('o.deadline BETWEEN :from AND :to', { from: now, to: new Date(now.getTime() + days * DAY) }).getCount();
        windows.push({ value: `${days}d`, count });
      }
      facets.push({ name: 'deadline', values: windows });
    }
    return { opportunities: rows.slice(0, limit), offset, hasNextPage: rows.length > limit, totalCount, facets, degraded: true };
  }
}

/** The offset a cursor of this list points after. */
function offsetOf(cursor: string): number {
  const [position] = decodeCursor(cursor);
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= MAX_RESULT_WINDOW) throw badInput('after', 'after is not a cursor of this list.');
  return position + 1;
}

/** The cursor of the item at `position` (0-based, over the whole result). */
export const cursorAt = (position: number, id: string) => encodeCursor(position, id);
