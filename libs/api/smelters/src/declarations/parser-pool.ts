// The pool of worker threads that read declarations (piscina). Each thread
// has V8 memory limits, so a workbook that would take a thread past them
// kills that thread (the task fails with TOO_LARGE) and the hub goes on; a
// task that runs past its time limit is aborted and its thread replaced. The
// pool runs at most `threads` reads at once; the import queue in PostgreSQL,
// not memory, holds the rest.
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Metal } from '@commonground/shared-reference';
import { DeclarationFileError } from './errors';
import type { ParseResult, ParseTask } from './parse-worker';
import type { ParsedDeclaration } from './types';

export interface ParserPoolOptions {
  threads: number;
  /** V8 old-generation limit of each thread */
  memoryMb: number;
  /** time limit of one read */
  timeoutMs: number;
}

function workerFile(): { filename: string; workerData?: Record<string, string> } {
  const compiled = path.join(__dirname, 'parse-worker.js');
  if (__filename.endsWith('.js')) return { filename: compiled };
  // running from source (Jest): compile the TypeScript worker in the thread
  return {
    filename: path.resolve(__dirname, '../../../../../tools/ts-worker.cjs'),
    workerData: { typescriptWorker: path.join(__dirname, 'parse-worker.ts') },
  };
}

export class ParserPool {
  private readonly pool: Piscina;

  constructor(readonly options: ParserPoolOptions) {
    const file = workerFile();
    this.pool = new Piscina({
      ...file,
      minThreads: 0,
      maxThreads: options.threads,
      // one read per thread at a time: a thread's memory is one workbook's
      concurrentTasksPerWorker: 1,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
  }

  /** Reads one declaration in a thread; `onRows` hears the rows read so far. */
  async parse(bytes: Uint8Array, input: { cids: [string, Metal][]; today: Date; onRows?: (rows: number) => void }): Promise<ParsedDeclaration> {
    const channel = new MessageChannel();
    channel.port1.on('message', (rows: number) => input.onRows?.(rows));
    const task: ParseTask = { bytes, cids: input.cids, today: input.today.toISOString(), progress: channel.port2 };
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    try {
      const result = (await this.pool.run(task, { transferList: [channel.port2], signal: abort.signal })) as ParseResult;
      if ('error' in result) throw new DeclarationFileError(result.error.code, result.error.detail, result.error.message);
      return reviveDates(result.parsed);
    } catch (error) {
      if (error instanceof DeclarationFileError) throw error;
      if (abort.signal.aborted) throw new DeclarationFileError('TOO_LARGE', `reading took longer than ${this.options.timeoutMs} ms`, `The file took too long to read (over ${Math.round(this.options.timeoutMs / 1000)} s).`);
      const e = error as { code?: string; message?: string };
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(e.message ?? '')) {
        throw new DeclarationFileError('TOO_LARGE', `the reader ran out of its ${this.options.memoryMb} MB`, 'The file is too large to read.');
      }
      throw error;
    } finally {
      clearTimeout(timer);
      channel.port1.close();
    }
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** Dates cross the thread boundary as Dates (structured clone); kept as a guard for values that arrive as strings. */
function reviveDates(parsed: ParsedDeclaration): ParsedDeclaration {
  const d = parsed.declaration;
  if (d.effectiveDate && !(d.effectiveDate instanceof Date)) d.effectiveDate = new Date(d.effectiveDate as unknown as string);
  return parsed;
}
