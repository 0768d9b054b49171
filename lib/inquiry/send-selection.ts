/**
 * "Send selection to TierScout inquiries" (context menu and command): the selected text goes to the session
 * draft and the inquiries page opens to triage it. Browser side effects only; the background wires it.
 */
import { browser } from '#imports';
import { type SelectionDraft, selectionDraftItem } from './storage';

/** The context-menu item's id and the command's name. */
export const SEND_SELECTION_ID = 'send-to-inquiries';

/** Stores the draft and opens the inquiries page on it. */
export async function sendSelectionToInquiries(draft: SelectionDraft): Promise<void> {
  await selectionDraftItem.setValue(draft);
  await browser.tabs.create({ url: browser.runtime.getURL('/inquiries.html?draft=1') });
}

/** The selected text of a tab (the command grants activeTab); '' when the page cannot be read. */
export async function selectionOfTab(tabId: number): Promise<string> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof first?.result === 'string' ? first.result : '';
  } catch {
    return '';
  }
}
