// Browser journeys of smelters and joint audit sharing: a company uploads
// three supplier declarations at once (two CMRTs, one EMRT) through the
// upload form and watches them import (background jobs are off in tests: the
// test runs the pending imports while the page polls), sees that a second
// upload of the same file changes nothing, reads the validation report,
// resolves the name waiting in the review queue and sees its coverage grow,
// then proposes a joint audit that a peer joins. Another organization asks
// for an audit created and reported through the form, the owner approves, the
// reader downloads the PDF and the owner reads the access log. Each distinct
// page gets an axe check.
import { DeclarationImportService, fillDeclarationTemplate } from '@commonground/api-smelters';
import { SMELTERS } from '@commonground/shared-reference';
import { SignedIn, TestApp, aCompany } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** filling the RMI templates takes several seconds per file */
const LONG = 360_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar day `days` from today, as a date field takes it. */
const day = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const tin = SMELTERS.filter((s) => s.metal === 'TIN');
const gold = SMELTERS.filter((s) => s.metal === 'GOLD');
const cobalt = SMELTERS.filter((s) => s.metal === 'COBALT');
/** "Smelter not listed", typed by the supplier: close to EM Vinto (Bolivia) but not sure enough to match without a person. */
const VINTO = SMELTERS.find((s) => s.standardName === 'EM Vinto')!;
const TYPED_VINTO = 'EM Vinto Smelting Works';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describeInBrowser('smelters and audits journeys in the browser', () => {
  const journeys = useBrowserJourneys();
  const { pageSignedInAs } = journeys;
  let app: TestApp;
  let dir: string;
  beforeAll(() => {
    app = journeys.app;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-smelters-e2e-'));
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const runImports = () => app.app.get(DeclarationImportService).runPending();

  /** Picks an option of a react-aria select: a button whose name ends with the label, which opens a list box. */
  async function choose(scope: Page | Locator, label: string, option: string) {
    await scope.getByRole('button', { name: new RegExp(`${escapeRegExp(label)}$`) }).click();
    const page = 'page' in scope ? scope.page() : scope;
    await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  }

  /** A titled region of a page (its first: a table inside may be named like its section). */
  const region = (scope: Page | Locator, name: string) => scope.getByRole('region', { name, exact: true }).first();

  /** Waits until `read` gives `expected` (pages refetch after a change). */
  async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    let last: T = await read();
    while (last !== expected && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 200));
      last = await read();
    }
    expect(last).toBe(expected);
  }

  /** The number shown for a figure ("Smelters: 5"). */
  async function figure(page: Page, term: string): Promise<string> {
    const figures = region(page, 'In figures');
    return (await figures.locator('.cg-figure').filter({ has: page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(term)}$`) }) }).locator('dd').innerText()).trim();
  }

  it('a company imports three declarations, resolves the name in review, sees its coverage grow and proposes a joint audit that a peer joins', async () => {
    const id = unique();
    const buyerName = `Kivu Electronics ${id}`;
    const peerName = `Andes Batteries ${id}`;
    const buyer = await aCompany(app, buyerName);
    const peer = await aCompany(app, peerName);
    const alpha = `Alpha Solder ${id}`;
    const beta = `Beta Wire ${id}`;
    const gamma = `Gamma Cells ${id}`;
    const files = {
      alpha: path.join(dir, `${alpha} CMRT.xlsx`),
      beta: path.join(dir, `${beta} CMRT.xlsx`),
      gamma: path.join(dir, `${gamma} EMRT.xlsx`),
    };
    fs.writeFileSync(
      files.alpha,
      await fillDeclarationTemplate(
        {
          companyName: alpha,
          effectiveDate: day(-30),
          smelters: [
            { metal: 'TIN', cid: tin[0]!.cid },
            { metal: 'GOLD', cid: gold[0]!.cid },
            { metal: 'TIN', notListed: { name: TYPED_VINTO, country: VINTO.countryName } },
          ],
          products: [{ number: 'SOLDER-63', name: 'Tin-lead solder wire' }],
        },
        { kind: 'CMRT' },
      ),
    );
    fs.writeFileSync(
      files.beta,
      await fillDeclarationTemplate({ companyName: beta, effectiveDate: day(-60), smelters: [{ metal: 'TIN', cid: tin[1]!.cid }, { metal: 'TANTALUM', notYetIdentified: true }] }, { kind: 'CMRT', language: 'fr' }),
    );
    fs.writeFileSync(files.gamma, await fillDeclarationTemplate({ companyName: gamma, effectiveDate: day(-10), metals: ['COBALT'], smelters: [{ metal: 'COBALT', cid: cobalt[0]!.cid }] }, { kind: 'EMRT' }));

    // the registry first: a search by CID finds the smelter
    const page = await pageSignedInAs(buyer);
    await page.goto('/smelters');
    await page.getByRole('heading', { level: 1, name: 'Smelters and refiners' }).waitFor();
    const sections = page.getByRole('navigation', { name: 'Smelters and audits' });
    await sections.getByRole('link', { name: 'Registry' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search smelters' }).fill(VINTO.cid);
    await page.waitForURL(new RegExp(`q=${VINTO.cid}`));
    const registry = region(page, 'Smelters');
    await registry.getByRole('link', { name: VINTO.standardName, exact: true }).waitFor();
    await registry.getByText('1 smelter', { exact: true }).waitFor();
    await expectAccessible(page, 'registry, searched by CID');
    await registry.getByRole('link', { name: VINTO.standardName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: VINTO.standardName }).waitFor();
    await region(page, 'Reported by your suppliers').getByText("None of your suppliers' current declarations report this smelter.").waitFor();
    await expectAccessible(page, 'smelter page');

    // three files at once through the upload form; the page polls while the hub imports them
    await sections.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Declaration imports' }).waitFor();
    await expectAccessible(page, 'imports, empty');
    await page.getByLabel('Choose .xlsx files').setInputFiles([files.alpha, files.beta, files.gamma]);
    const imports = page.getByRole('list', { name: 'Imports' });
    await imports.getByRole('meter', { name: `Import of ${path.basename(files.alpha)}` }).waitFor();
    await imports.getByText('Waiting to start').first().waitFor();
    expect(await runImports()).toBe(3);
    for (const company of [alpha, beta, gamma]) await imports.getByRole('link', { name: new RegExp(`See the declaration of ${escapeRegExp(company)}`) }).waitFor();
    await imports.getByText('Imported', { exact: true }).nth(2).waitFor();
    const declarations = region(page, 'Declarations');
    for (const company of [alpha, beta, gamma]) await declarations.getByRole('link', { name: company }).waitFor();
    await expectAccessible(page, 'imports, finished');

    // the same file again: nothing changes, and the page says so
    await page.getByLabel('Choose .xlsx files').setInputFiles(files.alpha);
    await imports.getByText('Already imported — nothing changed.').waitFor();
    await expect(declarations.getByRole('row').count()).resolves.toBe(4);

    // the result of an import: the declaration, the validation report, the smelter rows
    await declarations.getByRole('link', { name: alpha }).click();
    await page.getByRole('heading', { level: 1, name: `Declaration of ${alpha}` }).waitFor();
    await page.getByText(/^CMRT 6\.\d+$/).first().waitFor();
    await region(page, 'Validation report').waitFor();
    const rows = region(page, 'Smelters');
    const typed = rows.getByRole('row').filter({ hasText: TYPED_VINTO });
    await typed.getByText('In review').waitFor();
    await rows.getByRole('row').filter({ hasText: tin[0]!.cid }).getByText(/by CID, 100\s?% confidence/).waitFor();
    await region(page, 'Products').getByText('Tin-lead solder wire').waitFor();
    await page.getByText('1 smelter row waits for your review.').waitFor();
    await expectAccessible(page, 'declaration result');

    // coverage before the review: four smelters, and a notice pointing to the queue
    await sections.getByRole('link', { name: 'Coverage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    expect(await figure(page, 'Smelters')).toBe('4');
    await page.getByText('1 declaration row waits for review and is not counted yet.').waitFor();
    const suppliers = region(page, 'Suppliers');
    await suppliers.getByRole('row').filter({ hasText: beta }).waitFor();
    await page.getByRole('link', { name: 'Export as CSV' }).waitFor();
    await expectAccessible(page, 'coverage before review');

    // the review queue: confirm the ranked candidate
    await page.getByRole('link', { name: 'Open the review queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TYPED_VINTO }) });
    await item.getByText('1 declaration row waits').waitFor();
    await page.getByText('Your decision is remembered', { exact: false }).waitFor();
    await expectAccessible(page, 'review queue');
    await item.getByRole('button', { name: `Confirm ${VINTO.standardName}` }).click();
    await page.getByText(`“${TYPED_VINTO}” is now matched to ${VINTO.standardName}.`).waitFor();
    await page.getByText('Nothing waits for review.').waitFor();

    // coverage grew by the confirmed smelter; propose a joint audit of it
    await sections.getByRole('link', { name: 'Coverage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    await until(() => figure(page, 'Smelters'), '5');
    const smelters = region(page, 'Smelters');
    const vintoRow = smelters.getByRole('row').filter({ has: page.getByRole('link', { name: VINTO.standardName, exact: true }) });
    await vintoRow.getByText(alpha).waitFor();
    await page.getByText('waits for review').waitFor({ state: 'detached' });
    await vintoRow.getByRole('button', { name: `Propose a joint audit of ${VINTO.standardName}` }).click();
    const propose = page.getByRole('dialog', { name: `Propose a joint audit of ${VINTO.standardName}` });
    await propose.getByRole('textbox', { name: 'Estimated cost (optional)' }).fill('12,000');
    await expectAccessible(page, 'propose a joint audit');
    await propose.getByRole('button', { name: 'Propose', exact: true }).click();
    await page.getByText(`A joint audit of ${VINTO.standardName} is proposed.`).waitFor();

    // a peer whose supplier reports the same smelter joins; the cost is split in two
    const peerFile = await fillDeclarationTemplate({ companyName: `Delta Metals ${id}`, effectiveDate: day(-5), smelters: [{ metal: 'TIN', cid: VINTO.cid }] }, { kind: 'CMRT' });
    const form = new FormData();
    form.append('files', new Blob([peerFile]), 'delta.xlsx');
    expect((await peer.client.fetch('/api/declarations', { method: 'POST', body: form })).status).toBe(202);
    await runImports();
    const other = await pageSignedInAs(peer);
    await other.goto('/smelters/joint-audits');
    await other.getByRole('heading', { level: 1, name: 'Joint audits' }).waitFor();
    const card = other.getByRole('listitem').filter({ has: other.getByRole('heading', { name: `Joint audit of ${VINTO.standardName}` }) });
    await card.getByText(`Proposed by ${buyerName}`, { exact: false }).waitFor();
    await card.getByText(/Estimated cost .*12,000\.00/).waitFor();
    await expectAccessible(other, 'joint audits, before joining');
    await card.getByRole('button', { name: `Join the joint audit of ${VINTO.standardName}` }).click();
    await card.getByText('You joined', { exact: false }).waitFor();
    const shares = card.getByRole('table', { name: 'Sponsors and shares' });
    await shares.getByRole('row').filter({ hasText: peerName }).getByText(/6,000\.00/).waitFor();
    await shares.getByRole('row').filter({ hasText: buyerName }).getByText(/6,000\.00/).waitFor();
  }, LONG);

  it('another organization asks for an audit, the owner approves, the reader downloads the report and the owner sees it in the access log', async () => {
    const id = unique();
    const ownerName = `Solder Alliance ${id}`;
    const readerName = `Circuit Makers ${id}`;
    const owner = await aCompany(app, ownerName);
    const reader: SignedIn = await aCompany(app, readerName);
    const smelter = tin[2]!;
    const { smelter: found } = await owner.client.ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid: smelter.cid });

    // the owner records the audit through the form, from the smelter's page
    const page = await pageSignedInAs(owner);
    await page.goto(`/smelters/${found.id}`);
    await page.getByRole('heading', { level: 1, name: smelter.standardName }).waitFor();
    await page.getByRole('link', { name: 'Create an audit' }).click();
    const form = page.getByRole('form', { name: 'Create an audit' });
    await form.waitFor();
    await form.getByRole('combobox', { name: 'Smelter' }).waitFor();
    expect(await form.getByRole('combobox', { name: 'Smelter' }).inputValue()).toContain(smelter.standardName);
    await choose(form, 'Standard', 'RMAP');
    await choose(form, 'Type', 'initial audit');
    await form.getByRole('textbox', { name: 'Auditor' }).fill('Assurance Partners');
    await form.getByLabel('Started on').fill(day(-40));
    await form.getByLabel('Completed on').fill(day(-35));
    await form.getByLabel('Valid until').fill(day(-50));
    await form.getByRole('textbox', { name: 'Outcome' }).fill('Conformant with two minor findings');
    await form.getByRole('textbox', { name: 'Summary of findings' }).fill('Chain-of-custody documentation complete; two minor findings on risk assessment.');
    await form.getByRole('button', { name: 'Add a corrective action' }).click();
    await form.getByRole('textbox', { name: 'Corrective action 1' }).fill('Update the risk assessment for Rwanda sources');
    await form.getByLabel('Due date of action 1').fill(day(60));
    await expectAccessible(page, 'audit form');
    // the hub refuses a validity that ends before the audit: the message is under the field
    await form.getByRole('button', { name: 'Create the audit' }).click();
    await form.getByText('The audit cannot expire before it was completed.').waitFor();
    const validUntil = form.getByLabel('Valid until');
    await until(() => validUntil.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'audit form with an error from the hub');
    await validUntil.fill(day(300));
    await form.getByRole('button', { name: 'Create the audit' }).click();
    await page.getByText('The audit is created. Add its report below.').waitFor();
    const title = `RMAP initial audit of ${smelter.standardName}`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const auditUrl = page.url();

    // …and uploads its PDF report
    const pdfPath = path.join(dir, `RMAP report ${id}.pdf`);
    fs.writeFileSync(pdfPath, PDF);
    await page.getByLabel('Report (PDF)').setInputFiles(pdfPath);
    await page.getByRole('button', { name: 'Upload the report' }).click();
    await page.getByText(`RMAP report ${id}.pdf is uploaded.`).waitFor();
    await page.getByRole('link', { name: `Download RMAP report ${id}.pdf` }).waitFor();
    await region(page, 'Sharing').getByText('Only your organization').waitFor();
    await expectAccessible(page, 'audit page, owner');

    // another organization sees the summary only, and asks with a purpose
    const other = await pageSignedInAs(reader);
    await other.goto(auditUrl);
    await other.getByRole('heading', { level: 1, name: title }).waitFor();
    await other.getByText('You see the summary of this audit.', { exact: false }).waitFor();
    await expect(other.getByText('Chain-of-custody documentation complete', { exact: false }).count()).resolves.toBe(0);
    await expect(other.getByRole('link', { name: /^Download/ }).count()).resolves.toBe(0);
    const ask = other.getByRole('form', { name: 'Request access to this audit' });
    await ask.getByRole('textbox', { name: 'Purpose' }).fill('Our supplier reports this smelter; we need evidence for our RMI report.');
    await expectAccessible(other, 'audit page, summary with the request form');
    await ask.getByRole('button', { name: 'Send the request' }).click();
    await other.getByText('Your request is sent. The owner is notified.').waitFor();
    await other.getByText('Pending', { exact: true }).waitFor();

    // the owner approves it for a month from the list of requests
    await page.goto('/smelters/access-requests');
    await page.getByRole('heading', { level: 1, name: 'Access requests' }).waitFor();
    const incoming = region(page, 'Requests for your audits');
    const request = incoming.getByRole('listitem').filter({ hasText: readerName });
    await request.getByText('Our supplier reports this smelter', { exact: false }).waitFor();
    await expectAccessible(page, 'access requests, owner');
    await request.getByLabel('Access until (optional)').fill(day(30));
    await request.getByRole('button', { name: `Approve the request of ${readerName}` }).click();
    await request.getByText('Approved', { exact: true }).waitFor();

    // the reader now reads the audit in full and downloads the report through the hub
    await other.goto(auditUrl);
    await other.getByText('Chain-of-custody documentation complete', { exact: false }).waitFor();
    await other.getByText('Update the risk assessment for Rwanda sources').waitFor();
    const [download] = await Promise.all([other.waitForEvent('download'), other.getByRole('link', { name: `Download RMAP report ${id}.pdf` }).click()]);
    expect(download.suggestedFilename()).toBe(`RMAP report ${id}.pdf`);
    expect(fs.readFileSync((await download.path())!).equals(PDF)).toBe(true);
    await expectAccessible(other, 'audit page, granted reader');
    await other.goto('/smelters/access-requests');
    await region(other, 'Your requests').getByText('Approved', { exact: true }).waitFor();

    // the owner's access log has the reader's view and download
    await page.goto(auditUrl);
    const log = region(page, 'Access log');
    await log.getByRole('row').filter({ hasText: 'Downloaded' }).filter({ hasText: readerName }).waitFor();
    await log.getByRole('row').filter({ hasText: 'Viewed' }).filter({ hasText: readerName }).first().waitFor();
    await expectAccessible(page, 'audit page with the access log');
  }, LONG);
});
