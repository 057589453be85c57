import { OrganizationKind } from '@commonground/api-core';
import { TEST_PASSWORD, TestApp, aCompany, aSecretariat, aUser, anInitiative, createTestApp, makePlatformAdmin } from '@commonground/api-testing';

const VIEWER = `query { viewer { user { id email name locale memberships { role organization { id name } } } activeOrganization { id name kind } isPlatformAdmin } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } activeOrganization { id } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const count = async (sql: string, params: unknown[] = []) => Number((await app.dataSource.query(sql, params))[0].n);

describe('sign-up, sign-in and sessions', () => {
  it('signs up with a new organization and becomes its owner', async () => {
    const { client, email } = await aUser(app, { name: 'Amina', organization: { name: 'Tin Traders Ltd', kind: OrganizationKind.COMPANY, country: 'RW' } });
    const { viewer } = await client.ok(VIEWER);
    expect(viewer.user).toMatchObject({ email, name: 'Amina', locale: 'en' });
    expect(viewer.activeOrganization).toMatchObject({ name: 'Tin Traders Ltd', kind: 'COMPANY' });
    expect(viewer.user.memberships).toEqual([{ role: 'OWNER', organization: { id: viewer.activeOrganization.id, name: 'Tin Traders Ltd' } }]);
  });

  it('refuses a duplicate e-mail with CONFLICT and writes nothing', async () => {
    const { email } = await aUser(app);
    const before = await count('SELECT count(*) AS n FROM organizations');
    const error = await app.client().fails(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
      i: { email: email.toUpperCase(), password: TEST_PASSWORD, name: 'Again', organizationName: 'Brand New Org', organizationKind: 'COMPANY' },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    expect(await count('SELECT count(*) AS n FROM organizations')).toBe(before);
  });

  it.each([
    [{ email: 'not-an-email' }, 'input.email'],
    [{ password: 'short' }, 'input.password'],
    [{ name: '' }, 'input.name'],
    [{ country: 'XX', organizationName: 'Org With Bad Country', organizationKind: 'COMPANY' }, 'input.country'],
    [{ country: 'congo' }, 'input.country'],
    [{ organizationName: 'Kindless Org' }, 'input.organizationKind'],
  ])('answers BAD_USER_INPUT naming the field for %j', async (override, field) => {
    const input = { email: `bad-${Math.random()}@example.org`, password: TEST_PASSWORD, name: 'Someone', ...override };
    const users = await count('SELECT count(*) AS n FROM users');
    const error = await app.client().fails(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('SELECT count(*) AS n FROM users')).toBe(users);
  });

  it('signs in, and gives the same answer for an unknown account and a wrong password', async () => {
    const { email } = await aUser(app);
    const wrongPassword = await app.client().fails(SIGN_IN, { input: { email, password: 'wrong-password-1' } });
    const unknown = await app.client().fails(SIGN_IN, { input: { email: 'nobody@example.org', password: 'wrong-password-1' } });
    expect(wrongPassword).toEqual(unknown);
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    const client = app.client();
    await client.ok(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    expect((await client.ok(VIEWER)).viewer.user.email).toBe(email);
    expect(await count(`SELECT count(*) AS n FROM activity_log WHERE action = 'SIGN_IN_FAILED' AND details->>'email' = $1`, [email])).toBe(1);
  });

  it('signing out kills the session wherever its cookie is used', async () => {
    const { client } = await aUser(app);
    const stolen = app.client();
    stolen.setCookie('cg_session', client.cookieHeader.split('=')[1]);
    expect((await stolen.ok(VIEWER)).viewer).not.toBeNull();
    await client.ok('mutation { signOut }');
    expect((await client.ok(VIEWER)).viewer).toBeNull();
    expect((await stolen.ok(VIEWER)).viewer).toBeNull();
    expect((await stolen.fails('mutation { signOut }')).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sets an httpOnly SameSite=Lax session cookie', async () => {
    const res = await app.client().gql(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
      i: { email: `cookie-${Math.random()}@example.org`, password: TEST_PASSWORD, name: 'Cookie' },
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cg_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=\d+/);
  });

  it('keeps the chosen language', async () => {
    const { client } = await aUser(app);
    await client.ok(`mutation { setLocale(locale: "fr") { locale } }`);
    expect((await client.ok(VIEWER)).viewer.user.locale).toBe('fr');
    expect((await client.fails(`mutation { setLocale(locale: "xx") { locale } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
  });
});

