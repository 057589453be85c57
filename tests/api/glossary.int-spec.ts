import { TestApp, aCompany, anInitiative, createTestApp } from '@commonground/api-testing';
import { Parser } from 'n3';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const CREATE_TERM = `mutation($input: TermInput!, $i: ID) { createTerm(input: $input, initiativeId: $i) { id slug labels { language text } } }`;
const ADD = `mutation($input: DefinitionInput!) { addDefinition(input: $input) { id status currentRevision { id number } } }`;
const REVISE = `mutation($input: ReviseDefinitionInput!) { reviseDefinition(input: $input) { id currentRevision { id number changeNote } } }`;
const TERM = `query($slug: String!, $lang: String) { term(slug: $slug) { slug label(language: $lang) broader { slug } narrower { slug } related { slug } definitions { id kind status author { name } citation { title year } currentRevision { number texts { language text outdated } text(language: $lang) } adoptedRevision { number } endorsements { stance reason revisionNumber current organization { name } } comments(first: 10) { totalCount edges { node { body author { name email } } } } } } }`;

async function glossaryWithInitiative() {
  const { secretariat, initiativeId } = await anInitiative(app);
  const member = await aCompany(app);
  await member.client.ok(`mutation($id: ID!) { applyToInitiative(initiativeId: $id) { status } }`, { id: initiativeId });
  await secretariat.client.ok(`mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: ACTIVE) { status } }`, { i: initiativeId, o: member.organizationId });
  await member.client.ok(`mutation($id: ID!) { switchOrganization(organizationId: $id) { user { id } } }`, { id: member.organizationId }); // refresh the actor's initiatives
  return { secretariat, initiativeId, member };
}

const uniqueSlug = () => `term-${Math.random().toString(36).slice(2, 8)}`;

