import { APP_CONFIG, Actor, AppConfig, FileStorage, FileTooLargeError, JobsService, MaybeActor, UnitOfWork, notFound, requireId } from '@commonground/api-core';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { DeclarationFileError, MAX_FILE_BYTES } from './declarations';
import { ParserPool } from './declarations/parser-pool';
import type { DeclaredSmelterRow, ParsedDeclaration } from './declarations/types';
import { reportedKey } from './matching/matcher';
import { normalizeName } from './matching/normalize';
import { toCountryCode } from './matching/country';
import { SmelterService } from './smelter.service';
import {
  DeclarationEntity,
  DeclarationImportEntity,
  DeclaredSmelterEntity,
  ImportState,
  MatchMethod,
  MatchReviewEntity,
  Metal,
  TemplateKind,
} from './smelters.entities';

export const IMPORT_JOB = 'declarations.import';
/** At most this many files in one upload. */
export const MAX_FILES_PER_UPLOAD = 20;
/** A claim lasts this long unless its process renews it (every LEASE_SECONDS / 4). */
export const LEASE_SECONDS = 60;
/** Claims of one import before it fails for good (its reading process died each time). */
export const MAX_IMPORT_ATTEMPTS = 3;

export interface UploadedFile {
  originalname: string;
  /** the file as multer stored it (disk) or kept it (memory) */
  path?: string;
  buffer?: Buffer;
  size: number;
}

/**
 * Imports of supplier declarations (CMRT/EMRT/CRT/AMRT .xlsx). An upload is
 * stored and queued at once; a worker parses it, matches every reported
 * smelter, and writes declaration, rows and review items in one transaction —
 * a file is imported whole or not at all. The same bytes again change nothing.
 */
