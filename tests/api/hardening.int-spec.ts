// GraphQL and HTTP hardening: limits, CSRF prevention, payload size, headers,
// error shapes, rate limits, and SQL statements that do not grow with page size.
import { TEST_PASSWORD, TestApp, aCompany, aUser, anInitiative, createTestApp } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const json = async (response: Response | Promise<Response>): Promise<any> => (await response).json();
const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

it('refuses queries deeper than the limit', async () => {
  let selection = '{ name }';
  for (let i = 0; i < 3; i++) selection = `{ initiative { secretariat { initiatives ${selection} } } }`;
  const res = await json(post({ query: `{ organizations(first: 1) { edges { node { initiatives ${selection} } } } }` }));
  expect(res.errors?.[0]?.message).toMatch(/depth/i);
  expect(res.data ?? null).toBeNull();
});

it('refuses too many aliases', async () => {
  const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { isPlatformAdmin }`).join(' ');
  const res = await json(post({ query: `{ ${aliases} }` }));
  expect(res.errors?.[0]?.message).toMatch(/alias/i);
});

it('does not suggest field names', async () => {
  const res = await json(post({ query: '{ organizationz { totalCount } }' }));
  expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
});

it('blocks simple cross-site requests (CSRF prevention)', async () => {
  const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { isPlatformAdmin } }')}`);
  expect(res.status).toBe(400);
  const form = await post('query={viewer{isPlatformAdmin}}', { 'content-type': 'application/x-www-form-urlencoded' });
  expect(form.status).toBe(400);
});

it('answers PAYLOAD_TOO_LARGE for an oversized request and writes nothing', async () => {
  const users = Number((await app.dataSource.query('SELECT count(*) AS n FROM users'))[0].n);
  const res = await post({ query: 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', variables: { i: { email: 'big@example.org', password: TEST_PASSWORD, name: 'x'.repeat(4_000_000) } } });
  expect(res.status).toBe(413);
  expect((await json(res)).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM users'))[0].n)).toBe(users);
});

it('answers malformed JSON with BAD_USER_INPUT', async () => {
  const res = await post('{"query": ');
  expect(res.status).toBe(400);
  expect((await json(res)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('sends security headers', async () => {
  const res = await fetch(`${app.url}/health/live`);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect(await json(res)).toEqual({ status: 'ok' });
});

it('never shows a stack trace, and hides unexpected errors', async () => {
  const res = await json(post({ query: '{ organization(id: "not-a-uuid") { id } }' }));
  expect(res.data.organization).toBeNull();
  const bad = await json(post({ query: '{ organization { id } }' }));
  expect(bad.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at .*\.ts/);
});

it('turns introspection off in production', async () => {
  const prod = await createTestApp({ NODE_ENV: 'production' });
  try {
    const res = await json(fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) }));
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  } finally {
    await prod.close();
  }
  const dev = await json(post({ query: '{ __schema { queryType { name } } }' }));
  expect(dev.data.__schema.queryType.name).toBe('Query');
});

it('rate-limits sign-in per account and per address, and sign-up per address', async () => {
  // windows are fixed and aligned to the clock: one of a billion seconds (until 2033) so the test never straddles a boundary
  const limited = await createTestApp({ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3', RATE_LIMIT_SIGN_IN_PER_IP: '9', RATE_LIMIT_SIGN_UP_PER_IP: '2', RATE_LIMIT_WINDOW_SECONDS: '1000000000' });
  try {
    const { email } = await aUser(limited);
    const client = limited.client();
    // successful sign-ins do not lock an account
    const regular = await aUser(limited);
    for (let i = 0; i < 4; i++) {
      const ok = await limited.client().gql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { email: regular.email, password: TEST_PASSWORD } });
      expect(ok.errors).toBeUndefined();
    }
    const signIn = (password: string, who = email) => client.gql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { email: who, password } });
    for (let i = 0; i < 3; i++) expect((await signIn('wrong-password!')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // the fourth attempt on this account is refused even with the right password
    expect((await signIn(TEST_PASSWORD)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // other accounts from the same address, until the address limit
    expect((await signIn('wrong-password!', 'other@example.org')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn('wrong-password!', 'third@example.org')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await aUser(limited).catch(() => undefined);
    const third = await limited.client().gql(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: { email: 'late@example.org', password: TEST_PASSWORD, name: 'Late' } });
    expect(third.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  } finally {
    await limited.close();
  }
});

it('costs the same number of SQL statements for 5 or 50 organizations with their initiatives', async () => {
  const { secretariat, initiativeId } = await anInitiative(app);
  for (let i = 0; i < 50; i++) {
    const company = await aCompany(app, `Statement Counter ${String(i).padStart(2, '0')}`);
    await company.client.ok(`mutation($id: ID!) { applyToInitiative(initiativeId: $id) { status } }`, { id: initiativeId });
    await secretariat.client.ok(`mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: ACTIVE) { status } }`, { i: initiativeId, o: company.organizationId });
  }
  const query = `query($n: Int) { organizations(first: $n, query: "Statement Counter") { totalCount edges { node { name initiatives { status initiative { name memberCount secretariat { name } members(first: 3) { totalCount edges { node { organization { name } } } } } } } } } }`;
  const statements = async (n: number) => {
    const res = await secretariat.client.gql(query, { n });
    expect(res.errors).toBeUndefined();
    expect(res.data!.organizations.edges).toHaveLength(n);
    return Number(res.headers.get('x-sql-statements'));
  };
  const five = await statements(5);
  const fifty = await statements(50);
  expect(five).toBeGreaterThan(0);
  expect(fifty).toBe(five);
});
