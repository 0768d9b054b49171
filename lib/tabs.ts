/**
 * Running the scanner in a tab: inject `/scan.js` on demand (activeTab + scripting, no standing
 * host permission) and read back what it captured. Used by the popup and the background.
 */
import { browser } from '#imports';
import type { PageCapture } from './model';
import { TIMEOUT_MESSAGE } from './background/scan-failure';
import type { SiteScanOptions, SiteScanResult } from './scan/capture-site';

/**
 * How long the extension waits for the page. The capture bounds itself (about 2 s at most in the page), but a page
 * whose own script holds the main thread never lets it run: without a limit the popup stayed on "loading" and the
 * keyboard command never ended (issue 16).
 */
export const CAPTURE_TIMEOUT_MS = 15_000;
/** The site scan's own budget (lib/scan/capture-site.ts) plus this slack. */
const SITE_SCAN_SLACK_MS = 5_000;
const SITE_SCAN_BUDGET_MS = 20_000;

/** Rejects with the timeout message when `work` has not settled after `ms`. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${TIMEOUT_MESSAGE} ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

// Kept in sync with lib/scan/scan-global.ts; repeated because the injected function is serialised on its own
// and cannot close over imports.
const SCAN_GLOBAL = 'TierScoutPageScan';

/**
 * Injects the scan script into the tab and returns its capture of the current page.
 * Rejects when the tab cannot be scripted (restricted page, no permission); check `isScannableUrl` first.
 */
export async function captureTab(tabId: number, timeoutMs = CAPTURE_TIMEOUT_MS): Promise<PageCapture> {
  const [injection] = await withTimeout(
    browser.scripting.executeScript({ target: { tabId }, files: ['/scan.js'] }),
    timeoutMs,
  );
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
  const budgetMs = options.budgetMs ?? SITE_SCAN_BUDGET_MS;
  const limit = budgetMs + SITE_SCAN_SLACK_MS;
  let injected: boolean;
  try {
    injected = await withTimeout(isInjected(tabId), CAPTURE_TIMEOUT_MS);
    if (!injected) await captureTab(tabId);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith(TIMEOUT_MESSAGE)) throw error;
    return { captures: [], failures: urls.map((url) => ({ url, error: error.message })) };
  }
  const scan = browser.scripting.executeScript({
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
    args: [SCAN_GLOBAL, urls, { ...options, budgetMs }],
  });
  let injection: Awaited<typeof scan>[number] | undefined;
  try {
    [injection] = await withTimeout(scan, limit);
  } catch (error) {
    // A page that never answers: the pages read before (the rep's own capture) stay; these count as failed.
    if (!(error instanceof Error) || !error.message.startsWith(TIMEOUT_MESSAGE)) throw error;
    return { captures: [], failures: urls.map((url) => ({ url, error: error.message })) };
  }
  const result = injection?.result as SiteScanResult | undefined;
  return result ?? { captures: [], failures: urls.map((url) => ({ url, error: 'no result from the page' })) };
}
