// Replicas that share nothing but PostgreSQL, Meilisearch and an S3 store:
// this test process is one API instance, a second API instance and an
// `npm run worker` process run from the build (dist/), and s3rver is the S3
// store. A declaration uploaded through one instance is imported by the
// worker (in its worker threads); an audit report uploaded through one
// instance is downloaded through the other with the same session.
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { SMELTERS } from '@commonground/shared-reference';
import { fillDeclarationTemplate } from '@commonground/api-smelters';
import { SignedIn, TestApp, aCompany, createTestApp } from '@commonground/api-testing';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { startS3, freePort } = require('../../tools/dev-services.cjs');
const root = path.resolve(__dirname, '../..');

let dir: string;
let s3: { endpoint: string; bucket: string; env: Record<string, string>; stop(): Promise<void> };
let a: TestApp;
let bUrl: string;
const children: ChildProcess[] = [];
const output: string[] = [];

function start(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => output.push(`${script}: ${d}`));
  child.stderr!.on('data', (d) => output.push(`${script}: ${d}`));
  children.push(child);
  return child;
}

async function until<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen in ${timeoutMs} ms\n${output.slice(-20).join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-replicas-'));
  s3 = await startS3({ dir: path.join(dir, 's3'), bucket: 'cg-replicas' });
  a = await createTestApp({ ...s3.env, JOBS_IN_PROCESS: 'false' });
  const shared = {
    ...s3.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: a.config.databaseUrl,
    MEILI_URL: a.config.meiliUrl,
    MEILI_MASTER_KEY: a.config.meiliMasterKey ?? '',
    MEILI_INDEX_PREFIX: a.config.meiliIndexPrefix,
    WEB_DIST: '',
    JOBS_IN_PROCESS: 'false',
    DATABASE_POOL_SIZE: '4',
  };
  const port = await freePort();
  bUrl = `http://127.0.0.1:${port}`;
  start('dist/apps/api/src/main.js', { ...shared, PORT: String(port), PUBLIC_URL: bUrl, DATA_DIR: path.join(dir, 'b') });
  start('dist/tools/worker.js', { ...shared, DATA_DIR: path.join(dir, 'worker') });
  await until('the second instance listening', async () => (await fetch(`${bUrl}/health/live`)).ok);
  await until('the worker running', async () => output.some((l) => l.includes('worker running')));
}, 120_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
  await a?.close();
  await s3?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('two API instances and a worker sharing PostgreSQL, Meilisearch and S3', () => {
  let company: SignedIn;
  beforeAll(async () => {
    company = await aCompany(a);
  });

  it('a declaration uploaded through one instance is imported by the worker, its file in S3', async () => {
    const bytes = await fillDeclarationTemplate(
      { companyName: 'Replica Supplier BV', smelters: SMELTERS.filter((s) => s.metal === 'TIN').slice(0, 3).map((s) => ({ metal: 'TIN' as const, cid: s.cid })) },
      { kind: 'CMRT' },
    );
    const form = new FormData();
    form.append('files', new Blob([Buffer.from(bytes)], { type: XLSX }), 'replica.xlsx');
    const res = await company.client.fetch('/api/declarations', { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const [{ id }] = ((await res.json()) as { imports: Array<{ id: string }> }).imports;
    // this process runs no job: only the worker process can import it
    const done = await until('the import', async () => {
      const [row] = await a.dataSource.query(`SELECT state, rows_read AS "rowsRead", storage_key AS "storageKey" FROM declaration_imports WHERE id = $1`, [id]);
      return row.state === 'SUCCEEDED' || row.state === 'FAILED' ? row : null;
    });
    expect(done).toMatchObject({ state: 'SUCCEEDED' });
    expect(done.rowsRead).toBeGreaterThan(3);
    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'declarations/' }));
    client.destroy();
    expect(listed.Contents?.map((o) => o.Key)).toContain(done.storageKey);
    // and the second instance answers about it with the same session
    const viaB = await fetch(`${bUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: company.client.cookieHeader },
      body: JSON.stringify({ query: `query($id: ID!) { declarationImport(id: $id) { state declaration { companyName } } }`, variables: { id } }),
    });
    expect(((await viaB.json()) as { data: { declarationImport: unknown } }).data.declarationImport).toEqual({ state: 'SUCCEEDED', declaration: { companyName: 'Replica Supplier BV' } });
  });

  it('an audit report uploaded through one instance downloads through the other', async () => {
    const { smelter } = await company.client.ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid: SMELTERS.find((s) => s.metal === 'GOLD')!.cid });
    const { createAudit } = await company.client.ok(`mutation($input: AuditInput!) { createAudit(input: $input) { id } }`, {
      input: { smelterId: smelter.id, standard: 'RMAP', type: 'INITIAL', auditor: 'Replica Assurance', startedOn: '2026-03-01T00:00:00Z', completedOn: '2026-03-05T00:00:00Z', validUntil: '2027-03-05T00:00:00Z', visibility: { level: 'PRIVATE' } },
    });
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'replica report.pdf');
    const up = await company.client.fetch(`/api/audits/${createAudit.id}/reports`, { method: 'POST', body: form });
    expect(up.status).toBeLessThan(300);
    const { id: reportId } = (await up.json()) as { id: string };
    const down = await fetch(`${bUrl}/api/reports/${reportId}`, { headers: { cookie: company.client.cookieHeader } });
    expect(down.status).toBe(200);
    expect(Buffer.from(await down.arrayBuffer())).toEqual(PDF);
    // without the session: not found, on either instance
    expect((await fetch(`${bUrl}/api/reports/${reportId}`)).status).toBe(404);
  });
});
