import { ACTOR_LOADER, ActorLoader, SESSION_COOKIE } from '@commonground/api-core';
import { ConcernEntity, ConcernPolicy, ConcernRoutingService, ConcernService, FollowUpCodeService, hashCode } from '@commonground/api-concerns';
import { DeclarationImportService, fillDeclarationTemplate } from '@commonground/api-smelters';
import { SMELTERS } from '@commonground/shared-reference';
import { GraphQLClient, SignedIn, TestApp, aCompany, aUser, anInitiative, createTestApp, makePlatformAdmin } from '@commonground/api-testing';
import { jpegWithGps, plainJpeg, png } from '../support/evidence-images';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const tin = SMELTERS.filter((s) => s.metal === 'TIN');
// the smelter concerns are about, one in another country, and one nobody reports
const X = tin[0];
const OTHER = tin.find((s) => s.country !== X.country)!;
const NOBODY = tin.find((s) => s !== X && s !== OTHER && s.country !== X.country && s.country !== OTHER.country)!;

const REPORTER_NAME = 'Amani Mwamba-Secret';
const REPORTER_CONTACT = 'amani.secret@example.net';

const FIELDS = `id reference status category description country place reporterName reporterContact outcome referredTo mergedIntoReference reachedCount joinedCount
  viewerIsHandler viewerIsReporter viewerIsRecipient viewerCanJoin viewerIsLead viewerJoined
  recipients { organization { id name } reason joined lead kind } messages { authorLabel body visibleToReporter } evidence { id fileName contentType shared url addedBy } smelter { cid }`;
const FILE = `mutation($input: ConcernInput!) { fileConcern(input: $input) { followUpCode concern { ${FIELDS} } } }`;
const GET = `query($id: ID!) { concern(id: $id) { ${FIELDS} } }`;
const BY_CODE = `query($code: String!) { concernByFollowUpCode(code: $code) { ${FIELDS} } }`;
const LIST = `query($statuses: [ConcernStatus!]) { concerns(first: 100, statuses: $statuses) { totalCount edges { node { id reference status } } } }`;
const TRIAGE = `mutation($id: ID!, $accept: Boolean!, $note: String, $merge: ID, $refer: String) { triageConcern(id: $id, accept: $accept, note: $note, mergeIntoId: $merge, referTo: $refer) { ${FIELDS} } }`;
const MESSAGE = `mutation($id: ID, $code: String, $body: String!, $visible: Boolean) { addConcernMessage(concernId: $id, followUpCode: $code, body: $body, visibleToReporter: $visible) { ${FIELDS} } }`;
const JOIN = `mutation($id: ID!, $lead: Boolean) { joinConcernCase(id: $id, lead: $lead) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: ConcernStatus!, $outcome: String) { setConcernStatus(id: $id, status: $status, outcome: $outcome) { ${FIELDS} } }`;
const COUNTS = `query($id: ID!) { smelterConcernCounts(smelterId: $id) { category accepted resolved } }`;
const SHARE = `mutation($id: ID!, $shared: Boolean) { shareConcernEvidence(evidenceId: $id, shared: $shared) { id shared } }`;

async function importDeclaration(who: SignedIn, company: string, cids: string[], effectiveDate = '2026-06-30') {
  const bytes = await fillDeclarationTemplate({ companyName: company, effectiveDate, smelters: cids.map((cid) => ({ metal: SMELTERS.find((s) => s.cid === cid)!.metal, cid })) }, { kind: 'CMRT' });
  const form = new FormData();
  form.append('files', new Blob([bytes]), `${company}.xlsx`);
  const res = await who.client.fetch('/api/declarations', { method: 'POST', body: form });
  expect(res.status).toBe(202);
  await app.app.get(DeclarationImportService).runPending();
}

const smelterId = async (cid: string) => (await app.client().ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid })).smelter.id as string;

const file = (client: GraphQLClient, input: Record<string, unknown>) =>
  client.ok(FILE, { input: { category: 'CHILD_LABOUR', description: 'Children carry ore at night near the washing site.', language: 'fr', anonymous: true, ...input } }).then((d) => d.fileConcern as { followUpCode: string; concern: any });

async function upload(concernId: string, bytes: Buffer, name: string, headers: Record<string, string> = {}, client: GraphQLClient = app.client()) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return client.fetch(`/api/concerns/${concernId}/evidence`, { method: 'POST', body: form, headers });
}

/** Everything the product keeps where the reporter's name or contact must never be. */
async function leakScan(): Promise<string> {
  const rows = await Promise.all([
    app.dataSource.query(`SELECT action, details::text, target_type FROM activity_log`),
    app.dataSource.query(`SELECT title, body, link FROM notifications`),
    app.dataSource.query(`SELECT to_address, subject, text FROM mail_messages`),
    app.dataSource.query(`SELECT key FROM rate_limit_counters`),
    app.dataSource.query(`SELECT * FROM search_outbox`),
  ]);
  return JSON.stringify(rows);
}

