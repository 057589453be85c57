import { SMELTERS } from '@commonground/shared-reference';
import { TestApp, aUser, createTestApp, makePlatformAdmin } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SMELTERS_QUERY = `query($first: Int, $after: String, $query: String, $metals: [Metal!], $countries: [String!], $statuses: [AssessmentStatus!]) {
  smelters(first: $first, after: $after, query: $query, metals: $metals, countries: $countries, statuses: $statuses) { totalCount pageInfo { hasNextPage endCursor } edges { node { id cid name metal country status statusAsOf aliases } } }
}`;

describe('the smelter registry', () => {
  it('holds every smelter of the shipped RMI reference from the first start', async () => {
    const { smelters } = await app.client().ok(SMELTERS_QUERY, { first: 5 });
    expect(smelters.totalCount).toBe(SMELTERS.length);
    const sample = SMELTERS.find((s) => s.aliases.length > 1)!;
    const { smelter } = await app.client().ok(`query($cid: String) { smelter(cid: $cid) { cid name aliases metal country city stateProvince source status } }`, { cid: sample.cid.toLowerCase() });
    expect(smelter).toMatchObject({ cid: sample.cid, name: sample.standardName, metal: sample.metal, country: sample.country, source: 'RMI', status: 'UNKNOWN' });
    expect(smelter.aliases).toEqual([...sample.aliases]);
  });

  it('filters by metal, country, status and text, and pages', async () => {
    const tin = SMELTERS.filter((s) => s.metal === 'TIN');
    const first = (await app.client().ok(SMELTERS_QUERY, { first: 10, metals: ['TIN'] })).smelters;
    expect(first.totalCount).toBe(tin.length);
    const next = (await app.client().ok(SMELTERS_QUERY, { first: 10, metals: ['TIN'], after: first.pageInfo.endCursor })).smelters;
    expect(next.edges[0].node.name >= first.edges[9].node.name).toBe(true);
    const congoGold = SMELTERS.filter((s) => s.metal === 'GOLD' && s.country === 'CD').length;
    expect((await app.client().ok(SMELTERS_QUERY, { metals: ['GOLD'], countries: ['CD'] })).smelters.totalCount).toBe(congoGold);
    const byCid = (await app.client().ok(SMELTERS_QUERY, { query: tin[0].cid })).smelters;
    expect(byCid.edges.map((e: { node: { cid: string } }) => e.node.cid)).toEqual([tin[0].cid]);
    expect((await app.client().fails(SMELTERS_QUERY, { countries: ['XX'] })).extensions?.field).toBe('countries');
  });

  it('lets a platform administrator update statuses in bulk from a CSV, all or nothing', async () => {
    const IMPORT = `mutation($csv: String!) { importSmelterStatuses(csv: $csv) }`;
    const user = await aUser(app);
    expect((await user.client.fails(IMPORT, { csv: 'cid,status\n' })).extensions?.code).toBe('FORBIDDEN');
    await makePlatformAdmin(app, user.userId);
    const [a, b] = SMELTERS;
    const badLine = await user.client.fails(IMPORT, { csv: `cid,status\n${a.cid},conformant\n${b.cid},sleeping` });
    expect(badLine.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(badLine.message).toContain('Line 3');
    expect((await user.client.fails(IMPORT, { csv: `cid,status\nCID999999,CONFORMANT` })).message).toContain('no smelter has the CID CID999999');
    expect((await app.client().ok(SMELTERS_QUERY, { statuses: ['CONFORMANT'] })).smelters.totalCount).toBe(0);
    expect((await user.client.ok(IMPORT, { csv: `\ufeffCID,Status,As_Of\n${a.cid},Conformant,2026-10-01\n${b.cid},active,2026-10-02\n` })).importSmelterStatuses).toBe(2);
    const conformant = (await app.client().ok(SMELTERS_QUERY, { statuses: ['CONFORMANT'] })).smelters;
    expect(conformant.edges.map((e: { node: { cid: string; statusAsOf: string } }) => [e.node.cid, e.node.statusAsOf])).toEqual([[a.cid, '2026-10-01T00:00:00.000Z']]);
  });

  it('finds smelters in the search box', async () => {
    await app.drainSearch();
    const name = SMELTERS.find((s) => s.metal === 'TANTALUM')!.standardName;
    const { search } = await app.client().ok(`query($q: String!) { search(query: $q, kinds: ["SMELTER"]) { hits { kind title url } } }`, { q: name });
    expect(search.hits[0]).toMatchObject({ kind: 'SMELTER', title: name, url: expect.stringMatching(/^\/smelters\//) });
  });
});
