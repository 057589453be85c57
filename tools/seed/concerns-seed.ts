// Demo data of community concerns (SPEC §6), written through the services
// (filing, triage and routing by the demo companies' imported declarations,
// the case), so the demo shows what a real run produces: concerns in every
// status, an anonymous one, one merged into another, one referred, routed to
// the demo companies whose current declarations report the smelters. Runs
// after the smelters seed (it needs its declarations). Idempotent: it does
// nothing when its first concern is there.
import { AppConfig, SearchSync, loadConfig } from '@commonground/api-core';
import { ConcernCategory, ConcernService, ConcernStatus, type ConcernViewer } from '@commonground/api-concerns';
import { SessionService } from '@commonground/api-identity';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { ROOT } from '../runtime';

const FIRST = 'Security guards at the smelter gate beat an artisanal digger who came to sell cassiterite; two others were detained overnight without charge.';
const ADMIN_EMAIL = 'admin@commonground.example';
const LEAD = { org: 'Volta Electronics GmbH', email: 'anna@volta-electronics.example.de' };
// smelters the demo companies' current declarations report (tools/seed/smelters-seed.ts)
const TIN_SMELTER = 'CID001898';
const GOLD_SMELTER = 'CID002003';
const QUIET_SMELTER = 'CID001105';

async function applicationContext(): Promise<INestApplicationContext> {
  const config: AppConfig = { ...loadConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR || path.join(ROOT, '.data'), WEB_DIST: '' }), webDist: undefined };
  return NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
}

export async function seedConcerns(dataSource: DataSource): Promise<void> {
  const done = await dataSource.query(`SELECT 1 FROM concerns WHERE description = $1 LIMIT 1`, [FIRST]);
  if (done.length) {
    console.log('Concern demo data was already there; nothing changed.');
    return;
  }
  const app = await applicationContext();
  try {
    await seedThroughServices(app);
    await app.get(SearchSync).drain().catch(() => undefined);
  } finally {
    await app.close();
  }
}

