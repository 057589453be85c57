import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  /** opaque key chosen by the storage, never derived from a user's file name */
  key: string;
  sizeBytes: number;
  sha256: string;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
  }
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored file ${key}.`);
  }
}

/**
 * Where uploaded files live (ARCHITECTURE "files"): audit reports and
 * attachments. Writes stream, hash and enforce a size limit on the way in, so
 * nothing is buffered whole in memory; a refused or failed write leaves nothing.
 * Keys are generated here: no request can name a path.
 */
export abstract class FileStorage {
  abstract write(source: Readable, options: { maxBytes: number; prefix?: string }): Promise<StoredFile>;
  /** A stream of the file; StoredFileMissingError if there is none. */
  abstract read(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]{1,40}\/[0-9a-f-]{36}$/;

/** Whether a key has the shape the storages generate (`prefix/uuid`): no request can name anything else. */
export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

/** Counts and hashes bytes passing through; fails past the limit. */
function meter(maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(new FileTooLargeError(maxBytes));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sizeBytes: size, sha256: hash.digest('hex') }) };
}

/** Files in a local directory (the default; one server or a shared volume). */
export class LocalFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new StoredFileMissingError(key);
    return path.join(this.root, key);
  }

  async write(source: Readable, options: { maxBytes: number; prefix?: string }): Promise<StoredFile> {
    const key = `${options.prefix ?? 'files'}/${randomUUID()}`;
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    const m = meter(options.maxBytes);
    try {
      await pipeline(source, m.stream, fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      source.resume();
      throw error;
    }
    return { key, ...m.result() };
  }

  async read(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      await fs.promises.access(file, fs.constants.R_OK);
    } catch {
      throw new StoredFileMissingError(key);
    }
    return fs.createReadStream(file);
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  /** Every stored key (the local-to-S3 move walks them). */
  async *keys(): AsyncGenerator<string> {
    let prefixes: fs.Dirent[];
    try {
      prefixes = await fs.promises.readdir(this.root, { withFileTypes: true });
    } catch {
      return;
    }
    for (const prefix of prefixes) {
      if (!prefix.isDirectory()) continue;
      for (const file of await fs.promises.readdir(path.join(this.root, prefix.name))) {
        const key = `${prefix.name}/${file}`;
        if (KEY.test(key)) yield key;
      }
    }
  }
}
