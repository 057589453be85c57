// `npm run storage:migrate`: copies the files of the local directory
// (STORAGE_DIR, default DATA_DIR/files) into the S3-compatible store that the
// S3_* variables name, under the same keys (the database refers to them), then
// reads each one back and compares its SHA-256. Files already in the store with
// the same size are skipped, so it can run again after an interruption. It
// deletes nothing: once it reports no failure, start the hub with the S3_*
// variables and remove the local directory when satisfied.
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { ConfigError, LocalFileStorage, S3FileStorage, loadConfig } from '@commonground/api-core';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface MigrationSummary {
  copied: number;
  skipped: number;
  failed: number;
}

async function sha256Of(stream: NodeJS.ReadableStream): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function migrateLocalToS3(from: LocalFileStorage, to: S3FileStorage, options: { log: (line: string) => void; maxBytes?: number }): Promise<MigrationSummary> {
  const summary: MigrationSummary = { copied: 0, skipped: 0, failed: 0 };
  const maxBytes = options.maxBytes ?? 1024 * 1024 * 1024;
  for await (const key of from.keys()) {
    try {
      const localSize = await sizeOf(from, key);
      const existing = await to.client.send(new HeadObjectCommand({ Bucket: to.config.bucket, Key: key })).catch(() => undefined);
      if (existing && existing.ContentLength === localSize) {
        summary.skipped++;
        continue;
      }
      const stored = await to.put(key, await from.read(key), maxBytes);
      const back = await sha256Of(await to.read(key));
      if (back !== stored.sha256) throw new Error(`read back with SHA-256 ${back}, sent ${stored.sha256}`);
      summary.copied++;
      options.log(`copied ${key} (${stored.sizeBytes} bytes, sha256 ${stored.sha256})`);
    } catch (error) {
      summary.failed++;
      options.log(`FAILED ${key}: ${(error as Error).message}`);
    }
  }
  return summary;
}

async function sizeOf(from: LocalFileStorage, key: string): Promise<number> {
  let size = 0;
  for await (const chunk of await from.read(key)) size += (chunk as Buffer).length;
  return size;
}

async function main() {
  const config = loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgres://unused/db', MEILI_URL: process.env.MEILI_URL || 'http://unused' });
  if (!config.s3) throw new ConfigError('S3_BUCKET', 'must name the store to move the files to (with S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY as needed)');
  if (!fs.existsSync(config.storageDir)) {
    console.log(`No local files in ${config.storageDir}; nothing to move.`);
    return;
  }
  const to = new S3FileStorage(config.s3);
  await to.check().catch((error: Error) => {
    throw new Error(`The bucket ${config.s3!.bucket} cannot be used: ${error.name} ${error.message}`);
  });
  console.log(`Moving files from ${path.resolve(config.storageDir)} to s3://${config.s3.bucket} (${config.s3.endpoint ?? `AWS ${config.s3.region}`}) ...`);
  const summary = await migrateLocalToS3(new LocalFileStorage(config.storageDir), to, { log: (line) => console.log(`  ${line}`) });
  console.log(`${summary.copied} copied, ${summary.skipped} already there, ${summary.failed} failed.`);
  to.client.destroy();
  if (summary.failed) process.exit(1);
  console.log('Start the hub with the same S3_* variables; the local directory can then be removed.');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
