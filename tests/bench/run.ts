// `npm run bench`: the API under load on loopback, with scale data.
// Prints figures and asserts nothing (it fails only if a request itself fails).
// BENCH_SECONDS sets the measured seconds per scenario (default 10),
// BENCH_CONNECTIONS the concurrent connections (default 50), BENCH_ONLY keeps
// the scenarios whose title contains it (e.g. BENCH_ONLY=organizations).
import 'reflect-metadata';
import { AppConfig, loadConfig } from '@commonground/api-core';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { DataSource } from 'typeorm';
import { runMigrations } from '../../apps/api/src/data-source';
import { createApp } from '../../apps/api/src/main';
import { temporaryServices } from '../../tools/runtime';
import { Figures, MeasureOptions, measure } from './measure';
import { seedMembershipScale, timeSplit } from './membership-data';
import { seedGlossaryScale } from './glossary-data';
import { seedMatchmakingScale } from './matchmaking-data';
import { ExchangeTerm, writeTurtle } from '@commonground/api-glossary';
import { seedScaleData } from './scale-data';
import { AlertsService } from '@commonground/api-clearinghouse';
import { SearchEngine, VisibilityPolicy } from '@commonground/api-core';
import { seedClearinghouseScale, seedDigestScale } from './clearinghouse-data';
import { SessionService } from '@commonground/api-identity';
import { CoverageService } from '@commonground/api-smelters';
import { COVERAGE_QUERY, importFiles, measureImports, measureMatching, seedCoverageScale } from './smelters-data';
import { hostileRuns, importBatch, naiveExceljs } from './files-scale-data';

const TARGET_P95_MS = 30;

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const CONNECTIONS = Math.round(positiveNumber('BENCH_CONNECTIONS', 50));

const VIEWER = `query { viewer { user { id name } activeOrganization { id name } isPlatformAdmin } }`;
const ORGANIZATIONS = (n: number) =>
  `query { organizations(first: ${n}) { totalCount edges { node { id name kind country initiatives { status initiative { id name memberCount secretariat { name } } } } } } }`;

interface Probe {
  statements: number;
  body: { data?: Record<string, any>; errors?: unknown[] };
}

/** Sends one GraphQL request; fails loudly on HTTP or GraphQL errors. */
async function probe(url: string, cookie: string, query: string, variables?: Record<string, unknown>): Promise<Probe & { setCookie: string[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const text = await res.text();
  let body: Probe['body'];
  try {
    body = JSON.parse(text) as Probe['body'];
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (!res.ok || body.errors?.length) {
    throw new Error(`request failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 2000)}\nquery: ${query}`);
  }
  const header = res.headers.get('x-sql-statements');
  if (header === null) throw new Error('no x-sql-statements header: is NODE_ENV production?');
  return { statements: Number(header), body, setCookie: res.headers.getSetCookie() };
}

/**
 * Waits (at most 5 s) until the connection pool is idle: when autocannon
 * stops, the server still answers the requests it had accepted.
 */
async function settle(dataSource: DataSource): Promise<void> {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!pool || (pool.waitingCount === 0 && pool.idleCount === pool.totalCount)) return;
  }
}

