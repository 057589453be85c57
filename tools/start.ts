// `npm start`: embedded PostgreSQL and Meilisearch unless DATABASE_URL /
// MEILI_URL are set, migrations, demo data into an empty database, then the
// API with the built web client. Ctrl-C stops everything cleanly.
import { ConfigError, JobsService, loadConfig, redact } from '@commonground/api-core';
import { INestApplication } from '@nestjs/common';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { runMigrations } from '../apps/api/src/data-source';
import { createApp } from '../apps/api/src/main';
import { ROOT, devServices } from './runtime';
import { DEMO_PASSWORD, seedDemoData } from './seed/demo-seed';

async function main() {
  process.env.NODE_ENV ||= 'production';
  // validate what the operator set before starting anything
  loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgres://placeholder/db', MEILI_URL: process.env.MEILI_URL || 'http://placeholder' });
  const dataDir = path.resolve(process.env.DATA_DIR || path.join(ROOT, '.data'));
  const embedded = [!process.env.DATABASE_URL && 'PostgreSQL', !process.env.MEILI_URL && 'Meilisearch'].filter(Boolean);
  if (embedded.length) console.log(`Starting embedded ${embedded.join(' and ')} (data in ${dataDir}) ...`);
  const stopServices = await (await devServices()).ensureServices({ dataDir });
  let app: INestApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping ...`);
    try {
      await app?.close();
    } finally {
      await stopServices();
      console.log('Stopped.');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const config = loadConfig({ ...process.env, DATA_DIR: dataDir, WEB_DIST: process.env.WEB_DIST ?? path.join(ROOT, 'apps/web/dist') });
    console.log(`Database: ${redact(config.databaseUrl)}; search: ${config.meiliUrl}`);
    await runMigrations(config);
    app = await createApp(config);
    await app.init();
    const seeded = await seedDemoData(app.get(DataSource));
    if (config.jobsInProcess) await app.get(JobsService).startWorkers();
    await app.listen(config.port, config.host);
    console.log(`\nCommon Ground is running at ${config.publicUrl}\n`);
    console.log(seeded.created ? 'Demo data was loaded. Demo sign-ins:' : 'Demo sign-ins (data kept from an earlier start):');
    for (const s of seeded.signIns) console.log(`  ${s.email.padEnd(42)} ${s.what}`);
    console.log(`  password for every demo account: ${DEMO_PASSWORD}\n`);
    console.log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    await app?.close().catch(() => undefined);
    await stopServices();
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
