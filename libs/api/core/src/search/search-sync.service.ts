import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { DataSource, EntityManager } from 'typeorm';
import { SearchEngine } from './search-engine';
import { SearchOutboxEntry } from './search-outbox.entity';

const BATCH = 500;

/**
 * Keeps Meilisearch in step with PostgreSQL through the search outbox.
 *
 * `enqueue` is called inside the transaction that changes the data, so a
 * change and its outbox row commit together. `drain` reads pending rows with
 * SKIP LOCKED (replicas and workers can drain side by side), upserts or
 * deletes the documents, waits for Meilisearch to accept them, and only then
 * removes the rows: when the engine is down the rows stay and the next drain
 * catches up. Upserts by id make a repeated drain harmless.
 */
@Injectable()
export class SearchSync implements OnModuleInit {
  private readonly logger = new Logger(SearchSync.name);
  private last: Promise<number> = Promise.resolve(0);
  private waiting: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    // the periodic drain catches up after an outage or a crash between commit and kick
    this.jobs.every(2, 'search-sync', () => this.drain());
  }

  /** transactions that wrote outbox rows (UnitOfWork nudges a drain only after those) */
  private readonly writers = new WeakSet<EntityManager>();

  wrote(manager: EntityManager): boolean {
    return this.writers.has(manager);
  }

  async enqueue(manager: EntityManager, kind: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    this.writers.add(manager);
    await manager.insert(
      SearchOutboxEntry,
      ids.map((documentId) => ({ kind, documentId })),
    );
  }

  /**
   * Drains until the outbox is empty or the engine fails; returns how many
   * rows were applied. The drain a caller gets starts after the call, so it
   * sees everything the caller committed; calls made while one is waiting to
   * start share it.
   */
  drain(): Promise<number> {
    if (this.waiting) return this.waiting;
    const next = this.last
      .catch(() => 0)
      .then(() => {
        this.waiting = null;
        return this.drainAll();
      });
    this.waiting = next;
    this.last = next;
    return next;
  }

  /** Starts a drain without waiting for it (after a write, to make it findable quickly). */
  kick(): void {
    setImmediate(() => {
      this.drain().catch(() => undefined);
    });
  }

  async pendingCount(): Promise<number> {
    return this.dataSource.getRepository(SearchOutboxEntry).count();
  }

  private async drainAll(): Promise<number> {
    let applied = 0;
    for (;;) {
      const n = await this.drainBatch();
      applied += n;
      if (n < BATCH) return applied;
    }
  }

  private async drainBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: SearchOutboxEntry[] = await manager
        .getRepository(SearchOutboxEntry)
        .createQueryBuilder('o')
        .orderBy('o.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!rows.length) return 0;
      const byKind = new Map<string, Set<string>>();
      for (const row of rows) {
        if (!byKind.has(row.kind)) byKind.set(row.kind, new Set());
        byKind.get(row.kind)!.add(row.documentId);
      }
      try {
        for (const [kind, idSet] of byKind) await this.apply(kind, [...idSet]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`search sync postponed: ${message}`);
        await manager
          .createQueryBuilder()
          .update(SearchOutboxEntry)
          .set({ attempts: () => 'attempts + 1', lastError: message.slice(0, 1000) })
          .whereInIds(rows.map((r) => r.id))
          .execute();
        return 0;
      }
      await manager.delete(SearchOutboxEntry, rows.map((r) => r.id));
      return rows.length;
    });
  }

  /** Sends the current state of these documents to the engine. */
  async apply(kind: string, ids: string[], indexName?: string): Promise<void> {
    const indexer = this.engine.indexer(kind);
    if (!indexer) {
      this.logger.warn(`no search indexer for kind ${kind}; dropping ${ids.length} outbox rows`);
      return;
    }
    const name = indexName ?? this.engine.indexName(indexer);
    await this.engine.ensureIndex(indexer, name);
    const documents = await indexer.documents(ids);
    const index = this.engine.meili.index(name);
    const present = new Set(documents.map((d) => d.id));
    const gone = ids.filter((id) => !present.has(id));
    const tasks = [];
    if (documents.length) tasks.push(await index.addDocuments(documents).waitTask({ timeout: 30_000 }));
    if (gone.length) tasks.push(await index.deleteDocuments(gone).waitTask({ timeout: 30_000 }));
    const failed = tasks.find((t) => t.status === 'failed');
    if (failed) throw new Error(`Meilisearch task ${failed.uid} failed: ${failed.error?.message}`);
  }

  /**
   * Rebuilds every index from the database into a fresh index and swaps it
   * in, so searches keep working during the rebuild (`npm run reindex`).
   */
  async reindexAll(log: (line: string) => void = () => undefined): Promise<void> {
    for (const indexer of this.engine.all()) {
      const live = this.engine.indexName(indexer);
      const fresh = this.engine.indexName(indexer, '_reindex');
      await this.engine.meili.deleteIndex(fresh).waitTask({ timeout: 30_000 });
      this.engine.forgetIndex(fresh);
      await this.engine.ensureIndex(indexer, live);
      let count = 0;
      for await (const ids of indexer.allIds(BATCH)) {
        await this.apply(indexer.kind, ids, fresh);
        count += ids.length;
      }
      await this.engine.ensureIndex(indexer, fresh);
      const swap = await this.engine.meili.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask({ timeout: 60_000 });
      if (swap.status === 'failed') throw new Error(`swapping ${fresh} into ${live} failed: ${swap.error?.message}`);
      await this.engine.meili.deleteIndex(fresh).waitTask({ timeout: 30_000 });
      this.engine.forgetIndex(fresh);
      log(`reindexed ${indexer.kind}: ${count} documents into ${live}`);
    }
  }
}
