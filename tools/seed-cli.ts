// `npm run seed`: loads the demonstration data (idempotent).
import { loadConfig } from '@commonground/api-core';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../apps/api/src/data-source';
import { ROOT, devServices } from './runtime';
import { DEMO_PASSWORD, seedDemoData } from './seed/demo-seed';

async function main() {
  const stop = await (await devServices()).ensureServices({ dataDir: path.resolve(process.env.DATA_DIR || path.join(ROOT, '.data')) });
  try {
    const config = loadConfig();
    await runMigrations(config);
    const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    const result = await seedDemoData(dataSource);
    await dataSource.destroy();
    console.log(result.created ? 'Demo data loaded.' : 'Demo data was already there; nothing changed.');
    for (const s of result.signIns) console.log(`  ${s.email.padEnd(42)} ${s.what}`);
    console.log(`  password: ${DEMO_PASSWORD}`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
