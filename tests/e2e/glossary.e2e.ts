// Browser journeys of the glossary: definitions side by side and their word
// diff, two colleagues revising the same definition at once (CONFLICT), a
// consultation with stances and an adoption, export and re-import of a
// glossary, and the term and principle pages. Terms and definitions are set up
// through GraphQL for speed; each distinct page gets an axe check.
import { OrganizationKind } from '@commonground/api-core';
import { SignedIn, TestApp, aUser } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CREATE_INITIATIVE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id slug name } }`;
const APPLY = `mutation($id: ID!) { applyToInitiative(initiativeId: $id) { status } }`;
const DECIDE = `mutation($i: ID!, $o: ID!) { setInitiativeMemberStatus(initiativeId: $i, organizationId: $o, status: ACTIVE) { status } }`;
const CREATE_TERM = `mutation($input: TermInput!, $i: ID) { createTerm(input: $input, initiativeId: $i) { id slug } }`;
const ADD = `mutation($input: DefinitionInput!) { addDefinition(input: $input) { id currentRevision { id number } } }`;
const REVISE = `mutation($input: ReviseDefinitionInput!) { reviseDefinition(input: $input) { id } }`;
const OPEN = `mutation($id: ID!, $e: DateTime!) { openConsultation(definitionId: $id, endsAt: $e) { status } }`;
const ADOPT = `mutation($id: ID!, $n: Int!) { adoptDefinition(definitionId: $id, revisionNumber: $n) { status } }`;
const COMMENT = `mutation($id: ID!, $b: String!) { commentOnDefinition(definitionId: $id, body: $b) { id } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describeInBrowser('glossary journeys in the browser', () => {
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

  /** A secretariat running an initiative, and member companies (active members, signed in as their owners). */
  async function anInitiativeWithMembers(id: string, memberNames: string[] = []) {
    const secretariatName = `Tin Alliance Secretariat ${id}`;
    const secretariat = await aUser(app, { name: 'Sofia Secretariat', organization: { name: secretariatName, kind: OrganizationKind.SECRETARIAT } });
    const { createInitiative: initiative } = await secretariat.client.ok(CREATE_INITIATIVE, { input: { name: `Responsible Tin ${id}`, description: 'Tin from the Great Lakes' } });
    const members: SignedIn[] = [];
    for (const name of memberNames) {
      const member = await aUser(app, { name: `Owner of ${name}`, organization: { name, kind: OrganizationKind.COMPANY } });
      await member.client.ok(APPLY, { id: initiative.id });
      await secretariat.client.ok(DECIDE, { i: initiative.id, o: member.organizationId });
      members.push(member);
    }
    return { secretariat, secretariatName, initiative: initiative as { id: string; slug: string; name: string }, members };
  }

  /** A term of the initiative with a proposed common definition (by the secretariat) and, optionally, a source definition (by a member). */
  async function aTerm(secretariat: SignedIn, initiativeId: string, id: string, proposed: string, source?: { by: SignedIn; text: string }) {
    const slug = `formalization-${id}`;
    const { createTerm: term } = await secretariat.client.ok(CREATE_TERM, {
      input: { slug, labels: [{ language: 'en', text: `Formalization ${id}` }, { language: 'es', text: `Formalización ${id}` }], altLabels: [{ language: 'en', text: 'formalisation' }], category: 'Mining', themes: ['formalization'], minerals: ['tin'] },
      i: initiativeId,
    });
    const { addDefinition: common } = await secretariat.client.ok(ADD, { input: { termId: term.id, kind: 'PROPOSED', initiativeId, texts: [{ language: 'en', text: proposed }] } });
    let sourceId: string | null = null;
    if (source) {
      const { addDefinition } = await source.by.client.ok(ADD, {
        input: { termId: term.id, kind: 'SOURCE', texts: [{ language: 'en', text: source.text }], citation: { title: 'Company sourcing policy', url: 'https://example.org/policy', year: 2024 } },
      });
      sourceId = addDefinition.id;
    }
    return { termId: term.id as string, slug: term.slug as string, proposedId: common.id as string, sourceId };
  }

  it('compares two definitions side by side, word by word, and reads the term in another language', async () => {
    const id = unique();
    const companyName = `Kivu Tin Traders ${id}`;
    const { secretariat, secretariatName, initiative, members } = await anInitiativeWithMembers(id, [companyName]);
    const [company] = members;
    const { slug } = await aTerm(secretariat, initiative.id, id, 'A progressive process through which artisanal miners come under the legal framework of their country.', {
      by: company!,
      text: 'The process by which artisanal miners obtain the legal titles and permits that the law requires.',
    });

    const page = await pageSignedInAs(company!);
    await page.goto('/glossary');
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search terms' }).fill(`Formalization ${id}`);
    const terms = page.getByRole('list', { name: 'Terms' });
    await terms.getByRole('link', { name: `Formalization ${id}` }).waitFor();
    await terms.getByText('2 definitions').waitFor();
    await expectAccessible(page, 'glossary home, member');

    await terms.getByRole('link', { name: `Formalization ${id}` }).click();
    await page.getByRole('heading', { level: 1, name: `Formalization ${id}` }).waitFor();
    await page.getByRole('heading', { name: '2 definitions side by side' }).waitFor();
    const proposed = page.getByRole('article', { name: secretariatName });
    const source = page.getByRole('article', { name: companyName });
    await proposed.getByText('Proposed common').waitFor();
    await expect(proposed.getByText('Draft', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(source.getByText('Source', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(source.getByRole('link', { name: /Company sourcing policy/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Also called: formalisation').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'term page, two definitions');

    // compare: from the source to the proposed common definition
    const compare = page.getByRole('region', { name: 'Compare two definitions' });
    await choose(compare, 'First definition', `${companyName} · Source · r1`);
    await choose(compare, 'Second definition', `${secretariatName} · Proposed common · r1`);
    await compare.getByRole('button', { name: 'Compare' }).click();
    const result = compare.locator('#compare-result');
    await result.waitFor();
    await expect(result.locator('ins').filter({ hasText: 'progressive' }).count()).resolves.toBe(1);
    await expect(result.locator('del').filter({ hasText: 'titles' }).count()).resolves.toBe(1);
    await compare.getByText(/\d+ insertions?, \d+ deletions?/).waitFor();
    await expectAccessible(page, 'term page, with a comparison');
    // on a phone the two selects of long definition names stay on the screen
    await page.setViewportSize({ width: 390, height: 844 });
    await compare.getByRole('button', { name: /First definition$/ }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const select = await compare.getByRole('button', { name: /Second definition$/ }).boundingBox();
    expect(select!.x + select!.width).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });

    // read in Spanish: the label is translated, the definitions fall back to English with a note
    await page.getByRole('navigation', { name: 'Language of the glossary content' }).getByRole('link', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: `Formalización ${id}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await proposed.getByText('Not available in Spanish: shown in English, the language it was written in.').waitFor();
    // a stable public link per language: a signed-out visitor sees the label, and only public (source) definitions
    const visitor = await newPage();
    await visitor.goto(`/glossary/${slug}?lang=fr`);
    await visitor.getByRole('heading', { level: 1, name: `Formalization ${id} (English)` }).waitFor();
    await visitor.getByRole('heading', { name: '1 definition side by side' }).waitFor();
    await expect(visitor.getByRole('article', { name: companyName }).isVisible()).resolves.toBe(true);
    await expectAccessible(visitor, 'term page, signed out, French');
    // under a French interface the reference data of the term reads in French too: category, mineral, theme
    const french = await newPage();
    await french.addInitScript("localStorage.setItem('commonground.language', 'fr')");
    await french.goto(`/glossary/${slug}`);
    await french.getByText('Exploitation minière').first().waitFor();
    await french.getByText('Étain', { exact: true }).waitFor();
    await french.getByText('Formalisation', { exact: true }).waitFor();
    for (const english of ['Mining', 'Tin', 'Formalization']) expect(await french.getByText(english, { exact: true }).count()).toBe(0);
  });

  it('two colleagues revise the same definition at once: the second sees their refused text beside the newer one', async () => {
    const id = unique();
    const { secretariat, secretariatName, initiative } = await anInitiativeWithMembers(id);
    const { slug } = await aTerm(secretariat, initiative.id, id, 'A progressive process of legal recognition.');
    // a colleague in the same secretariat, invited through the API
    const colleagueEmail = `colleague-${id}@example.org`;
    await secretariat.client.ok(INVITE, { input: { organizationId: secretariat.organizationId, email: colleagueEmail, role: 'ADMIN' } });
    await app.deliverMail();
    const [mail] = await app.dataSource.query(`SELECT text FROM mail_messages WHERE to_address = $1`, [colleagueEmail]);
    const token = /\/invitations\/([^\s/?#]+)/.exec(mail.text)![1]!;
    const colleague = await aUser(app, { name: 'Carlos Colleague', email: colleagueEmail, organization: null, invitationToken: token });

    const first = await pageSignedInAs(secretariat);
    const second = await pageSignedInAs(colleague);
    for (const page of [first, second]) {
      await page.goto(`/glossary/${slug}`);
      await page.getByRole('heading', { level: 1, name: `Formalization ${id}` }).waitFor();
      await page.getByRole('article', { name: secretariatName }).getByRole('button', { name: 'Revise' }).click();
      await page.getByRole('form', { name: 'Revise the definition' }).waitFor();
    }

    // the first saves revision 2
    const firstForm = first.getByRole('form', { name: 'Revise the definition' });
    await firstForm.getByRole('textbox', { name: 'Text in English (original)' }).fill('A progressive process of legal and institutional recognition.');
    await firstForm.getByRole('textbox', { name: 'Change note' }).fill('After the April alignment meeting');
    await firstForm.getByRole('button', { name: 'Save a new revision' }).click();
    await first.getByText('Revision 2 is saved.').waitFor();

    // the second, still on revision 1, is refused; nothing typed is lost
    const secondForm = second.getByRole('form', { name: 'Revise the definition' });
    await expectAccessible(second, 'term page, revising a definition');
    await secondForm.getByRole('textbox', { name: 'Text in English (original)' }).fill('A gradual path to legal recognition that keeps livelihoods intact.');
    await secondForm.getByRole('button', { name: 'Save a new revision' }).click();
    const conflict = second.getByRole('region', { name: 'Someone saved revision 2 while you were editing' });
    await conflict.waitFor();
    await conflict.getByRole('region', { name: 'Your text (not saved)' }).getByText('A gradual path to legal recognition that keeps livelihoods intact.').waitFor();
    await conflict.getByRole('region', { name: 'Revision 2 (saved meanwhile)' }).getByText('A progressive process of legal and institutional recognition.').waitFor();
    await expectAccessible(second, 'term page, conflict');

    // carry on from revision 2 with the refused text
    await conflict.getByRole('button', { name: 'Edit my text again, based on revision 2' }).click();
    const again = second.getByRole('form', { name: 'Revise the definition' });
    await again.getByText('You are editing revision 2.').waitFor();
    await expect(again.getByRole('textbox', { name: 'Text in English (original)' }).inputValue()).resolves.toBe('A gradual path to legal recognition that keeps livelihoods intact.');
    await again.getByRole('button', { name: 'Save a new revision' }).click();
    await second.getByText('Revision 3 is saved.').waitFor();
    const card = second.getByRole('article', { name: secretariatName });
    await card.getByText('A gradual path to legal recognition that keeps livelihoods intact.').waitFor();

    // the history has the three revisions and the word diff between two
    await card.getByRole('button', { name: 'History (3 revisions)' }).click();
    await card.getByText('After the April alignment meeting').waitFor();
    await choose(card, 'From', 'Revision 1');
    await choose(card, 'To', 'Revision 2');
    await card.getByText('Changes from revision 1 to revision 2:').waitFor();
    await expect(card.locator('ins').filter({ hasText: 'institutional' }).count()).resolves.toBe(1);

    // a French translation of revision 3; once revision 4 exists it reads as outdated
    await card.getByRole('button', { name: 'Translate' }).click();
    const translate = card.getByRole('form', { name: 'Translate a revision' });
    await translate.getByRole('button', { name: 'French Into' }).waitFor();
    await translate.getByRole('textbox', { name: 'Text in French' }).fill('Un chemin progressif vers la reconnaissance légale qui préserve les moyens de subsistance.');
    await translate.getByRole('button', { name: 'Save the translation' }).click();
    await second.getByText('The French translation of revision 3 is saved.').waitFor();
    await second.goto(`/glossary/${slug}?lang=fr`);
    await card.getByText('Un chemin progressif vers la reconnaissance légale qui préserve les moyens de subsistance.').waitFor();
    await expect(card.getByText(/^Outdated translation/).count()).resolves.toBe(0);
    const [definition] = (await colleague.client.ok(`query($slug: String!) { term(slug: $slug) { definitions { id } } }`, { slug })).term.definitions;
    await colleague.client.ok(REVISE, { input: { definitionId: definition.id, basedOnRevision: 3, texts: [{ language: 'en', text: 'A gradual path to legal recognition that keeps livelihoods and safety intact.' }] } });
    await second.reload();
    await card.getByText('Outdated translation: this French text was made for an earlier revision; revision 4 changed the English original since.').waitFor();
  });

  it('a consultation: member admins endorse or object with a reason, the secretariat adopts', async () => {
    const id = unique();
    const endorserName = `Lake Kivu Smelting ${id}`;
    const objectorName = `Andean Tin Buyers ${id}`;
    const { secretariat, secretariatName, initiative, members } = await anInitiativeWithMembers(id, [endorserName, objectorName]);
    const [endorser, objector] = members;
    const { slug, proposedId } = await aTerm(secretariat, initiative.id, id, 'A progressive process of legal recognition.');

    // the secretariat opens the consultation with the date picker
    const secPage = await pageSignedInAs(secretariat);
    await secPage.goto(`/glossary/${slug}`);
    const secCard = secPage.getByRole('article', { name: secretariatName });
    await secCard.getByText('Open a consultation before adopting: members comment, endorse or object first.').waitFor();
    await secCard.getByRole('button', { name: 'Open a consultation' }).click();
    const consultation = secCard.getByRole('form', { name: 'Consultation' });
    const closing = new Date(Date.now() + 14 * 86_400_000);
    const day = `${closing.getFullYear()}-${String(closing.getMonth() + 1).padStart(2, '0')}-${String(closing.getDate()).padStart(2, '0')}`;
    await consultation.getByLabel('Closes at the end of').fill(day);
    await expectAccessible(secPage, 'term page, opening a consultation');
    await consultation.getByRole('button', { name: 'Open the consultation' }).click();
    await secCard.getByText(/^The consultation is open until /).waitFor();
    await secCard.getByText('In consultation', { exact: true }).waitFor();

    // six comments already, from another member
    for (let n = 1; n <= 6; n++) await objector!.client.ok(COMMENT, { id: proposedId, b: `Early comment ${n}` });

    // a member's administrator endorses
    const endorserPage = await pageSignedInAs(endorser!);
    await endorserPage.goto(`/glossary/${slug}`);
    const card = endorserPage.getByRole('article', { name: secretariatName });
    await card.getByText(/^Open for stances and comments until /).waitFor();
    await card.getByRole('button', { name: 'Endorse' }).click();
    await card.getByRole('button', { name: `Endorse on behalf of ${endorserName}` }).click();
    await card.getByText(`${endorserName} endorses this text.`).waitFor();
    await card.getByRole('listitem').filter({ hasText: endorserName }).getByText('Endorses').waitFor();
    // reads the comments page by page, and comments
    await card.getByText('Comments (6)').click();
    await card.getByText('Early comment 5').waitFor();
    await card.getByText('Showing 5 of 6').waitFor();
    await expect(card.getByText('Early comment 6').count()).resolves.toBe(0);
    await card.getByRole('button', { name: 'Load more' }).click();
    await card.getByText('Early comment 6').waitFor();
    await card.getByRole('textbox', { name: 'Your comment' }).fill('We support this wording.');
    await card.getByRole('button', { name: 'Post the comment' }).click();
    await card.getByText('We support this wording.').waitFor();
    await card.getByText('Comments (7)').waitFor();
    await expectAccessible(endorserPage, 'term page, member during a consultation');

    // another objects: a reason is required
    const objectorPage = await pageSignedInAs(objector!);
    await objectorPage.goto(`/glossary/${slug}`);
    const objectorCard = objectorPage.getByRole('article', { name: secretariatName });
    await objectorCard.getByRole('button', { name: 'Object' }).click();
    const stance = objectorCard.getByRole('form', { name: "Your organization's stance" });
    await stance.getByRole('button', { name: `Object on behalf of ${objectorName}` }).click();
    const reason = stance.getByRole('textbox', { name: 'Why your organization objects' });
    await stance.getByText('This field is required.').waitFor();
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await reason.fill('Livelihoods must be protected during the process.');
    await stance.getByRole('button', { name: `Object on behalf of ${objectorName}` }).click();
    await objectorCard.getByText(`${objectorName} objects to this text.`).waitFor();
    await objectorCard.getByText('Livelihoods must be protected during the process.').waitFor();

    // the text changes: the endorsement is now of an earlier revision
    await secretariat.client.ok(REVISE, { input: { definitionId: proposedId, basedOnRevision: 1, texts: [{ language: 'en', text: 'A progressive process of legal recognition that protects livelihoods.' }], changeNote: 'Integrates the objection' } });
    await secPage.reload();
    await secCard.getByText('Endorsed an earlier revision (r1)').waitFor();
    await secCard.getByText('1 endorse, 1 object').waitFor();

    // the secretariat adopts revision 2
    await secCard.getByRole('button', { name: 'Adopt' }).click();
    const adopt = secCard.getByRole('form', { name: 'Adopt a revision' });
    await adopt.getByRole('button', { name: 'Revision 2 (current) Revision to adopt' }).waitFor();
    await expectAccessible(secPage, 'term page, adopting');
    await adopt.getByRole('button', { name: 'Adopt revision 2' }).click();
    await secCard.getByText('Revision 2 is adopted.').waitFor();
    await secCard.getByText('Adopted', { exact: true }).first().waitFor();

    // adopted: public, on the stable page, to anyone
    const visitor = await newPage();
    await visitor.goto(`/glossary/${slug}`);
    const publicCard = visitor.getByRole('article', { name: secretariatName });
    await publicCard.getByText('A progressive process of legal recognition that protects livelihoods.').waitFor();
    await expect(publicCard.getByText('Adopted', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(visitor, 'term page, adopted, signed out');
  });

  it('exports an initiative glossary and imports it into another initiative', async () => {
    const id = unique();
    const { secretariat, initiative } = await anInitiativeWithMembers(id);
    const { termId, proposedId } = await aTerm(secretariat, initiative.id, id, 'A progressive process of legal recognition.');
    await secretariat.client.ok(CREATE_TERM, { input: { slug: `artisanal-mining-${id}`, labels: [{ language: 'en', text: `Artisanal mining ${id}` }, { language: 'fr', text: `Exploitation artisanale ${id}` }], broaderIds: [termId] }, i: initiative.id });
    await secretariat.client.ok(OPEN, { id: proposedId, e: inDays(10) });
    await secretariat.client.ok(ADOPT, { id: proposedId, n: 1 });
    const { createInitiative: other } = await secretariat.client.ok(CREATE_INITIATIVE, { input: { name: `Responsible Cobalt ${id}` } });

    const page = await pageSignedInAs(secretariat);
    await page.goto('/glossary');
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await choose(page.getByRole('search'), 'Initiative', initiative.name);
    await page.getByText('2 terms').waitFor();
    const exportSection = page.getByRole('region', { name: 'Export' });
    await exportSection.getByText(`The glossary of ${initiative.name} with its adopted definitions, as a file.`).waitFor();
    await expectAccessible(page, 'glossary home, secretariat');
    const [download] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('button', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`${initiative.slug}.csv`);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('slug');
    expect(csv).toContain(`formalization-${id}`);
    expect(csv).toContain('A progressive process of legal recognition.');
    await exportSection.getByText(`${initiative.slug}.csv is downloaded.`).waitFor();

    // the same terms under new addresses, as another hub would have them (slugs are unique across the platform)
    const renamed = csv.split(`formalization-${id}`).join(`formalization-copy-${id}`).split(`artisanal-mining-${id}`).join(`artisanal-mining-copy-${id}`);
    const importSection = page.getByRole('region', { name: 'Import' });
    await choose(importSection, 'Import into', other.name);
    await importSection.getByLabel('File').setInputFiles({ name: 'glossary.csv', mimeType: 'text/csv', buffer: Buffer.from(renamed, 'utf8') });
    await importSection.getByRole('button', { name: 'CSV Format' }).waitFor();
    await importSection.getByRole('button', { name: 'Import', exact: true }).click();
    const report = importSection.getByRole('region', { name: 'Import report' });
    await report.getByText('The file is imported.').waitFor();
    await expect(report.locator('.cg-figure').filter({ hasText: 'Created' }).locator('dd').textContent()).resolves.toBe('2');
    await expectAccessible(page, 'glossary home, import report');

    // the other initiative's glossary has them, with the adopted definition
    await choose(page.getByRole('search'), 'Initiative', other.name);
    const terms = page.getByRole('list', { name: 'Terms' });
    await terms.getByRole('link', { name: `Formalization ${id}` }).waitFor();
    await terms.getByRole('link', { name: `Artisanal mining ${id}` }).click();
    await page.getByRole('heading', { level: 1, name: `Artisanal mining ${id}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/glossary/artisanal-mining-copy-${id}`);
    await page.getByRole('region', { name: 'About the term' }).getByRole('link', { name: `Formalization ${id}` }).waitFor();

    // a broken file imports nothing and says where
    await page.goto('/glossary');
    const broken = page.getByRole('region', { name: 'Import' });
    await broken.getByLabel('File').setInputFiles({ name: 'broken.ttl', mimeType: 'text/turtle', buffer: Buffer.from('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<a> skos:prefLabel "x"@en\n<b> oops', 'utf8') });
    await broken.getByRole('button', { name: 'Import', exact: true }).click();
    const failed = broken.getByRole('region', { name: 'Import report' });
    await failed.getByText(/^Nothing was imported: the file has \d+ errors?\.$/).waitFor();
    await expect(failed.getByRole('table', { name: 'Errors' }).getByRole('cell').first().textContent()).resolves.toMatch(/^\d+$/);
  });

  it('a secretariat creates a term and drafts and revises a principle set; a member compares its revisions and comments on a principle', async () => {
    const id = unique();
    const memberName = `Mica Buyers ${id}`;
    const { secretariat, initiative, members } = await anInitiativeWithMembers(id, [memberName]);
    await aTerm(secretariat, initiative.id, id, 'A progressive process of legal recognition.');

    // the term form: labels per language, tags, a broader term
    const page = await pageSignedInAs(secretariat);
    await page.goto('/glossary');
    await page.getByRole('link', { name: 'New term' }).click();
    await page.getByRole('heading', { level: 1, name: 'New term' }).waitFor();
    await page.getByRole('textbox', { name: 'Label in English' }).fill(`Legitimacy ${id}`);
    await page.getByRole('textbox', { name: 'Label in French' }).fill(`Légitimité ${id}`);
    await page.getByRole('textbox', { name: 'Alternative labels in English' }).fill('legitimate mining');
    await page.getByRole('textbox', { name: 'Category' }).fill('Mining');
    await page.getByRole('group', { name: 'Minerals' }).getByText('Gold', { exact: true }).click();
    await page.getByRole('group', { name: 'Themes' }).getByText('Governance', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Broader terms' }).fill(`Formalization ${id}`);
    await page.getByRole('option', { name: new RegExp(`^Formalization ${id}`) }).click();
    await page.getByRole('button', { name: `Remove Formalization ${id}` }).waitFor();
    await expectAccessible(page, 'new term form');
    await page.getByRole('button', { name: 'Create the term' }).click();
    await page.getByText('The term is created. Add its first definition below.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Legitimacy ${id}` }).waitFor();
    const about = page.getByRole('region', { name: 'About the term' });
    await about.getByRole('link', { name: `Formalization ${id}` }).waitFor();
    await expect(about.getByText('Gold').isVisible()).resolves.toBe(true);
    // its creator edits it: a Spanish label
    await page.getByRole('link', { name: 'Edit the term' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit the term: Legitimacy ${id}` }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Alternative labels in English' }).inputValue()).resolves.toBe('legitimate mining');
    await page.getByRole('textbox', { name: 'Label in Spanish' }).fill(`Legitimidad ${id}`);
    await expectAccessible(page, 'edit term form');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('The term is saved.').waitFor();
    await about.getByText(`Legitimidad ${id}`).waitFor();
    await about.getByRole('link', { name: `Formalization ${id}` }).waitFor();

    // a principle set, drafted then revised with a note
    await page.goto('/glossary');
    await page.getByRole('link', { name: 'New principle set' }).click();
    await page.getByRole('heading', { level: 1, name: 'New principle set' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Progressive sourcing');
    const first = page.getByRole('group', { name: 'Principle 1' });
    await first.getByRole('textbox', { name: 'Statement' }).fill('Stay engaged with artisanal producers');
    await first.getByRole('textbox', { name: 'Explanation' }).fill('Disengagement harms miners.');
    await page.getByRole('button', { name: 'Add a principle' }).click();
    const second = page.getByRole('group', { name: 'Principle 2' });
    await second.getByRole('textbox', { name: 'Statement' }).fill('Share the cost of evidence');
    await second.getByRole('textbox', { name: 'Sub-points' }).fill('Pooled audits');
    await second.getByRole('textbox', { name: 'Footnotes' }).fill('See the cost pools.');
    await expectAccessible(page, 'new principle set form');
    await page.getByRole('button', { name: 'Create the principle set' }).click();
    await page.getByText('The principle set is created as a draft.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Progressive sourcing' }).waitFor();
    await page.getByRole('link', { name: 'Revise the principles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revise the principles' }).waitFor();
    await page.getByRole('group', { name: 'Principle 2' }).getByRole('textbox', { name: 'Footnotes' }).fill('');
    await page.getByRole('button', { name: 'Add a principle' }).click();
    await page.getByRole('group', { name: 'Principle 3' }).getByRole('textbox', { name: 'Statement' }).fill('Do no harm to livelihoods');
    await page.getByRole('textbox', { name: 'Change note' }).fill('Updated after the April alignment meeting');
    await expectAccessible(page, 'revise principles form');
    await page.getByRole('button', { name: 'Save a new revision' }).click();
    await page.getByText('Revision 2 is saved.').waitFor();

    const member = await pageSignedInAs(members[0]!);
    await member.goto('/glossary');
    await member.getByRole('region', { name: 'Principle sets' }).getByRole('link', { name: 'Progressive sourcing' }).click();
    await member.getByRole('heading', { level: 1, name: 'Progressive sourcing' }).waitFor();
    await member.getByRole('heading', { name: 'Principles (revision 2)' }).waitFor();
    const principles = member.getByRole('region', { name: 'Principles (revision 2)' });
    await principles.getByRole('heading', { name: /Principle 3\s+Do no harm to livelihoods/ }).waitFor();
    await expect(principles.getByText('Pooled audits').isVisible()).resolves.toBe(true);
    await member.getByText('Updated after the April alignment meeting').first().waitFor();
    const history = member.getByRole('region', { name: 'Revisions' });
    await history.getByRole('button', { name: 'Compare' }).click();
    await expect(history.locator('ins').filter({ hasText: 'livelihoods' }).count()).resolves.toBeGreaterThan(0);
    await expect(history.locator('del').filter({ hasText: 'pools' }).count()).resolves.toBeGreaterThan(0);
    // a comment on one principle
    const third = principles.getByRole('listitem').filter({ has: member.getByRole('heading', { name: /Do no harm to livelihoods/ }) });
    await third.getByText('Comments (0)').click();
    await third.getByRole('textbox', { name: 'Your comment' }).fill('Add a grievance mechanism.');
    await third.getByRole('button', { name: 'Post the comment' }).click();
    // the posted comment (the text box may still hold the text for a moment after posting)
    await third.getByRole('paragraph').filter({ hasText: 'Add a grievance mechanism.' }).waitFor();
    await expectAccessible(member, 'principle set page, member');
  });
});
