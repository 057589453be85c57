// Runs in a worker thread of the import pool (declaration-parser.pool.ts): reads
// one declaration with the streaming reader and posts the rows read as it goes.
// A hostile or huge workbook that exhausts the thread's memory limit ends this
// thread, not the process that runs the imports.
import type { MessagePort } from 'node:worker_threads';
import type { Metal } from '@commonground/shared-reference';
import { DeclarationFileError, type DeclarationFileErrorCode } from './errors';
import { readDeclaration } from './stream-reader';
import type { ParsedDeclaration } from './types';

export interface ParseTask {
  bytes: Uint8Array;
  /** CID -> metal of the registry, for the CID checks of the validation report */
  cids: [string, Metal][];
  today: string;
  progress?: MessagePort;
}

let cidCache: { source: [string, Metal][]; map: Map<string, Metal> } | undefined;

/** A typed file error crosses the thread boundary as data (errors lose their own fields on the way). */
export type ParseResult = { parsed: ParsedDeclaration } | { error: { code: DeclarationFileErrorCode; detail?: string; message: string } };

export default async function parse(task: ParseTask): Promise<ParseResult> {
  if (cidCache?.source.length !== task.cids.length) cidCache = { source: task.cids, map: new Map(task.cids) };
  const cids = cidCache.map;
  try {
    const parsed = await readDeclaration(task.bytes, {
      today: new Date(task.today),
      lookupCid: (cid) => {
        const metal = cids.get(cid);
        return metal ? { metal } : undefined;
      },
      onRows: (rows) => task.progress?.postMessage(rows),
    });
    return { parsed };
  } catch (error) {
    if (error instanceof DeclarationFileError) return { error: { code: error.code, detail: error.detail, message: error.message } };
    throw error;
  } finally {
    task.progress?.close();
  }
}
