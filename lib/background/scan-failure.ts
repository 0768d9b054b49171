/**
 * Why reading a tab failed, from the browser's message and whether the tab still shows the page that was being
 * read. Pure (no browser calls): the popup (components/popup/scanFailure.ts) and the keyboard command share it.
 */

export type ScanFailureKind = 'navigated' | 'tab-closed' | 'no-access' | 'timeout' | 'unknown';

/** How lib/tabs.ts words a capture that did not answer in time (matched here, so keep them in step). */
export const TIMEOUT_MESSAGE = 'The page did not answer within';

/** The page of a URL: strips the hash so an in-page anchor jump does not count as navigating away. */
export function pageOf(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Classifies by the browser's message alone (no tab look-up). */
export function scanFailureKindOf(message: string): ScanFailureKind {
  if (message.startsWith(TIMEOUT_MESSAGE)) return 'timeout';
  if (/no tab with id|tab was closed|tab .*closed/i.test(message)) return 'tab-closed';
  if (
    /frame .*(removed|unloaded)|was removed|showing error page|document .*unload|navigat|back\/forward cache/i.test(
      message,
    )
  ) {
    return 'navigated';
  }
  if (/cannot access|must request permission|cannot be scripted|permission/i.test(message))
    return 'no-access';
  return 'unknown';
}

/**
 * True when the tab no longer shows `before`: another URL now, or none visible (activeTab ends when the tab leaves
 * the site, and a closed tab has none). False when nothing was known before.
 */
export function leftPage(before: string | undefined, now: string | undefined): boolean {
  if (!before) return false;
  return !now || pageOf(now) !== pageOf(before);
}
