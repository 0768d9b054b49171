/**
 * Why reading the tab failed, in words the rep can act on. Chrome's own messages ("Frame with ID 0 was removed",
 * "No tab with id: 5", "Cannot access contents of the page…") are kept as a small detail line only.
 */
import { browser } from '#imports';
import { pageOf, type ScanFailureKind, scanFailureKindOf } from '@/lib/background/scan-failure';

export { type ScanFailureKind, scanFailureKindOf };

export interface ScanFailure {
  kind: ScanFailureKind;
  /** The browser's message, for the detail line ('' when there is none). */
  detail: string;
}

/**
 * Classifies a failed read of `tab`: the tab is gone → 'tab-closed'; it now shows another page than the one being
 * read → 'navigated' (the page unloads mid-scan, so Chrome's message varies); otherwise by the message.
 * @example scanFailureOf(error, { id: 5, url: 'https://weber.de/' })
 */
export async function scanFailureOf(
  error: unknown,
  tab: { id: number; url?: string } | undefined,
): Promise<ScanFailure> {
  const detail = error instanceof Error ? error.message : String(error ?? '');
  if (tab) {
    let now: { url?: string; pendingUrl?: string } | undefined;
    try {
      now = await browser.tabs.get(tab.id);
    } catch {
      now = undefined;
    }
    if (!now) return { kind: 'tab-closed', detail };
    const before = pageOf(tab.url);
    // Without the `tabs` permission a cross-site navigation also hides the URL (activeTab ends with the page).
    if (before && (pageOf(now.url) !== before || (now.pendingUrl && pageOf(now.pendingUrl) !== before))) {
      return { kind: 'navigated', detail };
    }
  }
  return { kind: detail ? scanFailureKindOf(detail) : 'unknown', detail };
}
