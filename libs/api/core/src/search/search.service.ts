import { Injectable, Logger } from '@nestjs/common';
import type { MaybeActor } from '../auth/actor';
import { badInput } from '../errors/app-error';
import { VisibilityPolicy } from '../policy/visibility.policy';
import { SearchEngine } from './search-engine';
import type { SearchHitData } from './search-indexer';

export interface SearchAnswer {
  hits: SearchHitData[];
  totalCount: number;
  degraded: boolean;
}

/**
 * The one search box: every registered kind, filtered by the visibility
 * policy. When Meilisearch does not answer, the same question is put to
 * PostgreSQL and the answer says it is degraded.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
  ) {}

  async search(actor: MaybeActor, query: string, kinds: string[] | null | undefined, first: number | null | undefined): Promise<SearchAnswer> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('first', 'first must be between 1 and 100.');
    if (query.length > 500) throw badInput('query', 'The search text is too long (500 characters at most).');
    const known = this.engine.all();
    const unknown = (kinds ?? []).filter((k) => !known.some((i) => i.kind === k));
    if (unknown.length) throw badInput('kinds', `Unknown kinds: ${unknown.join(', ')}. Known: ${known.map((i) => i.kind).join(', ')}.`);
    const indexers = kinds?.length ? known.filter((i) => kinds.includes(i.kind)) : known;
    if (!indexers.length) return { hits: [], totalCount: 0, degraded: false };
    try {
      // an index nothing was written to yet must not fail the whole federated search (created once per process)
      await Promise.all(indexers.map((indexer) => this.engine.ensureIndex(indexer)));
      const filter = this.policy.searchFilter(actor);
      const response = await this.engine.meili.multiSearch({
        federation: { limit },
        queries: indexers.map((indexer) => ({ indexUid: this.engine.indexName(indexer), q: query, filter })),
      });
      const hits = response.hits.map((hit: unknown) => {
        const indexUid = (hit as { _federation?: { indexUid: string } })._federation?.indexUid;
        const indexer = indexers.find((i) => this.engine.indexName(i) === indexUid) ?? indexers[0];
        return indexer.toHit(hit as never);
      });
      return { hits, totalCount: response.estimatedTotalHits ?? hits.length, degraded: false };
    } catch (error) {
      if (!isEngineUnavailable(error)) throw error;
      this.logger.warn(`search answered from PostgreSQL: ${(error as Error).message}`);
      const answers = await Promise.all(indexers.map((i) => i.fallback(actor, query, limit)));
      const hits = answers.flatMap((a) => a.hits).slice(0, limit);
      return { hits, totalCount: answers.reduce((sum, a) => sum + a.total, 0), degraded: true };
    }
  }
}

/** Connection failures, time-outs, and missing indexes (nothing synced yet) mean: ask PostgreSQL. */
export function isEngineUnavailable(error: unknown): boolean {
  const e = error as { name?: string; cause?: { code?: string }; code?: string };
  if (e?.name === 'MeilisearchRequestError' || e?.name === 'MeilisearchRequestTimeOutError') return true;
  if (e?.name === 'MeilisearchApiError' && (e.cause?.code === 'index_not_found' || e.code === 'index_not_found')) return true;
  return false;
}