describe('terms and definitions side by side', () => {
  it('creates terms with labels and relations, refusing cycles, unknown languages and non-secretariats', async () => {
    const { secretariat, initiativeId, member } = await glossaryWithInitiative();
    const parent = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Due diligence' }, { language: 'fr', text: 'Devoir de diligence' }] }, i: initiativeId })).createTerm;
    const child = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Traceability' }], broaderIds: [parent.id], relatedIds: [parent.id], minerals: ['tin'], themes: ['traceability'] } })).createTerm;
    const view = (await app.client().ok(TERM, { slug: parent.slug, lang: 'fr' })).term;
    expect(view).toMatchObject({ label: 'Devoir de diligence', narrower: [{ slug: child.slug }], related: [{ slug: child.slug }] });
    const cycle = await secretariat.client.fails(`mutation($id: ID!, $input: TermInput!) { updateTerm(id: $id, input: $input) { id } }`, { id: parent.id, input: { labels: [{ language: 'en', text: 'Due diligence' }], broaderIds: [child.id] } });
    expect(cycle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.broaderIds' });
    expect((await secretariat.client.fails(CREATE_TERM, { input: { labels: [{ language: 'de', text: 'Sorgfalt' }] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.labels.0.language' });
    expect((await secretariat.client.fails(CREATE_TERM, { input: { labels: [{ language: 'en', text: 'X' }], minerals: ['kryptonite'] } })).extensions?.field).toBe('input.minerals');
    expect((await member.client.fails(CREATE_TERM, { input: { labels: [{ language: 'en', text: 'Mine' }] } })).extensions?.code).toBe('FORBIDDEN');
    expect((await secretariat.client.fails(CREATE_TERM, { input: { slug: parent.slug, labels: [{ language: 'en', text: 'Again' }] } })).extensions?.code).toBe('CONFLICT');
  });

  it('stores a known category by its slug, from its name in any language, and keeps any other category as written', async () => {
    const { secretariat, initiativeId } = await glossaryWithInitiative();
    const withCategory = `mutation($input: TermInput!, $i: ID) { createTerm(input: $input, initiativeId: $i) { id category } }`;
    const known = (await secretariat.client.ok(withCategory, { input: { slug: uniqueSlug(), labels: [{ language: 'es', text: 'Minería artesanal' }], category: ' Minería ' }, i: initiativeId })).createTerm;
    expect(known.category).toBe('mining');
    const custom = (await secretariat.client.ok(withCategory, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Pit' }], category: 'Artisanal practice' }, i: initiativeId })).createTerm;
    expect(custom.category).toBe('Artisanal practice');
    const updated = await secretariat.client.ok(`mutation($id: ID!, $input: TermInput!) { updateTerm(id: $id, input: $input) { category } }`, {
      id: custom.id,
      input: { labels: [{ language: 'en', text: 'Pit' }], category: 'Chaîne d’approvisionnement' },
    });
    expect(updated.updateTerm.category).toBe('supply-chain');
  });

  it('shows competing definitions, their word diff, and refuses a stale revision with the refused text', async () => {
    const { secretariat, initiativeId, member } = await glossaryWithInitiative();
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Formalization' }] }, i: initiativeId })).createTerm;
    const source = (await member.client.ok(ADD, { input: { termId: term.id, kind: 'SOURCE', texts: [{ language: 'en', text: 'Miners obtain legal titles and permits.' }], citation: { title: 'Company policy', year: 2024 } } })).addDefinition;
    const proposed = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'A progressive process of legal recognition.' }] } })).addDefinition;
    expect((await member.client.fails(ADD, { input: { termId: term.id, kind: 'SOURCE', texts: [{ language: 'en', text: 'No source' }] } })).extensions?.field).toBe('input.citation');
    expect((await member.client.fails(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Mine' }] } })).extensions?.code).toBe('FORBIDDEN');

    // two people edit revision 1 at once
    const first = await secretariat.client.ok(REVISE, { input: { definitionId: proposed.id, basedOnRevision: 1, texts: [{ language: 'en', text: 'A progressive process of legal and institutional recognition.' }], changeNote: 'After the April meeting' } });
    expect(first.reviseDefinition.currentRevision).toMatchObject({ number: 2, changeNote: 'After the April meeting' });
    const stale = await secretariat.client.fails(REVISE, { input: { definitionId: proposed.id, basedOnRevision: 1, texts: [{ language: 'en', text: 'My careful wording' }] } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2, refusedTexts: [{ language: 'en', text: 'My careful wording' }] });
    expect((stale.extensions as any).currentTexts[0].text).toContain('institutional');
    expect((await member.client.fails(REVISE, { input: { definitionId: proposed.id, basedOnRevision: 2, texts: [{ language: 'en', text: 'Hijack' }] } })).extensions?.code).toBe('FORBIDDEN');

    const data = (await member.client.ok(TERM, { slug: term.slug })).term;
    expect(data.definitions.map((d: any) => d.kind).sort()).toEqual(['PROPOSED', 'SOURCE']);
    const revisions = await member.client.ok(`query($id: ID!) { node(id: $id) { ... on Definition { revisions { id number } } } }`, { id: proposed.id });
    const [r1, r2] = revisions.node.revisions;
    const diff = await member.client.ok(`query($a: ID!, $b: ID!) { definitionDiff(fromRevisionId: $a, toRevisionId: $b) { kind text } }`, { a: r1.id, b: r2.id });
    expect(diff.definitionDiff.filter((p: any) => p.kind === 'INSERT').map((p: any) => p.text.trim()).join(' ')).toContain('institutional');
    const across = await member.client.ok(`query($a: ID!, $b: ID!) { definitionDiff(fromRevisionId: $a, toRevisionId: $b) { kind } }`, { a: source.currentRevision.id, b: r2.id });
    expect(across.definitionDiff.length).toBeGreaterThan(1);
  });

  it('flags translations made for an older revision as outdated and falls back to the original', async () => {
    const { secretariat, initiativeId } = await glossaryWithInitiative();
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Smelter' }] }, i: initiativeId })).createTerm;
    const d = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'A facility refining ore.' }] } })).addDefinition;
    await secretariat.client.ok(`mutation($id: ID!, $t: LocalizedTextInput!) { translateDefinition(definitionId: $id, revisionNumber: 1, text: $t) { id } }`, { id: d.id, t: { language: 'fr', text: 'Une installation qui affine le minerai.' } });
    let view = (await secretariat.client.ok(TERM, { slug: term.slug, lang: 'fr' })).term.definitions[0].currentRevision;
    expect(view.text).toBe('Une installation qui affine le minerai.');
    expect(view.texts.find((t: any) => t.language === 'fr').outdated).toBe(false);
    await secretariat.client.ok(REVISE, { input: { definitionId: d.id, basedOnRevision: 1, texts: [{ language: 'en', text: 'A facility refining ore or recycled material.' }] } });
    view = (await secretariat.client.ok(TERM, { slug: term.slug, lang: 'es' })).term.definitions[0].currentRevision;
    expect(view.text).toBe('A facility refining ore or recycled material.'); // no Spanish: the original
    expect(view.texts.find((t: any) => t.language === 'fr')).toMatchObject({ outdated: true });
  });

  it('runs the alignment workflow: consultation, stances by admins of members, adoption by the secretariat, superseding', async () => {
    const { secretariat, initiativeId, member } = await glossaryWithInitiative();
    const outsider = await aCompany(app);
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Legitimacy' }] }, i: initiativeId })).createTerm;
    const a = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Lawful mining.' }] } })).addDefinition;
    const STANCE = `mutation($id: ID!, $s: Stance!, $r: String) { setStance(definitionId: $id, stance: $s, reason: $r) { id } }`;
    expect((await member.client.fails(STANCE, { id: a.id, s: 'ENDORSE' })).extensions?.reason).toBe('CONSULTATION_CLOSED');
    expect((await secretariat.client.fails(`mutation($id: ID!) { adoptDefinition(definitionId: $id, revisionNumber: 1) { id } }`, { id: a.id })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await member.client.fails(`mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`, { id: a.id, e: new Date(Date.now() + 86_400_000).toISOString() })).extensions?.code).toBe('FORBIDDEN');
    await secretariat.client.ok(`mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`, { id: a.id, e: new Date(Date.now() + 86_400_000).toISOString() });
    await member.client.ok(STANCE, { id: a.id, s: 'ENDORSE' });
    expect((await member.client.fails(STANCE, { id: a.id, s: 'OBJECT' })).extensions?.field).toBe('reason');
    expect((await outsider.client.fails(STANCE, { id: a.id, s: 'ENDORSE' })).extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    await member.client.ok(`mutation($id: ID!, $b: String!) { commentOnDefinition(definitionId: $id, body: $b) { id } }`, { id: a.id, b: 'We support this wording.' });
    await secretariat.client.ok(REVISE, { input: { definitionId: a.id, basedOnRevision: 1, texts: [{ language: 'en', text: 'Lawful mining, or mining in good faith toward legality.' }] } });
    let view = (await secretariat.client.ok(TERM, { slug: term.slug })).term.definitions[0];
    expect(view.endorsements).toEqual([{ stance: 'ENDORSE', reason: null, revisionNumber: 1, current: false, organization: { name: expect.any(String) } }]);
    expect(view.comments.totalCount).toBe(1);
    // the commenter's e-mail is not shown to another organization
    expect(view.comments.edges[0].node.author.email).toBe('');
    expect((await member.client.fails(`mutation($id: ID!) { adoptDefinition(definitionId: $id, revisionNumber: 2) { id } }`, { id: a.id })).extensions?.code).toBe('FORBIDDEN');
    await secretariat.client.ok(`mutation($id: ID!) { adoptDefinition(definitionId: $id, revisionNumber: 2) { status adoptedRevision { number } } }`, { id: a.id });
    // a second proposal adopted later supersedes the first
    const b = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Socially accepted mining.' }] } })).addDefinition;
    await secretariat.client.ok(`mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`, { id: b.id, e: new Date(Date.now() + 86_400_000).toISOString() });
    await secretariat.client.ok(`mutation($id: ID!) { adoptDefinition(definitionId: $id, revisionNumber: 1) { status } }`, { id: b.id });
    view = (await app.client().ok(TERM, { slug: term.slug })).term;
    expect(view.definitions.map((d: any) => [d.id === a.id ? 'a' : 'b', d.status]).sort()).toEqual([['a', 'SUPERSEDED'], ['b', 'ADOPTED']]);
  });

  it('lets only owners and administrators take a stance for their organization', async () => {
    const { secretariat, initiativeId, member } = await glossaryWithInitiative();
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Stance rights' }] }, i: initiativeId })).createTerm;
    const d = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Admins speak for organizations.' }] } })).addDefinition;
    await secretariat.client.ok(`mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`, { id: d.id, e: new Date(Date.now() + 86_400_000).toISOString() });
    // a plain MEMBER of the member organization
    await member.client.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`, { input: { organizationId: member.organizationId, email: `plain-${uniqueSlug()}@example.org`, role: 'MEMBER' } });
    const [mail] = await app.dataSource.query(`SELECT to_address, text FROM mail_messages ORDER BY created_at DESC LIMIT 1`);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const { aUser } = await import('@commonground/api-testing');
    const plain = await aUser(app, { email: mail.to_address, organization: null, invitationToken: token });
    expect((await plain.client.fails(`mutation($id: ID!) { setStance(definitionId: $id, stance: ENDORSE) { id } }`, { id: d.id })).extensions?.code).toBe('FORBIDDEN');
  });

  it('finds terms and definitions through the search box with a typo, within visibility', async () => {
    const { secretariat, initiativeId } = await glossaryWithInitiative();
    const stranger = await aCompany(app);
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Progressivity' }, { language: 'fr', text: 'Progressivité' }] }, i: initiativeId })).createTerm;
    await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Buyers stay engaged with improving suppliers (members only draft).' }] } });
    await app.drainSearch();
    const SEARCH = `query($q: String!) { search(query: $q, kinds: ["TERM", "DEFINITION"]) { degraded hits { kind title url } } }`;
    const found = (await secretariat.client.ok(SEARCH, { q: 'progresivity' })).search;
    expect(found.degraded).toBe(false);
    expect(found.hits).toContainEqual({ kind: 'TERM', title: 'Progressivity', url: `/glossary/${term.slug}` });
    const members = (await secretariat.client.ok(SEARCH, { q: 'improving suppliers' })).search.hits;
    expect(members.some((h: any) => h.kind === 'DEFINITION')).toBe(true);
    const outside = (await stranger.client.ok(SEARCH, { q: 'improving suppliers' })).search.hits;
    expect(outside.some((h: any) => h.kind === 'DEFINITION')).toBe(false);
  });

  it('closes consultations at their date and tells the participants', async () => {
    const { secretariat, initiativeId, member } = await glossaryWithInitiative();
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Closing' }] }, i: initiativeId })).createTerm;
    const d = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Soon closed.' }] } })).addDefinition;
    await secretariat.client.ok(`mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`, { id: d.id, e: new Date(Date.now() + 60_000).toISOString() });
    await member.client.ok(`mutation($id: ID!) { setStance(definitionId: $id, stance: ENDORSE) { id } }`, { id: d.id });
    const { DefinitionService } = await import('@commonground/api-glossary');
    expect(await app.app.get(DefinitionService).closeEndedConsultations(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    const mails = await app.dataSource.query(`SELECT to_address FROM mail_messages WHERE subject LIKE $1`, [`%${term.slug}%`]);
    expect(mails.map((m: any) => m.to_address)).toEqual(expect.arrayContaining([member.email, secretariat.email]));
  });

  it('keeps a definition visible only to its audience', async () => {
    const { secretariat, initiativeId } = await glossaryWithInitiative();
    const stranger = await aCompany(app);
    const term = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Private' }] }, i: initiativeId })).createTerm;
    const d = (await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Members only draft.' }] } })).addDefinition;
    expect((await stranger.client.ok(TERM, { slug: term.slug })).term.definitions).toEqual([]);
    expect((await app.client().ok(TERM, { slug: term.slug })).term.definitions).toEqual([]);
    expect((await stranger.client.ok(`query($id: ID!) { node(id: $id) { id } }`, { id: d.id })).node).toBeNull();
    expect((await stranger.client.fails(`mutation($id: ID!, $b: String!) { commentOnDefinition(definitionId: $id, body: $b) { id } }`, { id: d.id, b: 'peek' })).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('principle sets', () => {
  it('revises with a note, consults, takes stances, adopts, and comments on one principle', async () => {
    const { secretariat, initiativeId, member } = await glossaryWithInitiative();
    const created = await secretariat.client.ok(`mutation($i: ID!, $p: [PrincipleInput!]!) { createPrincipleSet(title: "Progressive sourcing", initiativeId: $i, principles: $p) { id status currentRevision { number principles { id position statement } } } }`, {
      i: initiativeId,
      p: [{ statement: 'Stay engaged' }, { statement: 'Share the cost of evidence', subPoints: ['Pooled audits'] }],
    });
    const set = created.createPrincipleSet;
    expect(set.currentRevision.principles.map((p: any) => p.position)).toEqual([1, 2]);
    expect((await secretariat.client.fails(`mutation($i: ID!, $p: [PrincipleInput!]!) { createPrincipleSet(title: "Empty", initiativeId: $i, principles: $p) { id } }`, { i: initiativeId, p: [{ statement: '' }] })).extensions?.code).toBe('BAD_USER_INPUT');
    const revised = await secretariat.client.ok(`mutation($id: ID!, $p: [PrincipleInput!]!) { revisePrincipleSet(id: $id, basedOnRevision: 1, principles: $p, changeNote: "Updated after the April alignment meeting") { currentRevision { number changeNote principles { statement } } } }`, {
      id: set.id,
      p: [{ statement: 'Stay engaged' }, { statement: 'Share the cost of evidence' }, { statement: 'Do no harm to livelihoods' }],
    });
    expect(revised.revisePrincipleSet.currentRevision).toMatchObject({ number: 2, changeNote: 'Updated after the April alignment meeting' });
    expect((await secretariat.client.fails(`mutation($id: ID!, $p: [PrincipleInput!]!) { revisePrincipleSet(id: $id, basedOnRevision: 1, principles: $p) { id } }`, { id: set.id, p: [{ statement: 'Lost?' }] })).extensions).toMatchObject({ code: 'CONFLICT', refusedPrinciples: [{ statement: 'Lost?' }], currentPrinciples: [{ statement: 'Stay engaged' }, { statement: 'Share the cost of evidence' }, { statement: 'Do no harm to livelihoods' }] });
    await secretariat.client.ok(`mutation($id: ID!, $e: DateTime!) { openPrincipleConsultation(id: $id, endsAt: $e) { status } }`, { id: set.id, e: new Date(Date.now() + 86_400_000).toISOString() });
    await member.client.ok(`mutation($id: ID!) { setPrincipleSetStance(id: $id, stance: OBJECT, reason: "Add a principle on grievances") { id } }`, { id: set.id });
    const principleId = (await member.client.ok(`query($id: ID!) { principleSet(id: $id) { currentRevision { principles { id } } } }`, { id: set.id })).principleSet.currentRevision.principles[2].id;
    await member.client.ok(`mutation($id: ID!) { commentOnPrinciple(principleId: $id, body: "Yes to this one") { id } }`, { id: principleId });
    const node = await member.client.ok(`query($id: ID!) { node(id: $id) { ... on Principle { statement comments { totalCount } } } }`, { id: principleId });
    expect(node.node).toEqual({ statement: 'Do no harm to livelihoods', comments: { totalCount: 1 } });
    await secretariat.client.ok(`mutation($id: ID!) { adoptPrincipleSet(id: $id, revisionNumber: 2) { status } }`, { id: set.id });
    const publicView = await app.client().ok(`query($id: ID!) { principleSet(id: $id) { status adoptedRevision { number principles { statement comments { totalCount } } } endorsements { stance reason } } }`, { id: set.id });
    expect(publicView.principleSet).toMatchObject({ status: 'ADOPTED', adoptedRevision: { number: 2 }, endorsements: [{ stance: 'OBJECT', reason: 'Add a principle on grievances' }] });
    expect(publicView.principleSet.adoptedRevision.principles[2].comments.totalCount).toBe(1);
  });
});

describe('SKOS and CSV exchange', () => {
  it('exports an initiative glossary and imports it into an empty initiative giving back the same terms', async () => {
    const { secretariat, initiativeId } = await glossaryWithInitiative();
    const root = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Due diligence' }, { language: 'fr', text: 'Devoir de diligence' }], altLabels: [{ language: 'en', text: 'DD' }], themes: ['governance'] }, i: initiativeId })).createTerm;
    const leaf = (await secretariat.client.ok(CREATE_TERM, { input: { slug: uniqueSlug(), labels: [{ language: 'en', text: 'Traceability "chain"' }], broaderIds: [root.id], minerals: ['gold'] }, i: initiativeId })).createTerm;
    const d = (await secretariat.client.ok(ADD, { input: { termId: leaf.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: 'Following minerals,\nstep by step.' }, { language: 'es', text: 'Seguir los minerales, paso a paso.' }] } })).addDefinition;
    await secretariat.client.ok(`mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`, { id: d.id, e: new Date(Date.now() + 86_400_000).toISOString() });
    await secretariat.client.ok(`mutation($id: ID!) { adoptDefinition(definitionId: $id, revisionNumber: 1) { status } }`, { id: d.id });

    const turtle = (await app.client().ok(`query($i: ID!) { exportGlossary(format: SKOS_TURTLE, initiativeId: $i) }`, { i: initiativeId })).exportGlossary;
    const quads = new Parser().parse(turtle);
    expect(quads.some((q) => q.predicate.value === 'http://www.w3.org/2004/02/skos/core#broader')).toBe(true);
    expect(quads.some((q) => q.object.termType === 'Literal' && q.object.language === 'fr' && q.object.value === 'Devoir de diligence')).toBe(true);
    const jsonld = JSON.parse((await app.client().ok(`query($i: ID!) { exportGlossary(format: SKOS_JSONLD, initiativeId: $i) }`, { i: initiativeId })).exportGlossary);
    expect(jsonld['@context']).toBeDefined();
    const csv = (await app.client().ok(`query($i: ID!) { exportGlossary(format: CSV, initiativeId: $i) }`, { i: initiativeId })).exportGlossary;
    expect(csv.split('\n')[0]).toContain('slug');

    // import into an empty initiative run by another secretariat: terms exist already (owned by the first), so import into a fresh database shape
    const other = await anInitiative(app);
    const renamed = turtle.split(root.slug).join(`${root.slug}-copy`).split(leaf.slug).join(`${leaf.slug}-copy`);
    const report = (await other.secretariat.client.ok(`mutation($c: String!, $i: ID) { importGlossary(format: SKOS_TURTLE, content: $c, initiativeId: $i) { created updated skipped errors } }`, { c: renamed, i: other.initiativeId })).importGlossary;
    expect(report).toEqual({ created: 2, updated: 0, skipped: 0, errors: [] });
    const reexport = (await app.client().ok(`query($i: ID!) { exportGlossary(format: SKOS_TURTLE, initiativeId: $i) }`, { i: other.initiativeId })).exportGlossary;
    const triples = (text: string, scheme: string) =>
      new Parser()
        .parse(text)
        .filter((q) => !q.subject.value.endsWith(scheme) && q.predicate.value !== 'http://www.w3.org/2004/02/skos/core#inScheme' && !q.predicate.value.includes('topConcept'))
        .map((q) => `${q.subject.value.split('/').pop()!.replace('-copy', '')} ${q.predicate.value} ${q.object.termType === 'Literal' ? `${q.object.value}@${q.object.language}` : q.object.value.split('/').pop()!.replace('-copy', '')}`)
        .sort();
    const [, schemeA] = /glossary\/([^/>\s]+)/.exec(turtle)!;
    const [, schemeB] = /glossary\/([^/>\s]+)/.exec(reexport)!;
    expect(triples(reexport, schemeB)).toEqual(triples(turtle, schemeA));
  });

  it('reports malformed files, unknown languages and cycles, importing nothing', async () => {
    const { secretariat, initiativeId } = await glossaryWithInitiative();
    const before = Number((await app.dataSource.query('SELECT count(*) AS n FROM terms'))[0].n);
    const IMPORT = `mutation($f: GlossaryFormat!, $c: String!, $i: ID) { importGlossary(format: $f, content: $c, initiativeId: $i) { created errors } }`;
    const broken = (await secretariat.client.ok(IMPORT, { f: 'SKOS_TURTLE', c: '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<a> skos:prefLabel "x"@en\n<b> oops', i: initiativeId })).importGlossary;
    expect(broken.created).toBe(0);
    expect(broken.errors[0]).toMatch(/line \d+/);
    const skos = (body: string) => `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <https://example.org/terms/> .\n${body}`;
    const language = (await secretariat.client.ok(IMPORT, { f: 'SKOS_TURTLE', c: skos('ex:a a skos:Concept ; skos:prefLabel "Sorgfalt"@de .'), i: initiativeId })).importGlossary;
    expect(language.errors.join(' ')).toMatch(/de/);
    const cycle = (await secretariat.client.ok(IMPORT, { f: 'SKOS_TURTLE', c: skos('ex:a a skos:Concept ; skos:prefLabel "A"@en ; skos:broader ex:b .\nex:b a skos:Concept ; skos:prefLabel "B"@en ; skos:broader ex:a .'), i: initiativeId })).importGlossary;
    expect(cycle.errors.join(' ')).toMatch(/cycle/i);
    const csv = (await secretariat.client.ok(IMPORT, { f: 'CSV', c: 'slug,prefLabel@en\n"unterminated,x', i: initiativeId })).importGlossary;
    expect(csv.errors.length).toBeGreaterThan(0);
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM terms'))[0].n)).toBe(before);
    const huge = (await secretariat.client.ok(IMPORT, { f: 'CSV', c: 'x'.repeat(2 * 1024 * 1024 + 10), i: initiativeId })).importGlossary;
    expect(huge.errors[0]).toMatch(/larger than/);
  });
});
