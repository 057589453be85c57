// Browser journeys: the built web client served by the real API, driven in
// Debian's Chromium through playwright-core, with axe accessibility checks.
import AxeBuilder from '@axe-core/playwright';
import { TestApp, createTestApp } from '@commonground/api-testing';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import type { SignedIn } from '@commonground/api-testing';

const WEB_DIST = path.resolve(__dirname, '../../apps/web/dist');

export function chromePath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/**
 * `describe` when a browser exists; otherwise the journeys are reported as
 * skipped with the reason — or fail the run when REQUIRE_BROWSER=1 (CI).
 */
export function describeInBrowser(name: string, body: () => void) {
  const found = chromePath();
  if (found) return describe(name, body);
  if (process.env.REQUIRE_BROWSER === '1') {
    return describe(name, () => {
      it('needs a browser', () => {
        throw new Error('REQUIRE_BROWSER=1 but no Chromium was found (set CHROME_PATH or install Debian chromium).');
      });
    });
  }
  const skipped = describe.skip;
  return skipped(`${name} (skipped: no Chromium at CHROME_PATH or /usr/bin/chromium)`, body);
}

export interface BrowserHarness {
  app: TestApp;
  browser: Browser;
  /** a fresh browser profile (cookies, storage) */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startBrowserHarness(env: Record<string, string> = {}): Promise<BrowserHarness> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error('The web client is not built: run `npm run build:web` (npm test does).');
  const app = await createTestApp({ WEB_DIST, ...env });
  const browser = await chromium.launch({
    executablePath: chromePath()!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  return {
    app,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: app.url, locale: 'en-GB' });
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** No serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect({ page: label, violations: summary }).toEqual({ page: label, violations: [] });
}

/**
 * The lifecycle every journey file shares: one harness for the file (high
 * rate limits: journeys sign many users in), a fresh browser profile per
 * `newPage()` closed after each test whatever happens, and profiles that
 * carry the session of a user signed in through the API.
 */
export function useBrowserJourneys(env: Record<string, string> = {}) {
  let harness: BrowserHarness | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    harness = await startBrowserHarness({
      RATE_LIMIT_SIGN_IN_PER_IP: '100000',
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '100000',
      RATE_LIMIT_SIGN_UP_PER_IP: '100000',
      ...env,
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    contexts = [];
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function newPage(): Promise<Page> {
    const { context, page } = await harness!.newPage();
    contexts.push(context);
    // fail fast: every step waits for something visible, which takes well under a second
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function pageSignedInAs(user: SignedIn): Promise<Page> {
    const page = await newPage();
    const cookies = user.client.cookieHeader
      .split('; ')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: harness!.app.url };
      });
    expect(cookies.length).toBeGreaterThan(0);
    await page.context().addCookies(cookies);
    return page;
  }

  return {
    get app(): TestApp {
      return harness!.app;
    },
    newPage,
    pageSignedInAs,
  };
}
