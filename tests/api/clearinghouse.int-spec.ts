import { AlertsService, LifecycleService } from '@commonground/api-clearinghouse';
import { OrganizationKind } from '@commonground/api-core';
import { SignedIn, TestApp, aUser, createTestApp } from '@commonground/api-testing';
import ICAL from 'ical.js';
import Parser from 'rss-parser';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const DAY = 86_400_000;
const CREATE = `mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: OpportunityInput!) { updateOpportunity(id: $id, input: $input) { id status deadline } }`;
const PUBLISH = `mutation($id: ID!) { publishOpportunity(id: $id) { id status publishedAt } }`;
const ARCHIVE = `mutation($id: ID!) { archiveOpportunity(id: $id) { id status } }`;
const GET = `query($id: ID!) { opportunity(id: $id) { id status title kind amplifications { note organization { id name } } registrationCount waitlistCount seatLimit viewerRegistration { id status waitlistPosition } attendees { name status } icsUrl } }`;
const SEARCH = `query($filter: OpportunityFilter, $sort: OpportunitySort, $first: Int, $after: String) {
  opportunities(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount degraded pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status } }
    facets { name values { value count label } }
  }
}`;

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
let counter = 0;
function input(over: Record<string, unknown> = {}) {
  counter++;
  return {
    kind: 'CALL_FOR_PROPOSALS',
    texts: [{ language: 'en', title: `Traceability pilots for cobalt artisanal mines ${counter}`, summary: 'Funding for traceability pilots at artisanal cobalt sites.', body: 'Applicants propose pilots with cooperatives.' }],
    opensAt: inDays(-1),
    deadline: inDays(30),
    timeZone: 'Africa/Lubumbashi',
    amountMin: { amountMinor: 5_000_000, currency: 'USD' },
    amountMax: { amountMinor: 20_000_000, currency: 'USD' },
    eligibleKinds: ['CIVIL_SOCIETY'],
    countries: ['CD'],
    minerals: ['cobalt'],
    themes: ['traceability'],
    links: ['https://example.org/call'],
    ...over,
  };
}

const aPublisher = () => aUser(app, { organization: { kind: OrganizationKind.DONOR } });
async function published(who: SignedIn, over: Record<string, unknown> = {}): Promise<string> {
  const { createOpportunity } = await who.client.ok(CREATE, { input: input(over) });
  await who.client.ok(PUBLISH, { id: createOpportunity.id });
  return createOpportunity.id;
}
const search = async (who: { client: SignedIn['client'] } | null, filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  await app.drainSearch();
  const client = who?.client ?? app.client();
  return (await client.ok(SEARCH, { filter, ...extra })).opportunities;
};
const facet = (result: { facets: Array<{ name: string; values: Array<{ value: string; count: number }> }> }, name: string) =>
  Object.fromEntries(result.facets.find((f) => f.name === name)!.values.map((v) => [v.value, v.count]));
const mailTo = async (email: string): Promise<Array<{ subject: string; text: string }>> =>
  app.dataSource.query('SELECT subject, text FROM mail_messages WHERE to_address = $1 ORDER BY created_at', [email]);

