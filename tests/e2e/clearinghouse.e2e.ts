// Browser journeys of the funding-call clearinghouse: a secretariat publishes
// a call in English and French through the form (the hub's refusal shown under
// the field), a company finds it through a facet and through a misspelled
// search, amplifies it and saves the search with a private feed link; then two
// people register for a one-seat webinar until the second is waitlisted, and
// the organizer sees and exports them. The webinar is set up through GraphQL
// for speed; each distinct page gets an axe check.
import { OrganizationKind } from '@commonground/api-core';
import { TestApp, aUser } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** a long journey with several accessibility checks */
const LONG = 150_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A date `days` from now at 17:00, as a datetime-local field takes it. */
const localDay = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T17:00`;
};

const CREATE = `mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishOpportunity(id: $id) { status } }`;

describeInBrowser('clearinghouse journeys in the browser', () => {
  const journeys = useBrowserJourneys();
  const { newPage, pageSignedInAs } = journeys;
  let app: TestApp;
  beforeAll(() => {
    app = journeys.app;
  });

  /** Picks an option of a react-aria select: a button named by its value then its label, which opens a list box. */
  async function choose(scope: Page | Locator, label: string, option: string) {
    await scope.getByRole('button', { name: new RegExp(`${escapeRegExp(label)}$`) }).click();
    const page = 'page' in scope ? scope.page() : scope;
    await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  }

  /** Clicks the label of a react-aria checkbox or radio (its text starts with `label`). */
  async function pick(scope: Locator, label: string | RegExp) {
    await scope
      .locator('label')
      .filter({ hasText: typeof label === 'string' ? new RegExp(`^${escapeRegExp(label)}`) : label })
      .first()
      .click();
  }

  it('a secretariat publishes a call in two languages; a company finds it by facet and misspelled search, amplifies it and saves the search', async () => {
    const id = unique();
    const title = `Traceability grants for artisanal cobalt in Kolwezi ${id}`;
    const titleFr = `Subventions de traçabilité pour le cobalt artisanal à Kolwezi ${id}`;
    const publisherName = `Cobalt Alliance Secretariat ${id}`;
    const companyName = `Battery Makers ${id}`;
    const publisher = await aUser(app, { organization: { name: publisherName, kind: OrganizationKind.SECRETARIAT } });
    const company = await aUser(app, { name: 'Camille Company', organization: { name: companyName, kind: OrganizationKind.COMPANY } });

    // the secretariat fills the form: English first, then a French translation
    const page = await pageSignedInAs(publisher);
    await page.goto('/calls');
    await page.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
    await page.getByRole('link', { name: 'Publish an opportunity' }).click();
    const form = page.getByRole('form', { name: 'Publish an opportunity' });
    await form.waitFor();
    await choose(form, 'Kind', 'Call for proposals');
    await form.getByRole('textbox', { name: 'Title (English)' }).fill(title);
    await form.getByRole('textbox', { name: 'Summary (English)' }).fill('Grants for cooperatives that trace artisanal cobalt from mine to export.');
    await form.getByRole('textbox', { name: 'Full text (English)' }).fill('Cooperatives registered in Lualaba may apply. See https://example.org/call for details.');
    await choose(form, 'Add a language', 'French');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByRole('tab', { name: 'French', selected: true }).waitFor();
    await form.getByRole('textbox', { name: 'Title (French)' }).fill(titleFr);
    await form.getByRole('textbox', { name: 'Summary (French)' }).fill('Des subventions pour les coopératives qui tracent le cobalt artisanal.');
    // the time zone starts as the browser's: clear it, then type
    const zone = form.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('');
    await zone.pressSequentially('Kinsh');
    await page.getByRole('option', { name: 'Africa/Kinshasa', exact: true }).click();
    await form.getByLabel('Deadline', { exact: true }).fill(localDay(20));
    await pick(form, 'Cobalt');
    await pick(form, 'Traceability');
    await form.getByRole('combobox', { name: 'Target countries' }).fill('Rwan');
    await page.getByRole('option', { name: 'Rwanda' }).click();
    await form.getByRole('textbox', { name: 'Minimum amount' }).fill('50,000');
    await form.getByRole('textbox', { name: 'Maximum amount' }).fill('10,000');
    await form.getByRole('textbox', { name: 'Contact' }).fill('calls@example.org');
    await expectAccessible(page, 'call form');

    // the hub refuses a minimum above the maximum: the message is under the field
    await form.getByRole('button', { name: 'Save and publish' }).click();
    await form.getByText('The minimum amount is above the maximum.').waitFor();
    await expect(form.getByRole('textbox', { name: 'Minimum amount' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'call form with an error from the hub');
    await form.getByRole('textbox', { name: 'Maximum amount' }).fill('100,000');
    await form.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('The opportunity is published.').waitFor();
    const callUrl = page.url();
    const about = page.getByRole('region', { name: 'About this opportunity' });
    await about.getByText('€50,000.00 to €100,000.00').waitFor();
    await about.getByText('Rwanda').waitFor();
    await page.getByText(/Closes .*Africa\/Kinshasa|Closes .*\(your time\)/).first().waitFor();
    await expectAccessible(page, 'call page, publisher');

    // the publisher uploads the terms of reference; a file that is not what its name says is refused
    const files = page.getByRole('region', { name: 'Documents to download' });
    await files.getByLabel('Add a document').setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
    await files.getByRole('button', { name: 'Upload' }).click();
    await files.getByRole('alert').waitFor();
    await files.getByLabel('Add a document').setInputFiles({ name: 'Terms of reference.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% terms\n%%EOF\n') });
    await files.getByRole('button', { name: 'Upload' }).click();
    await files.getByRole('link', { name: 'Terms of reference.pdf' }).waitFor();

    // the French text, marked as a translation
    const languages = page.getByRole('navigation', { name: 'Languages of this opportunity' });
    await languages.getByRole('link', { name: 'English (original)' }).waitFor();
    await languages.getByRole('link', { name: 'French (translation)' }).click();
    await page.getByRole('heading', { level: 1, name: titleFr }).waitFor();
    await page.getByText('Translation; the original is in English.').waitFor();

    // the company finds it through the minerals facet…
    await app.drainSearch();
    const reader = await pageSignedInAs(company);
    await reader.goto('/calls');
    await reader.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
    const facets = reader.getByRole('complementary', { name: 'Narrow the results' });
    await pick(facets, /^Cobalt \(\d+\)/);
    await reader.waitForURL(/mineral=cobalt/);
    const results = reader.getByRole('region', { name: 'Results' });
    await results.getByRole('link', { name: title }).waitFor();
    await results.getByText(/^\d+ opportunit/).waitFor();
    await expectAccessible(reader, 'calls, filtered by a facet');

    // …and through a misspelled search, in a shareable address
    await reader.goto('/calls');
    await reader.getByRole('searchbox', { name: 'Search calls' }).fill('kolwesi traceabilty');
    await reader.waitForURL(/q=kolwesi/);
    await results.getByRole('link', { name: title }).waitFor();
    await reader.goto(`/calls?q=${encodeURIComponent('kolwesi traceabilty')}&sort=RELEVANCE`);
    await results.getByRole('link', { name: title }).waitFor();

    // it amplifies the call with a note
    await results.getByRole('link', { name: title }).click();
    await reader.getByRole('heading', { level: 1, name: title }).waitFor();
    await reader.getByRole('button', { name: 'Amplify' }).click();
    const dialog = reader.getByRole('dialog', { name: 'Amplify this opportunity' });
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Our suppliers in Kolwezi should apply.');
    await expectAccessible(reader, 'amplify dialog');
    await dialog.getByRole('button', { name: 'Amplify' }).click();
    await reader.getByText('You amplify this opportunity.').waitFor();
    const amplified = reader.getByRole('region', { name: 'Amplified by' });
    await amplified.getByRole('link', { name: companyName }).waitFor();
    await amplified.getByText('Our suppliers in Kolwezi should apply.').waitFor();
    await expectAccessible(reader, 'call page, reader');

    // listings say so
    await app.drainSearch();
    await reader.goto('/calls?mineral=cobalt');
    const card = results.getByRole('listitem').filter({ has: reader.getByRole('link', { name: title }) });
    await card.getByText('Amplified by').waitFor();
    await card.getByRole('link', { name: companyName }).waitFor();

    // it saves the search, then finds it with its feeds and makes a private feed link
    await reader.getByRole('button', { name: 'Save this search' }).click();
    const save = reader.getByRole('dialog', { name: 'Save this search' });
    await save.getByRole('textbox', { name: 'Name' }).fill(`Cobalt calls ${id}`);
    await pick(save, 'Weekly digest');
    await save.getByRole('button', { name: 'Save the search' }).click();
    await reader.getByText(`The search “Cobalt calls ${id}” is saved.`).waitFor();
    await reader.getByRole('link', { name: 'Your saved searches' }).first().click();
    await reader.getByRole('heading', { level: 1, name: 'Saved searches' }).waitFor();
    const saved = reader.getByRole('listitem').filter({ has: reader.getByRole('heading', { name: `Cobalt calls ${id}` }) });
    await saved.getByText('minerals: Cobalt').waitFor();
    await saved.getByText('Weekly digest', { exact: false }).waitFor();
    await reader.getByRole('button', { name: 'Create private feed link' }).click();
    await reader.getByText('Copy your private feed link now: it is shown only once.').waitFor();
    const feedUrl = await reader.getByRole('textbox', { name: 'Private RSS feed of all opportunities' }).inputValue();
    expect(feedUrl).toMatch(/\/feeds\/opportunities\.rss\?token=.+/);
    await reader.getByText(/A private feed token is active since/).waitFor();
    await expectAccessible(reader, 'saved searches with a private feed link');
    await saved.getByRole('link', { name: `Open Cobalt calls ${id}` }).click();
    await reader.waitForURL(/\/calls\?mineral=cobalt/);
    await results.getByRole('link', { name: title }).waitFor();

    // the public RSS feed of the search has the call
    const rss = await reader.request.get(`/feeds/opportunities.rss?mineral=cobalt`);
    expect(rss.status()).toBe(200);
    expect(await rss.text()).toContain(title);

    // the publisher's page lists the amplification too
    await page.goto(callUrl);
    await page.getByRole('region', { name: 'Amplified by' }).getByRole('link', { name: companyName }).waitFor();
  }, LONG);

  it.each([
    ['fr', 'Santé et sécurité', 'République démocratique du Congo', 'Cobalt'],
    ['es', 'Salud y seguridad', 'República Democrática del Congo', 'Cobalto'],
  ])('a signed-out %s reader sees the facets of reference data in that language, not in English', async (language, theme, country, mineral) => {
    const id = unique();
    const publisher = await aUser(app, { organization: { name: `Cobalt Alliance ${language} ${id}`, kind: OrganizationKind.SECRETARIAT } });
    const { createOpportunity: call } = await publisher.client.ok(CREATE, {
      input: {
        kind: 'GRANT',
        texts: [{ language: 'en', title: `Safer cobalt pits ${id}`, summary: 'Small grants for safety equipment at artisanal cobalt sites.', isOriginal: true }],
        deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        timeZone: 'Africa/Lubumbashi',
        countries: ['CD'],
        themes: ['health-and-safety'],
        minerals: ['cobalt'],
        visibility: { level: 'PUBLIC' },
      },
    });
    await publisher.client.ok(PUBLISH, { id: call.id });
    await app.drainSearch();

    const page = await newPage();
    await page.addInitScript(`localStorage.setItem('commonground.language', ${JSON.stringify(language)})`);
    await page.goto('/calls');
    // a facet value reads "Santé et sécurité (1)"
    const facet = (name: string) => page.locator('.cg-calls-facets').getByText(new RegExp(`^${escapeRegExp(name)} \\(\\d+\\)$`));
    await facet(theme).waitFor();
    await facet(country).waitFor();
    await facet(mineral).waitFor();
    for (const english of ['Health and safety', 'Democratic Republic of the Congo', 'Middle Africa', 'Sub-Saharan Africa']) {
      expect(await facet(english).count()).toBe(0);
    }
  });

  it('two people register for a one-seat webinar: the second waits; the organizer sees and exports them; a cancellation frees the seat', async () => {
    const id = unique();
    const title = `Webinar on mica sourcing ${id}`;
    const organizer = await aUser(app, { organization: { name: `Mica Initiative ${id}`, kind: OrganizationKind.SECRETARIAT } });
    const { createOpportunity: webinar } = await organizer.client.ok(CREATE, {
      input: {
        kind: 'WEBINAR',
        texts: [{ language: 'en', title, summary: 'An hour on responsible mica sourcing.', isOriginal: true }],
        deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        timeZone: 'Asia/Kolkata',
        startsAt: new Date(Date.now() + 12 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 12 * 86_400_000 + 3_600_000).toISOString(),
        seatLimit: 1,
        minerals: ['mica'],
      },
    });
    await organizer.client.ok(PUBLISH, { id: webinar.id });
    const first = await aUser(app, { name: 'Ana First', organization: { name: `First Co ${id}` } });
    const second = await aUser(app, { name: 'Bruno Second', organization: { name: `Second Co ${id}` } });

    const firstPage = await pageSignedInAs(first);
    await firstPage.goto(`/calls/${webinar.id}`);
    await firstPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const registration = firstPage.getByRole('region', { name: 'Registration' });
    await registration.getByText('1 seat left of 1.').waitFor();
    await registration.getByRole('button', { name: 'Register' }).click();
    await firstPage.getByText('You are registered.').first().waitFor();
    await registration.getByText('0 seats left of 1.').waitFor();

    // reminders: 7 and 1 days before the deadline
    const follow = firstPage.getByRole('region', { name: 'Keep track' });
    await pick(follow, '7 days before');
    await firstPage.getByText('Your reminders are saved.').waitFor();
    await expect(follow.getByRole('checkbox', { name: '7 days before' }).isChecked()).resolves.toBe(true);
    await expect(follow.getByRole('link', { name: 'Add to calendar' }).getAttribute('href')).resolves.toContain(`/api/opportunities/${webinar.id}.ics`);
    await expectAccessible(firstPage, 'webinar page, registered');

    const secondPage = await pageSignedInAs(second);
    await secondPage.goto(`/calls/${webinar.id}`);
    const secondRegistration = secondPage.getByRole('region', { name: 'Registration' });
    await secondRegistration.getByText('0 seats left of 1.').waitFor();
    await secondRegistration.getByRole('button', { name: 'Join the waiting list' }).click();
    await secondPage.getByText('You are on the waiting list, position 1.').first().waitFor();
    await expectAccessible(secondPage, 'webinar page, waitlisted');

    // the organizer: both, confirmed first, and the CSV export
    const organizerPage = await pageSignedInAs(organizer);
    await organizerPage.goto(`/calls/${webinar.id}`);
    const attendees = organizerPage.getByRole('table', { name: `Attendees of ${title}` });
    await attendees.getByRole('row').filter({ hasText: 'Ana First' }).getByText('Confirmed').waitFor();
    await attendees.getByRole('row').filter({ hasText: 'Bruno Second' }).getByText('Waiting list').waitFor();
    const exportLink = organizerPage.getByRole('link', { name: 'Export CSV' });
    expect(await exportLink.getAttribute('href')).toBe(`/api/opportunities/${webinar.id}/attendees.csv`);
    const csv = await organizerPage.request.get(`/api/opportunities/${webinar.id}/attendees.csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain(first.email);
    expect(text).toContain(second.email);
    await expectAccessible(organizerPage, 'webinar page, organizer');

    // the first cancels: the second gets the seat
    await registration.getByRole('button', { name: 'Cancel my registration' }).click();
    await firstPage.getByRole('alertdialog', { name: 'Cancel your registration?' }).getByRole('button', { name: 'Cancel my registration' }).click();
    await firstPage.getByText('Your registration is cancelled.').waitFor();
    await secondPage.reload();
    await secondPage.getByText('You are registered.').first().waitFor();

    // an unsubscribe link does nothing until the button is pressed
    const anonymous = await newPage();
    await anonymous.goto('/unsubscribe/not-a-real-token');
    await anonymous.getByRole('heading', { level: 1, name: 'Unsubscribe' }).waitFor();
    await expectAccessible(anonymous, 'unsubscribe page');
    await anonymous.getByRole('button', { name: 'Unsubscribe' }).click();
    await anonymous.getByText(/You are unsubscribed\.|There was nothing to unsubscribe from\.|not valid|Unknown|expired/i).first().waitFor();
  }, LONG);
});
