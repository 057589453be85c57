import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileTooLargeError, LocalFileStorage, StoredFileMissingError } from '../file-storage';

let dir: string;
let storage: LocalFileStorage;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-storage-'));
  storage = new LocalFileStorage(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('streams a file in, with its size and SHA-256, and back out', async () => {
  const stored = await storage.write(Readable.from([Buffer.from('%PDF-1.7 '), Buffer.from('hello')]), { maxBytes: 100, prefix: 'reports' });
  expect(stored.key).toMatch(/^reports\/[0-9a-f-]{36}$/);
  expect(stored.sizeBytes).toBe(14);
  expect(stored.sha256).toBe(createHash('sha256').update('%PDF-1.7 hello').digest('hex'));
  expect(await text(await storage.read(stored.key))).toBe('%PDF-1.7 hello');
  await storage.remove(stored.key);
  await expect(storage.read(stored.key)).rejects.toBeInstanceOf(StoredFileMissingError);
});

it('refuses a file over the limit and leaves nothing behind', async () => {
  await expect(storage.write(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), { maxBytes: 100, prefix: 'reports' })).rejects.toBeInstanceOf(FileTooLargeError);
  const left = fs.existsSync(path.join(dir, 'reports')) ? fs.readdirSync(path.join(dir, 'reports')) : [];
  expect(left).toEqual([]);
});

it('never resolves a key outside its directory', async () => {
  await expect(storage.read('../../etc/passwd')).rejects.toBeInstanceOf(StoredFileMissingError);
  await expect(storage.read('reports/../../x')).rejects.toBeInstanceOf(StoredFileMissingError);
});
