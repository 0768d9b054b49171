/**
 * The e2e harness: a fresh Chromium per test with the built extension loaded (shared/RECIPE.md §3).
 * Every host name resolves to the local fixture server, so fixture sites keep realistic domains.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type TestInfo,
  type Worker,
} from '@playwright/test';

export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4173);
const EXT_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export interface ExtensionFixtures {
  /** The browser's UI language (`--lang`), e.g. 'zh-CN'; `test.use({ browserLocale })` per spec. */
  browserLocale: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** `http://<host>:<port><path>` on the fixture server. */
  site: (host: string, path?: string) => string;
  tabIdOf: (page: Page) => Promise<number>;
  /** A new tab on a fixture site, with its Chrome tab id. */
  openTab: (host: string, path?: string) => Promise<{ page: Page; tabId: number }>;
  openExtensionPage: (path: string) => Promise<Page>;
  openPopupFor: (page: Page, query?: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  browserLocale: [process.env.E2E_LOCALE ?? 'en-US', { option: true }],
  context: async ({ browserLocale }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'tierscout-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: process.env.HEADED !== '1',
      viewport: { width: 1280, height: 800 },
      locale: browserLocale,
      // On Linux Chromium takes its UI language from LANGUAGE (--lang is for Windows), and only from the
      // language packs installed: Debian's are in chromium-l10n, which .ci/run installs.
      env: { ...process.env, LANGUAGE: browserLocale.replace('-', '_') },
      args: [
        `--lang=${browserLocale}`,
        `--disable-extensions-except=${EXT_DIR}`,
        `--load-extension=${EXT_DIR}`,
        '--host-resolver-rules=MAP * 127.0.0.1',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
      ],
    });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  sw: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    // An invalid manifest makes Chromium skip the extension silently: this wait then times out
    // (run with DEBUG=pw:browser to see the load error).
    sw ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  site: async ({}, use) => {
    await use((host, path = '/') => `http://${host}:${FIXTURE_PORT}${path}`);
  },
  tabIdOf: async ({ sw }, use) => {
    await use(async (page) => {
      const url = page.url();
      // chrome.tabs learns of a navigation a moment after the page has loaded it: ask again until it knows.
      let id = -1;
      await expect
        .poll(
          async () => {
            id = await sw.evaluate(async (u) => {
              const tabs = await chrome.tabs.query({});
              return tabs.find((t) => t.url === u)?.id ?? -1;
            }, url);
            return id;
          },
          // Generous: with two Chromiums on two shared cores (one reading a 10 MB hostile page) the tab list can
          // lag by seconds.
          { message: `no tab found for ${url}`, timeout: 30_000 },
        )
        .toBeGreaterThanOrEqual(0);
      return id;
    });
  },
  openTab: async ({ context, site, tabIdOf }, use) => {
    await use(async (host, path = '/') => {
      const page = await context.newPage();
      await page.goto(site(host, path));
      return { page, tabId: await tabIdOf(page) };
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  openPopupFor: async ({ tabIdOf, openExtensionPage }, use) => {
    await use(async (page, query = '') => {
      const tabId = await tabIdOf(page);
      return openExtensionPage(`popup.html?tabId=${tabId}${query ? `&${query}` : ''}`);
    });
  },
});

export { expect };

/** The screenshots the README shows, kept in tests/e2e/screenshots/; every other one stays in test-results/. */
const README_SCREENSHOTS = new Set(['popup-en', 'popup-zh', 'manager', 'stats']);

/**
 * Screenshot into the test's output folder, to be looked at after a run. With UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`) it also refreshes the committed copy the README shows, so a plain `npm test`
 * never dirties the work tree.
 */
export async function screenshot(
  page: Page,
  name: string,
  testInfo: TestInfo,
  fullPage = true,
): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage });
  if (process.env.UPDATE_SCREENSHOTS === '1' && README_SCREENSHOTS.has(name)) {
    await page.screenshot({ path: resolve('tests/e2e/screenshots', `${name}.png`), fullPage });
  }
}