/** Waits (at most 3 minutes) until the viewer query answers within 100 ms twice in a row; returns the wait in ms. */
async function untilIdle(url: string, session: string): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (quick < 2 && performance.now() - started < 180_000) {
    const t0 = performance.now();
    await probe(url, session, VIEWER).catch(() => undefined);
    quick = performance.now() - t0 < 100 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Math.round(performance.now() - started);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  const log = (line: string) => console.log(`bench: ${line}`);
  const started = Date.now();
  const stopServices = await temporaryServices();
  let app: INestApplication | undefined;
  try {
    const config: AppConfig = loadConfig({
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      WEB_DIST: '',
      JOBS_IN_PROCESS: 'false',
      RATE_LIMIT_SIGN_IN_PER_IP: '1000000',
      RATE_LIMIT_SIGN_UP_PER_IP: '1000000',
    });
    await runMigrations(config, () => undefined);
    app = await createApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    log(`services and API ready in ${Date.now() - started} ms (${url})`);

    const dataSource = app.get(DataSource);
    const seeded = await seedScaleData(dataSource);
    log(
      `seeded ${seeded.organizations} organizations, ${seeded.initiatives} initiatives, ` +
        `${seeded.memberships} initiative memberships (${seeded.activeMemberships} active) in ${seeded.milliseconds} ms`,
    );

    const signUp = await probe(
      url,
      '',
      `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } activeOrganization { id } } }`,
      { input: { email: `bench-${Date.now()}@example.org`, password: 'bench-password-1234', name: 'Bench Viewer', organizationName: 'Bench Viewer Company', organizationKind: 'COMPANY' } },
    );
    const viewerOrganizationId = (signUp.body.data as any)?.signUp?.activeOrganization?.id as string;
    const session = signUp.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('cg_session='));
    if (!session) throw new Error(`signUp set no cg_session cookie (Set-Cookie: ${JSON.stringify(signUp.setCookie)})`);

    // SQL statements per request, and a check that the pages are as large as asked
    const statementsOf = async (n: number) => {
      const res = await probe(url, session, ORGANIZATIONS(n));
      const edges = (res.body.data?.organizations?.edges ?? []) as Array<{ node: { initiatives: unknown[] } }>;
      if (edges.length !== n) throw new Error(`organizations(first: ${n}) returned ${edges.length} organizations`);
      return { statements: res.statements, memberships: edges.reduce((s, e) => s + e.node.initiatives.length, 0) };
    };
    const page5 = await statementsOf(5);
    const page50 = await statementsOf(50);
    log(`organizations page of 5: ${page5.statements} SQL statements (${page5.memberships} memberships); page of 50: ${page50.statements} (${page50.memberships} memberships)`);

    const membership = await seedMembershipScale(dataSource, viewerOrganizationId);
    log(`seeded an initiative with 2,000 tier members in ${membership.milliseconds} ms`);
    const split = timeSplit();
    log(`split of one pool among 5,000 participants with caps: median ${split.medianMs.toFixed(1)} ms`);
    const [viewerUser] = await dataSource.query(`SELECT user_id FROM organization_memberships WHERE organization_id = $1`, [viewerOrganizationId]);
    const glossary = await seedGlossaryScale(dataSource, viewerUser.user_id, viewerOrganizationId, membership.initiativeId);
    log(`seeded a term with 10 definitions, 20 endorsements and 50 comments, and 5,000 terms in 3 languages in ${glossary.milliseconds} ms`);
    const TERM_PAGE = `query($slug: String!) { term(slug: $slug) { slug label(language: "fr") labels { language text } broader { slug } narrower { slug } related { slug } definitions { id kind status author { name } citation { title } currentRevision { number text(language: "fr") texts { language text outdated } author { name } } endorsements { stance revisionNumber current organization { name } } comments(first: 50) { totalCount edges { node { body author { name } organization { name } } } } } } }`;
    const exportFigures = await measureTurtleExport();
    log(`Turtle export of 5,000 terms in 3 languages: ${exportFigures.milliseconds} ms, ${exportFigures.megabytes} MB of Turtle, heap grew by ${exportFigures.heapMegabytes} MB (peak RSS ${exportFigures.rssMegabytes} MB)`);
    const matchmaking = await seedMatchmakingScale(dataSource);
    log(`seeded 20,000 projects and 1,000 donor profiles in ${matchmaking.milliseconds} ms`);
    const donorSignUp = await probe(url, '', `mutation($input: SignUpInput!) { signUp(input: $input) { activeOrganization { id } } }`, {
      input: { email: `bench-donor-${Date.now()}@example.org`, password: 'bench-password-1234', name: 'Bench Donor', organizationName: 'Bench Donor Viewer', organizationKind: 'DONOR' },
    });
    const donorSession = donorSignUp.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('cg_session='))!;
    await probe(url, donorSession, `mutation($input: DonorProfileInput!) { upsertDonorProfile(input: $input) { id } }`, {
      input: { themes: [{ value: 'mercury', weight: 1 }, { value: 'gender', weight: 0.6 }], minerals: [{ value: 'gold', weight: 1 }], regions: [{ value: '419', weight: 1 }], ticketMin: { amountMinor: 1000000, currency: 'EUR' }, ticketMax: { amountMinor: 30000000, currency: 'EUR' }, openToCoFunding: true },
    });
    const PROJECT_MATCHES = `{ projectMatches(first: 20) { totalCount edges { node { score reasons { criterion points } project { id title } } } } }`;
    const DONOR_MATCHES = `query($p: ID!) { donorMatches(projectId: $p, first: 20) { totalCount edges { node { score donor { id } } } } }`;
    const DUES = `query($i: ID!, $y: Int!) { duesStatement(initiativeId: $i, year: $y) { lines { tierName days amount { amountMinor currency } } totals { amountMinor currency } } }`;
    const duesVariables = { i: membership.initiativeId, y: new Date().getUTCFullYear() };

    const only = process.env.BENCH_ONLY ?? '';
    // the clearinghouse: 100,000 opportunities in PostgreSQL and Meilisearch (seeded only when one of its scenarios runs)
    const clearinghouse = Object.values(OPPORTUNITY_TITLES).some((t) => t.includes(only)) ? await benchClearinghouse(app, url, session, viewerOrganizationId, log) : null;
    // smelters: import throughput, matching and the coverage data (each when BENCH_ONLY selects it)
    const smelters = Object.values(SMELTER_TITLES).some((t) => t.includes(only)) ? await benchSmelters(app, url, session, viewerOrganizationId, log) : null;
    const scenarios = [
      { title: 'viewer', query: VIEWER },
      { title: 'organizations(first: 50) + initiatives', query: ORGANIZATIONS(50) },
      { title: 'duesStatement (initiative of 2,000 members)', query: DUES, variables: duesVariables as Record<string, unknown> | undefined },
      { title: 'term page (10 definitions, 20 endorsements, 50 comments)', query: TERM_PAGE, variables: { slug: glossary.slug } as Record<string, unknown> | undefined },
      { title: 'projectMatches top 20 of 20,000 (20 conn.)', query: PROJECT_MATCHES, variables: undefined as Record<string, unknown> | undefined, connections: 20, session: donorSession, target: 100 },
      { title: 'donorMatches of 1,000 donors (20 conn.)', query: DONOR_MATCHES, variables: { p: matchmaking.projectId } as Record<string, unknown> | undefined, connections: 20, session: donorSession, target: 50 },
      ...(clearinghouse
        ? [
            { title: OPPORTUNITY_TITLES.search, query: OPPORTUNITIES_QUERY, variables: { filter: clearinghouse.searchFilter, first: 20 } as Record<string, unknown> | undefined },
            { title: OPPORTUNITY_TITLES.page, query: OPPORTUNITIES_QUERY, variables: { first: 20 } as Record<string, unknown> | undefined },
          ]
        : []),
      ...(smelters?.coverage ? [{ title: SMELTER_TITLES.coverage, query: COVERAGE_QUERY, variables: undefined as Record<string, unknown> | undefined, target: null, drain: true, aloneAmount: 20 }] : []),
    ].filter((s) => s.title.includes(only));
    if (scenarios.length === 0 && !smelters) throw new Error(`BENCH_ONLY="${only}" matches no scenario`);
    const results: Array<{ figures: Figures; statements: number; alone: number; target: number | null }> = [];
    const failures: string[] = [];
    for (const scenario of scenarios) {
      const scenarioSession = ('session' in scenario && scenario.session) || session;
      const checked = await probe(url, scenarioSession, scenario.query, scenario.variables);
      log(`${scenario.title}: ${CONNECTIONS} connections, 1 s warm-up + ${SECONDS} s measured, then 200 requests one at a time...`);
      const load: MeasureOptions = {
        title: scenario.title,
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: scenarioSession },
        body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
        connections: ('connections' in scenario && scenario.connections) || CONNECTIONS,
        seconds: SECONDS,
        warmupSeconds: 1,
        errorMarker: '"errors"',
      };
      let figures: Figures;
      let alone: Figures;
      try {
        figures = await measure(load);
        await settle(dataSource);
        // slow requests abandoned by the load generator are still being answered: wait until a small request is quick again
        if ('drain' in scenario && scenario.drain) log(`${scenario.title}: the server worked off the abandoned requests in ${await untilIdle(url, session)} ms`);
        // then one request at a time (warm code, no queueing): the service time
        alone = await measure({ ...load, title: `${scenario.title} alone`, connections: 1, seconds: 5, amount: ('aloneAmount' in scenario && scenario.aloneAmount) || 200, warmupSeconds: 0 });
        await settle(dataSource);
      } catch (error) {
        // a scenario that collapses under load is a finding, not a reason to stop the other measurements
        failures.push(`${scenario.title}: ${(error as Error).message}`);
        await settle(dataSource).catch(() => undefined);
        continue;
      }
      results.push({ figures, statements: checked.statements, alone: alone.latency.p50, target: 'target' in scenario && scenario.target === null ? null : ('target' in scenario && scenario.target) || TARGET_P95_MS });
    }

    const cpus = os.cpus();
    console.log('');
    console.log(`Common Ground API benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}`);
    console.log(`loopback, ${CONNECTIONS} connections, ${SECONDS} s per scenario after 1 s warm-up; load generator in a worker thread of the same process`);
    console.log('');
    console.log(
      table([
        ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'alone ms', 'requests', 'errors', 'non-2xx', 'gql errors', 'SQL/request'],
        ...results.map(({ figures: f, statements, alone }) => [
          f.title,
          f.requestsPerSecond.toFixed(1),
          f.latency.p50.toFixed(1),
          f.latency.p95.toFixed(1),
          f.latency.p99.toFixed(1),
          f.latency.max.toFixed(1),
          alone.toFixed(1),
          String(f.requests),
          String(f.errors),
          String(f.non2xx),
          String(f.bodyErrors),
          String(statements),
        ]),
      ]),
    );
    console.log('');
    console.log('p50/p95/p99/max: exact, from every 2xx response time under load; alone: p50 of 200 requests sent one at a time after the run (warm, no queueing)');
    console.log('errors: connection errors and timeouts; gql errors: 2xx responses with "errors" in the body');
    console.log(`a closed loop of ${CONNECTIONS} connections keeps ${CONNECTIONS} requests in flight: mean latency ≈ ${CONNECTIONS} / (req/s)`);
    console.log('autocannon\'s own latency percentiles (whole ms, from its histogram) p50 / p97.5 / p99:');
    for (const { figures: f } of results) {
      console.log(`  ${f.title}: ${f.autocannonLatency.p50} / ${f.autocannonLatency.p97_5} / ${f.autocannonLatency.p99} ms`);
    }
    console.log('');
    for (const failure of failures) console.log(`FAILED under load (no figures): ${failure}`);
    if (failures.length) console.log('');
    console.log('targets:');
    for (const { figures: f, target, statements } of results) {
      if (target === null) {
        console.log(`  ${f.title}: p95 ${f.latency.p95.toFixed(1)} ms at ${f.connections} connections, ${statements} SQL statements per request (no target; reported)`);
        continue;
      }
      const ok = f.latency.p95 < target;
      console.log(`  p95 under ${target} ms on 2 cores — ${f.title}: ${f.latency.p95.toFixed(1)} ms ${ok ? 'MET' : 'MISSED'}`);
    }
    console.log(`  Turtle export of 5,000 terms in 3 languages: ${exportFigures.milliseconds} ms, peak RSS ${exportFigures.rssMegabytes} MB (no target; reported)`);
    console.log(`  splitting a pool of 5,000 participants with caps: median ${split.medianMs.toFixed(1)} ms (no target; reported)`);
    const same = page5.statements === page50.statements;
    console.log(
      `  SQL statements per request independent of page size — organizations page of 5: ${page5.statements}, of 50: ${page50.statements} ${same ? 'MET' : 'MISSED'}`,
    );
    if (clearinghouse) {
      const c = clearinghouse;
      console.log(
        `  opportunities: ${c.scale.opportunities} (${c.scale.published} published) seeded in ${(c.scale.seedMs / 1000).toFixed(1)} s, indexed in Meilisearch in ${(c.scale.indexMs / 1000).toFixed(1)} s; ` +
          `the search finds ${c.searchTotal}, the page counts ${c.pageTotal}`,
      );
      console.log(
        `  SQL statements per request independent of page size — opportunities page of 5: ${c.statements5}, of 50: ${c.statements50} ${c.statements5 === c.statements50 ? 'MET' : 'MISSED'}`,
      );
      if (c.lag) {
        const ok = c.lag.p95 < 2000;
        console.log(`  index lag under 2 s (p95 over ${c.lag.samples} publishes, publishOpportunity sent → found by opportunities): p50 ${c.lag.p50} ms, p95 ${c.lag.p95} ms, max ${c.lag.max} ms ${ok ? 'MET' : 'MISSED'} (Meilisearch task: median ${c.lag.meiliIndexingMs} ms indexing after ${c.lag.meiliQueuedMs} ms queued)`);
      }
      if (c.digest) {
        const d = c.digest;
        console.log(
          `  digest run: ${d.setup.savedSearches} saved searches (${d.setup.withText} with search text) of ${d.setup.users} users, ${d.setup.newOpportunities} new opportunities — ` +
            `runDigests ${(d.milliseconds / 1000).toFixed(1)} s: ${d.report.searchesDue} due, ${d.report.digestsSent} digests sent, ${d.report.opportunitiesAnnounced} opportunities announced (no target; reported)`,
        );
      }
    }
    if (smelters) printSmelters(smelters);
    if (cpus.length !== 2) console.log(`  (this machine has ${cpus.length} cores; the latency target is stated for 2)`);
  } finally {
    if (app) await app.close().catch((error: unknown) => console.error('closing the app failed:', error));
    await stopServices();
  }
}

