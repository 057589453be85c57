// Browser journey of community concerns: a signed-out reporter on a phone-sized
// screen files a concern in French with a photo (its GPS position removed on the
// way in) and keeps the code shown once; a case handler accepts it; it reaches
// the two companies whose current declarations report the smelter; one leads
// the case and replies to the reporter; the reporter reads the reply with the
// code. Each distinct page gets an axe check.
import { DeclarationImportService, fillDeclarationTemplate } from '@commonground/api-smelters';
import { SMELTERS } from '@commonground/shared-reference';
import { SignedIn, TestApp, aCompany, aUser, makePlatformAdmin } from '@commonground/api-testing';
import type { Page } from 'playwright-core';
import { jpegWithGps } from '../support/evidence-images';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const LONG = 300_000;
const X = SMELTERS.filter((s) => s.metal === 'TIN')[0];

describeInBrowser('community concerns journey in the browser', () => {
  const journeys = useBrowserJourneys();
  const { newPage, pageSignedInAs } = journeys;
  let app: TestApp;
  let admin: SignedIn;
  let alpha: SignedIn;
  let beta: SignedIn;

  async function importDeclaration(who: SignedIn, company: string) {
    const bytes = await fillDeclarationTemplate({ companyName: company, effectiveDate: '2026-06-30', smelters: [{ metal: X.metal, cid: X.cid }] }, { kind: 'CMRT' });
    const form = new FormData();
    form.append('files', new Blob([bytes]), `${company}.xlsx`);
    expect((await who.client.fetch('/api/declarations', { method: 'POST', body: form })).status).toBe(202);
    await app.app.get(DeclarationImportService).runPending();
  }

  /** A signed-out phone in French. */
  async function frenchPhone(): Promise<Page> {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript({ content: "window.localStorage.setItem('commonground.language', 'fr')" });
    return page;
  }

  /** nothing wider than the screen: no sideways scrolling on a phone */
  const fitsWidth = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');

  beforeAll(async () => {
    app = journeys.app;
    admin = await aUser(app, { name: 'Case Handler', organization: null });
    await makePlatformAdmin(app, admin.userId);
    alpha = await aCompany(app, 'Alpha Devices');
    beta = await aCompany(app, 'Beta Phones');
    await importDeclaration(alpha, 'Penang Solder Works');
    await importDeclaration(beta, 'Beta Wire Ltd');
  }, LONG);

  it(
    'a signed-out reporter files in French with a photo, a handler accepts, two companies are reached, one leads and replies, the reporter reads the reply with the code',
    async () => {
      // 1. the reporter, signed out, on a phone, in French
      const phone = await frenchPhone();
      await phone.goto('/concerns/report');
      await phone.getByRole('heading', { level: 1, name: 'Faire un signalement' }).waitFor();
      await expectAccessible(phone, 'report a concern (fr, 390 px)');
      expect(await fitsWidth(phone)).toBe(true);
      await phone.getByRole('combobox', { name: /Fonderie ou affinerie/ }).fill(X.cid);
      await phone.getByRole('option', { name: new RegExp(X.cid) }).click();
      await phone.getByLabel('Type de problème').selectOption({ label: 'Forces de sécurité publiques ou privées' });
      await phone.getByLabel("Ce qui s'est passé").fill('Des gardes ont frappé un creuseur à la porte de la fonderie le 12 avril.');
      await phone.getByLabel('Photos ou documents (facultatif)').setInputFiles({ name: 'IMG_20260412.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
      expect(await phone.getByRole('checkbox', { name: 'Rester anonyme' }).isChecked()).toBe(true);
      await phone.getByRole('button', { name: 'Envoyer le signalement' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Votre signalement a été envoyé' }).waitFor();
      const code = (await phone.getByTestId('follow-up-code').innerText()).trim();
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      await phone.getByText('Gardez ce code en lieu sûr').waitFor();
      await expectAccessible(phone, 'concern sent, code shown once (fr)');
      expect(await fitsWidth(phone)).toBe(true);
      const [row] = await app.dataSource.query(`SELECT c.id, c.reference FROM concerns c ORDER BY created_at DESC LIMIT 1`);
      const [stored] = await app.dataSource.query(`SELECT content_type FROM concern_evidence WHERE concern_id = $1`, [row.id]);
      expect(stored.content_type).toBe('image/jpeg');

      // 2. the case handler accepts it from the queue
      const handler = await pageSignedInAs(admin);
      await handler.goto('/concerns/cases');
      await handler.getByRole('heading', { level: 1, name: 'Concern cases' }).waitFor();
      await expectAccessible(handler, 'case queue');
      await handler.getByRole('link', { name: row.reference }).click();
      await handler.getByRole('heading', { level: 1, name: new RegExp(row.reference) }).waitFor();
      await handler.getByRole('link', { name: 'evidence-1.jpg' }).waitFor();
      await expectAccessible(handler, 'case page (handler, to triage)');
      await handler.getByRole('button', { name: 'Accept and route' }).click();
      await handler.getByText('Accepted and routed.').waitFor();
      const recipients = handler.getByRole('region', { name: 'Organizations reached', exact: true }).first();
      await recipients.getByRole('cell', { name: 'Alpha Devices' }).waitFor();
      await recipients.getByRole('cell', { name: 'Beta Phones' }).waitFor();
      await handler.getByRole('button', { name: 'Share evidence-1.jpg with the organizations' }).click();
      await handler.getByText('Shared with the organizations of the case.').waitFor();

      // 3. both companies are reached; Alpha leads and replies to the reporter
      const company = await pageSignedInAs(alpha);
      await company.goto('/concerns/cases');
      await company.getByRole('link', { name: row.reference }).click();
      await company.getByRole('heading', { level: 1, name: new RegExp(row.reference) }).waitFor();
      await company.getByText('Anonymous', { exact: true }).waitFor();
      await expectAccessible(company, 'case page (company reached)');
      await company.getByRole('button', { name: 'Lead the case' }).click();
      await company.getByText('Your organization leads the case.').waitFor();
      await company.getByLabel('Message').fill('Nous avons demandé à la fonderie une enquête ; un auditeur se rend sur place la semaine prochaine.');
      await company.getByRole('checkbox', { name: 'Visible to the reporter' }).check();
      await company.getByRole('button', { name: 'Send' }).click();
      await company.getByText('Message sent.').waitFor();
      const other = await pageSignedInAs(beta);
      await other.goto('/concerns/cases');
      await other.getByRole('link', { name: row.reference }).waitFor();

      // 4. the reporter reads the reply with the code
      const back = await frenchPhone();
      await back.goto('/concerns/follow-up');
      await back.getByRole('heading', { level: 1, name: 'Suivre un signalement' }).waitFor();
      await back.getByLabel('Votre code de suivi').fill(code);
      await back.getByRole('button', { name: 'Ouvrir' }).click();
      await back.getByText('un auditeur se rend sur place la semaine prochaine').waitFor();
      await back.getByText('Il a atteint 2 organisations', { exact: false }).waitFor();
      await expectAccessible(back, 'follow-up with the code (fr)');
      expect(await fitsWidth(back)).toBe(true);
      expect(await back.getByText('Alpha Devices').count()).toBe(0);

      // 5. the smelter's public page counts it, for anyone, by category
      const [{ smelter_id: smelterId }] = await app.dataSource.query(`SELECT smelter_id FROM concerns WHERE id = $1`, [row.id]);
      const visitor = await newPage();
      await visitor.goto(`/smelters/${smelterId}`);
      const counts = visitor.getByRole('region', { name: 'Community concerns', exact: true }).first();
      const line = counts.getByRole('row', { name: /Public or private security forces/ });
      await line.waitFor();
      expect(await line.getByRole('cell').allInnerTexts()).toEqual(['Public or private security forces', '1', '0']);
    },
    LONG,
  );
});
