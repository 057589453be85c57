// The search outbox: writes succeed while Meilisearch is down, search falls
// back to PostgreSQL (degraded: true), and once Meilisearch is back the outbox
// catches up with nothing missing. This file runs its own Meilisearch so it
// can stop and restart it.
import { TestApp, aUser, anInitiative, createTestApp } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { startMeilisearch } = require('../../tools/dev-services.cjs');

const SEARCH = `query($q: String!, $kinds: [String!]) { search(query: $q, kinds: $kinds) { degraded totalCount hits { kind id title url } } }`;

let app: TestApp;
let meili: { url: string; stop(): Promise<void>; start(): Promise<void> };
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-meili-'));
  const masterKey = randomBytes(16).toString('hex');
  meili = await startMeilisearch({ dir, masterKey });
  app = await createTestApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey });
});
afterAll(async () => {
  await app?.close();
  await meili?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('finds organizations and initiatives with a typo, through Meilisearch', async () => {
  await aUser(app, { organization: { name: 'Kalimba Cobalt Refiners' } });
  await anInitiative(app, 'Responsible Tantalum Partnership');
  await app.drainSearch();
  const client = app.client();
  const orgs = await client.ok(SEARCH, { q: 'kalimba cobolt', kinds: ['ORGANIZATION'] });
  expect(orgs.search.degraded).toBe(false);
  expect(orgs.search.hits.map((h: any) => h.title)).toContain('Kalimba Cobalt Refiners');
  const initiatives = await client.ok(SEARCH, { q: 'tantalm partnership', kinds: ['INITIATIVE'] });
  expect(initiatives.search.hits[0]).toMatchObject({ kind: 'INITIATIVE', title: 'Responsible Tantalum Partnership', url: '/initiatives/responsible-tantalum-partnership' });
  expect((await client.fails(SEARCH, { q: 'x', kinds: ['NOPE'] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
});

it('keeps working while Meilisearch is down and catches up afterwards', async () => {
  await meili.stop();
  // writes still succeed
  const during = await aUser(app, { organization: { name: 'Outage Minerals Cooperative' } });
  await during.client.ok(`mutation($id: ID!) { updateOrganization(id: $id, input: { website: "https://outage.example.org" }) { id } }`, { id: during.organizationId });
  expect(await app.drainSearch()).toBe(0); // nothing could be applied
  const pending = Number((await app.dataSource.query('SELECT count(*) AS n FROM search_outbox'))[0].n);
  expect(pending).toBeGreaterThan(0);
  // search answers from PostgreSQL and says so
  const degraded = await app.client().ok(SEARCH, { q: 'Outage Minerals', kinds: ['ORGANIZATION'] });
  expect(degraded.search.degraded).toBe(true);
  expect(degraded.search.hits.map((h: any) => h.title)).toEqual(['Outage Minerals Cooperative']);
  // readiness reports the outage
  const ready = await fetch(`${app.url}/health/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json() as any).toMatchObject({ database: 'ok', search: 'down' });

  await meili.start();
  await app.drainSearch();
  expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM search_outbox'))[0].n)).toBe(0);
  const after = await app.client().ok(SEARCH, { q: 'outage minerals', kinds: ['ORGANIZATION'] });
  expect(after.search.degraded).toBe(false);
  expect(after.search.hits.map((h: any) => h.title)).toContain('Outage Minerals Cooperative');
  // and nothing is missing: every organization of the database is in the index
  const total = Number((await app.dataSource.query('SELECT count(*) AS n FROM organizations'))[0].n);
  const all = await app.client().ok(`{ search(query: "", kinds: ["ORGANIZATION"], first: 100) { totalCount degraded } }`);
  expect(all.search).toEqual({ totalCount: total, degraded: false });
  expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
});

it('rebuilds every index from the database (npm run reindex)', async () => {
  const { SearchSync } = await import('@commonground/api-core');
  await app.app.get(SearchSync).reindexAll();
  const total = Number((await app.dataSource.query('SELECT count(*) AS n FROM organizations'))[0].n);
  const all = await app.client().ok(`{ search(query: "", kinds: ["ORGANIZATION"], first: 100) { totalCount } }`);
  expect(all.search.totalCount).toBe(total);
});
