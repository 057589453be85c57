import { TestApp, aCompany, anInitiative, createTestApp } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const TIER = `mutation($i: ID!, $input: TierInput!) { createTier(initiativeId: $i, input: $input) { id name weight annualFee { amountMinor currency } capAmount { amountMinor } capPercent eligibleSizeBands } }`;
const APPLY = `mutation($t: ID!) { applyToTier(tierId: $t) { status tier { name } organization { id } } }`;
const DECIDE = `mutation($t: ID!, $o: ID!, $a: Boolean!, $r: String) { decideTierApplication(tierId: $t, organizationId: $o, approve: $a, reason: $r) { status reason since } }`;
const OPEN = `mutation($input: CostPoolInput!) { openCostPool(input: $input) { id status total { amountMinor currency } uncovered { amountMinor } } }`;
const JOIN = `mutation($id: ID!) { joinCostPool(id: $id) { id participantCount uncovered { amountMinor } } }`;
const POOL = `query($id: ID!) { costPool(id: $id) { purpose participantCount uncovered { amountMinor } shares { organization { id } amount { amountMinor } paid { amountMinor } credit { amountMinor } due { amountMinor } capped tier { name } } viewerShareHistory { cause amount { amountMinor } previous { amountMinor } } } }`;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

async function setSize(member: { client: any; organizationId: string | null }, sizeBand: string) {
  await member.client.ok(`mutation($id: ID!, $s: SizeBand) { updateOrganization(id: $id, input: { sizeBand: $s }) { id } }`, { id: member.organizationId, s: sizeBand });
}

/** An initiative with three tiers and three member companies, one per tier. */
async function tieredInitiative() {
  const { secretariat, initiativeId } = await anInitiative(app);
  const tiers: Record<string, string> = {};
  for (const [name, weight, bands, cap] of [
    ['Strategic', 4, ['LARGE'], null],
    ['Standard', 2, ['MEDIUM'], null],
    ['Supporter', 1, ['MICRO', 'SMALL'], { capPercent: 10 }],
  ] as const) {
    const data = await secretariat.client.ok(TIER, { i: initiativeId, input: { name, annualFee: eur(weight * 100_000), weight, eligibleSizeBands: bands, ...(cap ?? {}) } });
    tiers[name] = data.createTier.id;
  }
  const members: Record<string, Awaited<ReturnType<typeof aCompany>>> = {};
  for (const [tier, band] of [['Strategic', 'LARGE'], ['Standard', 'MEDIUM'], ['Supporter', 'SMALL']] as const) {
    const m = await aCompany(app);
    await setSize(m, band);
    await m.client.ok(APPLY, { t: tiers[tier] });
    await secretariat.client.ok(DECIDE, { t: tiers[tier], o: m.organizationId, a: true });
    members[tier] = m;
  }
  return { secretariat, initiativeId, tiers, members };
}

