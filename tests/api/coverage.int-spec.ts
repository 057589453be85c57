import { DeclarationImportService, fillDeclarationTemplate } from '@commonground/api-smelters';
import { SMELTERS } from '@commonground/shared-reference';
import { SignedIn, TestApp, aCompany, createTestApp, makePlatformAdmin } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const tin = SMELTERS.filter((s) => s.metal === 'TIN');
const gold = SMELTERS.filter((s) => s.metal === 'GOLD');
const COVERAGE = `query { coverage { smelterCount conformant withValidSharedAudit withoutEvidence byMetal { metal smelterCount conformant withValidSharedAudit withoutEvidence } smelters { evidence suppliers smelter { cid } } suppliers { companyName isCurrent smelterRows unidentifiedRows rowsInReview errors } } }`;

async function importDeclaration(who: SignedIn, company: string, cids: string[], effectiveDate = '2026-06-30') {
  const bytes = await fillDeclarationTemplate({ companyName: company, effectiveDate, smelters: cids.map((cid) => ({ metal: SMELTERS.find((s) => s.cid === cid)!.metal, cid })) }, { kind: 'CMRT' });
  const form = new FormData();
  form.append('files', new Blob([bytes]), `${company}.xlsx`);
  const res = await who.client.fetch('/api/declarations', { method: 'POST', body: form });
  expect(res.status).toBe(202);
  await app.app.get(DeclarationImportService).runPending();
}

const smelterId = async (who: SignedIn, cid: string) => (await who.client.ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid })).smelter.id as string;

describe('coverage and joint audits', () => {
  let buyer: SignedIn;
  let peer: SignedIn;
  beforeAll(async () => {
    buyer = await aCompany(app);
    peer = await aCompany(app);
    await importDeclaration(buyer, 'Alpha Solder GmbH', [tin[0].cid, tin[1].cid, gold[0].cid]);
    await importDeclaration(buyer, 'Beta Wire Ltd', [tin[1].cid, tin[2].cid]);
    await importDeclaration(peer, 'Gamma Plating SA', [tin[2].cid]);
    const admin = await aCompany(app);
    await makePlatformAdmin(app, admin.userId);
    await admin.client.ok(`mutation($csv: String!) { importSmelterStatuses(csv: $csv) }`, { csv: `cid,status\n${tin[0].cid},CONFORMANT\n` });
  }, 180_000);

  it('counts each reported smelter once by its best evidence, per metal', async () => {
    const { coverage } = await buyer.client.ok(COVERAGE);
    expect(coverage).toMatchObject({ smelterCount: 4, conformant: 1, withValidSharedAudit: 0, withoutEvidence: 3 });
    expect(coverage.byMetal).toEqual(expect.arrayContaining([{ metal: 'TIN', smelterCount: 3, conformant: 1, withValidSharedAudit: 0, withoutEvidence: 2 }, { metal: 'GOLD', smelterCount: 1, conformant: 0, withValidSharedAudit: 0, withoutEvidence: 1 }]));
    expect(coverage.smelters.find((s: { smelter: { cid: string } }) => s.smelter.cid === tin[1].cid).suppliers).toEqual(['Alpha Solder GmbH', 'Beta Wire Ltd']);
    expect(coverage.suppliers.map((s: { companyName: string }) => s.companyName)).toEqual(['Alpha Solder GmbH', 'Beta Wire Ltd']);

    // a valid audit the buyer may read moves a smelter to "with a valid shared audit"
    const auditor = await aCompany(app);
    await auditor.client.ok(`mutation($input: AuditInput!) { createAudit(input: $input) { id } }`, {
      input: { smelterId: await smelterId(auditor, tin[1].cid), standard: 'RMAP', type: 'INITIAL', validUntil: new Date(Date.now() + 90 * 864e5).toISOString(), visibility: { level: 'ORGANIZATIONS', organizationIds: [buyer.organizationId] } },
    });
    expect((await buyer.client.ok(COVERAGE)).coverage).toMatchObject({ conformant: 1, withValidSharedAudit: 1, withoutEvidence: 2 });
    // the same audit, not shared with the peer, is no evidence for it
    expect((await peer.client.ok(COVERAGE)).coverage).toMatchObject({ smelterCount: 1, withValidSharedAudit: 0, withoutEvidence: 1 });
    const csv = await buyer.client.fetch('/api/coverage.csv');
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('metal,cid,smelter,country,assessment_status,evidence,reported_by');
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes(tin[1].cid) && l.includes('VALID_AUDIT') && l.includes('Alpha Solder GmbH; Beta Wire Ltd'))).toBe(true);
    const xlsx = await buyer.client.fetch('/api/coverage.xlsx');
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await app.client().fetch('/api/coverage.csv')).status).toBe(401);
    const { smelter } = await buyer.client.ok(`query($cid: String) { smelter(cid: $cid) { reportedBy } }`, { cid: tin[1].cid });
    expect(smelter.reportedBy).toEqual(['Alpha Solder GmbH', 'Beta Wire Ltd']);
  });

  it('proposes a joint audit for an uncovered smelter, tells the reporters, and splits the cost to the cent', async () => {
    const PROPOSE = `mutation($id: ID!, $cost: MoneyInput) { proposeJointAudit(smelterId: $id, estimatedCost: $cost) { id status estimatedCost { amountMinor currency } viewerIsSponsor shares { amount { amountMinor } organization { id } } proposer { id } smelter { cid } } }`;
    const covered = await smelterId(buyer, tin[0].cid);
    expect((await buyer.client.fails(PROPOSE, { id: covered, cost: { amountMinor: 1000, currency: 'USD' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'smelterId' });
    const target = await smelterId(buyer, tin[2].cid);
    expect((await buyer.client.fails(PROPOSE, { id: target, cost: { amountMinor: 1000, currency: 'XXZ' } })).extensions?.field).toBe('estimatedCost.currency');
    const { proposeJointAudit } = await buyer.client.ok(PROPOSE, { id: target, cost: { amountMinor: 1_000_001, currency: 'USD' } });
    expect(proposeJointAudit).toMatchObject({ status: 'PROPOSED', viewerIsSponsor: true, shares: [{ amount: { amountMinor: 1_000_001 }, organization: { id: buyer.organizationId } }] });
    const again = await buyer.client.fails(PROPOSE, { id: target, cost: null });
    expect([again.extensions?.code, again.message]).toEqual(['CONFLICT', expect.stringContaining('already proposed')]);

    // the peer reports the same smelter: it is told and sees the proposal
    const { notifications } = await peer.client.ok(`query { notifications { items { kind } } }`);
    expect(notifications.items.map((n: { kind: string }) => n.kind)).toContain('JOINT_AUDIT_PROPOSED');
    const { jointAudits } = await peer.client.ok(`query { jointAudits { id viewerIsSponsor } }`);
    expect(jointAudits).toEqual([{ id: proposeJointAudit.id, viewerIsSponsor: false }]);
    const { joinJointAudit } = await peer.client.ok(`mutation($id: ID!) { joinJointAudit(id: $id) { shares { amount { amountMinor } } sponsors { id } } }`, { id: proposeJointAudit.id });
    const amounts = joinJointAudit.shares.map((s: { amount: { amountMinor: number } }) => s.amount.amountMinor);
    expect(amounts.reduce((a: number, b: number) => a + b, 0)).toBe(1_000_001);
    expect([...amounts].sort()).toEqual([500_000, 500_001]);
    const stranger = await aCompany(app);
    expect((await stranger.client.ok(`query { jointAudits { id } }`)).jointAudits).toEqual([]);
  });
});
