// Browser journeys of tiered membership and pooled costs: a small company
// checks its share of a pool, joins, pays, and sees a credit after a late
// joiner; the secretariat creates a tier, approves and refuses applications,
// opens a pool. Tiers and pools are set up through GraphQL for speed; each
// distinct page gets an axe check.
import { OrganizationKind, SizeBand } from '@commonground/api-core';
import { SignedIn, TestApp, aCompany, aUser, anInitiative } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const CREATE_TIER = `mutation($i: ID!, $input: TierInput!) { createTier(initiativeId: $i, input: $input) { id name } }`;
const APPLY = `mutation($t: ID!) { applyToTier(tierId: $t) { status } }`;
const DECIDE = `mutation($t: ID!, $o: ID!, $a: Boolean!, $r: String) { decideTierApplication(tierId: $t, organizationId: $o, approve: $a, reason: $r) { status } }`;
const OPEN_POOL = `mutation($input: CostPoolInput!) { openCostPool(input: $input) { id } }`;
const JOIN = `mutation($id: ID!) { joinCostPool(id: $id) { id } }`;

describeInBrowser('membership journeys in the browser', () => {
  const journeys = useBrowserJourneys();
  const { pageSignedInAs } = journeys;
  let app: TestApp;
  beforeAll(() => {
    app = journeys.app;
  });

  /** An organization in a tier: it applies through the API and the secretariat approves. */
  async function inTier(secretariat: SignedIn, member: SignedIn, tierId: string) {
    await member.client.ok(APPLY, { t: tierId });
    await secretariat.client.ok(DECIDE, { t: tierId, o: member.organizationId, a: true });
  }

  /** Ticks a react-aria checkbox by its label. */
  async function tick(scope: Locator, label: string) {
    await scope.locator('label').filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) }).click();
  }

  it('a small company checks its share, joins, pays, and sees a credit after a late joiner', async () => {
    const id = unique();
    const { secretariat, initiativeId, slug } = await anInitiative(app, `Responsible Tin ${id}`);
    const large = await secretariat.client.ok(CREATE_TIER, {
      i: initiativeId,
      input: { name: 'Large company', annualFee: eur(1_200_000), eligibleKinds: ['COMPANY'], eligibleSizeBands: ['MEDIUM', 'LARGE'], weight: 3, auditLibraryAccess: true, benefits: ['Two votes at the general assembly'] },
    });
    const small = await secretariat.client.ok(CREATE_TIER, {
      i: initiativeId,
      input: { name: 'Small company', annualFee: eur(240_000), eligibleKinds: ['COMPANY'], eligibleSizeBands: ['MICRO', 'SMALL'], weight: 1, capAmount: eur(200_000), auditLibraryAccess: true },
    });
    const smallName = `Small Tin ${id}`;
    const company = await aCompany(app, smallName, SizeBand.SMALL);
    const big = await aCompany(app, `Big Tin ${id}`, SizeBand.LARGE);
    const late = await aCompany(app, `Late Tin ${id}`, SizeBand.LARGE);
    await inTier(secretariat, company, small.createTier.id);
    await inTier(secretariat, big, large.createTier.id);
    await inTier(secretariat, late, large.createTier.id);
    const purpose = `Joint smelter audit ${id}`;
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const { openCostPool: pool } = await secretariat.client.ok(OPEN_POOL, {
      input: { initiativeId, purpose, total: eur(1_000_000), joinDeadline: deadline, inviteOrganizationIds: [company.organizationId] },
    });
    await big.client.ok(JOIN, { id: pool.id });

    // the initiative page: its tier, the tier it cannot take and why, the pool
    const page = await pageSignedInAs(company);
    await page.goto(`/initiatives/${slug}`);
    await page.getByRole('heading', { level: 1, name: `Responsible Tin ${id}` }).waitFor();
    const tiers = page.getByRole('region', { name: 'Membership tiers' });
    await tiers.getByText(`${smallName} has been in the tier Small company since`, { exact: false }).waitFor();
    const largeTier = tiers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Large company', exact: true }) });
    await largeTier.getByText('Not open to your organization').waitFor();
    await expect(largeTier.getByText(`${smallName} is registered as Small (10 to 49 people).`, { exact: false }).isVisible()).resolves.toBe(true);
    await expect(largeTier.getByText('€12,000.00 a year').isVisible()).resolves.toBe(true);
    const smallTier = tiers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Small company', exact: true }) });
    await expect(smallTier.getByText('Your tier').isVisible()).resolves.toBe(true);
    await expect(smallTier.getByText('At most €2,000.00 per pool').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'initiative page, member company');

    // the pool page: the share if it joins now, and the saving
    await page.getByRole('region', { name: 'Cost pools' }).getByRole('link', { name: purpose }).click();
    await page.getByRole('heading', { level: 1, name: purpose }).waitFor();
    const preview = page.getByRole('region', { name: 'Your share if you join now' });
    await preview.getByText(`If ${smallName} joins now, it pays €2,000.00 instead of €10,000.00 alone: it saves €8,000.00.`).waitFor();
    await expect(preview.getByText('Capped').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'pool page, before joining');

    await preview.getByRole('button', { name: 'Join the pool' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(`${smallName} commits to pay its share, €2,000.00 today.`, { exact: false }).waitFor();
    await expectAccessible(page, 'pool page, confirm joining');
    await confirm.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByText(`${smallName} has joined the pool.`).waitFor();
    const share = page.getByRole('region', { name: `Share of ${smallName}` });
    await share.getByText('Still to pay').waitFor();
    await page.getByRole('region', { name: 'History of your share' }).getByText('You joined').waitFor();
    await expect(page.getByRole('link', { name: 'Download the statement (XLSX)' }).getAttribute('href')).resolves.toBe(`/api/pools/${pool.id}/statement.xlsx`);
    await expectAccessible(page, 'pool page, participant');

    // the secretariat records the payment
    const secPage = await pageSignedInAs(secretariat);
    await secPage.goto(`/pools/${pool.id}`);
    const shares = secPage.getByRole('table', { name: `Shares of ${purpose}` });
    await shares.getByRole('link', { name: smallName, exact: true }).waitFor();
    await expectAccessible(secPage, 'pool page, secretariat');
    await shares.getByRole('button', { name: `Record payment ${smallName}` }).click();
    const payment = secPage.getByRole('dialog', { name: `Record a payment from ${smallName}` });
    await expect(payment.getByRole('textbox', { name: 'Amount received (EUR)' }).inputValue()).resolves.toBe('2000.00');
    await expectAccessible(secPage, 'pool page, record a payment');
    await payment.getByRole('button', { name: 'Record' }).click();
    await secPage.getByText(`A payment of €2,000.00 from ${smallName} is recorded.`).waitFor();
    const row = shares.getByRole('row').filter({ has: secPage.getByRole('link', { name: smallName, exact: true }) });
    await row.getByRole('cell').nth(2).filter({ hasText: /^€2,000\.00$/ }).waitFor();

    // a late joiner: the pool is split again, the small company's share goes down
    await late.client.ok(JOIN, { id: pool.id });
    await page.reload();
    await page.getByText('You have a credit of €571.43').waitFor();
    const after = page.getByRole('region', { name: `Share of ${smallName}` });
    await expect(after.getByText('your share is now €1,428.57 and you have paid €2,000.00', { exact: false }).isVisible()).resolves.toBe(true);
    const history = page.getByRole('region', { name: 'History of your share' });
    await history.getByText('Another organization joined; the pool was split again').waitFor();
    await expect(history.getByRole('row').last().textContent()).resolves.toContain('€1,428.57');
    await expect(after.getByRole('figure', { name: 'What you pay and save' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'pool page, participant with a credit');

    // the secretariat sees the credit too
    await secPage.reload();
    await row.getByRole('cell').nth(4).filter({ hasText: /^€571\.43$/ }).waitFor();

    // its dues statement, and what it paid and saved
    await page.goto(`/initiatives/${slug}`);
    await page.getByRole('link', { name: `Dues statement of ${smallName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Dues statement' }).waitFor();
    const year = new Date().getFullYear();
    const dues = page.getByRole('region', { name: `Dues of ${smallName} for ${year}` });
    await dues.getByRole('rowheader', { name: 'Small company' }).waitFor();
    await expect(dues.getByRole('cell', { name: '€2,400.00' }).isVisible()).resolves.toBe(true);
    const savings = page.getByRole('region', { name: `Cost pools of ${smallName}` });
    await savings.getByText(`In 1 cost pool, ${smallName} pays €1,428.57 instead of €10,000.00 alone: it saves €8,571.43. Paid so far: €2,000.00.`).waitFor();
    await expectAccessible(page, 'dues page, member');
  });

  it('the secretariat creates a tier, approves and refuses applications, and opens a pool', async () => {
    const id = unique();
    const name = `Cobalt Compact ${id}`;
    const { secretariat, initiativeId, slug } = await anInitiative(app, name);
    await secretariat.client.ok(CREATE_TIER, { i: initiativeId, input: { name: 'Member', annualFee: eur(500_000), weight: 2 } });
    const page = await pageSignedInAs(secretariat);
    await page.goto(`/initiatives/${slug}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const tiers = page.getByRole('region', { name: 'Membership tiers' });
    await tiers.getByRole('heading', { name: 'Member', exact: true }).waitFor();

    // the form: a value the form refuses, then a name the API refuses, each under its field
    await tiers.getByRole('button', { name: 'Add a tier' }).click();
    const form = page.getByRole('form', { name: 'New tier' });
    await form.getByRole('textbox', { name: 'Name of the tier' }).fill('Member');
    await form.getByRole('textbox', { name: 'Annual fee' }).fill('1,500');
    await form.getByRole('textbox', { name: 'Cost-sharing weight' }).fill('0.5');
    await tick(form, 'Civil society organization');
    await form.getByRole('textbox', { name: 'Cap as a percentage' }).fill('150');
    await form.getByRole('button', { name: 'Create tier' }).click();
    await form.getByText('Enter a percentage from 0 to 100.').waitFor();
    await form.getByRole('textbox', { name: 'Cap as a percentage' }).fill('10');
    await form.getByRole('button', { name: 'Create tier' }).click();
    await form.getByText('This initiative already has a tier named "Member".').waitFor();
    await expect(form.getByRole('textbox', { name: 'Name of the tier' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'initiative page, tier form with errors');
    await form.getByRole('textbox', { name: 'Name of the tier' }).fill('Civil society');
    await form.getByRole('button', { name: 'Create tier' }).click();
    await page.getByText('The tier Civil society is created.').waitFor();
    const created = tiers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Civil society', exact: true }) });
    await expect(created.getByText('€1,500.00 a year').isVisible()).resolves.toBe(true);
    await expect(created.getByText('Kind: Civil society organization; any size').isVisible()).resolves.toBe(true);
    await expect(created.getByText('At most 10% of a pool').isVisible()).resolves.toBe(true);

    // two civil society organizations apply for it
    const { tiers: list } = await secretariat.client.ok(`query($i: ID!) { tiers(initiativeId: $i) { id name } }`, { i: initiativeId });
    const tierId = list.find((t: { name: string }) => t.name === 'Civil society').id;
    const watchName = `Mine Watch ${id}`;
    const otherName = `River Voices ${id}`;
    const watch = await aUser(app, { organization: { name: watchName, kind: OrganizationKind.CIVIL_SOCIETY } });
    const other = await aUser(app, { organization: { name: otherName, kind: OrganizationKind.CIVIL_SOCIETY } });
    await watch.client.ok(APPLY, { t: tierId });
    await other.client.ok(APPLY, { t: tierId });

    await page.reload();
    const pending = page.getByRole('region', { name: 'Applications to decide (2)' });
    await pending.getByRole('link', { name: watchName }).waitFor();
    await expectAccessible(page, 'initiative page, secretariat with applications');
    await pending.getByRole('button', { name: `Approve ${watchName} — Civil society` }).click();
    await page.getByText(`${watchName} is now in the tier Civil society.`).waitFor();

    // a refusal needs a reason
    await page.getByRole('region', { name: 'Applications to decide (1)' }).getByRole('button', { name: `Refuse ${otherName} — Civil society` }).click();
    const refuse = page.getByRole('dialog', { name: `Refuse the application of ${otherName} for Civil society` });
    await refuse.getByRole('button', { name: 'Refuse the application' }).click();
    await refuse.getByText('This field is required.').waitFor();
    await expectAccessible(page, 'initiative page, refusing an application');
    await refuse.getByRole('textbox', { name: 'Reason' }).fill('Please apply as an observer first.');
    await refuse.getByRole('button', { name: 'Refuse the application' }).click();
    await page.getByText(`The application of ${otherName} for Civil society is refused.`).waitFor();
    await page.getByRole('region', { name: 'Applications to decide (0)' }).getByText('No application is waiting.').waitFor();

    // members by tier, as a chart with its text alternative and as a table
    const byTier = page.getByRole('region', { name: 'Members by tier' });
    await byTier.getByRole('rowheader', { name: watchName }).waitFor();
    await byTier.getByText('1 member has a tier. Member: 0 and Civil society: 1.').waitFor();

    // the refused organization reads the reason
    const otherPage = await pageSignedInAs(other);
    await otherPage.goto(`/initiatives/${slug}`);
    await otherPage.getByText('The application for Civil society was refused on', { exact: false }).waitFor();
    await otherPage.getByText("The secretariat's reason: Please apply as an observer first.").waitFor();

    // the secretariat opens a pool and invites the new member
    await page.getByRole('region', { name: 'Cost pools' }).getByRole('button', { name: 'Open a cost pool' }).click();
    const poolForm = page.getByRole('form', { name: 'Open a cost pool' });
    await poolForm.getByRole('textbox', { name: 'Purpose' }).fill(`Training programme ${id}`);
    await poolForm.getByRole('textbox', { name: 'Total cost' }).fill('12000');
    await poolForm.getByLabel('Deadline to join').fill(`${new Date().getFullYear() + 1}-06-30`);
    await tick(poolForm, watchName);
    await expectAccessible(page, 'initiative page, open a pool');
    await poolForm.getByRole('button', { name: 'Open the pool' }).click();
    await page.getByRole('heading', { level: 1, name: `Training programme ${id}` }).waitFor();
    await page.getByText('The pool is open. 1 organization was invited.').waitFor();
    await page.getByText('No organization has joined yet.').waitFor();

    // back on the initiative page: the pool in the list, pooled costs over time
    await page.getByRole('link', { name }).click();
    const pools = page.getByRole('region', { name: 'Cost pools' });
    await pools.getByRole('link', { name: `Training programme ${id}` }).waitFor();
    await pools.getByRole('figure', { name: 'Pooled costs over time' }).waitFor();
    await expect(pools.getByText('1 pool opened between', { exact: false }).textContent()).resolves.toContain('€12,000.00 in all');
    await expectAccessible(page, 'initiative page, secretariat with a pool');
  });
});
