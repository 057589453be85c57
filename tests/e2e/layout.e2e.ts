// The frame of every page on a phone and on a laptop: on a phone the header
// is one row (brand, bell, menu) and the menu opens the navigation with the
// search, organization and language tools; nothing scrolls sideways.
import { aUser } from '@commonground/api-testing';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, useBrowserJourneys } from './browser';

const unique = () => randomBytes(3).toString('hex');

describeInBrowser('the page frame on a phone and on a laptop', () => {
  const journeys = useBrowserJourneys();

  const headerHeight = async (page: Page) => (await page.locator('header.cg-header').boundingBox())!.height;
  const pageWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

  it('on a 390 px phone the header is one row and the menu opens the navigation and the tools', async () => {
    const user = await aUser(journeys.app, { organization: { name: `Phone Co ${unique()}` } });
    const page = await journeys.pageSignedInAs(user);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/calls');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(72);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);

    await menu.click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).waitFor();
    await page.locator('#header-tools').getByRole('searchbox').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'calls page on a phone, menu open');
  });

  it('on a 1366 px laptop the tools and the navigation show without a menu', async () => {
    const page = await journeys.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto('/');
    await page.locator('#header-tools').getByRole('searchbox').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).waitFor();
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
  });
});
