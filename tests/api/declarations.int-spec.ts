import { DeclarationImportService, fillDeclarationTemplate } from '@commonground/api-smelters';
import { SMELTERS } from '@commonground/shared-reference';
import { SignedIn, TestApp, aCompany, createTestApp } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface UploadAnswer {
  imports: Array<{ id: string; fileName: string; state: string; duplicateOf: string | null }>;
}

async function upload(who: SignedIn, files: Array<{ name: string; bytes: Uint8Array }>): Promise<{ status: number; json(): Promise<UploadAnswer> }> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([Buffer.from(f.bytes)], { type: XLSX }), f.name);
  const res = await who.client.fetch('/api/declarations', { method: 'POST', body: form });
  return { status: res.status, json: () => res.json() as Promise<UploadAnswer> };
}

const IMPORT = `query($id: ID!) { declarationImport(id: $id) { id fileName state progress error duplicateOfImportId declaration { id template revision companyName isCurrent effectiveDate contactEmail issues { severity sheet cell message } smelterRows { row metal reportedName reportedCountry reportedCid matchMethod confidence unidentified inReview smelter { cid } } } } }`;
const REVIEWS = `query { matchReviews { id reportedName reportedCountry metal rowCount candidates { confidence smelter { id cid name } } } }`;

const tin = SMELTERS.filter((s) => s.metal === 'TIN');
const gold = SMELTERS.filter((s) => s.metal === 'GOLD');

