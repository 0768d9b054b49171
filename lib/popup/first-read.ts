/**
 * The popup's read of its tab: which tab, then the page's capture and HTTP status. `main.tsx` starts the first one
 * before React, the app and the grading code are even loaded, so the page is read while the popup loads its code
 * (issue 16: the capture used to start only after ~1.5 MB of script had been fetched, compiled and run). Small on
 * purpose: this module and what it imports are all the popup runs before that.
 */
import { browser } from '#imports';
import type { PageCapture } from '../model';
import { readHttpStatus } from '../page-status';
import { isScannableUrl, isSearchResultsUrl } from '../scan/restricted';
import { captureTab } from '../tabs';
import { prefetchVocabulary } from '../vocabulary/files';

/** The tab the popup acts on. */
export interface PopupTab {
  id: number;
  url?: string;
}

/** A read in progress: the tab first, then its page (which never settles on a page that is not read). */
export interface TabRead {
  tab: Promise<PopupTab>;
  page: Promise<{ capture: PageCapture; status: number | undefined }>;
}

/** The tab the popup acts on: the active tab, or `?tabId=` in the e2e build (Playwright cannot open the popup). */
export async function targetTab(): Promise<PopupTab> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (import.meta.env.MODE === 'e2e' && param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: Number(param), url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return { id: tab.id, url: tab.url };
}

/**
 * Starts reading the tab. Restricted pages and search results are not captured: their `page` never settles and
 * is never awaited (the popup shows why from the tab's URL).
 */
export function readTab(): TabRead {
  const tab = targetTab();
  const page = tab.then(async (t) => {
    if (t.url !== undefined && (!isScannableUrl(t.url) || isSearchResultsUrl(t.url))) {
      return new Promise<never>(() => undefined);
    }
    const start = performance.now();
    // What grading will load first (the tree, English and Chinese, lib/classify gradingLangs), fetched while the page
    // is read and the grading code loads.
    prefetchVocabulary(['tree', 'en', 'zh']);
    const [capture, status] = await Promise.all([captureTab(t.id), readHttpStatus(t.id)]);
    span('tierscout:capture', start);
    // …and the page's own language, now known.
    prefetchVocabulary([(capture.lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '']);
    return { capture, status };
  });
  // Handled where awaited; this only keeps an early failure from being reported as unhandled meanwhile.
  page.catch(() => undefined);
  tab.catch(() => undefined);
  return { tab, page };
}

/** A span on the popup's timeline, which `npm run bench` prints (tests/bench/popup.bench.ts). */
export function span(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Timings are for the bench only.
  }
}

let first: TabRead | null = null;

/** Starts the popup's first read (main.tsx, before anything else loads). */
export function startFirstRead(): void {
  first ??= readTab();
}

/**
 * The first read, started earlier by {@link startFirstRead} (or now, when nothing started it: a test rendering
 * the app alone). Handed out once; later reads (the rep's "try again") start afresh.
 */
export function takeFirstRead(): TabRead {
  const read = first ?? readTab();
  first = null;
  return read;
}
