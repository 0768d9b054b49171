/**
 * The scanner in real Chromium: inject the built content script into a fixture site's tab from the extension's
 * service worker (the route lib/tabs.ts takes), run the in-page site scan on the pages pickSitePages chooses, and
 * analyse the captures with the same analyzeCaptures the popup uses.
 */
import type { PageCapture } from '../../lib/model';
import { analyzeCaptures } from '../../lib/scan/analyze';
import { pickSitePages } from '../../lib/scan/site-pages';
import { expect, test } from './fixtures';

// Must match lib/scan/scan-global.ts.
const SCAN_GLOBAL = 'TierScoutPageScan';

interface SiteScan {
  captures: PageCapture[];
  failures: { url: string; error: string }[];
}

test('captures a German wholesaler and its contact and imprint pages in the browser', async ({
  sw,
  site,
  tabIdOf,
  openTab,
}) => {
  const { page } = await openTab('grosshandel-weber.de', '/');
  const tabId = await tabIdOf(page);

  const first = await sw.evaluate(async (id) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: id },
      files: ['/scan.js'],
    });
    return injection?.result as unknown;
  }, tabId);
  const home = first as PageCapture;
  expect(home.url).toBe(site('grosshandel-weber.de', '/'));
  expect(home.lang).toBe('de');
  expect(home.blocks.some((b) => b.zone === 'footer' && b.text.includes('Eckendorfer Straße 112'))).toBe(
    true,
  );
  expect(home.counts.productCards).toBe(3);

  const urls = pickSitePages(home, 4);
  expect(urls).toContain(site('grosshandel-weber.de', '/kontakt'));
  expect(urls).toContain(site('grosshandel-weber.de', '/impressum'));
  const missing = site('grosshandel-weber.de', '/no-such-page');
  const foreign = site('other-company.com', '/kontakt');

  const siteScan = (await sw.evaluate(
    async ({ id, name, list }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: (globalName: string, pages: string[]) =>
          (globalThis as unknown as Record<string, { captureSite(u: string[]): Promise<unknown> }>)[
            globalName
          ]!.captureSite(pages),
        args: [name, list],
      });
      return injection?.result as unknown;
    },
    { id: tabId, name: SCAN_GLOBAL, list: [...urls, missing, foreign] },
  )) as SiteScan;

  const capturedUrls = siteScan.captures.map((c) => c.url);
  expect(capturedUrls).toContain(site('grosshandel-weber.de', '/kontakt'));
  expect(capturedUrls).toContain(site('grosshandel-weber.de', '/impressum'));
  const failed = Object.fromEntries(siteScan.failures.map((f) => [f.url, f.error]));
  expect(failed[missing]).toBe('HTTP 404');
  expect(failed[foreign]).toContain('other origin');

  const scan = analyzeCaptures([home, ...siteScan.captures], siteScan.failures);
  expect(scan.company.name).toBe('Weber Großhandel GmbH');
  expect(scan.company.country).toBe('DE');
  const emails = scan.contacts.emails.map((e) => e.value);
  expect(emails).toEqual(
    expect.arrayContaining([
      'vertrieb@grosshandel-weber.de',
      'info@grosshandel-weber.de',
      'einkauf@grosshandel-weber.de',
    ]),
  );
  // The contact page's own data came through the site scan, with that page as evidence.
  const einkauf = scan.contacts.emails.find((e) => e.value === 'einkauf@grosshandel-weber.de');
  expect(einkauf?.evidence.map((e) => e.page)).toContain(site('grosshandel-weber.de', '/kontakt'));
  expect(scan.contacts.phones.map((p) => p.value)).toEqual(
    expect.arrayContaining(['+49521987650', '+495219876520', '+495219876599']),
  );
  expect(scan.pages.filter((p) => !p.ok).map((p) => p.url)).toEqual(
    expect.arrayContaining([missing, foreign]),
  );
});

test('decodes Cloudflare-protected addresses captured in the browser', async ({ sw, tabIdOf, openTab }) => {
  const { page } = await openTab('harbor-lighting.com.au', '/contact');
  const tabId = await tabIdOf(page);
  const capture = (await sw.evaluate(async (id) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: id },
      files: ['/scan.js'],
    });
    return injection?.result as unknown;
  }, tabId)) as PageCapture;
  const scan = analyzeCaptures([capture]);
  expect(scan.domain).toBe('harbor-lighting.com.au');
  expect(scan.contacts.emails.map((e) => e.value).sort()).toEqual([
    'm.nguyen@harbor-lighting.com.au',
    'trade@harbor-lighting.com.au',
  ]);
  expect(scan.contacts.emails.every((e) => e.evidence[0]?.source === 'cfemail')).toBe(true);
});