@Injectable()
export class DeclarationImportService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DeclarationImportService.name);
  private pool: ParserPool | undefined;
  private draining: Promise<number> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly storage: FileStorage,
    private readonly smelters: SmelterService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationShutdown() {
    await this.pool?.close();
    this.pool = undefined;
  }

  /** The worker threads that read workbooks, started on the first import. */
  private parser(): ParserPool {
    const o = this.config.imports;
    return (this.pool ??= new ParserPool({ threads: o.concurrency, memoryMb: o.workerMemoryMb, timeoutMs: o.timeoutSeconds * 1000 }));
  }

  onModuleInit() {
    this.jobs.register(IMPORT_JOB, async () => {
      await this.runPending();
    });
    // picks up imports whose job was lost (a crash between commit and enqueue)
    this.jobs.every(30, 'declaration-import-sweep', () => this.runPending());
  }

  /** Stores the files and queues their imports; answers at once. */
  async accept(actor: Actor, files: Array<{ name: string; stream: Readable }>): Promise<DeclarationImportEntity[]> {
    const out: DeclarationImportEntity[] = [];
    for (const file of files) {
      let stored;
      try {
        stored = await this.storage.write(file.stream, { maxBytes: MAX_FILE_BYTES, prefix: 'declarations' });
      } catch (error) {
        if (!(error instanceof FileTooLargeError)) throw error;
        out.push(
          await this.dataSource.getRepository(DeclarationImportEntity).save({
            organizationId: actor.organizationId!,
            uploadedByUserId: actor.userId,
            fileName: file.name.slice(0, 255),
            sha256: '0'.repeat(64),
            sizeBytes: MAX_FILE_BYTES + 1,
            state: ImportState.FAILED,
            progress: 1,
            error: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`,
            finishedAt: new Date(),
          }),
        );
        continue;
      }
      const previous = await this.dataSource.getRepository(DeclarationImportEntity).findOne({
        where: { organizationId: actor.organizationId!, sha256: stored.sha256, state: ImportState.SUCCEEDED, duplicateOfImportId: IsNull() },
        order: { createdAt: 'ASC' },
      });
      if (previous) {
        await this.storage.remove(stored.key);
        out.push(
          await this.dataSource.getRepository(DeclarationImportEntity).save({
            organizationId: actor.organizationId!,
            uploadedByUserId: actor.userId,
            fileName: file.name.slice(0, 255),
            sha256: stored.sha256,
            sizeBytes: stored.sizeBytes,
            state: ImportState.SUCCEEDED,
            progress: 1,
            duplicateOfImportId: previous.duplicateOfImportId ?? previous.id,
            declarationId: previous.declarationId,
            error: null,
            finishedAt: new Date(),
          }),
        );
        continue;
      }
      out.push(
        await this.dataSource.getRepository(DeclarationImportEntity).save({
          organizationId: actor.organizationId!,
          uploadedByUserId: actor.userId,
          fileName: file.name.slice(0, 255),
          sha256: stored.sha256,
          sizeBytes: stored.sizeBytes,
          storageKey: stored.key,
          state: ImportState.QUEUED,
          progress: 0,
        }),
      );
    }
    if (out.some((i) => i.state === ImportState.QUEUED)) await this.jobs.send(IMPORT_JOB, {}, { singletonKey: IMPORT_JOB }).catch(() => undefined);
    return out;
  }

  async find(actor: MaybeActor, id: string): Promise<DeclarationImportEntity> {
    requireId(id, 'id');
    const i = await this.dataSource.getRepository(DeclarationImportEntity).findOneBy({ id });
    if (!i || !actor || i.organizationId !== actor.organizationId) throw notFound('The import');
    return i;
  }

  /**
   * Runs queued imports until none is left, IMPORT_CONCURRENCY at a time in
   * this process (each read in a worker thread); returns how many ran. Also
   * claims RUNNING imports whose lease has passed: the process that held them
   * died. Several processes share the queue (FOR UPDATE SKIP LOCKED).
   */
  async runPending(): Promise<number> {
    while (this.draining) await this.draining.catch(() => undefined);
    this.draining = this.drain().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async drain(): Promise<number> {
    let ran = 0;
    const lane = async () => {
      for (;;) {
        const claim = await this.claim();
        if (!claim) return;
        await this.run(claim.id, claim.attempts);
        ran++;
      }
    };
    await Promise.all(Array.from({ length: this.config.imports.concurrency }, lane));
    return ran;
  }

  /** The oldest queued (or abandoned) import, now RUNNING under a lease of this process. */
  private async claim(): Promise<{ id: string; attempts: number } | null> {
    for (;;) {
      const [claimed]: [Array<{ id: string; attempts: number }>, number] = await this.dataSource.query(
        `UPDATE declaration_imports SET state = 'RUNNING', progress = 0.05, rows_read = 0, attempts = attempts + 1,
                lease_until = now() + make_interval(secs => $1)
          WHERE id = (SELECT id FROM declaration_imports
                       WHERE state = 'QUEUED' OR (state = 'RUNNING' AND (lease_until IS NULL OR lease_until < now()))
                       ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
          RETURNING id, attempts`,
        [LEASE_SECONDS],
      );
      if (!claimed.length) return null;
      const { id, attempts } = claimed[0];
      if (attempts <= MAX_IMPORT_ATTEMPTS) return { id, attempts };
      await this.dataSource.getRepository(DeclarationImportEntity).update(
        { id },
        { state: ImportState.FAILED, progress: 1, leaseUntil: null, finishedAt: new Date(), error: `The import stopped ${MAX_IMPORT_ATTEMPTS} times before it finished (the process reading it ended); the file may be too large to read.` },
      );
    }
  }

  /** Updates of a running import, only while this process still holds it (same attempt). */
  private mine(id: string, attempts: number, values: Partial<DeclarationImportEntity>) {
    return this.dataSource.getRepository(DeclarationImportEntity).update({ id, attempts, state: ImportState.RUNNING }, values);
  }

  private progress(id: string, attempts: number, progress: number) {
    return this.mine(id, attempts, { progress });
  }

  private async run(id: string, attempts: number): Promise<void> {
    const job = await this.dataSource.getRepository(DeclarationImportEntity).findOneByOrFail({ id });
    const renew = setInterval(() => {
      this.dataSource
        .query(`UPDATE declaration_imports SET lease_until = now() + make_interval(secs => $3) WHERE id = $1 AND attempts = $2 AND state = 'RUNNING'`, [id, attempts, LEASE_SECONDS])
        .catch(() => undefined);
    }, (LEASE_SECONDS * 1000) / 4);
    renew.unref();
    let rowsWritten = 0;
    let pendingRows: Promise<unknown> = Promise.resolve();
    try {
      const bytes = await buffer(await this.storage.read(job.storageKey!));
      await this.progress(id, attempts, 0.15);
      const index = await this.smelters.matchingIndex();
      const parsed = await this.parser().parse(bytes, {
        cids: index.smelters.filter((s) => s.cid).map((s) => [s.cid!, s.metal as Metal] as [string, Metal]),
        today: new Date(),
        onRows: (rows) => {
          // the reader reports every 250 rows; one write at a time
          if (rows <= rowsWritten) return;
          rowsWritten = rows;
          pendingRows = pendingRows.then(() => this.mine(id, attempts, { rowsRead: rows, progress: Math.min(0.55, 0.15 + rows / 10_000) })).catch(() => undefined);
        },
      });
      await pendingRows;
      await this.mine(id, attempts, { progress: 0.6, rowsRead: rowsWritten });
      await this.uow.run((manager) => this.write(manager, job, parsed, attempts));
    } catch (error) {
      if (error instanceof ImportTakenOver) return;
      const message =
        error instanceof DeclarationFileError
          ? error.message
          : `The file could not be imported: ${(error as Error).message}`;
      if (!(error instanceof DeclarationFileError)) this.logger.error(`import ${id} failed: ${(error as Error).stack}`);
      await this.mine(id, attempts, { state: ImportState.FAILED, progress: 1, leaseUntil: null, error: message.slice(0, 2000), finishedAt: new Date() });
    } finally {
      clearInterval(renew);
    }
  }

  /** Declaration, rows, matches and review items in the caller's transaction. */
  private async write(manager: EntityManager, job: DeclarationImportEntity, parsed: ParsedDeclaration, attempts: number): Promise<void> {
    // still ours? (a process that lost its lease must not write what another one is writing)
    const [held] = await manager.query(`SELECT 1 FROM declaration_imports WHERE id = $1 AND attempts = $2 AND state = 'RUNNING' FOR UPDATE`, [job.id, attempts]);
    if (!held) throw new ImportTakenOver();
    const d = parsed.declaration;
    const companyName = d.companyName?.trim() || job.fileName;
    const supplierKey = normalizeName(companyName).compact || companyName.toLowerCase();
    const declaration = await manager.save(
      DeclarationEntity,
      manager.create(DeclarationEntity, {
        organizationId: job.organizationId,
        importId: job.id,
        template: parsed.template.kind as TemplateKind,
        revision: parsed.template.revision,
        companyName,
        supplierKey,
        declarationScope: d.declarationScope,
        scopeDescription: d.scopeDescription,
        effectiveDate: d.effectiveDate,
        contactName: d.contactName,
        contactEmail: d.contactEmail,
        authorizer: d.authorizer,
        answers: parsed.answers as Record<string, unknown>,
        products: parsed.products,
        issues: parsed.issues.map((i) => ({ severity: i.severity, sheet: i.sheet, cell: i.cell, message: i.message })),
        isCurrent: true,
      }),
    );
    await this.supersede(manager, declaration);
    const rows = await this.matchRows(manager, job.organizationId, parsed.smelters);
    if (rows.length) {
      for (let i = 0; i < rows.length; i += 500) {
        await manager.insert(DeclaredSmelterEntity, rows.slice(i, i + 500).map((r) => ({ ...r, declarationId: declaration.id })) as never);
      }
    }
    await manager.update(DeclarationImportEntity, { id: job.id }, { state: ImportState.SUCCEEDED, progress: 1, leaseUntil: null, declarationId: declaration.id, error: null, finishedAt: new Date() });
  }

  /** The newest declaration of a supplier company counts; older ones are kept but leave coverage. */
  private async supersede(manager: EntityManager, declaration: DeclarationEntity) {
    const same: DeclarationEntity[] = await manager.find(DeclarationEntity, { where: { organizationId: declaration.organizationId, supplierKey: declaration.supplierKey } });
    const rank = (x: DeclarationEntity) => [x.effectiveDate?.getTime() ?? 0, x.createdAt.getTime()] as const;
    const newest = same.reduce((best, x) => {
      const [a, b] = rank(x);
      const [c, e] = rank(best);
      return a > c || (a === c && b >= e) ? x : best;
    });
    const stale = same.filter((x) => x.id !== newest.id && x.isCurrent).map((x) => x.id);
    if (stale.length) await manager.update(DeclarationEntity, { id: In(stale) }, { isCurrent: false });
    if (!newest.isCurrent) await manager.update(DeclarationEntity, { id: newest.id }, { isCurrent: true });
  }

  /**
   * Matches each reported row: the organization's earlier decision for the same
   * name and country first, then CID, normalized alias, fuzzy name with country.
   * Unsure rows join (or open) a review item; "not yet identified" rows match nothing.
   */
  private async matchRows(manager: EntityManager, organizationId: string, reported: DeclaredSmelterRow[]): Promise<Array<Partial<DeclaredSmelterEntity>>> {
    const index = await this.smelters.matchingIndex();
    const usable = reported.filter((r) => r.metal);
    const keys = [...new Set(usable.filter((r) => r.kind !== 'NOT_YET_IDENTIFIED').map((r) => keyOf(r)))];
    const reviews = keys.length
      ? await manager.find(MatchReviewEntity, { where: { organizationId, nameKey: In(keys.map((k) => k.split('|')[1])) } })
      : [];
    const reviewByKey = new Map(reviews.map((r) => [`${r.metal}|${r.nameKey}|${r.countryKey}`, r]));
    const out: Array<Partial<DeclaredSmelterEntity>> = [];
    for (const r of usable) {
      const base = { row: r.row, metal: r.metal as Metal, reportedName: (r.reportedName ?? r.smelterName ?? '').slice(0, 500), reportedCountry: r.reportedCountry, reportedCid: r.reportedCid };
      if (r.kind === 'NOT_YET_IDENTIFIED') {
        out.push({ ...base, reportedName: base.reportedName || 'Smelter not yet identified', unidentified: true, matchMethod: MatchMethod.NONE, confidence: 0 });
        continue;
      }
      const key = keyOf(r);
      const known = reviewByKey.get(key);
      if (known?.resolvedAt) {
        out.push({ ...base, smelterId: known.resolvedSmelterId, matchMethod: known.resolvedSmelterId ? MatchMethod.MANUAL : MatchMethod.NONE, confidence: known.resolvedSmelterId ? 1 : 0, reviewId: known.id });
        continue;
      }
      const result = index.match({ cid: r.reportedCid, name: r.reportedName, country: r.reportedCountry, metal: r.metal });
      if (result.match) {
        out.push({ ...base, smelterId: result.match.smelter.id, matchMethod: result.match.method as MatchMethod, confidence: result.match.confidence });
        continue;
      }
      let review = known;
      if (!review) {
        const [nameKey, countryKey] = [key.split('|')[1], key.split('|')[2]];
        review = await manager.save(
          MatchReviewEntity,
          manager.create(MatchReviewEntity, {
            organizationId,
            metal: r.metal as Metal,
            reportedName: base.reportedName,
            reportedCountry: r.reportedCountry,
            nameKey,
            countryKey,
            candidates: result.candidates.map((c) => ({ smelterId: c.smelter.id, confidence: c.confidence })),
          }),
        );
        reviewByKey.set(key, review);
      }
      out.push({ ...base, smelterId: null, matchMethod: MatchMethod.NONE, confidence: result.candidates[0]?.confidence ?? 0, reviewId: review.id });
    }
    return out;
  }
}

/** The import was claimed again by another process after this one's lease passed: leave it to that one. */
class ImportTakenOver extends Error {}

/** `METAL|normalized name|country code`: a review decision applies to every row with the same key. */
function keyOf(r: Pick<DeclaredSmelterRow, 'metal' | 'reportedName' | 'reportedCountry'>): string {
  const key = reportedKey({ metal: r.metal, name: r.reportedName, country: r.reportedCountry });
  const [metal, name, country] = key.split('|');
  return `${metal}|${name}|${country ?? toCountryCode(r.reportedCountry) ?? ''}`;
}