describe('organizations', () => {
  it('edits the profile; only owners and admins may', async () => {
    const owner = await aCompany(app);
    const data = await owner.client.ok(
      `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { name country sizeBand website } }`,
      { id: owner.organizationId, input: { country: 'DE', sizeBand: 'SMALL', website: 'https://example.org' } },
    );
    expect(data.updateOrganization).toMatchObject({ country: 'DE', sizeBand: 'SMALL', website: 'https://example.org' });
    const other = await aCompany(app);
    const error = await other.client.fails(`mutation($id: ID!) { updateOrganization(id: $id, input: { country: "FR" }) { id } }`, { id: owner.organizationId });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const bad = await owner.client.fails(`mutation($id: ID!) { updateOrganization(id: $id, input: { website: "javascript:alert(1)" }) { id } }`, { id: owner.organizationId });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.website' });
  });

  it('refuses a second organization with the same name (slug) with CONFLICT', async () => {
    const a = await aUser(app, { organization: { name: 'Unique Minerals Co' } });
    const error = await a.client.fails(`mutation { createOrganization(input: { name: "unique minerals co", kind: DONOR }) { id } }`);
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  it('switches the active organization only to one the user belongs to', async () => {
    const user = await aCompany(app);
    const created = await user.client.ok(`mutation { createOrganization(input: { name: "Second Hat Foundation", kind: DONOR }) { id } }`);
    const switched = await user.client.ok(`mutation($id: ID!) { switchOrganization(organizationId: $id) { activeOrganization { name } } }`, { id: created.createOrganization.id });
    expect(switched.switchOrganization.activeOrganization.name).toBe('Second Hat Foundation');
    const stranger = await aCompany(app);
    const error = await user.client.fails(`mutation($id: ID!) { switchOrganization(organizationId: $id) { user { id } } }`, { id: stranger.organizationId });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the directory with filters, pagination and totalCount', async () => {
    for (const n of [1, 2, 3]) await aUser(app, { organization: { name: `Zeta Donor ${n}`, kind: OrganizationKind.DONOR } });
    const client = app.client();
    const page1 = await client.ok(`{ organizations(first: 2, query: "zeta donor", kinds: [DONOR]) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`);
    expect(page1.organizations.totalCount).toBe(3);
    expect(page1.organizations.edges.map((e: any) => e.node.name)).toEqual(['Zeta Donor 1', 'Zeta Donor 2']);
    const page2 = await client.ok(`query($after: String) { organizations(first: 2, after: $after, query: "zeta donor") { edges { node { name } } pageInfo { hasNextPage } } }`, {
      after: page1.organizations.pageInfo.endCursor,
    });
    expect(page2.organizations.edges.map((e: any) => e.node.name)).toEqual(['Zeta Donor 3']);
    expect(page2.organizations.pageInfo.hasNextPage).toBe(false);
    expect((await client.fails(`{ organizations(first: 1000) { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await client.fails(`{ organizations(after: "garbage") { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lets a platform administrator verify an organization, and nobody else', async () => {
    const company = await aCompany(app);
    const admin = await aUser(app, { organization: null });
    await makePlatformAdmin(app, admin.userId);
    const denied = await company.client.fails(`mutation($id: ID!) { verifyOrganization(id: $id, verified: true) { verified } }`, { id: company.organizationId });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const ok = await admin.client.ok(`mutation($id: ID!) { verifyOrganization(id: $id, verified: true) { verified } }`, { id: company.organizationId });
    expect(ok.verifyOrganization.verified).toBe(true);
  });
});

describe('invitations', () => {
  const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`;
  const tokenFromMail = async (email: string) => {
    const [mail] = await app.dataSource.query(`SELECT text FROM mail_messages WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
    return /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  };

  it('invites a colleague by e-mail who accepts through the link, once', async () => {
    const owner = await aCompany(app, 'Inviting Company');
    const email = `colleague-${Math.random()}@example.org`;
    await owner.client.ok(INVITE, { input: { organizationId: owner.organizationId, email, role: 'ADMIN' } });
    expect(await app.deliverMail()).toBeGreaterThan(0);
    const token = await tokenFromMail(email);
    const preview = await app.client().ok(`query($t: String!) { invitation(token: $t) { email role status organization { name } } }`, { t: token });
    expect(preview.invitation).toEqual({ email, role: 'ADMIN', status: 'PENDING', organization: { name: 'Inviting Company' } });

    const colleague = await aUser(app, { email, organization: null });
    const accepted = await colleague.client.ok(`mutation($t: String!) { acceptInvitation(token: $t) { activeOrganization { id } } }`, { t: token });
    expect(accepted.acceptInvitation.activeOrganization.id).toBe(owner.organizationId);
    const members = await owner.client.ok(`query($id: ID!) { organizationMembers(organizationId: $id) { role user { email } } }`, { id: owner.organizationId });
    expect(members.organizationMembers).toContainEqual({ role: 'ADMIN', user: { email } });

    const again = await app.client();
    const someoneElse = await aUser(app, { organization: null });
    const reused = await someoneElse.client.fails(`mutation($t: String!) { acceptInvitation(token: $t) { user { id } } }`, { t: token });
    expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_USED' });
    expect(again).toBeDefined();
  });

  it('joins at sign-up with the invitation token', async () => {
    const owner = await aCompany(app);
    const email = `newcomer-${Math.random()}@example.org`;
    await owner.client.ok(INVITE, { input: { organizationId: owner.organizationId, email, role: 'MEMBER' } });
    const token = await tokenFromMail(email);
    const joined = await aUser(app, { email, organization: null, invitationToken: token });
    expect(joined.organizationId).toBe(owner.organizationId);
  });

  it('refuses an expired invitation and leaves the user outside', async () => {
    const owner = await aCompany(app);
    const email = `late-${Math.random()}@example.org`;
    await owner.client.ok(INVITE, { input: { organizationId: owner.organizationId, email, role: 'MEMBER' } });
    const token = await tokenFromMail(email);
    await app.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = $1`, [email]);
    const usersBefore = await count('SELECT count(*) AS n FROM users');
    const error = await app.client().fails(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
      i: { email, password: TEST_PASSWORD, name: 'Late', invitationToken: token },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.invitationToken', reason: 'INVITATION_EXPIRED' });
    expect(await count('SELECT count(*) AS n FROM users')).toBe(usersBefore); // nothing half-written
  });

  it('lets only owners invite owners, and members not at all', async () => {
    const owner = await aCompany(app);
    const adminEmail = `admin-${Math.random()}@example.org`;
    await owner.client.ok(INVITE, { input: { organizationId: owner.organizationId, email: adminEmail, role: 'ADMIN' } });
    const admin = await aUser(app, { email: adminEmail, organization: null, invitationToken: await tokenFromMail(adminEmail) });
    const asOwner = await admin.client.fails(INVITE, { input: { organizationId: owner.organizationId, email: 'x@example.org', role: 'OWNER' } });
    expect(asOwner.extensions?.code).toBe('FORBIDDEN');
    const outsider = await aCompany(app);
    const denied = await outsider.client.fails(INVITE, { input: { organizationId: owner.organizationId, email: 'y@example.org', role: 'MEMBER' } });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const changed = await owner.client.ok(`mutation($o: ID!, $u: ID!) { setMemberRole(organizationId: $o, userId: $u, role: MEMBER) { role } }`, { o: owner.organizationId, u: admin.userId });
    expect(changed.setMemberRole.role).toBe('MEMBER');
    const lastOwner = await owner.client.fails(`mutation($o: ID!, $u: ID!) { setMemberRole(organizationId: $o, userId: $u, role: MEMBER) { role } }`, { o: owner.organizationId, u: owner.userId });
    expect(lastOwner.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*) AS n FROM activity_log WHERE action = 'ROLE_CHANGED' AND organization_id = $1`, [owner.organizationId])).toBe(1);
  });
});

describe('initiatives', () => {
  it('is created by a secretariat, applied to by an organization, and decided by the secretariat', async () => {
    const { secretariat, initiativeId } = await anInitiative(app, 'Tin Alliance');
    const company = await aCompany(app, 'Applicant Co');
    const applied = await company.client.ok(`mutation($id: ID!) { applyToInitiative(initiativeId: $id) { status organization { name } } }`, { id: initiativeId });
    expect(applied.applyToInitiative).toEqual({ status: 'APPLIED', organization: { name: 'Applicant Co' } });
    expect((await company.client.fails(`mutation($id: ID!) { applyToInitiative(initiativeId: $id) { status } }`, { id: initiativeId })).extensions?.code).toBe('CONFLICT');

    // the public sees no applicants yet
    const publicView = await app.client().ok(`query($id: ID!) { initiative(id: $id) { memberCount members { totalCount } secretariat { id } } }`, { id: initiativeId });
    expect(publicView.initiative).toEqual({ memberCount: 0, members: { totalCount: 0 }, secretariat: { id: secretariat.organizationId } });

    const denied = await company.client.fails(`mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: ACTIVE) { status } }`, { i: initiativeId, o: company.organizationId });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const decided = await secretariat.client.ok(`mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: ACTIVE) { status joinedAt } }`, { i: initiativeId, o: company.organizationId });
    expect(decided.setInitiativeMemberStatus.status).toBe('ACTIVE');
    expect(decided.setInitiativeMemberStatus.joinedAt).toBeTruthy();
    const after = await app.client().ok(`query($id: ID!) { initiative(id: $id) { memberCount members { edges { node { status organization { name } } } } } }`, { id: initiativeId });
    expect(after.initiative.members.edges).toEqual([{ node: { status: 'ACTIVE', organization: { name: 'Applicant Co' } } }]);
    await secretariat.client.ok(`mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: SUSPENDED) { status } }`, { i: initiativeId, o: company.organizationId });
    expect(await count(`SELECT count(*) AS n FROM activity_log WHERE action = 'MEMBERSHIP_DECIDED' AND target_id = $1`, [initiativeId])).toBe(2);
  });

  it('is refused to organizations that are not secretariats', async () => {
    const company = await aCompany(app);
    const error = await company.client.fails(`mutation { createInitiative(input: { name: "Rogue Initiative" }) { id } }`);
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const secretariat = await aSecretariat(app);
    await secretariat.client.ok(`mutation { createInitiative(input: { name: "Twin Initiative" }) { id } }`);
    expect((await secretariat.client.fails(`mutation { createInitiative(input: { name: "Twin initiative" }) { id } }`)).extensions?.code).toBe('CONFLICT');
  });
});

describe('what one organization never sees of another', () => {
  it('keeps members, e-mails, invitations and the activity log private', async () => {
    const a = await aCompany(app, 'Private Alpha');
    const b = await aCompany(app, 'Private Beta');
    await a.client.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`, { input: { organizationId: a.organizationId, email: 'secret-hire@example.org', role: 'MEMBER' } });
    expect((await b.client.fails(`query($id: ID!) { organizationMembers(organizationId: $id) { user { email } } }`, { id: a.organizationId })).extensions?.code).toBe('FORBIDDEN');
    expect((await b.client.fails(`query($id: ID!) { invitations(organizationId: $id) { email } }`, { id: a.organizationId })).extensions?.code).toBe('FORBIDDEN');
    expect((await b.client.ok(`query($id: ID!) { node(id: $id) { id ... on User { email } } }`, { id: a.userId })).node).toBeNull();
    const log = await b.client.ok(`{ activityLog(first: 100) { edges { node { organization { id } action } } } }`);
    expect(log.activityLog.edges.every((e: any) => e.node.organization?.id !== a.organizationId)).toBe(true);
    expect(JSON.stringify(log)).not.toContain('secret-hire');
    const publicOrg = await b.client.ok(`query($id: ID!) { organization(id: $id) { name viewerRole } }`, { id: a.organizationId });
    expect(publicOrg.organization).toEqual({ name: 'Private Alpha', viewerRole: null });
    // and a signed-out visitor sees no user at all
    expect((await app.client().ok(`query($id: ID!) { node(id: $id) { id } }`, { id: b.userId })).node).toBeNull();
  });
});