async function seedThroughServices(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const concerns = app.get(ConcernService);
  const sessions = app.get(SessionService);
  const log = (line: string) => console.log(`  ${line}`);

  const [admin] = await dataSource.query(`SELECT id FROM users WHERE email = $1`, [ADMIN_EMAIL]);
  const [lead] = await dataSource.query(
    `SELECT u.id AS user_id, o.id AS org_id FROM users u JOIN organization_memberships m ON m.user_id = u.id JOIN organizations o ON o.id = m.organization_id WHERE u.email = $1 AND o.name = $2`,
    [LEAD.email, LEAD.org],
  );
  if (!admin || !lead) throw new Error('concerns seed: run the base demo seed first (the platform administrator and Volta Electronics are missing)');
  const actors = await sessions.actorsFor([{ userId: admin.id, organizationId: null }, { userId: lead.user_id, organizationId: lead.org_id }], 'demo-seed');
  const handler: ConcernViewer = await concerns.viewerOf(actors.get(`${admin.id}:`)!);
  const company: ConcernViewer = await concerns.viewerOf(actors.get(`${lead.user_id}:${lead.org_id}`)!);
  const smelter = async (cid: string): Promise<{ id: string; country: string }> => (await dataSource.query(`SELECT id, country FROM smelters WHERE cid = $1`, [cid]))[0];
  const tin = await smelter(TIN_SMELTER);
  const gold = await smelter(GOLD_SMELTER);
  const quiet = await smelter(QUIET_SMELTER);
  const address = { ip: 'demo-seed' };
  const file = (input: Parameters<ConcernService['file']>[1]) => concerns.file(null, input, address).then((r) => r.concern);

  // TRIAGED, then the case: Volta leads, replies to the reporter, responds and closes
  const closed = await file({ smelterId: tin.id, category: ConcernCategory.SECURITY_FORCES, description: FIRST, language: 'en', happenedOn: new Date('2026-03-14T00:00:00Z'), anonymous: false, reporterName: 'Esperance Mukamana', reporterContact: '+250 788 000 111 (evenings)' });
  await concerns.addMessage(handler, { concernId: closed.id, body: 'Thank you. Were the two detained people released, and by whom?', visibleToReporter: true }, address);
  await concerns.triage(handler, { id: closed.id, accept: true, note: 'Specific, credible and recent.' });
  await concerns.join(company, closed.id, true);
  await concerns.addMessage(company, { concernId: closed.id, body: 'We asked the smelter and its RMAP auditor to investigate; the auditor visits the site next week.', visibleToReporter: true }, address);
  await concerns.setStatus(company, { id: closed.id, status: ConcernStatus.RESPONDED });
  await concerns.setStatus(company, { id: closed.id, status: ConcernStatus.CLOSED, outcome: 'The smelter dismissed the two guards, changed its security contractor and adopted the Voluntary Principles; the auditor verified it on site.' });
  log(`${closed.reference}: closed by the lead company`);

  // IN_PROGRESS: accepted, Volta leads
  const inProgress = await file({ smelterId: gold.id, category: ConcernCategory.ENVIRONMENT, description: 'Mercury from the gold buying houses that supply this refiner is poured into the river above the village.', language: 'fr', anonymous: true });
  await concerns.triage(handler, { id: inProgress.id, accept: true });
  await concerns.join(company, inProgress.id, true);
  await concerns.addMessage(company, { concernId: inProgress.id, body: 'Internal: we share the cost of a water analysis with the other buyers.', visibleToReporter: false }, address);
  log(`${inProgress.reference}: in progress`);

  // RESPONDED
  const responded = await file({ smelterId: tin.id, category: ConcernCategory.HEALTH_AND_SAFETY, description: 'Diggers work in unshored pits 20 m deep; one collapsed in February.', language: 'en', anonymous: true });
  await concerns.triage(handler, { id: responded.id, accept: true });
  await concerns.join(company, responded.id, true);
  await concerns.setStatus(company, { id: responded.id, status: ConcernStatus.RESPONDED, outcome: 'The smelter funds shoring timber and a safety trainer through the local cooperative.' });
  log(`${responded.reference}: responded`);

  // TRIAGED: accepted and routed, nobody joined yet
  const triaged = await file({ smelterId: tin.id, category: ConcernCategory.CHILD_LABOUR, description: 'Children under 15 wash ore at the processing site during school hours.', language: 'fr', anonymous: false, reporterName: 'Jean-Paul Bisimwa', reporterContact: 'jp.bisimwa@example.cd', shareIdentityWithCompanies: true });
  await concerns.triage(handler, { id: triaged.id, accept: true });
  log(`${triaged.reference}: accepted and routed`);

  // merged into the accepted one above
  const duplicate = await file({ smelterId: tin.id, category: ConcernCategory.CHILD_LABOUR, description: 'Kids washing cassiterite at the site on weekdays.', language: 'en', anonymous: true });
  await concerns.triage(handler, { id: duplicate.id, accept: false, mergeIntoId: triaged.id });
  log(`${duplicate.reference}: merged into ${triaged.reference}`);

  // REFERRED
  const referred = await file({ country: tin.country, place: 'Artisanal mining area upstream of the smelter', category: ConcernCategory.BRIBERY, description: 'Officials at the checkpoint take a cut of every bag to let it pass without the traceability tag.', language: 'en', anonymous: true });
  await concerns.triage(handler, { id: referred.id, accept: false, referTo: 'ITSCI whistle-blowing line, reference IT-2026-031' });
  log(`${referred.reference}: referred`);

  // REJECTED
  const rejected = await file({ smelterId: quiet.id, category: ConcernCategory.OTHER, description: 'This company is bad.', language: 'en', anonymous: true });
  await concerns.triage(handler, { id: rejected.id, accept: false, note: 'We cannot act on this without knowing what happened, where and when. Please file again with those details.' });
  log(`${rejected.reference}: rejected`);

  // RECEIVED: anonymous, waiting in the queue, with a question to the reporter
  const received = await file({ country: 'CD', place: 'Nyabibwe', latitude: -1.95, longitude: 28.93, category: ConcernCategory.ARMED_GROUPS, description: 'Armed men take a "tax" on every bag of ore leaving the site on market days.', language: 'fr', anonymous: true });
  await concerns.addMessage(handler, { concernId: received.id, body: 'Can you say which group, and since when?', visibleToReporter: true }, address);
  log(`${received.reference}: received, waiting for the reporter`);
  const reached = await dataSource.query(`SELECT count(DISTINCT organization_id)::int AS n FROM concern_recipients`);
  console.log(`Concern demo data: 8 concerns in every status, routed to ${reached[0].n} organizations.`);
}
