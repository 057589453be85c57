// With Meilisearch unreachable, opportunities are still found — from
// PostgreSQL, under the same visibility rule and filters, marked degraded.
import { OrganizationKind } from '@commonground/api-core';
import { TestApp, aUser, createTestApp } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  // nothing listens on port 9: every engine request fails to connect
  app = await createTestApp({ MEILI_URL: 'http://127.0.0.1:9' });
});
afterAll(() => app?.close());

const SEARCH = `query($filter: OpportunityFilter) { opportunities(filter: $filter, sort: DEADLINE) { totalCount degraded edges { node { id } } facets { name values { value count } } } }`;
const CREATE = `mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }`;

it('answers from PostgreSQL with the same visibility and filters', async () => {
  const a = await aUser(app, { organization: { kind: OrganizationKind.DONOR } });
  const b = await aUser(app);
  const publish = async (over: Record<string, unknown>) => {
    const { createOpportunity } = await a.client.ok(CREATE, {
      input: { kind: 'GRANT', texts: [{ language: 'en', title: 'Tin traceability grant' }], deadline: new Date(Date.now() + 864e5 * 20).toISOString(), timeZone: 'Africa/Kigali', minerals: ['tin'], ...over },
    });
    await a.client.ok(`mutation($id: ID!) { publishOpportunity(id: $id) { id } }`, { id: createOpportunity.id });
    return createOpportunity.id as string;
  };
  const regional = await publish({ regions: ['017'] });
  const restricted = await publish({ countries: ['CD'], visibility: { level: 'ORGANIZATIONS', organizationIds: [b.organizationId] } });
  const peru = await publish({ countries: ['PE'], minerals: ['gold'], texts: [{ language: 'es', title: 'Oro responsable en Puno' }] });

  const anonymous = (await app.client().ok(SEARCH, { filter: { publisherIds: [a.organizationId] } })).opportunities;
  expect(anonymous.degraded).toBe(true);
  expect(anonymous.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([regional, peru].sort());
  expect(anonymous.totalCount).toBe(2);
  const mineral = anonymous.facets.find((f: { name: string }) => f.name === 'mineral').values;
  expect(mineral).toEqual(expect.arrayContaining([{ value: 'tin', count: 1 }, { value: 'gold', count: 1 }]));

  const forB = (await b.client.ok(SEARCH, { filter: { publisherIds: [a.organizationId], countries: ['CD'] } })).opportunities;
  // a country matches the region it lies in
  expect(forB.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([regional, restricted].sort());
  const text = (await app.client().ok(SEARCH, { filter: { publisherIds: [a.organizationId], query: 'puno' } })).opportunities;
  expect(text.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([peru]);
});