const SMELTER_TITLES = {
  coverage: 'smelters: coverage, 1,000 declarations × 50 rows',
  imports: 'smelters: import 20 CMRT 6.5 files × 300 rows',
  matching: 'smelters: match 10,000 reported names',
  filesAtOnce: 'files: 20 CMRT files at once vs a naive exceljs read',
  filesQueued: 'files: 200 CMRT files queued',
  hostile: 'files: hostile files refused',
};

/**
 * Smelters: the import throughput (20 filled CMRT files uploaded and imported
 * through DeclarationImportService for a company of its own), matching 10,000
 * labelled names through SmelterIndex, and the coverage data for the viewer's
 * organization (1,000 declarations), checked with one request.
 */
async function benchSmelters(app: INestApplication, url: string, session: string, viewerOrganizationId: string, log: (line: string) => void) {
  const only = process.env.BENCH_ONLY ?? '';
  const dataSource = app.get(DataSource);
  // after seconds of blocking work the server's keep-alive timers close idle sockets that
  // fetch would otherwise reuse (ECONNRESET): let them fire before the next request
  const breathe = () => new Promise((resolve) => setTimeout(resolve, 500));
  let matching: ReturnType<typeof measureMatching> | null = null;
  if (SMELTER_TITLES.matching.includes(only)) {
    matching = measureMatching(10_000);
    log(`matching: ${matching.names} names in ${matching.fullMs} ms against the registry (${matching.fullNamesPerSecond} names/s); precision ${matching.precision}, recall ${matching.recall} on the held-out index`);
    await breathe();
  }
  let imports: (Awaited<ReturnType<typeof measureImports>> & { fillMs: number; copyMs: number }) | null = null;
  if (SMELTER_TITLES.imports.includes(only)) {
    const signUp = await probe(url, '', `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } activeOrganization { id } } }`, {
      input: { email: `bench-importer-${Date.now()}@example.org`, password: 'bench-password-1234', name: 'Bench Importer', organizationName: 'Bench Importer Company', organizationKind: 'COMPANY' },
    });
    const userId = (signUp.body.data as any).signUp.user.id as string;
    const organizationId = (signUp.body.data as any).signUp.activeOrganization.id as string;
    const actor = (await app.get(SessionService).actorsFor([{ userId, organizationId }], 'bench')).get(`${userId}:${organizationId}`);
    if (!actor) throw new Error('no actor for the importer');
    log('imports: filling one CMRT 6.5 with 300 smelter rows and copying it 20 times ...');
    const { files, fillMs, copyMs } = await importFiles(20);
    log(`imports: filled in ${Math.round(fillMs)} ms, 20 copies with their own company name in ${Math.round(copyMs)} ms; importing ...`);
    imports = { ...(await measureImports(app, actor, files)), fillMs, copyMs };
    log(`imports: ${imports.succeeded}/${imports.files} in ${imports.acceptMs + imports.runMs} ms (${imports.filesPerSecond} files/s), peak RSS ${imports.rssPeakMb} MB${imports.failed.length ? `; FAILED: ${imports.failed.join('; ')}` : ''}`);
    await breathe();
  }
  let files: { naive: Awaited<ReturnType<typeof naiveExceljs>>; atOnce: Awaited<ReturnType<typeof importBatch>> | null; queued: Awaited<ReturnType<typeof importBatch>> | null; hostile: Awaited<ReturnType<typeof hostileRuns>> | null } | null = null;
  if ([SMELTER_TITLES.filesAtOnce, SMELTER_TITLES.filesQueued, SMELTER_TITLES.hostile].some((t) => t.includes(only))) {
    const signUp = await probe(url, '', `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } activeOrganization { id } } }`, {
      input: { email: `bench-files-${Date.now()}@example.org`, password: 'bench-password-1234', name: 'Bench Files', organizationName: 'Bench Files Company', organizationKind: 'COMPANY' },
    });
    const userId = (signUp.body.data as any).signUp.user.id as string;
    const organizationId = (signUp.body.data as any).signUp.activeOrganization.id as string;
    const actor = (await app.get(SessionService).actorsFor([{ userId, organizationId }], 'bench')).get(`${userId}:${organizationId}`)!;
    log('files: filling one CMRT 6.5 with 300 smelter rows and copying it 220 times ...');
    const made = await importFiles(220);
    const twenty = made.files.slice(0, 20);
    log('files: naive exceljs read of the 20 files, one after another ...');
    const naive = await naiveExceljs(twenty);
    log(`files: naive exceljs ${naive.filesPerSecond} files/s`);
    const atOnce = SMELTER_TITLES.filesAtOnce.includes(only) ? await importBatch(app, actor, twenty) : null;
    if (atOnce) log(`files: 20 at once ${atOnce.filesPerSecond} files/s, peak RSS ${atOnce.rssPeakMb} MB (idle ${atOnce.rssIdleMb} MB)`);
    const queued = SMELTER_TITLES.filesQueued.includes(only) ? await importBatch(app, actor, made.files.slice(20)) : null;
    if (queued) log(`files: 200 queued ${queued.filesPerSecond} files/s, peak RSS above idle per quarter ${queued.quarterPeaksAboveIdleMb.join(' / ')} MB`);
    const hostile = SMELTER_TITLES.hostile.includes(only) ? await hostileRuns(app, actor) : null;
    files = { naive, atOnce, queued, hostile };
    await breathe();
  }
  let coverage: (Awaited<ReturnType<typeof seedCoverageScale>> & { statements: number; smelterCount: number; suppliers: number; counts: string; bytes: number; requestMs: number; smeltersMs: number; suppliersMs: number }) | null = null;
  if (SMELTER_TITLES.coverage.includes(only)) {
    const [viewer] = await dataSource.query(`SELECT user_id FROM organization_memberships WHERE organization_id = $1`, [viewerOrganizationId]);
    const scale = await seedCoverageScale(dataSource, viewerOrganizationId, viewer.user_id);
    log(`coverage: seeded ${scale.declarations} declarations with ${scale.rows} rows (${scale.distinctSmelters} distinct smelters) and ${scale.audits} audits in ${scale.milliseconds} ms`);
    const res = await probe(url, session, COVERAGE_QUERY);
    const c = res.body.data?.coverage;
    // one request at a time, and the two service calls it makes timed in process: what the rest (GraphQL execution, JSON) costs
    const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
    const requestMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await probe(url, session, COVERAGE_QUERY);
      requestMs.push(performance.now() - t0);
    }
    const [viewerUser] = await dataSource.query(`SELECT user_id FROM organization_memberships WHERE organization_id = $1`, [viewerOrganizationId]);
    const viewerActor = (await app.get(SessionService).actorsFor([{ userId: viewerUser.user_id, organizationId: viewerOrganizationId }], 'bench')).get(`${viewerUser.user_id}:${viewerOrganizationId}`)!;
    const coverageService = app.get(CoverageService);
    const smeltersMs: number[] = [];
    const suppliersMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      await coverageService.smelters(viewerActor);
      smeltersMs.push(performance.now() - t0);
      t0 = performance.now();
      await coverageService.suppliers(viewerActor);
      suppliersMs.push(performance.now() - t0);
    }
    if (!c || c.suppliers.length !== scale.declarations) throw new Error(`coverage returned ${c?.suppliers.length} suppliers for ${scale.declarations} declarations`);
    coverage = {
      ...scale,
      statements: res.statements,
      smelterCount: c.smelterCount,
      suppliers: c.suppliers.length,
      counts: `${c.conformant} conformant, ${c.withValidSharedAudit} with a valid shared audit, ${c.withoutEvidence} without evidence`,
      bytes: JSON.stringify(res.body).length,
      requestMs: median(requestMs),
      smeltersMs: median(smeltersMs),
      suppliersMs: median(suppliersMs),
    };
    log(
      `coverage: ${c.smelterCount} smelters (${coverage.counts}), ${coverage.suppliers} suppliers, ${(coverage.bytes / 1024).toFixed(0)} KiB of JSON, ${res.statements} SQL statements; ` +
        `one request alone ${coverage.requestMs} ms (median of 5), of which CoverageService.smelters ${coverage.smeltersMs} ms and suppliers ${coverage.suppliersMs} ms (run in parallel by the resolver)`,
    );
  }
  return { matching, imports, coverage, files };
}

