// The FileStorage contract, run against both implementations: the local
// directory and an S3-compatible object store (s3rver, a real S3 protocol
// server started in this process). Streams both ways, size limit and SHA-256,
// keys chosen by the storage, nothing left behind by a refused or failed write,
// and the command that moves local files to S3 keeping their keys.
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { FileStorage, FileTooLargeError, LocalFileStorage, PART_BYTES, S3FileStorage, StoredFileMissingError, loadConfig } from '@commonground/api-core';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { migrateLocalToS3 } from '../../tools/storage-migrate';

const { startS3 } = require('../../tools/dev-services.cjs');

let dir: string;
let s3: { endpoint: string; bucket: string; env: Record<string, string>; pendingUploads(): number; stop(): Promise<void> };
let s3Storage: S3FileStorage;
let local: LocalFileStorage;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-storage-int-'));
  s3 = await startS3({ dir: path.join(dir, 's3'), bucket: 'cg-test' });
  s3Storage = new S3FileStorage(loadConfig({ DATABASE_URL: 'postgres://x/y', MEILI_URL: 'http://x', ...s3.env }).s3!);
  local = new LocalFileStorage(path.join(dir, 'local'));
});
afterAll(async () => {
  s3Storage?.client.destroy();
  await s3?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function objects(): Promise<string[]> {
  const out = await s3Storage.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}
/** s3rver answers no ListMultipartUploads; tools/dev-services.cjs counts the uploads it holds. */
async function pendingUploads(): Promise<number> {
  return s3.pendingUploads();
}

/** A stream of `total` random bytes in chunks of 64 KiB, and its SHA-256. */
function randomStream(total: number) {
  const chunks: Buffer[] = [];
  for (let left = total; left > 0; left -= 65536) chunks.push(randomBytes(Math.min(65536, left)));
  return { stream: () => Readable.from(chunks), sha256: createHash('sha256').update(Buffer.concat(chunks)).digest('hex'), bytes: Buffer.concat(chunks) };
}

describe.each([
  ['local directory', () => local as FileStorage],
  ['S3 (s3rver)', () => s3Storage as FileStorage],
])('%s', (_name, storage) => {
  it('streams a file in, with its size and SHA-256, and back out', async () => {
    const stored = await storage().write(Readable.from([Buffer.from('%PDF-1.7 '), Buffer.from('hello')]), { maxBytes: 100, prefix: 'reports' });
    expect(stored.key).toMatch(/^reports\/[0-9a-f-]{36}$/);
    expect(stored.sizeBytes).toBe(14);
    expect(stored.sha256).toBe(createHash('sha256').update('%PDF-1.7 hello').digest('hex'));
    expect(await text(await storage().read(stored.key))).toBe('%PDF-1.7 hello');
    await storage().remove(stored.key);
    await expect(storage().read(stored.key)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('streams a file of several parts whole', async () => {
    const file = randomStream(2 * PART_BYTES + 12345);
    const stored = await storage().write(file.stream(), { maxBytes: 25 * 1024 * 1024, prefix: 'declarations' });
    expect(stored).toMatchObject({ sizeBytes: file.bytes.length, sha256: file.sha256 });
    const back = await buffer(await storage().read(stored.key));
    expect(createHash('sha256').update(back).digest('hex')).toBe(file.sha256);
    await storage().remove(stored.key);
  });

  it('refuses a file over the limit, in the first part or a later one, and leaves nothing behind', async () => {
    const before = storage() === s3Storage ? await objects() : [];
    await expect(storage().write(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), { maxBytes: 100, prefix: 'reports' })).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(storage().write(randomStream(PART_BYTES + 2 * 65536).stream(), { maxBytes: PART_BYTES + 65536, prefix: 'reports' })).rejects.toBeInstanceOf(FileTooLargeError);
    if (storage() === s3Storage) {
      expect(await objects()).toEqual(before);
      expect(await pendingUploads()).toBe(0);
    } else {
      const reports = path.join(dir, 'local', 'reports');
      expect(fs.existsSync(reports) ? fs.readdirSync(reports).filter((f) => f.endsWith('.partial')) : []).toEqual([]);
    }
  });

  it('leaves nothing behind when the source fails midway', async () => {
    const before = storage() === s3Storage ? await objects() : [];
    async function* failing() {
      yield randomBytes(PART_BYTES);
      yield randomBytes(65536);
      throw new Error('connection reset by the client');
    }
    await expect(storage().write(Readable.from(failing()), { maxBytes: 25 * 1024 * 1024, prefix: 'reports' })).rejects.toThrow('connection reset');
    if (storage() === s3Storage) {
      expect(await objects()).toEqual(before);
      expect(await pendingUploads()).toBe(0);
    }
  });

  it('never resolves a key it did not make', async () => {
    await expect(storage().read('../../etc/passwd')).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(storage().read('reports/../../x')).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(storage().read('reports/00000000-0000-0000-0000-000000000000')).rejects.toBeInstanceOf(StoredFileMissingError);
  });
});

describe('moving local files to S3', () => {
  it('copies every file under its key, checks its hash, and is safe to run twice', async () => {
    const from = new LocalFileStorage(path.join(dir, 'to-move'));
    const a = await from.write(Readable.from([Buffer.from('report A')]), { maxBytes: 100, prefix: 'audit-reports' });
    const b = await from.write(randomStream(PART_BYTES + 1).stream(), { maxBytes: 25 * 1024 * 1024, prefix: 'declarations' });
    const lines: string[] = [];
    const first = await migrateLocalToS3(from, s3Storage, { log: (l) => lines.push(l) });
    expect(first).toEqual({ copied: 2, skipped: 0, failed: 0 });
    expect(await text(await s3Storage.read(a.key))).toBe('report A');
    expect(createHash('sha256').update(await buffer(await s3Storage.read(b.key))).digest('hex')).toBe(b.sha256);
    const again = await migrateLocalToS3(from, s3Storage, { log: () => undefined });
    expect(again).toEqual({ copied: 0, skipped: 2, failed: 0 });
    expect(lines.join('\n')).toContain(a.key);
  });
});