describe('tiers', () => {
  it('validates tiers: positive weight, caps in range, known currency, unique names, secretariat only', async () => {
    const { secretariat, initiativeId } = await anInitiative(app);
    const bad = async (input: Record<string, unknown>, field: string) => {
      const error = await secretariat.client.fails(TIER, { i: initiativeId, input: { name: 'T', annualFee: eur(100), weight: 1, ...input } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    };
    await bad({ weight: 0 }, 'input.weight');
    await bad({ weight: -2 }, 'input.weight');
    await bad({ capPercent: 120 }, 'input.capPercent');
    await bad({ capAmount: { amountMinor: -1, currency: 'EUR' } }, 'input.capAmount.amountMinor');
    await bad({ annualFee: { amountMinor: 100, currency: 'XYZ' } }, 'input.annualFee.currency');
    await bad({ capAmount: { amountMinor: 100, currency: 'USD' } }, 'input.capAmount.currency');
    await secretariat.client.ok(TIER, { i: initiativeId, input: { name: 'Gold', annualFee: eur(100), weight: 1 } });
    expect((await secretariat.client.fails(TIER, { i: initiativeId, input: { name: 'gold', annualFee: eur(100), weight: 1 } })).extensions?.code).toBe('CONFLICT');
    const company = await aCompany(app);
    expect((await company.client.fails(TIER, { i: initiativeId, input: { name: 'Mine', annualFee: eur(100), weight: 1 } })).extensions?.code).toBe('FORBIDDEN');
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM tiers WHERE initiative_id = $1', [initiativeId]))[0].n)).toBe(1);
  });

  it('checks eligibility with a clear reason, and records approvals, refusals and moves as history', async () => {
    const { secretariat, initiativeId } = await anInitiative(app);
    const large = (await secretariat.client.ok(TIER, { i: initiativeId, input: { name: 'Large', annualFee: eur(500_000), weight: 3, eligibleSizeBands: ['LARGE'], eligibleKinds: ['COMPANY'] } })).createTier.id;
    const small = (await secretariat.client.ok(TIER, { i: initiativeId, input: { name: 'Small', annualFee: eur(36_500), weight: 1, eligibleSizeBands: ['SMALL', 'MICRO'] } })).createTier.id;
    const company = await aCompany(app);
    const noBand = await company.client.fails(APPLY, { t: large });
    expect(noBand.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tierId', reason: 'NOT_ELIGIBLE' });
    expect(noBand.message).toMatch(/size band/);
    await setSize(company, 'SMALL');
    expect((await company.client.fails(APPLY, { t: large })).message).toMatch(/large/i);
    expect((await company.client.ok(APPLY, { t: small })).applyToTier).toMatchObject({ status: 'PENDING', tier: { name: 'Small' } });
    expect((await company.client.fails(APPLY, { t: small })).extensions?.code).toBe('CONFLICT');
    // the application made the organization an applicant of the initiative too
    const status = await app.dataSource.query('SELECT status FROM initiative_members WHERE initiative_id = $1 AND organization_id = $2', [initiativeId, company.organizationId]);
    expect(status[0].status).toBe('APPLIED');
    expect((await secretariat.client.fails(DECIDE, { t: small, o: company.organizationId, a: false })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const eligibility = await company.client.ok(`query($i: ID!) { tiers(initiativeId: $i) { name viewerEligibility { eligible reason } } }`, { i: initiativeId });
    expect(eligibility.tiers.find((t: any) => t.name === 'Small').viewerEligibility).toEqual({ eligible: true, reason: null });
    expect(eligibility.tiers.find((t: any) => t.name === 'Large').viewerEligibility.reason).toMatch(/large/i);
    expect((await company.client.fails(DECIDE, { t: small, o: company.organizationId, a: true })).extensions?.code).toBe('FORBIDDEN');
    const approved = await secretariat.client.ok(DECIDE, { t: small, o: company.organizationId, a: true });
    expect(approved.decideTierApplication.status).toBe('APPROVED');
    expect((await app.dataSource.query('SELECT status FROM initiative_members WHERE initiative_id = $1 AND organization_id = $2', [initiativeId, company.organizationId]))[0].status).toBe('ACTIVE');

    // a move mid-year: two periods, dues pro-rated to the day
    await setSize(company, 'LARGE');
    await secretariat.client.ok(`mutation($o: ID!, $t: ID!) { moveToTier(organizationId: $o, tierId: $t) { status } }`, { o: company.organizationId, t: large });
    const year = new Date().getUTCFullYear();
    await app.dataSource.query(
      `UPDATE tier_memberships SET since = make_timestamptz($1, 1, 1, 0, 0, 0, 'UTC'), until = make_timestamptz($1, 7, 1, 0, 0, 0, 'UTC') WHERE organization_id = $2 AND tier_id = $3`,
      [year, company.organizationId, small],
    );
    await app.dataSource.query(`UPDATE tier_memberships SET since = make_timestamptz($1, 7, 1, 0, 0, 0, 'UTC') WHERE organization_id = $2 AND tier_id = $3`, [year, company.organizationId, large]);
    const dues = await company.client.ok(`query($i: ID!, $y: Int!) { duesStatement(initiativeId: $i, year: $y) { lines { tierName days amount { amountMinor } } totals { amountMinor currency } } }`, { i: initiativeId, y: year });
    const lines = dues.duesStatement.lines;
    expect(lines.map((l: any) => l.tierName)).toEqual(['Small', 'Large']);
    expect(lines[0].days + lines[1].days).toBe(year % 4 === 0 ? 366 : 365);
    expect(dues.duesStatement.totals[0].amountMinor).toBe(lines[0].amount.amountMinor + lines[1].amount.amountMinor);
    const history = await secretariat.client.ok(`query($i: ID!) { tierMemberships(initiativeId: $i) { status tier { name } until organization { id } } }`, { i: initiativeId });
    expect(history.tierMemberships.filter((m: any) => m.organization.id === company.organizationId).map((m: any) => [m.tier.name, m.status, !!m.until])).toEqual([
      ['Large', 'APPROVED', false],
      ['Small', 'APPROVED', true],
    ]);
  });
});

describe('cost pools', () => {
  it('splits by tier weight with caps, re-splits for a late joiner and credits what was overpaid', async () => {
    const { secretariat, initiativeId, members } = await tieredInitiative();
    const pool = (await secretariat.client.ok(OPEN, { input: { initiativeId, purpose: 'Joint audit of a tin smelter', total: eur(1_000_000) } })).openCostPool;
    expect(pool).toMatchObject({ status: 'OPEN', uncovered: { amountMinor: 1_000_000 } });

    // the small company checks its share before joining: alone it would pay everything
    const preview = await members.Supporter.client.ok(`query($id: ID!) { poolSharePreview(poolId: $id) { share { amountMinor } saving { amountMinor } capped } previewPoolShare(poolId: $id) { amountMinor } }`, { id: pool.id });
    expect(preview.poolSharePreview).toEqual({ share: { amountMinor: 100_000 }, saving: { amountMinor: 900_000 }, capped: true });
    expect(preview.previewPoolShare.amountMinor).toBe(100_000);

    await members.Supporter.client.ok(JOIN, { id: pool.id });
    await members.Standard.client.ok(JOIN, { id: pool.id });
    expect((await members.Standard.client.fails(JOIN, { id: pool.id })).extensions?.code).toBe('CONFLICT');
    await secretariat.client.ok(`mutation($p: ID!, $o: ID!, $a: MoneyInput!) { recordPoolPayment(poolId: $p, organizationId: $o, amount: $a) { id } }`, { p: pool.id, o: members.Standard.organizationId, a: eur(900_000) });
    expect((await secretariat.client.fails(`mutation($p: ID!, $o: ID!, $a: MoneyInput!) { recordPoolPayment(poolId: $p, organizationId: $o, amount: $a) { id } }`, { p: pool.id, o: members.Standard.organizationId, a: { amountMinor: 5, currency: 'USD' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount.currency' });

    // a late joiner with the heaviest weight
    await members.Strategic.client.ok(JOIN, { id: pool.id });
    const all = (await secretariat.client.ok(POOL, { id: pool.id })).costPool;
    const shareOf = (m: { organizationId: string | null }) => all.shares.find((s: any) => s.organization.id === m.organizationId);
    expect(all.participantCount).toBe(3);
    expect(all.shares.reduce((sum: number, s: any) => sum + s.amount.amountMinor, 0)).toBe(1_000_000);
    expect(shareOf(members.Supporter)).toMatchObject({ amount: { amountMinor: 100_000 }, capped: true, tier: { name: 'Supporter' } });
    expect(shareOf(members.Standard)).toMatchObject({ amount: { amountMinor: 300_000 }, paid: { amountMinor: 900_000 }, credit: { amountMinor: 600_000 }, due: { amountMinor: 0 } });
    expect(shareOf(members.Strategic)).toMatchObject({ amount: { amountMinor: 600_000 }, credit: { amountMinor: 0 } });

    // the standard member sees only its own share, and how it changed
    const own = (await members.Standard.client.ok(POOL, { id: pool.id })).costPool;
    expect(own.shares).toHaveLength(1);
    expect(own.viewerShareHistory.map((h: any) => [h.cause, h.previous?.amountMinor ?? null, h.amount.amountMinor])).toEqual([
      ['JOINED', null, 900_000],
      ['RESPLIT', 900_000, 300_000],
    ]);
    // its statement downloads as a workbook; another organization cannot fetch it
    const statement = await members.Standard.client.fetch(`/api/pools/${pool.id}/statement.xlsx`);
    expect(statement.status).toBe(200);
    expect(statement.headers.get('content-type')).toContain('spreadsheetml');
    expect(Buffer.from(await statement.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const snooping = await members.Supporter.client.fetch(`/api/pools/${pool.id}/statement.xlsx?organizationId=${members.Standard.organizationId}`);
    expect(snooping.status).toBe(403);
  });

  it('ends the initiative application with a refused tier application, and tells the organization', async () => {
    const { secretariat, initiativeId } = await anInitiative(app);
    const tier = (await secretariat.client.ok(TIER, { i: initiativeId, input: { name: 'Open', annualFee: eur(100), weight: 1 } })).createTier.id;
    const company = await aCompany(app);
    await company.client.ok(APPLY, { t: tier });
    await secretariat.client.ok(DECIDE, { t: tier, o: company.organizationId, a: false, r: 'We are full this year' });
    const [member] = await app.dataSource.query('SELECT status FROM initiative_members WHERE initiative_id = $1 AND organization_id = $2', [initiativeId, company.organizationId]);
    expect(member.status).toBe('LEFT');
    const notes = (await company.client.ok(`{ notifications { items { kind body } } }`)).notifications.items;
    expect(notes[0]).toEqual({ kind: 'TIER_DECISION', body: 'The secretariat wrote: We are full this year' });
  });

  it('pays back a credit, never more than the credit', async () => {
    const { secretariat, initiativeId, members } = await tieredInitiative();
    const pool = (await secretariat.client.ok(OPEN, { input: { initiativeId, purpose: 'Refund test', total: eur(300_000) } })).openCostPool;
    await members.Standard.client.ok(JOIN, { id: pool.id });
    await secretariat.client.ok(`mutation($p: ID!, $o: ID!, $a: MoneyInput!) { recordPoolPayment(poolId: $p, organizationId: $o, amount: $a) { id } }`, { p: pool.id, o: members.Standard.organizationId, a: eur(300_000) });
    await members.Strategic.client.ok(JOIN, { id: pool.id });
    const REFUND = `mutation($p: ID!, $o: ID!, $a: MoneyInput!) { refundPoolCredit(poolId: $p, organizationId: $o, amount: $a) { id } }`;
    expect((await secretariat.client.fails(REFUND, { p: pool.id, o: members.Standard.organizationId, a: eur(300_000) })).extensions?.field).toBe('amount.amountMinor');
    await secretariat.client.ok(REFUND, { p: pool.id, o: members.Standard.organizationId, a: eur(200_000) });
    const share = (await members.Standard.client.ok(POOL, { id: pool.id })).costPool.shares[0];
    expect(share).toMatchObject({ amount: { amountMinor: 100_000 }, paid: { amountMinor: 100_000 }, credit: { amountMinor: 0 } });
  });

  it('says what caps leave uncovered instead of overcharging', async () => {
    const { secretariat, initiativeId, members } = await tieredInitiative();
    const pool = (await secretariat.client.ok(OPEN, { input: { initiativeId, purpose: 'Training programme', total: eur(500_000) } })).openCostPool;
    await members.Supporter.client.ok(JOIN, { id: pool.id });
    const after = (await secretariat.client.ok(POOL, { id: pool.id })).costPool;
    expect(after.shares[0]).toMatchObject({ amount: { amountMinor: 50_000 }, capped: true });
    expect(after.uncovered.amountMinor).toBe(450_000);
  });

  it('refuses closed pools, outsiders, and keeps pools from organizations outside the initiative', async () => {
    const { secretariat, initiativeId, members } = await tieredInitiative();
    const pool = (await secretariat.client.ok(OPEN, { input: { initiativeId, purpose: 'Closed soon', total: eur(10_000) } })).openCostPool;
    const outsider = await aCompany(app);
    expect((await outsider.client.ok(`query($id: ID!) { costPool(id: $id) { id } }`, { id: pool.id })).costPool).toBeNull();
    expect((await outsider.client.ok(`{ costPools { id } }`)).costPools.map((p: any) => p.id)).not.toContain(pool.id);
    expect((await outsider.client.fails(JOIN, { id: pool.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await members.Standard.client.fails(`mutation($id: ID!) { closeCostPool(id: $id) { status } }`, { id: pool.id })).extensions?.code).toBe('FORBIDDEN');
    await secretariat.client.ok(`mutation($id: ID!) { closeCostPool(id: $id) { status } }`, { id: pool.id });
    const closed = await members.Standard.client.fails(JOIN, { id: pool.id });
    expect(closed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POOL_CLOSED' });
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM cost_pool_participants WHERE pool_id = $1', [pool.id]))[0].n)).toBe(0);
    // invited outsiders see the pool and may join
    const invited = (await secretariat.client.ok(OPEN, { input: { initiativeId, purpose: 'Open to a guest', total: eur(20_000), inviteOrganizationIds: [outsider.organizationId] } })).openCostPool;
    await outsider.client.ok(JOIN, { id: invited.id });
    expect((await app.dataSource.query(`SELECT count(*) AS n FROM mail_messages WHERE subject LIKE '%Open to a guest%'`))[0].n).toBe('1');
  });

  it('closes pools whose deadline passed', async () => {
    const { secretariat, initiativeId, members } = await tieredInitiative();
    const pool = (await secretariat.client.ok(OPEN, { input: { initiativeId, purpose: 'Short window', total: eur(10_000), joinDeadline: new Date(Date.now() + 3_600_000).toISOString() } })).openCostPool;
    const { CostPoolService } = await import('@commonground/api-membership');
    expect(await app.app.get(CostPoolService).closeExpired(new Date(Date.now() + 7_200_000))).toBeGreaterThanOrEqual(1);
    expect((await members.Standard.client.fails(JOIN, { id: pool.id })).extensions?.reason).toBe('POOL_CLOSED');
    expect((await secretariat.client.fails(OPEN, { input: { initiativeId, purpose: 'In the past', total: eur(10_000), joinDeadline: '2020-01-01T00:00:00Z' } })).extensions?.field).toBe('input.joinDeadline');
  });

  it('keeps dues and statements between each member and the secretariat (three organizations)', async () => {
    const { secretariat, initiativeId, members } = await tieredInitiative();
    const year = new Date().getUTCFullYear();
    const dues = `query($i: ID!, $y: Int!, $o: ID) { duesStatement(initiativeId: $i, year: $y, organizationId: $o) { organizationId: year lines { tierName } } }`;
    expect((await members.Supporter.client.fails(dues, { i: initiativeId, y: year, o: members.Standard.organizationId })).extensions?.code).toBe('FORBIDDEN');
    expect((await secretariat.client.ok(dues, { i: initiativeId, y: year, o: members.Standard.organizationId })).duesStatement.lines[0].tierName).toBe('Standard');
    const seenBySupporter = await members.Supporter.client.ok(`query($i: ID!) { tierMemberships(initiativeId: $i) { organization { id } } }`, { i: initiativeId });
    expect(seenBySupporter.tierMemberships.map((m: any) => m.organization.id)).toEqual([members.Supporter.organizationId]);
  });
});
