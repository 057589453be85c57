// Browser journeys of the identity area: sign-up, invitations, switching
// organization, languages, initiatives and platform administration. Each
// journey creates what it needs (the database starts empty) and ends with axe
// checks of the pages it visited.
import { OrganizationKind } from '@commonground/api-core';
import { TestApp, TEST_PASSWORD, aUser, makePlatformAdmin } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeInBrowser('identity journeys in the browser', () => {
  const journeys = useBrowserJourneys();
  const { newPage, pageSignedInAs } = journeys;
  let app: TestApp;
  beforeAll(() => {
    app = journeys.app;
  });

  /**
   * Picks an option of a react-aria select: a button named by its value then its label
   * ("English Language"), which opens a list box.
   */
  async function choose(scope: Page | Locator, label: string, option: string) {
    await scope.getByRole('button', { name: new RegExp(`${escapeRegExp(label)}$`) }).click();
    const page = 'page' in scope ? scope.page() : scope;
    await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  }

  async function signInThroughForm(page: Page, email: string, password = TEST_PASSWORD) {
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs up with a new organization, signs out and signs in again', async () => {
    const page = await newPage();
    const id = unique();
    const email = `ada-${id}@example.org`;
    const organization = `Tin Works ${id}`;
    const password = 'four unrelated words here';

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Common Ground' }).waitFor();
    await expectAccessible(page, 'home, signed out');

    await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('textbox', { name: 'Organization name' }).fill(organization);
    await choose(page, 'Kind of organization', 'Company');
    await page.getByRole('combobox', { name: 'Country' }).fill('Rwan');
    await page.getByRole('option', { name: 'Rwanda', exact: true }).click();
    await expectAccessible(page, 'sign-up form, filled in');
    await page.getByRole('button', { name: 'Create an account' }).click();

    // signed in, on the new organization's page, its owner
    await page.getByRole('heading', { level: 1, name: new RegExp(organization) }).waitFor();
    await page.getByText(`Welcome to Common Ground! ${organization} is ready.`).waitFor();
    await page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).waitFor();
    await expect(page.getByRole('main').getByText('Owner', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('main').getByText('Rwanda').first().isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/^\/organizations\/tin-works/);
    await expectAccessible(page, 'organization page, new owner');

    // sign out from the account menu
    await page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByText('You are signed out. See you soon!').waitFor();
    await expect(page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).count()).resolves.toBe(0);

    // a wrong password is refused, the right one signs in
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Common Ground' }).waitFor();
    await signInThroughForm(page, email, 'not the password at all');
    await page.getByText('The e-mail address or the password is not right.').waitFor();
    await expectAccessible(page, 'sign-in page, with an error');
    await signInThroughForm(page, email, password);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
    await expect(page.getByRole('main').getByRole('link', { name: organization }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'home, signed in');
  });

  it('invites a colleague who signs up with the invitation and joins the organization', async () => {
    const id = unique();
    const organization = `Cobalt Traders ${id}`;
    const owner = await aUser(app, { name: 'Olive Owner', organization: { name: organization } });
    const colleagueEmail = `grace-${id}@example.org`;
    const ownerPage = await pageSignedInAs(owner);

    await ownerPage.goto('/');
    await ownerPage.getByRole('heading', { level: 1, name: 'Welcome, Olive Owner' }).waitFor();
    await ownerPage.getByRole('link', { name: 'Invite a colleague' }).click();
    const inviteForm = ownerPage.getByRole('form', { name: 'Invite a colleague' });
    await inviteForm.getByRole('textbox', { name: 'E-mail address' }).fill(colleagueEmail);
    await choose(inviteForm, 'Role', 'Administrator');
    await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
    await ownerPage.getByText(`An invitation was sent to ${colleagueEmail}.`).waitFor();
    await ownerPage.getByRole('heading', { name: 'Pending invitations (1)' }).waitFor();
    await expectAccessible(ownerPage, 'organization page, owner, after inviting');

    // the e-mail carries the link
    await app.deliverMail();
    const [mail] = await app.dataSource.query(`SELECT subject, text, sent_at FROM mail_messages WHERE to_address = $1`, [colleagueEmail]);
    expect(mail.subject).toBe(`Olive Owner invites you to join ${organization} on Common Ground`);
    expect(mail.sent_at).not.toBeNull();
    const link = /https?:\/\/\S+\/invitations\/\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();

    // the colleague opens it in another browser and signs up with it
    const colleague = await newPage();
    await colleague.goto(new URL(link!).pathname);
    await colleague.getByRole('heading', { level: 1, name: 'Invitation' }).waitFor();
    await colleague.getByText(organization, { exact: true }).waitFor();
    await expect(colleague.getByText(colleagueEmail).isVisible()).resolves.toBe(true);
    await expectAccessible(colleague, 'invitation page, signed out');
    await colleague.getByRole('link', { name: 'Create an account and join' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Create your account and join' }).waitFor();
    await expect(colleague.getByRole('textbox', { name: 'E-mail address' }).inputValue()).resolves.toBe(colleagueEmail);
    await expect(colleague.getByRole('textbox', { name: 'Organization name' }).count()).resolves.toBe(0);
    await colleague.getByRole('textbox', { name: 'Full name' }).fill('Grace Hopper');
    await colleague.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
    await expectAccessible(colleague, 'sign-up with an invitation');
    await colleague.getByRole('button', { name: 'Create account and join' }).click();
    await colleague.getByText(`You have joined ${organization}.`).waitFor();
    await colleague.getByRole('heading', { level: 1, name: new RegExp(organization) }).waitFor();
    await expect(colleague.getByRole('main').getByText('Administrator', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(colleague, 'organization page, new administrator');

    // the owner sees the new member, and no pending invitation any more
    await ownerPage.reload();
    const members = ownerPage.getByRole('region', { name: 'Members (2)' });
    await members.getByText('Grace Hopper', { exact: true }).waitFor();
    await expect(members.getByText(colleagueEmail).isVisible()).resolves.toBe(true);
    await ownerPage.getByRole('heading', { name: 'Pending invitations (0)' }).waitFor();
  });

  it('switches the active organization from the header', async () => {
    const id = unique();
    const first = `Graphite Group ${id}`;
    const second = `Mica Watch ${id}`;
    const user = await aUser(app, { name: 'Sam Switcher', organization: { name: first } });
    await user.client.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: { name: second, kind: 'CIVIL_SOCIETY' },
    });
    const page = await pageSignedInAs(user);

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Sam Switcher' }).waitFor();
    // creating an organization through the API does not make it the active one: the sign-up one still is
    const lead = page.getByRole('main').getByRole('paragraph').filter({ hasText: 'You act for' });
    await lead.getByRole('link', { name: first }).waitFor();
    await page.getByRole('heading', { name: `Initiatives of ${first}` }).waitFor();
    await expectAccessible(page, 'home, two organizations');

    await choose(page.getByRole('banner'), 'Acting for organization', second);
    await lead.getByRole('link', { name: second }).waitFor();
    await expect(lead.getByRole('link', { name: first }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: `Initiatives of ${second}` }).waitFor();
    await expect(page.getByText('Kind of organization: Civil society organization').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('banner').getByRole('button', { name: `${second} Acting for organization` }).isVisible()).resolves.toBe(true);

    // the choice belongs to the session: it holds after a reload
    await page.reload();
    await lead.getByRole('link', { name: second }).waitFor();
  });

  it('switches the language to French, keeps it after a reload, then to Spanish', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Who it is for' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    // the list of languages, open
    await page.getByRole('banner').getByRole('button', { name: 'English Language' }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Español', exact: true }).waitFor();
    await expectAccessible(page, 'language list, open');
    await page.getByRole('listbox').getByRole('option', { name: 'Français', exact: true }).click();
    await page.getByRole('heading', { name: 'Pour qui ?' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Organisations' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'home, in French');

    await page.reload();
    await page.getByRole('heading', { name: 'Pour qui ?' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');

    await choose(page.getByRole('banner'), 'Langue', 'Español');
    await page.getByRole('heading', { name: 'Para quién es' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Iniciar sesión' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'home, in Spanish');
  });

  it('a secretariat starts an initiative, a company applies and is accepted', async () => {
    const id = unique();
    const secretariatName = `Tin Alliance Secretariat ${id}`;
    const companyName = `Smelting Co ${id}`;
    const initiative = `Responsible Tin ${id}`;
    const secretariat = await aUser(app, { name: 'Sara Secretary', organization: { name: secretariatName, kind: OrganizationKind.SECRETARIAT } });
    const company = await aUser(app, { name: 'Carl Company', organization: { name: companyName } });

    const secPage = await pageSignedInAs(secretariat);
    await secPage.goto('/');
    await secPage.getByRole('heading', { name: `Initiatives of ${secretariatName}` }).waitFor();
    await secPage.getByText('No initiatives yet.').waitFor();
    await secPage.getByRole('region', { name: 'Shortcuts' }).getByRole('link', { name: 'Start an initiative' }).click();
    await secPage.getByRole('heading', { level: 1, name: 'Start an initiative' }).waitFor();
    await secPage.getByRole('textbox', { name: 'Name of the initiative' }).fill(initiative);
    await secPage.getByRole('textbox', { name: 'Description' }).fill('Traceable tin from mine to smelter.\n\nOpen to companies and smelters.');
    await expectAccessible(secPage, 'start an initiative');
    await secPage.getByRole('button', { name: 'Create initiative' }).click();
    await secPage.getByText(`${initiative} is created. Organizations can now apply to join.`).waitFor();
    await secPage.getByRole('heading', { level: 1, name: initiative }).waitFor();
    await secPage.getByText('No member organizations yet.').waitFor();
    const initiativePath = new URL(secPage.url()).pathname;

    // the secretariat's home page lists it (read again after the creation), as its secretariat
    await secPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const yours = secPage.getByRole('region', { name: `Initiatives of ${secretariatName}` });
    await yours.getByRole('link', { name: initiative }).waitFor();
    await expect(yours.getByText('Secretariat', { exact: true }).isVisible()).resolves.toBe(true);
    await expectAccessible(secPage, 'home, secretariat running an initiative');

    // the company applies
    const companyPage = await pageSignedInAs(company);
    await companyPage.goto(initiativePath);
    await companyPage.getByRole('heading', { level: 1, name: initiative }).waitFor();
    await companyPage.getByText(`Apply on behalf of ${companyName}. The secretariat decides.`).waitFor();
    await expectAccessible(companyPage, 'initiative page, company before applying');
    await companyPage.getByRole('button', { name: 'Apply to join' }).click();
    await companyPage.getByText(`${companyName} has applied to join.`).waitFor();
    await companyPage.getByText(`${companyName} has applied. The secretariat will decide.`).waitFor();

    // the secretariat accepts
    await secPage.goto(initiativePath);
    const members = secPage.getByRole('region', { name: 'Member organizations' });
    await members.getByRole('link', { name: companyName }).waitFor();
    await expect(members.getByText('Applied', { exact: true }).isVisible()).resolves.toBe(true);
    await expectAccessible(secPage, 'initiative page, secretariat with an application');
    await members.getByRole('button', { name: `Accept ${companyName}` }).click();
    await secPage.getByText(`${companyName} is now an active member.`).waitFor();
    await members.getByText('Active', { exact: true }).waitFor();
    await secPage.getByText('1 active member').waitFor();

    // the company sees its membership
    await companyPage.reload();
    await companyPage.getByText(new RegExp(`${escapeRegExp(companyName)} has been a member since `)).waitFor();

    // the secretariat's page lists the initiative it runs, with its member
    await secPage.getByRole('link', { name: secretariatName }).first().click();
    const runs = secPage.getByRole('region', { name: 'Initiatives it runs' });
    await runs.getByRole('link', { name: initiative }).waitFor();
    await runs.getByText('1 active member').waitFor();
    await expectAccessible(secPage, 'organization page, secretariat running an initiative');
  });

  it('a platform administrator verifies an organization and reads the mail outbox', async () => {
    const id = unique();
    const organization = `Lithium Partners ${id}`;
    const owner = await aUser(app, { name: 'Lena Lithium', organization: { name: organization } });
    const invitee = `ivan-${id}@example.org`;
    await owner.client.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`, {
      input: { organizationId: owner.organizationId, email: invitee, role: 'MEMBER' },
    });
    const admin = await aUser(app, { name: 'Alex Admin', organization: null });
    await makePlatformAdmin(app, admin.userId);
    await app.deliverMail();

    const page = await pageSignedInAs(admin);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Alex Admin' }).waitFor();
    await page.getByText('You do not act for any organization yet.').waitFor();
    await expectAccessible(page, 'home, signed in without an organization');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill(organization);
    // the search keeps only this organization
    const list = page.getByRole('main').getByRole('list');
    await list.getByRole('link', { name: organization }).waitFor();
    await list.getByRole('listitem').nth(1).waitFor({ state: 'detached' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(1);
    await expect(list.getByText('Not verified yet').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'administration, organizations');
    await list.getByRole('button', { name: `Verify ${organization}` }).click();
    await page.getByText(`${organization} is verified.`).waitFor();
    await list.getByRole('button', { name: `Remove verification ${organization}` }).waitFor();
    const [row] = await app.dataSource.query('SELECT verified FROM organizations WHERE id = $1', [owner.organizationId]);
    expect(row.verified).toBe(true);

    // the badge shows on the organization's page too
    await list.getByRole('link', { name: organization }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(organization) }).waitFor();
    await expect(page.getByText('Verified by the Common Ground team').isVisible()).resolves.toBe(true);

    // the mail outbox has the invitation, with a link that opens inside the app
    await page.goto('/admin/mail');
    await page.getByRole('heading', { level: 2, name: 'Mail outbox' }).waitFor();
    const subject = `Lena Lithium invites you to join ${organization} on Common Ground`;
    const mail = page.locator('details').filter({ has: page.locator('summary', { hasText: subject }) });
    await mail.locator('summary').click();
    await expect(mail.getByText(`to ${invitee}`).isVisible()).resolves.toBe(true);
    await mail.getByText(/sent .* \(FILE\)/).waitFor();
    await mail.getByRole('link', { name: /\/invitations\// }).waitFor();
    await expectAccessible(page, 'administration, mail outbox');
    await mail.getByRole('link', { name: /\/invitations\// }).click();
    await page.getByRole('heading', { level: 1, name: 'Invitation' }).waitFor();
    await page.getByText(organization, { exact: true }).waitFor();
    await page.getByText(`This invitation was sent to ${invitee}; you are signed in as ${admin.email}.`, { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Accept' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'invitation page, signed in as someone else');
  });
});
