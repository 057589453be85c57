import { OrganizationKind, SizeBand } from '@commonground/api-core';
import { randomBytes } from 'node:crypto';
import type { GraphQLClient } from './graphql-client';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct-horse-battery';

const unique = () => randomBytes(4).toString('hex');

export interface SignedIn {
  client: GraphQLClient;
  userId: string;
  email: string;
  organizationId: string | null;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { user { id email } activeOrganization { id } }
  }
`;

/** Signs a new user up through the API (a real session cookie), optionally with a new organization. */
export async function aUser(
  app: TestApp,
  options: { name?: string; email?: string; organization?: { name?: string; kind?: OrganizationKind; country?: string } | null; invitationToken?: string } = {},
): Promise<SignedIn> {
  const client = app.client();
  const email = options.email ?? `user-${unique()}@example.org`;
  const organization = options.organization === undefined ? {} : options.organization;
  const data = await client.ok(SIGN_UP, {
    input: {
      email,
      password: TEST_PASSWORD,
      name: options.name ?? 'Test User',
      organizationName: organization ? (organization.name ?? `Org ${unique()}`) : null,
      organizationKind: organization ? (organization.kind ?? OrganizationKind.COMPANY) : null,
      country: organization?.country ?? null,
      invitationToken: options.invitationToken ?? null,
    },
  });
  return { client, userId: data.signUp.user.id, email, organizationId: data.signUp.activeOrganization?.id ?? null };
}

/** A user who owns a new COMPANY organization. */
export const aCompany = (app: TestApp, name?: string, sizeBand?: SizeBand) =>
  aUser(app, { organization: { name, kind: OrganizationKind.COMPANY } }).then(async (u) => {
    if (sizeBand) await u.client.ok(`mutation($id: ID!, $s: SizeBand) { updateOrganization(id: $id, input: { sizeBand: $s }) { id } }`, { id: u.organizationId, s: sizeBand });
    return u;
  });

/** A user who owns a new SECRETARIAT organization. */
export const aSecretariat = (app: TestApp, name?: string) => aUser(app, { organization: { name, kind: OrganizationKind.SECRETARIAT } });

/** A secretariat with an initiative it runs. */
export async function anInitiative(app: TestApp, name = `Initiative ${unique()}`) {
  const secretariat = await aSecretariat(app);
  const data = await secretariat.client.ok(`mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id slug } }`, {
    input: { name, description: 'A test initiative' },
  });
  return { secretariat, initiativeId: data.createInitiative.id as string, slug: data.createInitiative.slug as string };
}

/** Makes a user platform administrator (no API grants this; it is an operator's act). */
export async function makePlatformAdmin(app: TestApp, userId: string) {
  await app.dataSource.query('UPDATE users SET is_platform_admin = true WHERE id = $1', [userId]);
}
