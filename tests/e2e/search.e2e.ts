// The search box in the header: typo tolerant, over everything the viewer may see.
import { OrganizationKind } from '@commonground/api-core';
import { aUser } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

describeInBrowser('search in the browser', () => {
  const journeys = useBrowserJourneys();

  it('finds an organization from the header with a misspelled word', async () => {
    const name = `Kalundu Tantalum Cooperative ${randomBytes(2).toString('hex')}`;
    await aUser(journeys.app, { organization: { name, kind: OrganizationKind.CIVIL_SOCIETY } });
    await journeys.app.drainSearch();
    const page = await journeys.newPage();
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search Common Ground' }).fill('kalundu tantalm');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /result/ }).waitFor();
    await page.getByRole('link', { name }).waitFor();
    expect(page.url()).toContain('/search?q=kalundu%20tantalm');
    await expectAccessible(page, 'search results');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
  });
});
