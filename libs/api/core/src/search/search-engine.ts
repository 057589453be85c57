import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { SearchIndexer } from './search-indexer';

/**
 * The Meilisearch client and the registry of indexers. Features register
 * their indexer in onModuleInit; index settings are applied lazily, once per
 * process, before the first write to an index.
 */
@Injectable()
export class SearchEngine implements OnModuleInit {
  private readonly logger = new Logger(SearchEngine.name);
  private readonly indexers = new Map<string, SearchIndexer>();
  private readonly configured = new Set<string>();
  private client!: Meilisearch;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit() {
    // meilisearch is ESM-only; Node loads it from CommonJS with require(esm)
    const { Meilisearch } = await import('meilisearch');
    this.client = new Meilisearch({ host: this.config.meiliUrl, apiKey: this.config.meiliMasterKey, timeout: 5_000 });
  }

  get meili(): Meilisearch {
    return this.client;
  }

  register(indexer: SearchIndexer) {
    this.indexers.set(indexer.kind, indexer);
  }

  indexer(kind: string): SearchIndexer | undefined {
    return this.indexers.get(kind);
  }

  all(): SearchIndexer[] {
    return [...this.indexers.values()];
  }

  indexName(indexer: SearchIndexer, suffix = ''): string {
    return `${this.config.meiliIndexPrefix}${indexer.index}${suffix}`;
  }

  async healthy(): Promise<boolean> {
    try {
      await this.client.health();
      return true;
    } catch {
      return false;
    }
  }

  /** Creates the index if needed and applies the indexer's settings. */
  async ensureIndex(indexer: SearchIndexer, name = this.indexName(indexer)): Promise<void> {
    if (this.configured.has(name)) return;
    await this.client.createIndex(name, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    const task = await this.client
      .index(name)
      .updateSettings({
        searchableAttributes: indexer.searchableAttributes,
        filterableAttributes: indexer.filterableAttributes,
        sortableAttributes: indexer.sortableAttributes ?? [],
        ...indexer.settings,
      })
      .waitTask({ timeout: 30_000 });
    if (task.status === 'failed') throw new Error(`settings of index ${name} failed: ${task.error?.message}`);
    this.configured.add(name);
    this.logger.debug(`index ${name} ready`);
  }

  forgetIndex(name: string) {
    this.configured.delete(name);
  }
}
