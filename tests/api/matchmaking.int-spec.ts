import { OrganizationKind } from '@commonground/api-core';
import { TestApp, aUser, createTestApp } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id fundingGap { amountMinor currency } } }`;
const PROFILE = `mutation($input: DonorProfileInput!) { upsertDonorProfile(input: $input) { id } }`;
const DECIDE = `mutation($input: DecisionInput!) { decideOnProject(input: $input) { id kind reason worthy } }`;

const aDonor = (name?: string) => aUser(app, { organization: { name, kind: OrganizationKind.DONOR } });
const anApplicant = (name?: string) => aUser(app, { organization: { name, kind: OrganizationKind.CIVIL_SOCIETY } });

function projectInput(over: Record<string, unknown> = {}) {
  return {
    title: 'Mercury-free gold processing in Puno',
    summary: 'Training and equipment so that artisanal gold miners in Puno stop using mercury.',
    countries: ['PE'],
    minerals: ['gold'],
    themes: ['mercury', 'formalization'],
    stage: 'PROPOSAL',
    budget: eur(10_000_000),
    durationMonths: 24,
    consentToReferral: true,
    ...over,
  };
}

const mercuryDonor = {
  themes: [{ value: 'mercury', weight: 1 }, { value: 'gender', weight: 0.5 }],
  minerals: [{ value: 'gold', weight: 1 }],
  regions: [{ value: '419', weight: 1 }],
  ticketMin: eur(1_000_000),
  ticketMax: eur(5_000_000),
  stages: ['PROPOSAL', 'ONGOING'],
  openToCoFunding: true,
};

describe('projects and donor profiles', () => {
  it('validates projects and profiles, naming the field', async () => {
    const applicant = await anApplicant();
    const bad = async (over: Record<string, unknown>, field: string) =>
      expect((await applicant.client.fails(CREATE, { input: projectInput(over) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await bad({ budget: { amountMinor: -5, currency: 'EUR' } }, 'input.budget.amountMinor');
    await bad({ budget: { amountMinor: 5, currency: 'EUX' } }, 'input.budget.currency');
    await bad({ countries: ['XX'] }, 'input.countries');
    await bad({ themes: ['astrology'] }, 'input.themes');
    const donor = await aDonor();
    expect((await donor.client.fails(PROFILE, { input: { ...mercuryDonor, themes: [{ value: 'mercury', weight: 1.5 }] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.themes.0.weight' });
    expect((await donor.client.fails(PROFILE, { input: { ...mercuryDonor, regions: [{ value: '999', weight: 1 }] } })).extensions).toMatchObject({ field: 'input.regions.0.value' });
    expect((await donor.client.fails(PROFILE, { input: { ...mercuryDonor, ticketMin: eur(9), ticketMax: eur(1) } })).extensions).toMatchObject({ field: 'input.ticketMin' });
    expect((await applicant.client.fails(PROFILE, { input: mercuryDonor })).extensions?.code).toBe('FORBIDDEN');
  });

  it('matches both ways with explainable, deterministic scores', async () => {
    const applicant = await anApplicant();
    const mercury = (await applicant.client.ok(CREATE, { input: projectInput() })).createProject;
    const unrelated = (await applicant.client.ok(CREATE, { input: projectInput({ title: 'Community radio in Kivu', countries: ['CD'], minerals: ['tin'], themes: ['community-engagement'] }) })).createProject;
    const donor = await aDonor('Mercury Fund');
    await donor.client.ok(PROFILE, { input: mercuryDonor });
    const MATCHES = `{ projectMatches(first: 50) { totalCount edges { node { score reasons { criterion detail points } project { id } } } } }`;
    const first = (await donor.client.ok(MATCHES)).projectMatches;
    const ids = first.edges.map((e: any) => e.node.project.id);
    expect(ids.indexOf(mercury.id)).toBeLessThan(ids.indexOf(unrelated.id) === -1 ? Infinity : ids.indexOf(unrelated.id));
    const top = first.edges.find((e: any) => e.node.project.id === mercury.id).node;
    expect(top.score).toBeGreaterThan(50);
    expect(top.reasons.map((r: any) => r.criterion)).toEqual(expect.arrayContaining(['THEMES', 'GEOGRAPHY', 'MINERALS']));
    expect(top.reasons.find((r: any) => r.criterion === 'GEOGRAPHY').detail).toMatch(/419|Latin America/);
    expect((await donor.client.ok(MATCHES)).projectMatches).toEqual(first); // same data, same order
    const donors = (await applicant.client.ok(`query($p: ID!) { donorMatches(projectId: $p) { edges { node { score donor { organization { name } } } } } }`, { p: mercury.id })).donorMatches;
    expect(donors.edges.map((e: any) => e.node.donor.organization.name)).toContain('Mercury Fund');
    // an excluded country is a hard rule
    await donor.client.ok(PROFILE, { input: { ...mercuryDonor, excludedCountries: ['PE'] } });
    expect((await donor.client.ok(MATCHES)).projectMatches.edges.map((e: any) => e.node.project.id)).not.toContain(mercury.id);
  });
});

describe('search', () => {
  it('finds projects with a typo, and never a project the viewer may not see', async () => {
    const applicant = await anApplicant();
    await applicant.client.ok(CREATE, { input: projectInput({ title: 'Cooperative solar dryers in Katanga' }) });
    await applicant.client.ok(CREATE, { input: projectInput({ title: 'Confidential cooperative audit in Katanga', visibility: { level: 'PRIVATE' } }) });
    await app.drainSearch();
    const SEARCH = `query($q: String!) { search(query: $q, kinds: ["PROJECT"]) { degraded hits { title } } }`;
    const stranger = await aDonor();
    const seen = (await stranger.client.ok(SEARCH, { q: 'cooperatve katanga' })).search;
    expect(seen.degraded).toBe(false);
    expect(seen.hits.map((h: any) => h.title)).toEqual(['Cooperative solar dryers in Katanga']);
    const own = (await applicant.client.ok(SEARCH, { q: 'cooperatve katanga' })).search.hits.map((h: any) => h.title);
    expect(own).toEqual(expect.arrayContaining(['Cooperative solar dryers in Katanga', 'Confidential cooperative audit in Katanga']));
  });
});

describe('ranking many projects', () => {
  it('gives the same page, total and cursors with the overlap prefilter as with scoring every project', async () => {
    const applicant = await anApplicant();
    const themes = ['mercury', 'gender', 'traceability', 'governance'];
    for (let i = 0; i < 24; i++) {
      await applicant.client.ok(CREATE, {
        input: projectInput({
          title: `Ranking project ${i}`,
          countries: [['PE', 'BO', 'CD', 'RW'][i % 4]],
          minerals: [['gold', 'tin', 'cobalt'][i % 3]],
          themes: [themes[i % 4]],
          stage: ['CONCEPT', 'PROPOSAL', 'ONGOING'][i % 3],
          budget: eur((i + 2) * 1_000_000),
        }),
      });
    }
    const donor = await aDonor();
    await donor.client.ok(PROFILE, { input: { ...mercuryDonor, stages: [], excludedThemes: ['governance'] } });
    const { MatchingService } = await import('@commonground/api-matchmaking');
    const matching = app.app.get(MatchingService) as any;
    const actor = (await app.app.get((await import('@commonground/api-identity')).SessionService).fromSessionToken(donor.client.cookieHeader.split('=')[1]))!;
    const viaApi = async (after?: string) => (await donor.client.ok(`query($a: String) { projectMatches(first: 5, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { score project { id } } } } }`, { a: after ?? null })).projectMatches;
    const full = async (after?: string) => {
      const ctx = { now: new Date(), convert: await matching.funding.converter() };
      const { prepareDonor, toScoringDonor } = await import('@commonground/api-matchmaking');
      const profile = await matching.donors.byOrganization(actor.organizationId);
      const result = await matching.fullPage(actor, prepareDonor(toScoringDonor(profile)), ctx, 5, after ?? null);
      return { totalCount: result.totalCount, hasNextPage: result.pageInfo.hasNextPage, ids: result.edges.map((e: any) => e.node.id), scores: result.edges.map((e: any) => e.node.result.score) };
    };
    {
      // the first page is answered from the overlapping projects only (not by the fallback)
      const { prepareDonor, toScoringDonor } = await import('@commonground/api-matchmaking');
      const profile = toScoringDonor(await matching.donors.byOrganization(actor.organizationId));
      const ctx = { now: new Date(), convert: await matching.funding.converter() };
      expect(await matching.prefilteredPage(actor, profile, prepareDonor(profile), ctx, 5, null)).not.toBeNull();
    }
    let after: string | undefined;
    for (let pageNumber = 0; pageNumber < 3; pageNumber++) {
      const api = await viaApi(after);
      const expected = await full(after);
      expect({ totalCount: api.totalCount, hasNextPage: api.pageInfo.hasNextPage, ids: api.edges.map((e: any) => e.node.project.id), scores: api.edges.map((e: any) => e.node.score) }).toEqual(expected);
      after = api.pageInfo.endCursor;
      if (!api.pageInfo.hasNextPage) break;
    }
  });
});

describe('decisions, referrals and co-funding (three organizations)', () => {
  it('declines a worthy project, refers it once, and keeps each party to what it may see', async () => {
    const applicant = await anApplicant('Red de Mineras');
    const project = (await applicant.client.ok(CREATE, { input: projectInput() })).createProject;
    const declining = await aDonor('Declining Fund');
    const peer = await aDonor('Peer Fund');
    const bystander = await aDonor('Bystander Fund');
    await peer.client.ok(PROFILE, { input: mercuryDonor });

    expect((await declining.client.fails(DECIDE, { input: { projectId: project.id, kind: 'DECLINED' } })).extensions?.field).toBe('input.reason');
    const decision = await declining.client.ok(DECIDE, {
      input: { projectId: project.id, kind: 'DECLINED', reason: 'Outside our 2026 budget cycle', worthy: true, referToOrganizationIds: [peer.organizationId], note: 'Strong team, we visited Puno.' },
    });
    expect(decision.decideOnProject).toMatchObject({ kind: 'DECLINED', reason: 'Outside our 2026 budget cycle', worthy: true });
    // referred again: still one referral
    await declining.client.ok(DECIDE, { input: { projectId: project.id, kind: 'DECLINED', reason: 'Still no', worthy: true, referToOrganizationIds: [peer.organizationId] } });
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM referrals WHERE project_id = $1', [project.id]))[0].n)).toBe(1);

    const VIEW = `query($id: ID!) { project(id: $id) { decisions { kind reason donor { name } } referrals { note fromDonor { name } toDonor { name } } } }`;
    const byApplicant = (await applicant.client.ok(VIEW, { id: project.id })).project;
    expect(byApplicant.decisions).toEqual([{ kind: 'DECLINED', reason: null, donor: { name: 'Declining Fund' } }]);
    expect(byApplicant.referrals).toEqual([{ note: null, fromDonor: { name: 'Declining Fund' }, toDonor: { name: 'Peer Fund' } }]);
    const byPeer = (await peer.client.ok(VIEW, { id: project.id })).project;
    expect(byPeer.decisions).toEqual([]);
    expect(byPeer.referrals).toEqual([{ note: 'Strong team, we visited Puno.', fromDonor: { name: 'Declining Fund' }, toDonor: { name: 'Peer Fund' } }]);
    const byBystander = (await bystander.client.ok(VIEW, { id: project.id })).project;
    expect(byBystander).toEqual({ decisions: [], referrals: [] });
    // the peer was told, in the app and by e-mail
    const notes = (await peer.client.ok(`{ notifications { unreadCount items { kind title link } } }`)).notifications;
    expect(notes.items[0]).toMatchObject({ kind: 'REFERRAL', link: `/funding/projects/${project.id}` });
    expect(notes.unreadCount).toBeGreaterThan(0);
    expect((await app.dataSource.query(`SELECT count(*) AS n FROM mail_messages WHERE to_address = $1 AND subject LIKE '%refers a project%'`, [peer.email]))[0].n).toBe('1');
  });

  it('refuses referrals without the applicant consent, and pledges larger than the gap', async () => {
    const applicant = await anApplicant();
    const shy = (await applicant.client.ok(CREATE, { input: projectInput({ consentToReferral: false }) })).createProject;
    const donor = await aDonor();
    const peer = await aDonor();
    const refused = await donor.client.fails(DECIDE, { input: { projectId: shy.id, kind: 'DECLINED', reason: 'No', worthy: true, referToOrganizationIds: [peer.organizationId] } });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_CONSENT' });
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM funding_decisions WHERE project_id = $1', [shy.id]))[0].n)).toBe(0);
    const tooBig = await donor.client.fails(`mutation($p: ID!, $a: MoneyInput!) { pledge(projectId: $p, amount: $a) { id } }`, { p: shy.id, a: eur(20_000_000) });
    expect(tooBig.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount.amountMinor' });
    const stranger = await aDonor();
    const hidden = (await applicant.client.ok(CREATE, { input: projectInput({ visibility: { level: 'PRIVATE' } }) })).createProject;
    expect((await stranger.client.fails(`mutation($p: ID!, $a: MoneyInput!) { pledge(projectId: $p, amount: $a) { id } }`, { p: hidden.id, a: eur(100) })).extensions?.code).toBe('NOT_FOUND');
  });

  it('confirms pledges in other currencies, shrinks the gap, opens a co-funding round and highlights', async () => {
    const applicant = await anApplicant();
    const project = (await applicant.client.ok(CREATE, { input: projectInput() })).createProject;
    const lead = await aDonor('Lead Fund');
    const invited = await aDonor('Invited Fund');
    const pledge = (await lead.client.ok(`mutation($p: ID!, $a: MoneyInput!) { pledge(projectId: $p, amount: $a, conditions: "Quarterly reports") { id status } }`, { p: project.id, a: { amountMinor: 1_085_000, currency: 'USD' } })).pledge;
    await lead.client.ok(`mutation($id: ID!) { setPledgeStatus(id: $id, status: CONFIRMED) { status } }`, { id: pledge.id });
    const funding = (await applicant.client.ok(`query($id: ID!) { project(id: $id) { fundingGap { amountMinor currency } confirmedFunding { amountMinor } funding { gap { amountMinor } confirmed { amountMinor } rateDates progress } pledges { conditions status donor { name } } } }`, { id: project.id })).project;
    expect(funding.confirmedFunding.amountMinor).toBe(1_000_000); // 10,850.00 USD at 1.085 per euro
    expect(funding.fundingGap).toEqual({ amountMinor: 9_000_000, currency: 'EUR' });
    expect(funding.funding.rateDates).toEqual(['2026-11-02']);
    expect(funding.pledges).toEqual([{ conditions: 'Quarterly reports', status: 'CONFIRMED', donor: { name: 'Lead Fund' } }]);
    expect((await invited.client.ok(`query($id: ID!) { project(id: $id) { pledges { conditions } } }`, { id: project.id })).project.pledges).toEqual([{ conditions: null }]);
    expect((await applicant.client.fails(`mutation($id: ID!) { setPledgeStatus(id: $id, status: WITHDRAWN) { status } }`, { id: pledge.id })).extensions?.code).toBe('FORBIDDEN');

    const round = (await lead.client.ok(`mutation($p: ID!, $i: [ID!]!) { openCoFundingRound(projectId: $p, inviteOrganizationIds: $i) { target { amountMinor } confirmed { amountMinor } invited { name } lead { name } } }`, { p: project.id, i: [invited.organizationId] })).openCoFundingRound;
    expect(round).toEqual({ target: { amountMinor: 9_000_000 }, confirmed: { amountMinor: 1_000_000 }, invited: [{ name: 'Invited Fund' }], lead: { name: 'Lead Fund' } });
    expect((await invited.client.ok(`{ notifications { items { kind } } }`)).notifications.items.map((n: any) => n.kind)).toContain('CO_FUNDING_INVITATION');
    expect((await invited.client.fails(`mutation($p: ID!, $i: [ID!]!) { openCoFundingRound(projectId: $p, inviteOrganizationIds: $i) { id } }`, { p: project.id, i: [lead.organizationId] })).extensions?.code).toBe('FORBIDDEN');

    await lead.client.ok(`mutation($p: ID!) { highlightProject(projectId: $p, note: "Catalytic: first mercury-free plant in the region") { id } }`, { p: project.id });
    const highlighted = (await invited.client.ok(`{ highlightedProjects { edges { node { id highlights { note donor { name } } } } } }`)).highlightedProjects.edges;
    expect(highlighted.find((e: any) => e.node.id === project.id).node.highlights).toEqual([{ note: 'Catalytic: first mercury-free plant in the region', donor: { name: 'Lead Fund' } }]);
    const pipeline = (await lead.client.ok(`{ donorPipeline { byStage { key projects } } }`)).donorPipeline;
    expect(pipeline.byStage).toEqual([{ key: 'PROPOSAL', projects: 1 }]);
  });
});
