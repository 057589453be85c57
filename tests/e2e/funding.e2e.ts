// Browser journeys of donor matchmaking and co-funding: a donor declines a
// worthy project and refers it to a peer; the peer is told (bell and "Referred
// to you"), pledges and confirms; the applicant sees the gap shrink. Then an
// applicant publishes a project through the form and a donor sets up its
// profile, each form showing its errors under the field. Organizations,
// profiles and projects are set up through GraphQL for speed; each distinct
// page gets an axe check.
import { OrganizationKind } from '@commonground/api-core';
import { TestApp, aUser } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;
const PROFILE = `mutation($input: DonorProfileInput!) { upsertDonorProfile(input: $input) { id } }`;
const PLEDGE = `mutation($p: ID!, $a: MoneyInput!) { pledge(projectId: $p, amount: $a) { id } }`;
const CONFIRM = `mutation($id: ID!) { setPledgeStatus(id: $id, status: CONFIRMED) { status } }`;

const mercuryDonor = {
  themes: [
    { value: 'mercury', weight: 1 },
    { value: 'formalization', weight: 0.5 },
  ],
  minerals: [{ value: 'gold', weight: 1 }],
  regions: [{ value: '419', weight: 1 }],
  ticketMin: eur(1_000_000),
  ticketMax: eur(5_000_000),
  stages: ['PROPOSAL', 'ONGOING'],
  openToCoFunding: true,
};

