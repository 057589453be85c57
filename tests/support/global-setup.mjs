// Starts the services of the whole test run once: embedded PostgreSQL and
// Meilisearch unless DATABASE_URL / MEILI_URL are given, and a template
// database with every migration applied. Each test file then clones the
// template into a database of its own (libs/api/testing).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import devServices from '../../tools/dev-services.cjs';

const { ensureServices } = devServices;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export default async function globalSetup() {
  if (globalThis.__CG_STOP_SERVICES__) return; // several Jest projects share one run
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-test-'));
  const givenDatabase = process.env.DATABASE_URL;
  const stop = await ensureServices({ dataDir, database: 'postgres', persistent: false });
  const adminUrl = givenDatabase ?? process.env.DATABASE_URL;
  // the migrations come from the compiled API (tools/build-api.mjs takes well under a second)
  execFileSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], { stdio: 'ignore' });
  const { default: pg } = await import('pg');
  const template = `cg_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  // in a child process: loading the API here would leak Nest's global metadata into in-band test runs
  execFileSync(process.execPath, [path.join(root, 'dist/tools/migrate.js')], {
    env: { ...process.env, DATABASE_URL: templateUrl.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.CG_TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.CG_TEST_TEMPLATE_DATABASE = template;
  process.env.CG_TEST_DATA_DIR = dataDir;
  globalThis.__CG_STOP_SERVICES__ = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect().catch(() => undefined);
    if (givenDatabase) {
      // on a shared server, drop what this run created
      const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'cg_t_%' OR datname = $1`, [template]);
      for (const r of rows) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`).catch(() => undefined);
    }
    await client.end().catch(() => undefined);
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  console.log(`\n[test services ready in ${Date.now() - started} ms]`);
}