describe('declaration import', () => {
  let company: SignedIn;
  let first: Buffer;
  beforeAll(async () => {
    company = await aCompany(app);
    first = await fillDeclarationTemplate(
      {
        companyName: 'Kivu Components SARL',
        effectiveDate: '2026-06-30',
        smelters: [
          { metal: 'TIN', cid: tin[0].cid },
          { metal: 'GOLD', cid: gold[0].cid, viaInputColumn: true },
          { metal: 'TIN', notListed: { name: 'Nyabibwe Tin Processing Cooperative', country: 'CONGO, DEMOCRATIC REPUBLIC OF THE' } },
          { metal: 'TANTALUM', notYetIdentified: true },
        ],
      },
      { kind: 'CMRT', language: 'fr' },
    );
  }, 120_000);

  it('imports a CMRT whose labels are French, matching by CID and queueing the unsure name for review', async () => {
    const res = await upload(company, [{ name: 'Kivu Components – CMRT 6.5.xlsx', bytes: first }]);
    expect(res.status).toBe(202);
    const { imports } = await res.json();
    expect(imports).toEqual([{ id: expect.any(String), fileName: 'Kivu Components – CMRT 6.5.xlsx', state: 'QUEUED', duplicateOf: null }]);
    expect(await app.app.get(DeclarationImportService).runPending()).toBe(1);
    const { declarationImport } = await company.client.ok(IMPORT, { id: imports[0].id });
    expect(declarationImport).toMatchObject({ state: 'SUCCEEDED', progress: 1, error: null });
    const d = declarationImport.declaration;
    expect(d).toMatchObject({ template: 'CMRT', revision: '6.5', companyName: 'Kivu Components SARL', isCurrent: true, contactEmail: 'ana@example.com' });
    const rows = d.smelterRows;
    expect(rows.find((r: { reportedCid: string }) => r.reportedCid === tin[0].cid)).toMatchObject({ matchMethod: 'CID', confidence: 1, smelter: { cid: tin[0].cid } });
    expect(rows.find((r: { metal: string }) => r.metal === 'GOLD')).toMatchObject({ smelter: { cid: gold[0].cid } });
    expect(rows.find((r: { reportedName: string }) => r.reportedName === 'Nyabibwe Tin Processing Cooperative')).toMatchObject({ smelter: null, inReview: true, reportedCountry: expect.stringContaining('CONGO') });
    expect(rows.find((r: { metal: string }) => r.metal === 'TANTALUM')).toMatchObject({ unidentified: true, smelter: null, inReview: false });

    const { matchReviews } = await company.client.ok(REVIEWS);
    expect(matchReviews).toHaveLength(1);
    expect(matchReviews[0]).toMatchObject({ reportedName: 'Nyabibwe Tin Processing Cooperative', metal: 'TIN', rowCount: 1 });
  }, 120_000);

  it('changes nothing for the same bytes again, and says so', async () => {
    const res = await upload(company, [{ name: 'again.xlsx', bytes: first }]);
    const { imports } = await res.json();
    expect(imports[0]).toMatchObject({ state: 'SUCCEEDED', duplicateOf: expect.any(String) });
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM declarations WHERE organization_id = $1', [company.organizationId]);
    expect(n).toBe(1);
  });

  it('remembers a review decision for the next upload with the same name and country', async () => {
    const { matchReviews } = await company.client.ok(REVIEWS);
    const RESOLVE = `mutation($id: ID!, $smelterId: ID) { resolveMatchReview(id: $id, smelterId: $smelterId) { id resolvedAt rowCount } }`;
    expect((await company.client.fails(RESOLVE, { id: matchReviews[0].id, smelterId: gold[1].cid })).extensions?.field).toBe('smelterId');
    const { smelter: wrongMetal } = await company.client.ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid: gold[1].cid });
    expect((await company.client.fails(RESOLVE, { id: matchReviews[0].id, smelterId: wrongMetal.id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'smelterId' });
    const { smelter: chosen } = await company.client.ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid: tin[1].cid });
    const { resolveMatchReview } = await company.client.ok(RESOLVE, { id: matchReviews[0].id, smelterId: chosen.id });
    expect(resolveMatchReview.rowCount).toBe(1);
    expect((await company.client.ok(REVIEWS)).matchReviews).toEqual([]);

    // a newer declaration of the same supplier supersedes the first; the remembered decision applies
    const newer = await fillDeclarationTemplate(
      { companyName: 'Kivu Components SARL', effectiveDate: '2026-09-30', smelters: [{ metal: 'TIN', notListed: { name: 'Nyabibwe Tin Processing Cooperative', country: 'CONGO, DEMOCRATIC REPUBLIC OF THE' } }] },
      { kind: 'CMRT' },
    );
    const { imports } = await (await upload(company, [{ name: 'newer.xlsx', bytes: newer }])).json();
    await app.app.get(DeclarationImportService).runPending();
    const d = (await company.client.ok(IMPORT, { id: imports[0].id })).declarationImport.declaration;
    expect(d.smelterRows).toEqual([expect.objectContaining({ matchMethod: 'MANUAL', confidence: 1, smelter: { cid: tin[1].cid }, inReview: false })]);
    expect((await company.client.ok(REVIEWS)).matchReviews).toEqual([]);
    const { declarations } = await company.client.ok(`query { declarations { totalCount edges { node { companyName isCurrent effectiveDate } } } }`);
    expect(declarations.totalCount).toBe(2);
    expect(declarations.edges.map((e: { node: { isCurrent: boolean } }) => e.node.isCurrent)).toEqual([true, false]);
  }, 120_000);

  it('refuses what is not a declaration, importing nothing, and keeps imports private', async () => {
    const res = await upload(company, [
      { name: 'notes.xlsx', bytes: new TextEncoder().encode('just text, not a workbook') },
      { name: 'legacy.xls', bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
    ]);
    const { imports } = await res.json();
    await app.app.get(DeclarationImportService).runPending();
    const states: Array<{ state: string; error: string; declaration: unknown }> = await Promise.all(imports.map(async (i) => (await company.client.ok(IMPORT, { id: i.id })).declarationImport));
    expect(states.map((s) => s.state)).toEqual(['FAILED', 'FAILED']);
    expect(states[0].error).toMatch(/xlsx|workbook|zip/i);
    expect(states[1].error).toMatch(/xls|legacy|password|encrypted/i);
    expect(states.every((s) => s.declaration === null)).toBe(true);

    // over the documented limit (25 MiB): refused before anything is stored
    const tooLarge = await upload(company, [{ name: 'huge.xlsx', bytes: new Uint8Array(25 * 1024 * 1024 + 1) }]);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: expect.any(String) } });

    const other = await aCompany(app);
    expect((await other.client.ok(IMPORT, { id: imports[0].id })).declarationImport).toBeNull();
    expect((await app.client().fetch('/api/declarations', { method: 'POST', body: new FormData() })).status).toBe(401);
    const empty = await company.client.fetch('/api/declarations', { method: 'POST', body: new FormData() });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
  });
});