describeInBrowser('funding journeys in the browser', () => {
  const journeys = useBrowserJourneys();
  const { pageSignedInAs } = journeys;
  let app: TestApp;
  beforeAll(() => {
    app = journeys.app;
  });

  const aDonor = (name: string) => aUser(app, { organization: { name, kind: OrganizationKind.DONOR } });
  const anApplicant = (name: string) => aUser(app, { organization: { name, kind: OrganizationKind.CIVIL_SOCIETY } });

  /** Clicks the label of a react-aria checkbox or radio (its text starts with `label`). */
  async function pick(scope: Locator, label: string) {
    await scope.locator('label').filter({ hasText: new RegExp(`^${escapeRegExp(label)}`) }).first().click();
  }

  /** The value of a figure ("Funding gap" → "€80,000.00"). */
  const figure = (scope: Locator, term: string) => scope.locator('.cg-figure').filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${escapeRegExp(term)}$`) }) }).locator('dd');

  it('a signed-out visitor is told that projects are shown to signed-in organizations, and how to become one', async () => {
    const page = await journeys.newPage();
    await page.goto('/funding');
    await page.getByText('Projects are shown to signed-in organizations.').waitFor();
    await page.getByRole('link', { name: 'Create an account' }).waitFor();
    expect(await page.getByText('No project has been published yet.').count()).toBe(0);
    await expectAccessible(page, 'funding page, signed out');
  });

  it('a donor declines a worthy project and refers it; the peer pledges and confirms; the applicant sees the gap shrink', async () => {
    const id = unique();
    const title = `Mercury-free gold in Puno ${id}`;
    const applicantName = `Mineras de Puno ${id}`;
    const decliningName = `Andes Fund ${id}`;
    const peerName = `Peer Fund ${id}`;
    const applicant = await anApplicant(applicantName);
    const { createProject: project } = await applicant.client.ok(CREATE_PROJECT, {
      input: {
        title,
        summary: 'Training and equipment so that artisanal gold miners in Puno stop using mercury.',
        countries: ['PE'],
        minerals: ['gold'],
        themes: ['mercury', 'formalization'],
        stage: 'PROPOSAL',
        budget: eur(10_000_000),
        durationMonths: 24,
        consentToReferral: true,
      },
    });
    const declining = await aDonor(decliningName);
    const peer = await aDonor(peerName);
    await declining.client.ok(PROFILE, { input: mercuryDonor });
    await peer.client.ok(PROFILE, { input: mercuryDonor });
    // a third donor has already confirmed 10,850.00 USD: €10,000.00 at the rate table's 1.085
    const early = await aDonor(`Early Fund ${id}`);
    const { pledge: usd } = await early.client.ok(PLEDGE, { p: project.id, a: { amountMinor: 1_085_000, currency: 'USD' } });
    await early.client.ok(CONFIRM, { id: usd.id });

    // the applicant's project page before: €90,000.00 still to find, converted at a dated rate
    const applicantPage = await pageSignedInAs(applicant);
    await applicantPage.goto(`/funding/projects/${project.id}`);
    await applicantPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const applicantFunding = applicantPage.getByRole('region', { name: 'Funding', exact: true });
    await figure(applicantFunding, 'Funding gap').filter({ hasText: '€90,000.00' }).waitFor();
    await applicantFunding.getByText('Pledges in other currencies are converted with the exchange rates of', { exact: false }).waitFor();

    // the declining donor: the project fits it, with a score and its reasons
    const page = await pageSignedInAs(declining);
    await page.goto('/funding');
    await page.getByRole('heading', { level: 1, name: 'Funding' }).waitFor();
    const matches = page.getByRole('region', { name: 'Projects that fit you' });
    const card = matches.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await card.waitFor();
    const score = card.getByRole('meter', { name: `Match score of ${title}` });
    await expect(score.getAttribute('aria-valuetext')).resolves.toMatch(/^\d+(\.\d)? out of 100$/);
    await card.getByText('Why this score').click();
    await card.getByRole('list', { name: 'Why this score' }).getByText('Themes', { exact: true }).waitFor();
    await expectAccessible(page, 'funding page, donor');

    // it declines: the reason is required, then it marks the project worthy and refers it to the peer
    await card.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const decide = page.getByRole('form', { name: `Decide on ${title}` });
    await pick(decide, 'Decline');
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await decide.getByText('This field is required.').waitFor();
    await expect(decide.getByRole('textbox', { name: 'Why you decline' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'project page, donor deciding (with an error)');
    await decide.getByRole('textbox', { name: 'Why you decline' }).fill('Outside our 2026 budget cycle');
    await pick(decide, 'The project is worthy');
    await pick(decide, 'Donors I choose');
    await pick(decide, `${peerName} (score`);
    await decide.getByRole('textbox', { name: 'Note for the donors you refer it to' }).fill('Strong team, we visited Puno.');
    await expectAccessible(page, 'project page, donor referring');
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Your decision is recorded and the project is referred', { exact: false }).waitFor();
    const yourDecision = page.getByRole('region', { name: 'Your decision' });
    await yourDecision.getByText('Your reason (only your organization sees it): Outside our 2026 budget cycle').waitFor();
    await page.getByRole('region', { name: 'Referrals' }).getByText(`${decliningName} referred it to ${peerName}`).waitFor();

    // the peer: the bell says so, the notification leads to the project, with the referrer's note
    const peerPage = await pageSignedInAs(peer);
    await peerPage.goto('/funding');
    await peerPage.getByRole('heading', { level: 1, name: 'Funding' }).waitFor();
    await peerPage.getByRole('region', { name: 'Referred to you' }).getByRole('link', { name: `${decliningName} refers a project to you: "${title}"` }).waitFor();
    const bell = peerPage.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.click();
    const notifications = peerPage.getByRole('dialog', { name: 'Notifications' });
    const referralLink = notifications.getByRole('link', { name: `${decliningName} refers a project to you: "${title}"` });
    await referralLink.waitFor();
    await notifications.getByText(`${decliningName} wrote: Strong team, we visited Puno.`).waitFor();
    await expectAccessible(peerPage, 'notifications');
    await referralLink.click();
    await peerPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const referrals = peerPage.getByRole('region', { name: 'Referrals' });
    await referrals.getByText(`${decliningName} referred it to ${peerName}`).waitFor();
    await referrals.getByText('Note: Strong team, we visited Puno.').waitFor();

    // it pledges €20,000.00 with conditions, then confirms the pledge
    const pledge = peerPage.getByRole('form', { name: `Pledge to ${title}` });
    await pledge.getByRole('textbox', { name: 'Amount' }).fill('200000');
    await pledge.getByRole('button', { name: 'Propose the pledge' }).click();
    await pledge.getByText('The pledge (200,000.00 EUR) is larger than the remaining gap (90,000.00 EUR).', { exact: false }).waitFor();
    await expect(pledge.getByRole('textbox', { name: 'Amount' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await pledge.getByRole('textbox', { name: 'Amount' }).fill('20,000');
    await pledge.getByRole('textbox', { name: 'Conditions' }).fill('Quarterly reports');
    await pledge.getByRole('button', { name: 'Propose the pledge' }).click();
    await peerPage.getByText('Your pledge of €20,000.00 is proposed.', { exact: false }).waitFor();
    const pledges = peerPage.getByRole('table', { name: `Pledges to ${title}` });
    const row = pledges.getByRole('row').filter({ has: peerPage.getByRole('link', { name: peerName }) });
    await row.getByText('Proposed').waitFor();
    await row.getByText('Quarterly reports').waitFor();
    await expectAccessible(peerPage, 'project page, peer donor with a proposed pledge');
    await row.getByRole('button', { name: 'Confirm €20,000.00' }).click();
    await peerPage.getByText('Your pledge of €20,000.00 is confirmed: the funding gap is smaller.').waitFor();
    await row.getByText('Confirmed').waitFor();
    await figure(peerPage.getByRole('region', { name: 'Funding', exact: true }), 'Funding gap').filter({ hasText: '€70,000.00' }).waitFor();

    // the peer reads everything: the bell empties
    await peerPage.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await peerPage.getByRole('dialog', { name: 'Notifications' }).getByRole('button', { name: 'Mark all as read' }).click();
    await peerPage.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    // the applicant: the gap shrank, the pledge with its conditions, the decision without its reason, the referral
    await applicantPage.reload();
    await applicantPage.getByRole('heading', { level: 1, name: title }).waitFor();
    await figure(applicantFunding, 'Funding gap').filter({ hasText: '€70,000.00' }).waitFor();
    await expect(applicantFunding.getByRole('meter', { name: `Funding of ${title}` }).getAttribute('aria-valuetext')).resolves.toBe('€30,000.00 confirmed of €100,000.00 (30%)');
    const applicantPledges = applicantPage.getByRole('table', { name: `Pledges to ${title}` });
    await applicantPledges.getByRole('row').filter({ has: applicantPage.getByRole('link', { name: peerName }) }).getByText('Quarterly reports').waitFor();
    const decisions = applicantPage.getByRole('region', { name: 'Decisions of donors' });
    await decisions.getByText('Declined').waitFor();
    await decisions.getByText('Found it worthy').waitFor();
    await expect(applicantPage.getByText('Outside our 2026 budget cycle').count()).resolves.toBe(0);
    const applicantReferrals = applicantPage.getByRole('region', { name: 'Referrals' });
    await applicantReferrals.getByText(`${decliningName} referred it to ${peerName}`).waitFor();
    await expect(applicantReferrals.getByText('Strong team', { exact: false }).count()).resolves.toBe(0);
    const donors = applicantPage.getByRole('region', { name: 'Donors that fit this project' });
    await donors.getByRole('meter', { name: `Match score of ${peerName}` }).waitFor();
    await expect(applicantPage.getByRole('button', { name: /^Notifications, \d+ unread$/ }).isVisible()).resolves.toBe(true);
    await expectAccessible(applicantPage, 'project page, applicant');

    // its funding page: its projects with their progress
    await applicantPage.goto('/funding');
    const own = applicantPage.getByRole('region', { name: `Projects of ${applicantName}` });
    await expect(own.getByRole('meter', { name: `Funding of ${title}` }).getAttribute('aria-valuetext')).resolves.toBe('€30,000.00 confirmed of €100,000.00 (30%)');
    await own.getByText('Gap: €70,000.00').waitFor();
    await expectAccessible(applicantPage, 'funding page, applicant');
  });

  it('an applicant publishes a project through the form, and a donor sets up its profile and finds it', async () => {
    const id = unique();
    const title = `Tin traceability in Rwanda ${id}`;
    const applicant = await anApplicant(`Kivu Cooperative ${id}`);
    const page = await pageSignedInAs(applicant);
    await page.goto('/funding');
    await page.getByRole('heading', { level: 1, name: 'Funding' }).waitFor();
    await page.getByRole('link', { name: 'Publish a project' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Publish a project' }).waitFor();
    const form = page.getByRole('form', { name: 'Publish a project' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('textbox', { name: 'Summary' }).fill('Bag-and-tag traceability for tin from cooperative mines in Rwanda.');
    await pick(form, 'Traceability');
    await pick(form, 'Proposal');
    await form.getByRole('textbox', { name: 'Budget' }).fill('12,50');
    await form.getByRole('button', { name: 'Publish the project' }).click();
    await form.getByText('Choose at least one country.').waitFor();
    await form.getByText('Enter an amount such as 1,234.50.').waitFor();
    await expect(form.getByRole('textbox', { name: 'Budget' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'project form with errors');
    await form.getByRole('combobox', { name: 'Countries' }).fill('Rwan');
    await page.getByRole('option', { name: 'Rwanda' }).click();
    await form.getByRole('list', { name: 'Chosen: Countries' }).getByText('Rwanda', { exact: true }).waitFor();
    await pick(form, 'Tin');
    await form.getByRole('textbox', { name: 'Budget' }).fill('50000');
    await form.getByRole('textbox', { name: 'Duration in months' }).fill('18');
    await pick(form, 'Donors may refer this project to other donors');
    await form.getByRole('button', { name: 'Publish the project' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('The project is published.', { exact: false }).waitFor();
    const about = page.getByRole('region', { name: 'About the project' });
    await about.getByText('18 months').waitFor();
    await about.getByText('Rwanda', { exact: true }).waitFor();

    // the applicant edits it
    await page.getByRole('link', { name: 'Edit the project' }).click();
    const edit = page.getByRole('form', { name: `Edit ${title}` });
    await expect(edit.getByRole('textbox', { name: 'Budget' }).inputValue()).resolves.toBe('50000.00');
    await edit.getByRole('textbox', { name: 'Duration in months' }).fill('20');
    await expectAccessible(page, 'project form, editing');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('The project is saved.').waitFor();
    await about.getByText('20 months').waitFor();

    // a donor without a profile is asked to set one up; a weight above 1 is refused under its field
    const donor = await aDonor(`Great Lakes Fund ${id}`);
    const donorPage = await pageSignedInAs(donor);
    await donorPage.goto('/funding');
    await donorPage.getByRole('region', { name: 'Projects that fit you' }).getByRole('link', { name: 'Set up your donor profile' }).click();
    await donorPage.getByRole('heading', { level: 1, name: 'Donor profile' }).waitFor();
    const profile = donorPage.getByRole('form', { name: 'Donor profile' });
    await profile.getByRole('combobox', { name: 'Add a theme' }).fill('Trace');
    await donorPage.getByRole('option', { name: 'Traceability' }).click();
    await profile.getByRole('textbox', { name: 'Weight of Traceability' }).fill('1.5');
    await profile.getByRole('combobox', { name: 'Add a region' }).fill('Eastern Af');
    await donorPage.getByRole('option', { name: 'Eastern Africa' }).click();
    await profile.getByRole('textbox', { name: 'Smallest ticket' }).fill('10000');
    await profile.getByRole('textbox', { name: 'Largest ticket' }).fill('5000');
    await profile.getByRole('button', { name: 'Save the profile' }).click();
    await profile.getByText('Enter a weight from 0 to 1, such as 0.5.').waitFor();
    await profile.getByText('The largest ticket must not be below the smallest.').waitFor();
    await expect(profile.getByRole('textbox', { name: 'Weight of Traceability' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(donorPage, 'donor profile with errors');
    await profile.getByRole('textbox', { name: 'Weight of Traceability' }).fill('0.8');
    await profile.getByRole('textbox', { name: 'Largest ticket' }).fill('60000');
    await profile.getByRole('button', { name: 'Save the profile' }).click();
    await donorPage.getByText('Your donor profile is saved.').waitFor();
    await donorPage.getByRole('link', { name: 'See the projects that fit you' }).click();
    const matches = donorPage.getByRole('region', { name: 'Projects that fit you' });
    await matches.getByRole('link', { name: title }).waitFor();
    const pipeline = donorPage.getByRole('region', { name: 'Your pipeline' });
    await pipeline.getByText('Your pipeline is empty', { exact: false }).waitFor();

    // the project directory finds it by a word of its title
    await donorPage.getByRole('searchbox', { name: 'Search projects' }).fill(`Rwanda ${id}`);
    await donorPage.getByRole('region', { name: 'All projects' }).getByText('1 project', { exact: true }).waitFor();
    await expectAccessible(donorPage, 'funding page, donor with a profile, directory search');
  });
});