describe('community concerns', () => {
  let admin: SignedIn;
  let alpha: SignedIn; // reports X: reached
  let beta: SignedIn; // reports X: reached
  let gamma: SignedIn; // reports another smelter: never reached by X
  let delta: SignedIn; // reports X later: reached later
  let epsilon: SignedIn; // reported X only in a superseded declaration: not reached
  let nobody: SignedIn; // a user without an organization
  let secretariat: SignedIn;
  let initiativeId: string;
  let xId: string;

  beforeAll(async () => {
    admin = await aUser(app, { organization: null });
    await makePlatformAdmin(app, admin.userId);
    nobody = await aUser(app, { organization: null });
    [alpha, beta, gamma, delta, epsilon] = await Promise.all(['Alpha Devices', 'Beta Phones', 'Gamma Cars', 'Delta Tools', 'Epsilon Wires'].map((n) => aCompany(app, n)));
    await importDeclaration(alpha, 'Penang Solder Works', [X.cid, OTHER.cid]);
    await importDeclaration(beta, 'Beta Wire Ltd', [X.cid]);
    await importDeclaration(gamma, 'Gamma Plating SA', [OTHER.cid]);
    await importDeclaration(epsilon, 'Eps Metals', [OTHER.cid], '2026-06-30');
    await importDeclaration(epsilon, 'Eps Metals', [X.cid], '2025-01-31');
    const init = await anInitiative(app, 'Tin Working Group');
    secretariat = init.secretariat;
    initiativeId = init.initiativeId;
    await alpha.client.ok(`mutation($id: ID!) { applyToInitiative(initiativeId: $id) { status } }`, { id: initiativeId });
    await secretariat.client.ok(`mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: ACTIVE) { status } }`, { i: initiativeId, o: alpha.organizationId });
    xId = await smelterId(X.cid);
  }, 240_000);

  describe('filing and following up', () => {
    it('files signed out and anonymously: a code shown once, kept hashed, and nothing about the reporter (no name, contact or address)', async () => {
      const reporter = app.client();
      const { followUpCode, concern } = await file(reporter, { smelterId: xId, anonymous: true, reporterName: REPORTER_NAME, reporterContact: REPORTER_CONTACT, happenedOn: '2026-04-12T00:00:00Z' });
      expect(followUpCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect(concern).toMatchObject({ status: 'RECEIVED', reference: expect.stringMatching(/^CG-\d{4}-\d{4}$/), reporterName: null, reporterContact: null, recipients: [], viewerIsReporter: true, smelter: { cid: X.cid }, country: X.country });
      expect(await app.dataSource.query(`SELECT * FROM concern_reporters WHERE concern_id = $1`, [concern.id])).toEqual([]);
      const [code] = await app.dataSource.query(`SELECT code_hash FROM concern_follow_up_codes WHERE concern_id = $1`, [concern.id]);
      expect(code.code_hash).toBe(hashCode(followUpCode));
      expect(JSON.stringify(await app.dataSource.query(`SELECT * FROM concerns WHERE id = $1`, [concern.id]))).not.toMatch(/127\.0\.0\.1|::1|Amani/);
      // the address only feeds a keyed hash in the rate-limit counter, and no log entry names the concern
      const keys = (await app.dataSource.query(`SELECT key FROM rate_limit_counters WHERE key LIKE 'concern-%'`)).map((r: { key: string }) => r.key);
      expect(keys).toEqual([expect.stringMatching(/^concern-file:[A-Za-z0-9_-]{22}$/)]);
      expect(keys.join()).not.toMatch(/127\.0\.0\.1|::1/);
      expect(await app.dataSource.query(`SELECT * FROM activity_log WHERE target_id = $1`, [concern.id])).toEqual([]);
      expect(await leakScan()).not.toContain(REPORTER_NAME);
      // the code opens it, signed out; the reporter never sees who was reached
      const { concernByFollowUpCode } = await app.client().ok(BY_CODE, { code: followUpCode.toLowerCase().replace(/-/g, ' ') });
      expect(concernByFollowUpCode).toMatchObject({ id: concern.id, recipients: [], reporterName: null });
    });

    it('refuses what cannot be a concern, naming the field', async () => {
      const c = app.client();
      const bad = (input: Record<string, unknown>) => c.fails(FILE, { input: { category: 'OTHER', description: 'x', language: 'en', anonymous: true, ...input } });
      expect((await bad({})).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.smelterId' });
      expect((await bad({ country: 'ZZ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.country' });
      expect((await bad({ country: 'CD', latitude: 1 })).extensions).toMatchObject({ field: 'input.latitude' });
      expect((await bad({ country: 'CD', language: 'not a language' })).extensions).toMatchObject({ field: 'input.language' });
      expect((await bad({ smelterId: '00000000-0000-4000-8000-000000000000' })).extensions).toMatchObject({ field: 'input.smelterId' });
    });

    it('reads, answers and revokes with the code; a wrong code is nothing', async () => {
      const { followUpCode, concern } = await file(app.client(), { country: 'CD', place: 'Nyabibwe', latitude: -1.9, longitude: 28.9, anonymous: false, reporterName: REPORTER_NAME, reporterContact: REPORTER_CONTACT });
      expect((await app.client().ok(BY_CODE, { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' })).concernByFollowUpCode).toBeNull();
      const { addConcernMessage } = await app.client().ok(MESSAGE, { code: followUpCode, body: 'More: it happens every Friday.' });
      expect(addConcernMessage.messages).toEqual([{ authorLabel: 'Reporter', body: 'More: it happens every Friday.', visibleToReporter: true }]);
      // a signed-out caller without the code cannot write to it
      expect((await app.client().fails(MESSAGE, { id: concern.id, body: 'hello' })).extensions?.code).toBe('NOT_FOUND');
      const { revokeConcernFollowUpCode: fresh } = await app.client().ok(`mutation($c: String!) { revokeConcernFollowUpCode(code: $c, issueNew: true) }`, { c: followUpCode });
      expect(fresh).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect((await app.client().ok(BY_CODE, { code: followUpCode })).concernByFollowUpCode).toBeNull();
      expect((await app.client().ok(BY_CODE, { code: fresh })).concernByFollowUpCode.id).toBe(concern.id);
      expect((await app.client().fails(`mutation($c: String!) { revokeConcernFollowUpCode(code: $c) }`, { c: followUpCode })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('triage, routing and the case', () => {
    let concernId: string;
    let code: string;

    beforeAll(async () => {
      const filed = await file(app.client(), { smelterId: xId, anonymous: false, reporterName: REPORTER_NAME, reporterContact: REPORTER_CONTACT, description: 'Guards beat a digger at the smelter gate.', category: 'SECURITY_FORCES' });
      concernId = filed.concern.id;
      code = filed.followUpCode;
    });

    it('queues a new concern for case handlers only; nobody else learns it exists', async () => {
      const queue = (await admin.client.ok(LIST, { statuses: ['RECEIVED'] })).concerns;
      expect(queue.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(concernId);
      const asAdmin = (await admin.client.ok(GET, { id: concernId })).concern;
      expect(asAdmin).toMatchObject({ reporterName: REPORTER_NAME, reporterContact: REPORTER_CONTACT, viewerIsHandler: true });
      for (const who of [alpha, beta, gamma, nobody]) {
        expect((await who.client.ok(GET, { id: concernId })).concern).toBeNull();
        expect((await who.client.ok(LIST, {})).concerns.totalCount).toBe(0);
        expect((await who.client.ok(`query($id: ID!) { node(id: $id) { id } }`, { id: concernId })).node).toBeNull();
      }
      expect((await app.client().ok(GET, { id: concernId })).concern).toBeNull();
      expect((await app.client().fails(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await alpha.client.fails(TRIAGE, { id: concernId, accept: true })).extensions?.code).toBe('NOT_FOUND');
    });

    it('asks the reporter for more while the concern stays RECEIVED; internal notes stay internal', async () => {
      await admin.client.ok(MESSAGE, { id: concernId, body: 'Internal: check with the RMAP auditor.', visible: false });
      const { addConcernMessage } = await admin.client.ok(MESSAGE, { id: concernId, body: 'Which day did it happen?', visible: true });
      expect(addConcernMessage.status).toBe('RECEIVED');
      const mine = (await app.client().ok(BY_CODE, { code })).concernByFollowUpCode;
      expect(mine.messages).toEqual([{ authorLabel: 'Case handler', body: 'Which day did it happen?', visibleToReporter: true }]);
      await app.client().ok(MESSAGE, { code, body: 'On 12 April.' });
    });

    it('accepts and routes: every company whose current declarations report the smelter, and the secretariats of their initiatives, each told why', async () => {
      expect((await admin.client.fails(TRIAGE, { id: concernId, accept: true, merge: concernId, refer: 'ITSCI' })).extensions?.field).toBe('referTo');
      const { triageConcern } = await admin.client.ok(TRIAGE, { id: concernId, accept: true, note: 'Credible and specific.' });
      expect(triageConcern.status).toBe('TRIAGED');
      const reached = Object.fromEntries(triageConcern.recipients.map((r: any) => [r.organization.id, r]));
      expect(Object.keys(reached).sort()).toEqual([alpha.organizationId, beta.organizationId, secretariat.organizationId].sort());
      expect(reached[alpha.organizationId!]).toMatchObject({ kind: 'COMPANY', joined: false, lead: false, reason: expect.stringContaining('"Penang Solder Works" reports this smelter (CMRT') });
      expect(reached[secretariat.organizationId!]).toMatchObject({ kind: 'SECRETARIAT', reason: expect.stringContaining('Alpha Devices') });
      // a superseded declaration reports nothing; another smelter's customers are not concerned
      expect(reached[epsilon.organizationId!]).toBeUndefined();
      expect(reached[gamma.organizationId!]).toBeUndefined();
      expect((await admin.client.fails(TRIAGE, { id: concernId, accept: true })).extensions?.code).toBe('CONFLICT');

      // the companies reached see it and each other, without the reporter
      const seen = (await alpha.client.ok(GET, { id: concernId })).concern;
      expect(seen).toMatchObject({ viewerIsRecipient: true, viewerCanJoin: true, reporterName: null, reporterContact: null, viewerIsHandler: false });
      expect(seen.recipients).toHaveLength(3);
      expect(seen.messages.map((m: any) => m.body)).toContain('Internal: check with the RMAP auditor.');
      expect((await alpha.client.ok(LIST, {})).concerns.edges.map((e: any) => e.node.id)).toEqual([concernId]);
      for (const who of [gamma, epsilon, nobody]) {
        expect((await who.client.ok(GET, { id: concernId })).concern).toBeNull();
        expect((await who.client.ok(LIST, {})).concerns.totalCount).toBe(0);
      }

      // in the app and by e-mail, with the reason
      const notes = (await alpha.client.ok(`query { notifications(first: 50) { items { kind title body link } } }`)).notifications.items;
      const routed = notes.find((n: any) => n.kind === 'CONCERN_ROUTED');
      expect(routed).toMatchObject({ title: expect.stringContaining(triageConcern.reference), body: expect.stringContaining('Penang Solder Works'), link: `/concerns/cases/${concernId}` });
      const mails = await app.dataSource.query(`SELECT to_address AS "to", subject, text FROM mail_messages WHERE to_address = $1`, [alpha.email]);
      expect(mails.some((m: any) => m.subject.includes(triageConcern.reference) && m.text.includes('Penang Solder Works'))).toBe(true);
      expect((await gamma.client.ok(`query { notifications(first: 50) { items { kind } } }`)).notifications.items.filter((n: any) => n.kind.startsWith('CONCERN'))).toEqual([]);
      // the reporter is told, and sees how many were reached, not which
      const mine = (await app.client().ok(BY_CODE, { code })).concernByFollowUpCode;
      expect(mine).toMatchObject({ status: 'TRIAGED', reachedCount: 3, joinedCount: 0, recipients: [] });
      expect(mine.messages.at(-1).body).toContain('accepted');
    });

    it('reaches a company whose declaration reporting the smelter becomes current later, when the re-route job runs', async () => {
      await importDeclaration(delta, 'Delta Supplies', [X.cid]);
      expect((await delta.client.ok(GET, { id: concernId })).concern).toBeNull();
      expect(await app.app.get(ConcernRoutingService).rerouteOpen()).toBeGreaterThanOrEqual(1);
      const seen = (await delta.client.ok(GET, { id: concernId })).concern;
      expect(seen.recipients.find((r: any) => r.organization.id === delta.organizationId).reason).toContain('Delta Supplies');
      // running it again reaches nobody twice
      expect(await app.app.get(ConcernRoutingService).rerouteOpen()).toBe(0);
      // a newer declaration of Gamma's supplier that reports X makes it current: reached too
      await importDeclaration(gamma, 'Gamma Plating SA', [X.cid], '2026-09-30');
      await app.app.get(ConcernRoutingService).rerouteOpen();
      expect((await gamma.client.ok(GET, { id: concernId })).concern.viewerIsRecipient).toBe(true);
    });

    it('coordinates the response: join, one lead, a shared thread with messages marked for the reporter, status with the outcome', async () => {
      expect((await epsilon.client.fails(JOIN, { id: concernId })).extensions?.code).toBe('NOT_FOUND');
      const led = (await alpha.client.ok(JOIN, { id: concernId, lead: true })).joinConcernCase;
      expect(led).toMatchObject({ status: 'IN_PROGRESS', viewerIsLead: true, viewerJoined: true });
      const joined = (await beta.client.ok(JOIN, { id: concernId })).joinConcernCase;
      expect(joined).toMatchObject({ viewerIsLead: false, viewerJoined: true, joinedCount: 2 });
      expect((await beta.client.fails(JOIN, { id: concernId, lead: true })).extensions?.code).toBe('CONFLICT');
      // handlers see who joined and who did not
      const byAdmin = (await admin.client.ok(GET, { id: concernId })).concern.recipients;
      expect(byAdmin.filter((r: any) => !r.joined).map((r: any) => r.organization.id).sort()).toEqual([secretariat.organizationId, delta.organizationId, gamma.organizationId].sort());
      expect(byAdmin.find((r: any) => r.lead).organization.id).toBe(alpha.organizationId);

      await alpha.client.ok(MESSAGE, { id: concernId, body: 'We asked Penang Solder Works to investigate; an auditor visits next week.', visible: true });
      await beta.client.ok(MESSAGE, { id: concernId, body: 'Internal: we share the cost of the visit.', visible: false });
      const thread = (await beta.client.ok(GET, { id: concernId })).concern.messages;
      expect(thread.find((m: any) => m.body.startsWith('We asked')).authorLabel).toBe('Alpha Devices');
      const mine = (await app.client().ok(BY_CODE, { code })).concernByFollowUpCode;
      expect(mine.messages.map((m: any) => m.body)).toContain('We asked Penang Solder Works to investigate; an auditor visits next week.');
      expect(mine.messages.map((m: any) => m.body)).not.toContain('Internal: we share the cost of the visit.');
      expect(mine.messages.find((m: any) => m.body.startsWith('We asked')).authorLabel).toBe('An organization of the case');

      expect((await beta.client.fails(STATUS, { id: concernId, status: 'RESPONDED' })).extensions?.code).toBe('FORBIDDEN');
      expect((await gamma.client.fails(STATUS, { id: concernId, status: 'RESPONDED' })).extensions?.code).toBe('FORBIDDEN');
      expect((await alpha.client.fails(STATUS, { id: concernId, status: 'REJECTED' })).extensions?.field).toBe('status');
      expect((await alpha.client.ok(STATUS, { id: concernId, status: 'RESPONDED' })).setConcernStatus.status).toBe('RESPONDED');
      expect((await alpha.client.fails(STATUS, { id: concernId, status: 'CLOSED' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
      const closed = (await alpha.client.ok(STATUS, { id: concernId, status: 'CLOSED', outcome: 'The smelter replaced its security contractor; the auditor confirmed it.' })).setConcernStatus;
      expect(closed).toMatchObject({ status: 'CLOSED', outcome: expect.stringContaining('security contractor') });
      const told = (await app.client().ok(BY_CODE, { code })).concernByFollowUpCode;
      expect(told).toMatchObject({ status: 'CLOSED', outcome: expect.stringContaining('security contractor') });
      expect((await app.client().fails(MESSAGE, { code, body: 'thanks' })).extensions?.code).toBe('FORBIDDEN');
      // the activity log has the case's acts, never the reporter
      const log = (await admin.client.ok(`query { activityLog(first: 100) { edges { node { action details targetId } } } }`)).activityLog.edges.map((e: any) => e.node);
      expect(log.map((e: any) => e.action)).toEqual(expect.arrayContaining(['CONCERN_TRIAGED', 'CONCERN_LED', 'CONCERN_JOINED', 'CONCERN_STATUS_CHANGED']));
    });

    it('merges, refers and rejects, telling the reporter each time', async () => {
      const dup = await file(app.client(), { smelterId: xId, description: 'Same beating at the gate.', category: 'SECURITY_FORCES' });
      expect((await admin.client.fails(TRIAGE, { id: dup.concern.id, accept: false, merge: dup.concern.id })).extensions?.field).toBe('mergeIntoId');
      const merged = (await admin.client.ok(TRIAGE, { id: dup.concern.id, accept: false, merge: concernId })).triageConcern;
      expect(merged).toMatchObject({ status: 'CLOSED', mergedIntoReference: expect.stringMatching(/^CG-/) });
      expect((await app.client().ok(BY_CODE, { code: dup.followUpCode })).concernByFollowUpCode.messages.at(-1).body).toContain('together with another report');

      const other = await file(app.client(), { smelterId: xId, category: 'BRIBERY', description: 'Export papers bought.' });
      const referred = (await admin.client.ok(TRIAGE, { id: other.concern.id, accept: false, refer: 'ITSCI whistle-blowing, ref. 2026/118' })).triageConcern;
      expect(referred).toMatchObject({ status: 'REFERRED', referredTo: 'ITSCI whistle-blowing, ref. 2026/118', recipients: [] });

      const vague = await file(app.client(), { smelterId: xId, category: 'OTHER', description: 'bad things' });
      expect((await admin.client.fails(TRIAGE, { id: vague.concern.id, accept: false })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const rejected = (await admin.client.ok(TRIAGE, { id: vague.concern.id, accept: false, note: 'Nothing we can act on; please say what, where and when.' })).triageConcern;
      expect(rejected).toMatchObject({ status: 'REJECTED', outcome: 'Nothing we can act on; please say what, where and when.' });
      expect((await app.client().ok(BY_CODE, { code: vague.followUpCode })).concernByFollowUpCode.messages.at(-1).body).toContain('Nothing we can act on');
      expect((await admin.client.fails(STATUS, { id: vague.concern.id, status: 'IN_PROGRESS' })).extensions?.code).toBe('FORBIDDEN');

      // public counts: accepted and resolved by category, merged, referred and rejected ones aside
      const { smelterConcernCounts } = await app.client().ok(COUNTS, { id: xId });
      expect(smelterConcernCounts).toEqual([{ category: 'SECURITY_FORCES', accepted: 1, resolved: 1 }]);
      expect((await app.client().ok(COUNTS, { id: await smelterId(NOBODY.cid) })).smelterConcernCounts).toEqual([]);
    });

    it('shows the reporter to the organizations only with consent, and never the contact', async () => {
      const consenting = await file(app.client(), { smelterId: xId, anonymous: false, reporterName: 'Consenting Reporter', reporterContact: 'consent@example.net', shareIdentityWithCompanies: true, category: 'ENVIRONMENT', description: 'Tailings in the river.' });
      await admin.client.ok(TRIAGE, { id: consenting.concern.id, accept: true });
      expect((await beta.client.ok(GET, { id: consenting.concern.id })).concern).toMatchObject({ reporterName: 'Consenting Reporter', reporterContact: null });
      expect((await admin.client.ok(GET, { id: consenting.concern.id })).concern).toMatchObject({ reporterName: 'Consenting Reporter', reporterContact: 'consent@example.net' });
    });
  });

  describe('evidence', () => {
    it('strips GPS EXIF, XMP and comments from a JPEG before storage, sniffs the type, and shows files to organizations only once shared', async () => {
      const { followUpCode, concern } = await file(app.client(), { smelterId: xId, category: 'HEALTH_AND_SAFETY', description: 'A collapsed pit.' });
      const withGps = jpegWithGps();
      expect(withGps.includes(Buffer.from('Exif'))).toBe(true);
      const res = await upload(concern.id, withGps, 'IMG_20260412_Amani.jpg', { 'x-follow-up-code': followUpCode });
      expect(res.status).toBe(201);
      const stored = (await res.json()) as { id: string; fileName: string; contentType: string };
      expect(stored).toMatchObject({ fileName: 'evidence-1.jpg', contentType: 'image/jpeg' });
      // read back: exactly the image without its metadata
      const back = Buffer.from(await (await admin.client.fetch(`/api/concern-evidence/${stored.id}`)).arrayBuffer());
      expect(back.equals(plainJpeg())).toBe(true);
      for (const marker of ['Exif', 'http://ns.adobe.com/xap', 'Amani']) expect(back.includes(Buffer.from(marker))).toBe(false);
      expect([...back].some((b, i) => b === 0xff && back[i + 1] >= 0xe1 && back[i + 1] <= 0xef)).toBe(false);
      const onDisk = await app.dataSource.query(`SELECT size_bytes FROM concern_evidence WHERE id = $1`, [stored.id]);
      expect(onDisk[0].size_bytes).toBe(plainJpeg().length);

      // PNG text and time chunks go too
      const pngRes = await upload(concern.id, png(true), 'map.png', { 'x-follow-up-code': followUpCode });
      expect(pngRes.status).toBe(201);
      const pngId = ((await pngRes.json()) as { id: string }).id;
      const pngBack = Buffer.from(await (await admin.client.fetch(`/api/concern-evidence/${pngId}`)).arrayBuffer());
      expect(pngBack.equals(png(false))).toBe(true);

      // the type comes from the bytes; the size is limited; the code or a handler's session is needed
      const fake = await upload(concern.id, Buffer.from('<html>not an image</html>'), 'photo.jpg', { 'x-follow-up-code': followUpCode });
      expect([fake.status, ((await fake.json()) as { error: { code: string } }).error.code]).toEqual([400, 'BAD_USER_INPUT']);
      const big = await upload(concern.id, Buffer.concat([plainJpeg(), Buffer.alloc(11 * 1024 * 1024)]), 'big.jpg', { 'x-follow-up-code': followUpCode });
      expect(big.status).toBe(413);
      expect((await upload(concern.id, plainJpeg(), 'a.jpg')).status).toBe(404);
      expect((await upload(concern.id, plainJpeg(), 'a.jpg', { 'x-follow-up-code': 'AAAA-BBBB-CCCC-DDDD-EEEE' })).status).toBe(404);
      expect((await upload(concern.id, plainJpeg(), 'a.jpg', {}, alpha.client)).status).toBe(404);
      expect((await upload(concern.id, plainJpeg(), 'handler.jpg', {}, admin.client)).status).toBe(201);

      // organizations of the case see a file once a handler shares it
      await admin.client.ok(TRIAGE, { id: concern.id, accept: true });
      expect((await alpha.client.ok(GET, { id: concern.id })).concern.evidence).toEqual([]);
      expect((await alpha.client.fetch(`/api/concern-evidence/${stored.id}`)).status).toBe(404);
      expect((await alpha.client.fails(SHARE, { id: stored.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await admin.client.ok(SHARE, { id: stored.id })).shareConcernEvidence.shared).toBe(true);
      expect((await alpha.client.ok(GET, { id: concern.id })).concern.evidence.map((e: any) => e.id)).toEqual([stored.id]);
      expect((await alpha.client.fetch(`/api/concern-evidence/${stored.id}`)).status).toBe(200);
      expect((await epsilon.client.fetch(`/api/concern-evidence/${stored.id}`)).status).toBe(404);
      expect((await app.client().fetch(`/api/concern-evidence/${stored.id}`)).status).toBe(404);
      // the reporter lists its own files
      expect((await app.client().ok(BY_CODE, { code: followUpCode })).concernByFollowUpCode.evidence.map((e: any) => e.fileName)).toEqual(['evidence-1.jpg', 'evidence-2.png']);
    });
  });

  describe('grievance officers', () => {
    it('are named by the secretariat among its members, and handle the concerns that reach its initiative', async () => {
      const NAME = `mutation($i: ID!, $e: String!) { nameGrievanceOfficer(initiativeId: $i, email: $e) { user { id email } initiativeId } }`;
      expect((await alpha.client.fails(NAME, { i: initiativeId, e: alpha.email })).extensions?.code).toBe('FORBIDDEN');
      expect((await secretariat.client.fails(NAME, { i: initiativeId, e: alpha.email })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      const { nameGrievanceOfficer } = await secretariat.client.ok(NAME, { i: initiativeId, e: secretariat.email.toUpperCase() });
      expect(nameGrievanceOfficer).toEqual([{ user: { id: secretariat.userId, email: secretariat.email }, initiativeId }]);
      expect((await secretariat.client.ok(`query { viewerIsConcernCaseHandler }`)).viewerIsConcernCaseHandler).toBe(true);
      expect((await alpha.client.ok(`query { viewerIsConcernCaseHandler }`)).viewerIsConcernCaseHandler).toBe(false);

      // a new concern about a smelter a member reports: in the officer's queue, with the reporter; it triages it
      const filed = await file(app.client(), { smelterId: xId, anonymous: false, reporterName: REPORTER_NAME, reporterContact: REPORTER_CONTACT, category: 'FORCED_LABOUR', description: 'Debt bondage at the pits.' });
      const queue = (await secretariat.client.ok(LIST, { statuses: ['RECEIVED'] })).concerns.edges.map((e: any) => e.node.id);
      expect(queue).toContain(filed.concern.id);
      expect((await secretariat.client.ok(GET, { id: filed.concern.id })).concern).toMatchObject({ viewerIsHandler: true, reporterName: REPORTER_NAME, reporterContact: REPORTER_CONTACT });
      expect((await secretariat.client.ok(TRIAGE, { id: filed.concern.id, accept: true })).triageConcern.status).toBe('TRIAGED');
      // a concern about a smelter none of its members reports is not its to handle
      const elsewhere = await file(app.client(), { smelterId: await smelterId(NOBODY.cid), category: 'OTHER', description: 'Elsewhere.' });
      expect((await secretariat.client.ok(GET, { id: elsewhere.concern.id })).concern).toBeNull();
      expect((await secretariat.client.fails(TRIAGE, { id: elsewhere.concern.id, accept: true })).extensions?.code).toBe('NOT_FOUND');
      const removed = await secretariat.client.ok(`mutation($i: ID!, $u: ID!) { removeGrievanceOfficer(initiativeId: $i, userId: $u) { user { id } } }`, { i: initiativeId, u: secretariat.userId });
      expect(removed.removeGrievanceOfficer).toEqual([]);
      await secretariat.client.ok(NAME, { i: initiativeId, e: secretariat.email });
    });
  });

  describe('protection', () => {
    it('never puts the reporter in search, the activity log, notifications, e-mails, exports or errors', async () => {
      await app.drainSearch();
      for (const who of [admin, alpha, secretariat]) {
        for (const q of [REPORTER_NAME, 'Amani', REPORTER_CONTACT, 'Guards beat a digger']) {
          const { search } = await who.client.ok(`query($q: String!) { search(query: $q, first: 20) { totalCount hits { kind title snippet } } }`, { q });
          expect(JSON.stringify(search.hits)).not.toMatch(/Amani|amani\.secret|Guards beat/);
        }
      }
      await app.deliverMail();
      const scan = await leakScan();
      for (const secret of [REPORTER_NAME, REPORTER_CONTACT, 'Consenting Reporter', 'consent@example.net']) expect(scan).not.toContain(secret);
      const log = JSON.stringify((await admin.client.ok(`query { activityLog(first: 100) { edges { node { action details } } } }`)).activityLog);
      expect(log).not.toMatch(/Amani|amani\.secret/);
      const csv = await (await alpha.client.fetch('/api/coverage.csv')).text();
      expect(csv).not.toMatch(/Amani|amani\.secret/);
      // errors name fields, never the reporter
      const err = await alpha.client.gql(MESSAGE, { id: '00000000-0000-4000-8000-000000000000', body: REPORTER_NAME });
      expect(JSON.stringify(err.errors)).not.toContain('Amani');
    });

    it('limits guessing of follow-up codes per address: past the limit even a right code waits', async () => {
      const codes = app.app.get(FollowUpCodeService);
      const { followUpCode } = await file(app.client(), { smelterId: xId, category: 'OTHER', description: 'Guessing test.' });
      const previous = codes.limits.codeFailuresPerAddress;
      codes.limits.codeFailuresPerAddress = 5;
      try {
        await app.dataSource.query(`DELETE FROM rate_limit_counters WHERE key LIKE 'concern-code:%'`);
        for (let i = 0; i < 5; i++) expect((await app.client().ok(BY_CODE, { code: `WRNG-${String(i).padStart(4, '0')}-AAAA-BBBB-CCCC` })).concernByFollowUpCode).toBeNull();
        const limited = await app.client().fails(BY_CODE, { code: followUpCode });
        expect(limited.extensions?.code).toBe('RATE_LIMITED');
        expect((await app.client().fails(MESSAGE, { code: followUpCode, body: 'x' })).extensions?.code).toBe('RATE_LIMITED');
      } finally {
        codes.limits.codeFailuresPerAddress = previous;
      }
      expect((await app.client().ok(BY_CODE, { code: followUpCode })).concernByFollowUpCode).not.toBeNull();
    });

    it('limits filing per address, generously', async () => {
      const codes = app.app.get(FollowUpCodeService);
      expect(codes.limits.filePerAddress).toBeGreaterThanOrEqual(100);
      const previous = codes.limits.filePerAddress;
      codes.limits.filePerAddress = 2;
      try {
        await app.dataSource.query(`DELETE FROM rate_limit_counters WHERE key LIKE 'concern-file:%'`);
        await file(app.client(), { country: 'CD', description: 'one' });
        await file(app.client(), { country: 'CD', description: 'two' });
        expect((await app.client().fails(FILE, { input: { country: 'CD', category: 'OTHER', description: 'three', language: 'en', anonymous: true } })).extensions?.code).toBe('RATE_LIMITED');
      } finally {
        codes.limits.filePerAddress = previous;
        await app.dataSource.query(`DELETE FROM rate_limit_counters WHERE key LIKE 'concern-file:%'`);
      }
    });

    it('routes a concern about a place to the companies whose current declarations report a smelter in that country', async () => {
      const filed = await file(app.client(), { country: OTHER.country, place: 'A mining area', category: 'LAND_AND_COMMUNITY_RIGHTS', description: 'Farmers evicted.' });
      const routed = (await admin.client.ok(TRIAGE, { id: filed.concern.id, accept: true })).triageConcern;
      const ids = routed.recipients.map((r: any) => r.organization.id);
      // alpha reports OTHER; epsilon's current declaration reports OTHER; beta and delta report only X (another country)
      expect(ids).toEqual(expect.arrayContaining([alpha.organizationId, epsilon.organizationId]));
      expect(ids).not.toContain(beta.organizationId);
      expect(ids).not.toContain(delta.organizationId);
      expect(routed.recipients.find((r: any) => r.organization.id === epsilon.organizationId).reason).toContain("reports");
    });
  });

  describe('policy matrix', () => {
    it('gives the same answers in SQL (lists), in memory (the verbs) and through the API, for every kind of viewer', async () => {
      const policy = app.app.get(ConcernPolicy);
      const service = app.app.get(ConcernService);
      const loader = app.app.get<ActorLoader>(ACTOR_LOADER);
      const { followUpCode, concern: reported } = await file(app.client(), { smelterId: xId, category: 'OTHER', description: 'Matrix.' });
      const concerns = await app.dataSource.getRepository(ConcernEntity).find();
      const actorOf = async (who: SignedIn | null) => (who ? loader.fromSessionToken(decodeURIComponent(who.client.cookieHeader.split(`${SESSION_COOKIE}=`)[1].split(';')[0])) : null);
      const viewers: Array<[string, SignedIn | null]> = [
        ['signed out', null],
        ['no organization', nobody],
        ['other organization', epsilon],
        ['reached company', beta],
        ['platform administrator', admin],
        ['grievance officer', secretariat],
      ];
      for (const [label, who] of viewers) {
        const viewer = await service.viewerOf(await actorOf(who));
        const memory = concerns.filter((c) => policy.canRead(viewer, c)).map((c) => c.id).sort();
        const condition = policy.sqlReadable(viewer, 'c');
        const sql = (await app.dataSource.getRepository(ConcernEntity).createQueryBuilder('c').select('c.id', 'id').where(condition.where, condition.parameters).getRawMany()).map((r) => r.id).sort();
        expect([label, sql]).toEqual([label, memory]);
        if (who) {
          const listed = (await who.client.ok(LIST, {})).concerns.edges.map((e: any) => e.node.id).sort();
          expect([label, listed]).toEqual([label, memory]);
        }
        for (const c of concerns.slice(0, 12)) {
          const one = (await (who?.client ?? app.client()).ok(`query($id: ID!) { concern(id: $id) { id } }`, { id: c.id })).concern;
          expect([label, c.reference, !!one]).toEqual([label, c.reference, memory.includes(c.id)]);
        }
      }
      // each kind of viewer sees what it should
      const answers = async (who: SignedIn | null) => concerns.filter((c) => policy.canRead({ actor: null, officerInitiativeIds: [] }, c) || false).length + (who ? 0 : 0);
      expect(await answers(null)).toBe(0);
      const adminViewer = await service.viewerOf(await actorOf(admin));
      expect(concerns.every((c) => policy.canRead(adminViewer, c))).toBe(true);
      const betaViewer = await service.viewerOf(await actorOf(beta));
      expect(concerns.filter((c) => policy.canRead(betaViewer, c)).every((c) => c.recipientOrganizationIds.includes(beta.organizationId!))).toBe(true);
      // the reporter's code opens its own concern only, and never shows its recipients
      const reporterViewer = { actor: null, officerInitiativeIds: [], reporterOfConcernId: reported.id };
      expect(concerns.filter((c) => policy.isReporter(reporterViewer, c)).map((c) => c.id)).toEqual([reported.id]);
      expect(concerns.filter((c) => policy.canRead(reporterViewer, c))).toEqual([]);
      expect((await app.client().ok(BY_CODE, { code: followUpCode })).concernByFollowUpCode.id).toBe(reported.id);
    });
  });
});