function printSmelters(s: Awaited<ReturnType<typeof benchSmelters>>) {
  if (s.files) {
    const f = s.files;
    const ratio = (x: number) => `${(x / f.naive.filesPerSecond).toFixed(1)}×`;
    console.log(`  files: naive full-workbook exceljs read of the same 20 files, one after another: ${f.naive.filesPerSecond} files/s (${f.naive.ms} ms)`);
    for (const [title, b] of [[SMELTER_TITLES.filesAtOnce, f.atOnce], [SMELTER_TITLES.filesQueued, f.queued]] as const) {
      if (!b) continue;
      console.log(
        `  ${title}: ${b.succeeded}/${b.files} imported in ${(b.ms / 1000).toFixed(1)} s — ${b.filesPerSecond} files/s = ${ratio(b.filesPerSecond)} the naive read (goal ≥ 10×); ` +
          `RSS idle ${b.rssIdleMb} MB, peak ${b.rssPeakMb} MB = ${Math.round((b.rssPeakMb - b.rssIdleMb) * 10) / 10} MB above idle (goal < 300), peak above idle per quarter of the run ${b.quarterPeaksAboveIdleMb.join(' / ')} MB, after ${b.rssAfterMb} MB`,
      );
      if (b.failed.length) console.log(`    FAILED: ${[...new Set(b.failed)].join('; ')}`);
    }
    for (const h of f.hostile ?? []) {
      console.log(`  ${SMELTER_TITLES.hostile}: ${h.name} (${h.megabytes} MB) ${h.state} in ${h.ms} ms — ${h.error}; RSS idle ${h.rssIdleMb} MB, peak ${h.rssPeakMb} MB, after ${h.rssAfterMb} MB`);
    }
  }
  if (s.imports) {
    const i = s.imports;
    console.log(
      `  ${SMELTER_TITLES.imports}: ${i.succeeded}/${i.files} imported (${i.rowsPerFile} rows each, ${i.megabytesPerFile} MB per file) in ${((i.acceptMs + i.runMs) / 1000).toFixed(1)} s — ` +
        `${i.filesPerSecond} files/s, ${i.rowsPerSecond} rows/s (accept ${i.acceptMs} ms, parse + match + write ${i.runMs} ms; parseDeclaration alone ${i.parseMs} ms per file); ` +
        `RSS ${i.rssBeforeMb} MB before, peak ${i.rssPeakMb} MB sampled every 10 ms (heap peak ${i.heapPeakMb} MB; lifetime maxRSS ${i.maxRssBeforeMb} → ${i.maxRssAfterMb} MB); ` +
        `the template was filled in ${(i.fillMs / 1000).toFixed(1)} s and copied 20 times in ${Math.round(i.copyMs)} ms (not counted) (no target; reported)`,
    );
    if (i.failed.length) console.log(`    FAILED imports: ${i.failed.join('; ')}`);
  }
  if (s.matching) {
    const m = s.matching;
    console.log(
      `  ${SMELTER_TITLES.matching}: ${m.fullMs} ms against the whole registry index (${m.fullNamesPerSecond} names/s; index built in ${m.buildMs} ms), ${m.heldOutMs} ms against the held-out index; ` +
        `precision ${m.precision}, recall ${m.recall}, right smelter matched or among the review candidates ${m.inCandidates}, sent to review ${m.reviewRate}, non-smelter names matched ${m.falseMatchesOfNonSmelters} (no target; reported)`,
    );
    for (const [kind, k] of Object.entries(m.byKind)) {
      console.log(`    ${kind.padEnd(18)} ${String(k.n).padStart(5)} names: ${k.right} right, ${k.wrong} wrong, ${k.review} to review, ${k.nothing} nothing found`);
    }
  }
  if (s.coverage) {
    const c = s.coverage;
    console.log(
      `  ${SMELTER_TITLES.coverage}: ${c.declarations} declarations, ${c.rows} rows, ${c.smelterCount} smelters (${c.counts}), ${c.suppliers} suppliers, ${(c.bytes / 1024).toFixed(0)} KiB response, ` +
        `${c.statements} SQL statements per request; one request alone ${c.requestMs} ms (median of 5 before the load), CoverageService.smelters ${c.smeltersMs} ms and suppliers ${c.suppliersMs} ms in process; seeded in ${(c.milliseconds / 1000).toFixed(1)} s`,
    );
  }
}

