import type { MaybeActor } from '../auth/actor';

export interface SearchDocument {
  id: string;
  [field: string]: unknown;
}

/** What a search hit shows; `url` is the web client's route of the item. */
export interface SearchHitData {
  kind: string;
  id: string;
  title: string;
  snippet: string | null;
  url: string;
}

/**
 * One kind of searchable thing, provided by the feature that owns it. The
 * feature says how to build its documents from the database, which fields
 * the engine searches and filters, how a document reads as a hit, and how to
 * answer from PostgreSQL when the engine is down.
 */
export interface SearchIndexer {
  /** TERM | DEFINITION | OPPORTUNITY | PROJECT | SMELTER | AUDIT | ORGANIZATION | INITIATIVE */
  readonly kind: string;
  /** index name without the configured prefix */
  readonly index: string;
  readonly searchableAttributes: string[];
  readonly filterableAttributes: string[];
  readonly sortableAttributes?: string[];
  /** further Meilisearch settings (faceting, pagination, ranking) */
  readonly settings?: Record<string, unknown>;
  /** documents for these ids; ids that no longer exist are simply absent (and get deleted) */
  documents(ids: string[]): Promise<SearchDocument[]>;
  /** every id, in batches, for a full reindex */
  allIds(batchSize: number): AsyncIterable<string[]>;
  toHit(document: SearchDocument): SearchHitData;
  /** the degraded answer from PostgreSQL, honouring the same visibility */
  fallback(actor: MaybeActor, query: string, limit: number): Promise<{ hits: SearchHitData[]; total: number }>;
}
