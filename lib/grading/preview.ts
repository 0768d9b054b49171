/**
 * "Test this profile on the current page" (issue 9), the options page's preview: the page the rep was last on in
 * this window is read once, and the profile being edited is graded against that reading on every edit, before
 * it is saved. (The keywords the vocabulary does not know are checked in keywords.ts, which runs under Node too.)
 */
import { browser } from '#imports';
import { gradeReading } from '../classify/index';
import type { PageCapture, Profile, SiteReading, Suggestion, Thresholds } from '../model';
import { analyzeCaptures } from '../scan/analyze';
import { isScannableUrl } from '../scan/restricted';
import { captureTab } from '../tabs';
import { loadedVocabulary, type Vocabulary } from '../vocabulary/index';
import { gradeScan } from './pipeline';

/** The page the preview grades. */
export interface PreviewPage {
  url: string;
  title: string;
  domain: string;
  reading: SiteReading;
}

/** How many of the window's most recently used tabs are tried (the rep's manager tab is one that cannot be read). */
const TABS_TRIED = 4;

/**
 * Reads the tab the rep used last in this window, other than the options page itself. Without the optional `tabs`
 * permission only a tab where the rep opened TierScout (activeTab) can be read; the others are skipped.
 * @returns the page, or null when no open tab could be read.
 */
export async function readPreviewPage(
  capture: (tabId: number) => Promise<PageCapture> = captureTab,
): Promise<PreviewPage | null> {
  const self = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query(
    self?.windowId !== undefined ? { windowId: self.windowId } : { currentWindow: true },
  );
  const candidates = tabs
    .filter((t) => t.id !== undefined && t.id !== self?.id && (t.url === undefined || isScannableUrl(t.url)))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, TABS_TRIED);
  for (const tab of candidates) {
    try {
      const page = await capture(tab.id!);
      if (!isScannableUrl(page.url)) continue;
      const scan = analyzeCaptures([page]);
      const { reading } = await gradeScan([page], scan, null, undefined);
      return { url: page.url, title: page.title, domain: scan.domain, reading };
    } catch {
      // Not readable without a permission the rep has not given for it: try the next one.
    }
  }
  return null;
}

/** The profile as edited, graded on the previewed page; null without a usable product line. */
export function previewSuggestion(
  page: PreviewPage,
  profile: Profile | null,
  thresholds: Thresholds,
  vocab: Vocabulary | null = loadedVocabulary(),
): Suggestion | null {
  if (!profile || profile.lines.length === 0) return null;
  return gradeReading(page.reading, profile, thresholds, vocab);
}