const OPPORTUNITY_TITLES = {
  search: 'opportunities: text + mineral + country facets, 100,000',
  page: 'opportunities page, no text, 100,000',
  lag: 'opportunities index lag (publish → findable)',
  digest: 'opportunities digest run (10,000 saved searches)',
};

const OPPORTUNITIES_QUERY = `query($filter: OpportunityFilter, $first: Int) {
  opportunities(filter: $filter, first: $first) {
    totalCount degraded
    facets { name values { value label count } }
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id kind status deadline timeZone startsAt publishedAt title
      texts { language isOriginal title summary }
      amountMin { amountMinor currency } amountMax { amountMinor currency }
      publisher { id name slug verified }
      initiative { id name slug }
      amplifications { createdAt note organization { id name slug } initiative { id name slug } }
    } }
  }
}`;

const nearestRank = (sorted: number[], p: number) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];

/**
 * The clearinghouse at scale: seeds and indexes 100,000 opportunities, checks
 * the two load scenarios' requests, counts SQL statements for pages of 5 and
 * 50, then measures the index lag of publishing and a digest run of 10,000
 * saved searches (each when BENCH_ONLY selects it).
 */
async function benchClearinghouse(app: INestApplication, url: string, session: string, viewerOrganizationId: string, log: (line: string) => void) {
  const dataSource = app.get(DataSource);
  const engine = app.get(SearchEngine);
  const policy = app.get(VisibilityPolicy);
  const only = process.env.BENCH_ONLY ?? '';
  const scale = await seedClearinghouseScale(dataSource, engine, policy, { log });
  log(`seeded ${scale.opportunities} opportunities in ${scale.seedMs} ms and indexed them in ${scale.indexMs} ms`);
  const searchFilter = { query: 'traceability', minerals: ['cobalt'], countries: ['CD'] };
  const search = await probe(url, session, OPPORTUNITIES_QUERY, { filter: searchFilter, first: 20 });
  const searchTotal = search.body.data?.opportunities?.totalCount as number;
  if (!searchTotal || search.body.data?.opportunities?.degraded) throw new Error(`the faceted search found ${searchTotal} (degraded: ${search.body.data?.opportunities?.degraded})`);
  const pageOf = async (first: number) => {
    const res = await probe(url, session, OPPORTUNITIES_QUERY, { first });
    const edges = res.body.data?.opportunities?.edges as unknown[];
    if (edges.length !== first) throw new Error(`opportunities(first: ${first}) returned ${edges.length}`);
    return { statements: res.statements, total: res.body.data?.opportunities?.totalCount as number };
  };
  const page5 = await pageOf(5);
  const page50 = await pageOf(50);
  log(`opportunities: the faceted search finds ${searchTotal}; page of 5: ${page5.statements} SQL statements, of 50: ${page50.statements} (${page50.total} visible published)`);

  let digest: { setup: Awaited<ReturnType<typeof seedDigestScale>>; report: Awaited<ReturnType<AlertsService['runDigests']>>; milliseconds: number } | null = null;
  if (OPPORTUNITY_TITLES.digest.includes(only)) {
    const now = new Date();
    const setup = await seedDigestScale(dataSource, engine, policy, now);
    log(`seeded ${setup.savedSearches} saved searches of ${setup.users} users and ${setup.newOpportunities} new opportunities in ${setup.milliseconds} ms; running digests ...`);
    const started = Date.now();
    const report = await app.get(AlertsService).runDigests(now);
    digest = { setup, report, milliseconds: Date.now() - started };
    log(`digest run: ${digest.milliseconds} ms, ${JSON.stringify(report)}`);
  }

  let lag: { samples: number; p50: number; p95: number; max: number; meiliQueuedMs: number; meiliIndexingMs: number } | null = null;
  if (OPPORTUNITY_TITLES.lag.includes(only)) {
    const lags: number[] = [];
    const meiliQueued: number[] = [];
    const meiliIndexing: number[] = [];
    const deadline = new Date(Date.now() + 40 * 86_400_000).toISOString();
    for (let i = 0; i < 20; i++) {
      const word = `lagprobe${i}q${Date.now().toString(36)}`;
      const created = await probe(url, session, `mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }`, {
        input: { kind: 'CALL_FOR_PROPOSALS', texts: [{ language: 'en', title: `Index lag probe ${word}`, summary: 'Traceability of cobalt in Lualaba.' }], deadline, timeZone: 'Africa/Lubumbashi', minerals: ['cobalt'], countries: ['CD'] },
      });
      const id = (created.body.data as any).createOpportunity.id as string;
      await new Promise((resolve) => setTimeout(resolve, 300)); // let the draft's own indexing pass
      const started = performance.now();
      await probe(url, session, `mutation($id: ID!) { publishOpportunity(id: $id) { id status } }`, { id });
      for (;;) {
        const found = await probe(url, session, `query($f: OpportunityFilter) { opportunities(filter: $f, first: 5) { edges { node { id } } } }`, { f: { query: word, publisherIds: [viewerOrganizationId] } });
        if ((found.body.data?.opportunities?.edges as Array<{ node: { id: string } }>).some((e) => e.node.id === id)) break;
        if (performance.now() - started > 30_000) throw new Error(`published opportunity ${id} not findable after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      lags.push(performance.now() - started);
      // how much of it Meilisearch spent: the document task of this publish (enqueued → finished)
      const { results } = await engine.meili.tasks.getTasks({ indexUids: [scale.indexName], types: ['documentAdditionOrUpdate'], limit: 1 });
      const task = results[0];
      if (task?.startedAt && task.finishedAt) {
        meiliQueued.push(new Date(task.startedAt).getTime() - new Date(task.enqueuedAt).getTime());
        meiliIndexing.push(new Date(task.finishedAt).getTime() - new Date(task.startedAt).getTime());
      }
    }
    const sorted = [...lags].sort((a, b) => a - b);
    const median = (values: number[]) => (values.length ? Math.round(nearestRank([...values].sort((a, b) => a - b), 50)) : NaN);
    lag = { samples: sorted.length, p50: Math.round(nearestRank(sorted, 50)), p95: Math.round(nearestRank(sorted, 95)), max: Math.round(sorted[sorted.length - 1]), meiliQueuedMs: median(meiliQueued), meiliIndexingMs: median(meiliIndexing) };
    log(`index lag over ${lag.samples} publishes: p50 ${lag.p50} ms, p95 ${lag.p95} ms, max ${lag.max} ms; Meilisearch task median ${lag.meiliQueuedMs} ms queued + ${lag.meiliIndexingMs} ms indexing`);
  }
  return { scale, searchFilter, searchTotal, pageTotal: page50.total, statements5: page5.statements, statements50: page50.statements, digest, lag };
}

/** Writes 5,000 terms in three languages as Turtle, timing it and watching memory. */
async function measureTurtleExport() {
  const terms: ExchangeTerm[] = Array.from({ length: 5000 }, (_, i) => ({
    slug: `term-${i}`,
    prefLabels: ['en', 'fr', 'es'].map((language) => ({ language, text: `Term ${i} (${language})` })),
    altLabels: [{ language: 'en', text: `T${i}` }],
    definitions: ['en', 'fr', 'es'].map((language) => ({ language, text: `Definition of term ${i} in ${language}, long enough to be realistic for a glossary entry of a responsible-minerals initiative.` })),
    category: 'Bench',
    minerals: ['tin'],
    themes: ['governance'],
    broader: i > 0 && i % 10 !== 0 ? [`term-${i - (i % 10)}`] : [],
    narrower: i % 10 === 0 ? Array.from({ length: 9 }, (_, k) => `term-${i + k + 1}`).filter((s) => Number(s.slice(5)) < 5000) : [],
    related: [],
  }));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let rssPeak = process.memoryUsage().rss;
  const timer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 5);
  const started = Date.now();
  const turtle = await writeTurtle({ uri: 'https://example.org/glossary/bench', title: 'Bench' }, terms);
  const milliseconds = Date.now() - started;
  clearInterval(timer);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return { milliseconds, megabytes: mb(Buffer.byteLength(turtle)), heapMegabytes: mb(process.memoryUsage().heapUsed - heapBefore), rssMegabytes: mb(rssPeak) };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
