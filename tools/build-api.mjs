// Compiles the API, its libraries, migrations, tools and benchmarks to dist/
// with SWC (fast, keeps decorator metadata), preserving the folder layout.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import swc from '@swc/core';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const options = require('./swc-options.cjs')();
const sources = ['apps/api/src', 'libs/api', 'libs/shared', 'migrations', 'tools', 'tests/bench', 'tests/support'];
const skip = /(\.spec\.ts|\.int-spec\.ts|\.e2e\.ts|\.d\.ts)$/;

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '__tests__' || entry.name === 'node_modules') continue;
      yield* walk(full);
    } else if (entry.name.endsWith('.ts') && !skip.test(entry.name)) yield full;
  }
}

const started = Date.now();
// start from a clean output so that deleted sources (e.g. a removed migration) leave nothing behind
for (const dir of sources) fs.rmSync(path.join(root, 'dist', dir), { recursive: true, force: true });
let count = 0;
await Promise.all(
  sources.flatMap((dir) => [...walk(path.join(root, dir))]).map(async (file) => {
    const rel = path.relative(root, file);
    const out = path.join(root, 'dist', rel.replace(/\.ts$/, '.js'));
    const { code, map } = await swc.transformFile(file, { ...options, filename: file, sourceFileName: file });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    if (map) fs.writeFileSync(`${out}.map`, map);
    count++;
  }),
);
// JSON reference data is required at run time next to the compiled code
for (const dir of ['libs/shared/reference/src/data']) {
  const from = path.join(root, dir);
  if (fs.existsSync(from)) fs.cpSync(from, path.join(root, 'dist', dir), { recursive: true });
}
console.log(`build-api: ${count} files compiled in ${Date.now() - started} ms`);
