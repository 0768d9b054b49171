/**
 * Running the scanner in a tab: inject `/scan.js` on demand (activeTab + scripting, no standing
 * host permission) and read back what it captured. Used by the popup and the background.
 */
import { browser } from '#imports';
import type { PageCapture } from './model';
import type { SiteScanOptions, SiteScanResult } from './scan/capture-site';

// Kept in sync with lib/scan/scan-global.ts; repeated because the injected function is serialised on its own
// and cannot close over imports.
const SCAN_GLOBAL = 'TierScoutPageScan';

/**
 * Injects the scan script into the tab and returns its capture of the current page.
 * Rejects when the tab cannot be scripted (restricted page, no permission); check `isScannableUrl` first.
 */
export async function captureTab(tabId: number): Promise<PageCapture> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/scan.js'],
  });
  const capture = injection?.result as PageCapture | undefined;
  if (!capture || typeof capture !== 'object') throw new Error('The page returned no scan result');
  return capture;
}

async function isInjected(tabId: number): Promise<boolean> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string) => typeof (globalThis as Record<string, unknown>)[name] === 'object',
    args: [SCAN_GLOBAL],
  });
  return probe?.result === true;
}

/**
 * Fetches and captures same-origin pages of the tab's site from inside the page (a few at a time, with per-page
 * timeouts and a total budget). Failures come back in `failures`; it rejects only when the tab itself cannot be
 * scripted.
 * @example
 * const first = await captureTab(tabId);
 * const { captures, failures } = await captureSiteInTab(tabId, pickSitePages(first, 4));
 * const scan = analyzeCaptures([first, ...captures], failures);
 */
export async function captureSiteInTab(
  tabId: number,
  urls: string[],
  options: SiteScanOptions = {},
): Promise<SiteScanResult> {
  if (urls.length === 0) return { captures: [], failures: [] };
  if (!(await isInjected(tabId))) await captureTab(tabId);
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, list: string[], opts: SiteScanOptions) => {
      const api = (globalThis as Record<string, unknown>)[name] as
        | { captureSite(urls: string[], options?: SiteScanOptions): Promise<SiteScanResult> }
        | undefined;
      return api
        ? api.captureSite(list, opts)
        : Promise.resolve({
            captures: [],
            failures: list.map((url) => ({ url, error: 'scan script missing' })),
          });
    },
    args: [SCAN_GLOBAL, urls, options],
  });
  const result = injection?.result as SiteScanResult | undefined;
  return result ?? { captures: [], failures: urls.map((url) => ({ url, error: 'no result from the page' })) };
}
