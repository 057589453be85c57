// Writes apps/api/schema.gql from the code (`npm run schema`).
import { loadConfig } from '@commonground/api-core';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../apps/api/src/main';
import { runMigrations } from '../apps/api/src/data-source';
import { ROOT, temporaryServices } from './runtime';
import { renderSchema } from './schema-file';

async function main() {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, MEILI_URL: process.env.MEILI_URL };
  delete process.env.DATABASE_URL;
  delete process.env.MEILI_URL;
  const stop = await temporaryServices();
  try {
    const config = { ...loadConfig({ ...process.env, NODE_ENV: 'development' }), webDist: undefined };
    await runMigrations(config, () => undefined);
    const app = await createApp(config, { logger: false });
    await app.init();
    const file = path.join(ROOT, 'apps/api/schema.gql');
    fs.writeFileSync(file, renderSchema(app));
    await app.close();
    console.log(`wrote ${path.relative(ROOT, file)}`);
  } finally {
    await stop();
    Object.assign(process.env, saved);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