describe('publishing opportunities', () => {
  it('refuses bad input, naming the field, and writes nothing', async () => {
    const p = await aPublisher();
    const bad = async (over: Record<string, unknown>, field: string) =>
      expect((await p.client.fails(CREATE, { input: input(over) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await bad({ opensAt: inDays(10), deadline: inDays(5) }, 'input.deadline');
    await bad({ amountMin: { amountMinor: 9, currency: 'USD' }, amountMax: { amountMinor: 1, currency: 'USD' } }, 'input.amountMin');
    await bad({ amountMin: { amountMinor: 9, currency: 'XXY' } }, 'input.amountMin.currency');
    await bad({ countries: ['ZZ'] }, 'input.countries');
    await bad({ eligibleCountries: ['Congo'] }, 'input.eligibleCountries');
    await bad({ regions: ['999'] }, 'input.regions');
    await bad({ minerals: ['kryptonite'] }, 'input.minerals');
    await bad({ themes: ['astrology'] }, 'input.themes');
    await bad({ texts: [{ language: 'de', title: 'Aufruf' }] }, 'input.texts.0.language');
    await bad({ texts: [] }, 'input.texts');
    await bad({ texts: [{ language: 'en', title: '   ' }] }, 'input.texts.0.title');
    await bad({ texts: [{ language: 'en', title: 'Long', body: 'x'.repeat(20_001) }] }, 'input.texts.0.body');
    await bad({ texts: [{ language: 'en', title: 'A', isOriginal: true }, { language: 'fr', title: 'B', isOriginal: true }] }, 'input.texts');
    await bad({ links: ['javascript:alert(1)'] }, 'input.links.0');
    await bad({ links: ['ftp://example.org/file'] }, 'input.links.0');
    await bad({ timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone');
    await bad({ seatLimit: 10 }, 'input.seatLimit');
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM opportunities WHERE owner_organization_id = $1', [p.organizationId]);
    expect(n).toBe(0);
  });

  it('keeps drafts to the publisher, lets only its members edit, and archives without hiding from the audience', async () => {
    const p = await aPublisher();
    const other = await aUser(app);
    const { createOpportunity: draft } = await p.client.ok(CREATE, { input: input() });
    expect(draft.status).toBe('DRAFT');
    expect((await other.client.ok(GET, { id: draft.id })).opportunity).toBeNull();
    expect((await app.client().ok(GET, { id: draft.id })).opportunity).toBeNull();
    expect((await p.client.ok(GET, { id: draft.id })).opportunity.status).toBe('DRAFT');

    const { publishOpportunity } = await p.client.ok(PUBLISH, { id: draft.id });
    expect(publishOpportunity.status).toBe('PUBLISHED');
    expect((await app.client().ok(GET, { id: draft.id })).opportunity.status).toBe('PUBLISHED');
    expect((await other.client.fails(UPDATE, { id: draft.id, input: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await p.client.fails(PUBLISH, { id: draft.id })).extensions?.code).toBe('CONFLICT');

    await p.client.ok(ARCHIVE, { id: draft.id });
    expect((await app.client().ok(GET, { id: draft.id })).opportunity.status).toBe('ARCHIVED');
    expect((await p.client.fails(UPDATE, { id: draft.id, input: input() })).extensions?.code).toBe('CONFLICT');
    const listed = await search(null, { publisherIds: [p.organizationId] });
    expect(listed.totalCount).toBe(0);
    const archived = await search(null, { publisherIds: [p.organizationId], statuses: ['ARCHIVED'] });
    expect(archived.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([draft.id]);
  });

  it('publishes scheduled opportunities and closes them after the deadline, on the job clock', async () => {
    const p = await aPublisher();
    const publishAt = new Date(Date.now() + 2 * DAY);
    const deadline = new Date(Date.now() + 10 * DAY);
    const { createOpportunity } = await p.client.ok(CREATE, { input: input({ publishAt: publishAt.toISOString(), deadline: deadline.toISOString() }) });
    const { publishOpportunity } = await p.client.ok(PUBLISH, { id: createOpportunity.id });
    expect(publishOpportunity.status).toBe('SCHEDULED');
    expect((await app.client().ok(GET, { id: createOpportunity.id })).opportunity).toBeNull();

    const lifecycle = app.app.get(LifecycleService);
    expect(await lifecycle.run(new Date(publishAt.getTime() - 60_000))).toEqual([]);
    const publishedAt = new Date(publishAt.getTime() + 60_000);
    expect(await lifecycle.run(publishedAt)).toEqual([{ id: createOpportunity.id, from: 'SCHEDULED', to: 'PUBLISHED' }]);
    const [row] = await app.dataSource.query('SELECT status, published_at FROM opportunities WHERE id = $1', [createOpportunity.id]);
    expect(row.status).toBe('PUBLISHED');
    expect(new Date(row.published_at).toISOString()).toBe(publishedAt.toISOString());
    // the deadline instant itself is still open
    expect(await lifecycle.run(deadline)).toEqual([]);
    expect(await lifecycle.run(new Date(deadline.getTime() + 1000))).toEqual([{ id: createOpportunity.id, from: 'PUBLISHED', to: 'CLOSED' }]);
    expect((await app.client().ok(GET, { id: createOpportunity.id })).opportunity.status).toBe('CLOSED');
    // a later deadline reopens it
    const { updateOpportunity } = await p.client.ok(UPDATE, { id: createOpportunity.id, input: input({ deadline: inDays(40) }) });
    expect(updateOpportunity.status).toBe('PUBLISHED');
  });

  it('amplifies with a note and tells the publisher', async () => {
    const p = await aPublisher();
    const amplifier = await aUser(app, { organization: { name: `Amplifier ${Date.now()}` } });
    const id = await published(p);
    expect((await p.client.fails(`mutation($id: ID!) { amplifyOpportunity(id: $id) { id } }`, { id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    await amplifier.client.ok(`mutation($id: ID!, $note: String) { amplifyOpportunity(id: $id, note: $note) { id } }`, { id, note: 'Relevant for our members in Lualaba' });
    const { opportunity } = await app.client().ok(GET, { id });
    expect(opportunity.amplifications).toEqual([{ note: 'Relevant for our members in Lualaba', organization: { id: amplifier.organizationId, name: expect.stringMatching(/^Amplifier/) } }]);
    const { notifications } = await p.client.ok(`query { notifications { items { kind title link } } }`);
    expect(notifications.items).toContainEqual({ kind: 'OPPORTUNITY_AMPLIFIED', title: expect.stringContaining('amplified'), link: `/calls/${id}` });
    // amplifying again updates the note, without a second notification
    await amplifier.client.ok(`mutation($id: ID!) { amplifyOpportunity(id: $id, note: "Updated") { id } }`, { id });
    expect((await app.client().ok(GET, { id })).opportunity.amplifications).toHaveLength(1);
    const after = await p.client.ok(`query { notifications { items { kind } } }`);
    expect(after.notifications.items.filter((n: { kind: string }) => n.kind === 'OPPORTUNITY_AMPLIFIED')).toHaveLength(1);
  });
});

describe('discovering opportunities', () => {
  let a: SignedIn;
  let b: SignedIn;
  let publicId: string;
  let restrictedId: string;
  let regionalId: string;
  let frenchId: string;
  beforeAll(async () => {
    a = await aPublisher();
    b = await aUser(app);
    const tag = `zq${Date.now().toString(36)}`;
    publicId = await published(a, { texts: [{ language: 'en', title: `Cobalt traceability grant ${tag}` }] });
    restrictedId = await published(a, { texts: [{ language: 'en', title: `Confidential cobalt tender ${tag}` }], kind: 'TENDER', visibility: { level: 'ORGANIZATIONS', organizationIds: [b.organizationId] } });
    regionalId = await published(a, { texts: [{ language: 'en', title: `Great Lakes tin fellowship ${tag}` }], kind: 'FELLOWSHIP', countries: [], regions: ['017'], minerals: ['tin'] });
    frenchId = await published(a, {
      texts: [
        { language: 'fr', title: `Appel à propositions sur la traçabilité de l'étain ${tag}`, isOriginal: true },
        { language: 'en', title: `Call for proposals on tin traceability ${tag}` },
      ],
      minerals: ['tin'],
    });
    await a.client.ok(CREATE, { input: input({ texts: [{ language: 'en', title: `Draft cobalt call ${tag}` }] }) });
  });

  const ids = (r: { edges: Array<{ node: { id: string } }> }) => r.edges.map((e) => e.node.id).sort();

  it('counts and lists only what the viewer may see', async () => {
    const anonymous = await search(null, { publisherIds: [a.organizationId] });
    expect(ids(anonymous)).toEqual([publicId, regionalId, frenchId].sort());
    expect(anonymous.totalCount).toBe(3);
    expect(facet(anonymous, 'kind')).toEqual({ CALL_FOR_PROPOSALS: 2, FELLOWSHIP: 1 });
    // the publisher facet leaves its own filter out: other publishers are offered too, A counts 3 (not its restricted tender)
    expect(facet(anonymous, 'publisher')[a.organizationId!]).toBe(3);

    const forB = await search(b, { publisherIds: [a.organizationId] });
    expect(ids(forB)).toEqual([publicId, restrictedId, regionalId, frenchId].sort());
    expect(facet(forB, 'kind')).toEqual({ CALL_FOR_PROPOSALS: 2, FELLOWSHIP: 1, TENDER: 1 });
    expect(facet(forB, 'publisher')[a.organizationId!]).toBe(4);

    // the publisher also sees its draft when asking for drafts
    const drafts = await search(a, { publisherIds: [a.organizationId], statuses: ['DRAFT'] });
    expect(drafts.totalCount).toBe(1);
    expect((await search(b, { publisherIds: [a.organizationId], statuses: ['DRAFT'] })).totalCount).toBe(0);
  });

  it('narrows by facets, disjunctively within a facet', async () => {
    const tin = await search(null, { publisherIds: [a.organizationId], minerals: ['tin'] });
    expect(ids(tin)).toEqual([regionalId, frenchId].sort());
    // the mineral facet still counts the other minerals (its own filter left out)
    expect(facet(tin, 'mineral')).toEqual({ cobalt: 1, tin: 2 });
    // other facets count within the selection
    expect(facet(tin, 'kind')).toEqual({ CALL_FOR_PROPOSALS: 1, FELLOWSHIP: 1 });
    const both = await search(null, { publisherIds: [a.organizationId], minerals: ['tin'], kinds: ['FELLOWSHIP'] });
    expect(ids(both)).toEqual([regionalId]);
    expect(facet(both, 'language')).toEqual({ en: 1 });
  });

  it('matches a country to opportunities for its region', async () => {
    const congo = await search(null, { publisherIds: [a.organizationId], countries: ['CD'] });
    expect(ids(congo)).toEqual([publicId, regionalId, frenchId].sort());
    const rwanda = await search(null, { publisherIds: [a.organizationId], countries: ['RW'] });
    expect(ids(rwanda)).toEqual([]);
    const middleAfrica = await search(null, { publisherIds: [a.organizationId], regions: ['017'] });
    expect(ids(middleAfrica)).toEqual([publicId, regionalId, frenchId].sort());
    expect(facet(congo, 'country').CD).toBe(3);
  });

  it('finds misspelled words and every language', async () => {
    expect(ids(await search(null, { publisherIds: [a.organizationId], query: 'trasability' }))).toEqual(expect.arrayContaining([publicId]));
    // the French original ranks first for French words
    expect((await search(null, { publisherIds: [a.organizationId], query: 'traçabilité étain' })).edges[0].node.id).toBe(frenchId);
    expect(ids(await search(null, { publisherIds: [a.organizationId], query: 'tin traceability' }))).toContain(frenchId);
    expect(ids(await search(null, { publisherIds: [a.organizationId], query: 'confidential tender' }))).toEqual([]);
  });

  it('sorts, pages and refuses unknown values', async () => {
    const first = await search(null, { publisherIds: [a.organizationId] }, { sort: 'DEADLINE', first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await search(null, { publisherIds: [a.organizationId] }, { sort: 'DEADLINE', first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...ids(first), ...ids(rest)]).size).toBe(3);
    const bad = await app.client().fails(SEARCH, { filter: { minerals: ['kryptonite'] } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minerals' });
    expect((await app.client().fails(SEARCH, { filter: { countries: ['XX'] } })).extensions?.field).toBe('filter.countries');
  });

  it('counts deadline windows', async () => {
    const soon = await published(a, { deadline: inDays(3), texts: [{ language: 'en', title: 'Closing soon call' }] });
    const result = await search(null, { publisherIds: [a.organizationId] });
    // the three calls of beforeAll close in 30 days, the new one in 3
    expect(facet(result, 'deadline')).toEqual({ '7d': 1, '30d': 4, '90d': 4 });
    const closingSoon = await search(null, { publisherIds: [a.organizationId], deadlineAfter: new Date().toISOString(), deadlineBefore: inDays(7) }, { sort: 'DEADLINE' });
    expect(ids(closingSoon)).toEqual([soon]);
  });
});

describe('feeds and calendars', () => {
  let a: SignedIn;
  let b: SignedIn;
  let publicId: string;
  let restrictedId: string;
  beforeAll(async () => {
    a = await aPublisher();
    b = await aUser(app);
    publicId = await published(a, { texts: [{ language: 'en', title: 'Public webinar on mica <due diligence> & more' }], kind: 'WEBINAR', seatLimit: 100, startsAt: inDays(20), endsAt: new Date(Date.now() + 20 * DAY + 3_600_000).toISOString(), timeZone: 'Asia/Kolkata' });
    restrictedId = await published(a, { texts: [{ language: 'en', title: 'Members-only tender' }], kind: 'TENDER', visibility: { level: 'ORGANIZATIONS', organizationIds: [b.organizationId] } });
    await app.drainSearch();
  });

  const get = (path: string, client = app.client()) => client.fetch(path);

  it('serves valid RSS and Atom with public items only, unless a private token is given', async () => {
    const parser = new Parser();
    const rss = await get(`/feeds/opportunities.rss?publisher=${a.organizationId}`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    expect(rss.headers.get('cache-control')).toContain('public');
    const feed = await parser.parseString(await rss.text());
    expect(feed.items.map((i) => i.title)).toEqual(['Public webinar on mica <due diligence> & more']);
    expect(feed.items[0].link).toBe(`${app.config.publicUrl}/calls/${publicId}`);
    expect(feed.title).toContain('Opportunities from');

    const atom = await parser.parseString(await (await get(`/feeds/opportunities.atom?publisher=${a.organizationId}`)).text());
    expect(atom.items.map((i) => i.link)).toEqual([`${app.config.publicUrl}/calls/${publicId}`]);
    // Atom titles are type="html": the markup characters arrive escaped once
    expect(atom.items[0].title).toBe('Public webinar on mica &lt;due diligence&gt; &amp; more');

    const { createFeedToken: token } = await b.client.ok(`mutation { createFeedToken }`);
    const privateRss = await get(`/feeds/opportunities.rss?publisher=${a.organizationId}&token=${token}`);
    expect(privateRss.headers.get('cache-control')).toContain('no-store');
    const privateFeed = await parser.parseString(await privateRss.text());
    expect(privateFeed.items.map((i) => i.link).sort()).toEqual([`${app.config.publicUrl}/calls/${publicId}`, `${app.config.publicUrl}/calls/${restrictedId}`].sort());
    // another user's token does not see it; revoked tokens stop working
    const c = await aUser(app);
    const { createFeedToken: otherToken } = await c.client.ok(`mutation { createFeedToken }`);
    expect((await parser.parseString(await (await get(`/feeds/opportunities.rss?publisher=${a.organizationId}&token=${otherToken}`)).text())).items).toHaveLength(1);
    await b.client.ok(`mutation { revokeFeedToken }`);
    const revoked = await get(`/feeds/opportunities.rss?token=${token}`);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await get(`/feeds/opportunities.rss?mineral=kryptonite`)).status).toBe(400);
  });

  it('serves one opportunity and a calendar as iCalendar in the publisher time zone', async () => {
    const one = await get(`/api/opportunities/${publicId}.ics`);
    expect(one.status).toBe(200);
    const root = new ICAL.Component(ICAL.parse(await one.text()));
    for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const events = root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining('Public webinar on mica')]));
    expect(events.every((e) => e.startDate.zone?.tzid === 'Asia/Kolkata')).toBe(true);
    expect((await get(`/api/opportunities/${restrictedId}.ics`)).status).toBe(404);
    expect((await get(`/api/opportunities/${restrictedId}.ics`, b.client)).status).toBe(200);
    expect((await get(`/api/opportunities/not-an-id.ics`)).status).toBe(404);

    const calendar = new ICAL.Component(ICAL.parse(await (await get(`/feeds/opportunities.ics?publisher=${a.organizationId}`)).text()));
    const uids = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids.some((u) => u.startsWith(publicId))).toBe(true);
    expect(uids.some((u) => u.startsWith(restrictedId))).toBe(false);
  });
});

describe('registrations', () => {
  const REGISTER = `mutation($id: ID!) { registerForOpportunity(id: $id) { id status waitlistPosition } }`;
  const CANCEL = `mutation($id: ID!) { cancelRegistration(id: $id) { id status } }`;

  it('fills seats, waitlists, promotes on cancellation, and exports attendees for the organizer', async () => {
    const organizer = await aPublisher();
    const id = await published(organizer, { kind: 'WEBINAR', seatLimit: 1, startsAt: inDays(10), texts: [{ language: 'en', title: 'Webinar with one seat' }] });
    const first = await aUser(app, { name: 'Ada First' });
    const second = await aUser(app, { name: 'Bo Second' });
    const r1 = (await first.client.ok(REGISTER, { id })).registerForOpportunity;
    expect(r1.status).toBe('CONFIRMED');
    // registering twice returns the same registration
    expect((await first.client.ok(REGISTER, { id })).registerForOpportunity.id).toBe(r1.id);
    const r2 = (await second.client.ok(REGISTER, { id })).registerForOpportunity;
    expect(r2.status).toBe('WAITLISTED');
    const seen = (await second.client.ok(GET, { id })).opportunity;
    expect(seen).toMatchObject({ registrationCount: 1, waitlistCount: 1, viewerRegistration: { status: 'WAITLISTED', waitlistPosition: 1 }, attendees: null });
    expect((await organizer.client.ok(GET, { id })).opportunity.attendees).toEqual([
      { name: 'Ada First', status: 'CONFIRMED' },
      { name: 'Bo Second', status: 'WAITLISTED' },
    ]);
    // someone else cannot cancel it
    expect((await second.client.fails(CANCEL, { id: r1.id })).extensions?.code).toBe('NOT_FOUND');

    const csv = await organizer.client.fetch(`/api/opportunities/${id}/attendees.csv`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('#,status,name,email,organization,registered_at,confirmed_at');
    expect(lines[1]).toContain('Ada First');
    expect((await second.client.fetch(`/api/opportunities/${id}/attendees.csv`)).status).toBe(403);

    expect((await first.client.ok(CANCEL, { id: r1.id })).cancelRegistration.status).toBe('CANCELLED');
    expect((await second.client.ok(GET, { id })).opportunity.viewerRegistration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
    const { notifications } = await second.client.ok(`query { notifications { items { kind } } }`);
    expect(notifications.items.map((n: { kind: string }) => n.kind)).toContain('REGISTRATION_CONFIRMED');
    expect((await mailTo(second.email)).some((m) => m.subject.includes('A seat is yours'))).toBe(true);

    const call = await published(organizer);
    expect((await first.client.fails(REGISTER, { id: call })).extensions?.code).toBe('CONFLICT');
  });
});

describe('saved searches, digests and reminders', () => {
  it('sends each new visible match once, and unsubscribes without signing in', async () => {
    const a = await aPublisher();
    const b = await aUser(app);
    const c = await aUser(app);
    const { saveSearch } = await b.client.ok(`mutation($input: SavedSearchInput!) { saveSearch(input: $input) { id name filter frequency rssUrl calendarUrl } }`, {
      input: { name: 'Mica in India', filter: { minerals: ['mica'], countries: ['IN'] }, frequency: 'INSTANT' },
    });
    expect(saveSearch.filter).toEqual({ minerals: ['mica'], countries: ['IN'] });
    expect(saveSearch.rssUrl).toBe(`${app.config.publicUrl}/feeds/opportunities.rss?mineral=mica&country=IN`);
    expect((await b.client.fails(`mutation($input: SavedSearchInput!) { saveSearch(input: $input) { id } }`, { input: { name: 'x', filter: { minerals: ['kryptonite'] }, frequency: 'DAILY' } })).extensions?.field).toBe('input.filter.minerals');

    const match = await published(a, { minerals: ['mica'], countries: ['IN'], texts: [{ language: 'en', title: 'Mica child-labour remediation grant' }] });
    await published(a, { minerals: ['gold'], countries: ['IN'], texts: [{ language: 'en', title: 'Gold call in India' }] });
    await published(a, { minerals: ['mica'], countries: ['IN'], texts: [{ language: 'en', title: 'Private mica tender' }], visibility: { level: 'ORGANIZATIONS', organizationIds: [c.organizationId] } });
    await app.drainSearch();

    const alerts = app.app.get(AlertsService);
    const report = await alerts.runDigests(new Date(Date.now() + 2 * 60_000));
    expect(report.digestsSent).toBeGreaterThanOrEqual(1);
    const mails = await mailTo(b.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('1 new opportunity for “Mica in India”');
    expect(mails[0].text).toContain('Mica child-labour remediation grant');
    expect(mails[0].text).toContain(`/calls/${match}`);
    expect(mails[0].text).not.toContain('Private mica tender');
    expect(mails[0].text).not.toContain('Gold call');

    // the next run has nothing new: nothing is sent twice
    await alerts.runDigests(new Date(Date.now() + 4 * 60_000));
    expect(await mailTo(b.email)).toHaveLength(1);
    const { notifications } = await b.client.ok(`query { notifications { items { kind title } } }`);
    expect(notifications.items).toContainEqual({ kind: 'SAVED_SEARCH_DIGEST', title: '1 new opportunity for “Mica in India”' });

    const token = /\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(mails[0].text)![1];
    const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { done description } }`;
    expect((await app.client().ok(UNSUBSCRIBE, { token })).unsubscribe).toMatchObject({ done: true, description: expect.stringContaining('Mica in India') });
    expect((await app.client().ok(UNSUBSCRIBE, { token })).unsubscribe.done).toBe(false);
    expect((await b.client.ok(`query { savedSearches { id } }`)).savedSearches).toEqual([]);
  });

  it('matches saved search text through the search engine, typos included', async () => {
    const a = await aPublisher();
    const b = await aUser(app);
    await b.client.ok(`mutation($input: SavedSearchInput!) { saveSearch(input: $input) { id } }`, { input: { name: 'Lithium water', filter: { query: 'lithum brine water' }, frequency: 'DAILY' } });
    await published(a, { minerals: ['lithium'], countries: ['BO'], texts: [{ language: 'es', title: 'Convocatoria sobre uso del agua en salares de litio', summary: 'Lithium brine water use study' }] });
    await published(a, { texts: [{ language: 'en', title: 'Unrelated gold event' }] });
    await app.drainSearch();
    // a daily digest is due a day after saving
    await app.app.get(AlertsService).runDigests(new Date(Date.now() + DAY + 2 * 60_000));
    const mails = await mailTo(b.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('salares de litio');
    expect(mails[0].text).not.toContain('Unrelated gold event');
  });

  it('reminds before the deadline, once per reminder', async () => {
    const a = await aPublisher();
    const b = await aUser(app);
    const deadline = new Date(Date.now() + 20 * DAY);
    const id = await published(a, { deadline: deadline.toISOString(), texts: [{ language: 'en', title: 'Reminder test call' }] });
    const SET = `mutation($id: ID!, $days: [Int!]!) { setDeadlineReminder(opportunityId: $id, daysBefore: $days) }`;
    expect((await b.client.fails(SET, { id, days: [120] })).extensions?.field).toBe('daysBefore');
    await b.client.ok(SET, { id, days: [7, 1] });
    expect((await b.client.ok(`query($id: ID!) { opportunity(id: $id) { viewerReminders } }`, { id })).opportunity.viewerReminders).toEqual([7, 1]);
    const alerts = app.app.get(AlertsService);
    expect(await alerts.runReminders(new Date(deadline.getTime() - 8 * DAY))).toBe(0);
    expect(await alerts.runReminders(new Date(deadline.getTime() - 6.5 * DAY))).toBe(1);
    expect(await alerts.runReminders(new Date(deadline.getTime() - 6 * DAY))).toBe(0);
    const mails = await mailTo(b.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Deadline in 7 days: Reminder test call');
    expect(mails[0].text).toContain('Africa/Lubumbashi');
    expect(await alerts.runReminders(new Date(deadline.getTime() - 0.5 * DAY))).toBe(1);
    expect((await mailTo(b.email))[1].subject).toBe('Deadline in 1 day: Reminder test call');
    // removing reminders
    await b.client.ok(SET, { id, days: [] });
    expect((await b.client.ok(`query($id: ID!) { opportunity(id: $id) { viewerReminders } }`, { id })).opportunity.viewerReminders).toEqual([]);
  });
});

describe('documents of an opportunity', () => {
  const PDF = Buffer.from('%PDF-1.4\n% terms of reference\n%%EOF\n');
  const upload = (who: SignedIn, id: string, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return who.client.fetch(`/api/opportunities/${id}/files`, { method: 'POST', body: form });
  };

  it('takes documents from the publisher, checks their type, and serves them to the audience only', async () => {
    const p = await aPublisher();
    const member = await aUser(app);
    const outsider = await aUser(app);
    const id = await published(p, { visibility: { level: 'ORGANIZATIONS', organizationIds: [member.organizationId] } });
    expect((await upload(outsider, id, PDF, 'tor.pdf')).status).toBe(404);
    expect((await upload(member, id, PDF, 'tor.pdf')).status).toBe(403);
    const disguised = await upload(p, id, Buffer.from('MZ\x90\x00 an executable'), 'terms.pdf');
    expect(disguised.status).toBe(400);
    expect(await disguised.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    const ok = await upload(p, id, PDF, 'Terms of reference – 2027.pdf');
    expect(ok.status).toBe(201);
    const file = (await ok.json()) as { id: string; fileName: string; contentType: string; sizeBytes: number };
    expect(file).toMatchObject({ fileName: 'Terms of reference – 2027.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });

    const { opportunity } = await member.client.ok(`query($id: ID!) { opportunity(id: $id) { files { id fileName url } } }`, { id });
    expect(opportunity.files).toEqual([{ id: file.id, fileName: 'Terms of reference – 2027.pdf', url: `${app.config.publicUrl}/api/opportunities/${id}/files/${file.id}` }]);
    const download = await member.client.fetch(`/api/opportunities/${id}/files/${file.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await outsider.client.fetch(`/api/opportunities/${id}/files/${file.id}`)).status).toBe(404);
    expect((await app.client().fetch(`/api/opportunities/${id}/files/${file.id}`)).status).toBe(404);

    const REMOVE = `mutation($id: ID!) { removeOpportunityFile(id: $id) }`;
    expect((await member.client.fails(REMOVE, { id: file.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await p.client.ok(REMOVE, { id: file.id })).removeOpportunityFile).toBe(true);
    expect((await member.client.fetch(`/api/opportunities/${id}/files/${file.id}`)).status).toBe(404);
  });

  it('deletes a saved search of its owner only', async () => {
    const owner = await aUser(app);
    const other = await aUser(app);
    const { saveSearch } = await owner.client.ok(`mutation($input: SavedSearchInput!) { saveSearch(input: $input) { id } }`, { input: { name: 'Gold', filter: { minerals: ['gold'] }, frequency: 'WEEKLY' } });
    const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) }`;
    expect((await other.client.fails(DELETE, { id: saveSearch.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await owner.client.ok(DELETE, { id: saveSearch.id })).deleteSavedSearch).toBe(true);
    expect((await owner.client.ok(`query { savedSearches { id } }`)).savedSearches).toEqual([]);
  });
});
