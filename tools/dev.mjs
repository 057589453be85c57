// `npm run dev`: the hot-reloading variant. Embedded services start once; the
// API is rebuilt (SWC, well under a second) and restarted on every change;
// Vite serves the web client with hot module replacement on :5173 and proxies
// the API.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import devServices from './dev-services.cjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stopServices = await devServices.ensureServices({ dataDir: path.join(root, '.data') });
const env = { ...process.env, NODE_ENV: 'development', WEB_DIST: '' };

let api = null;
function startApi() {
  execFileSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], { stdio: 'inherit' });
  api = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/tools/start.js')], { stdio: 'inherit', env });
}
function restartApi() {
  if (!api || api.exitCode !== null) return startApi();
  api.once('exit', startApi);
  api.kill('SIGTERM');
}

let timer = null;
for (const dir of ['apps/api/src', 'libs/api', 'libs/shared', 'migrations', 'tools']) {
  fs.watch(path.join(root, dir), { recursive: true }, (_event, file) => {
    if (!file || !/\.(ts|json)$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(restartApi, 200);
  });
}
startApi();
const vite = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), '--config', 'apps/web/vite.config.mts'], { stdio: 'inherit', cwd: root });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  vite.kill('SIGTERM');
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  await stopServices();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
