/**
 * The background's part of "send selection to inquiries": the context-menu item (titled in the rep's UI language)
 * and the handlers for a menu click and for the command.
 */
import { browser } from '#imports';
import { resolveLang, t } from '../i18n/index';
import '../i18n/strings/shortcuts';
import { languageSetting } from '../settings';
import { SEND_SELECTION_ID, selectionOfTab, sendSelectionToInquiries } from './send-selection';

/** (Re)creates the menu item; called on install and start-up. */
export async function createInquiryMenu(): Promise<void> {
  const lang = resolveLang((await languageSetting.getValue()) ?? 'auto', browser.i18n.getUILanguage());
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SEND_SELECTION_ID,
    title: t(lang, 'shortcut.sendToInquiries'),
    contexts: ['selection'],
  });
}

/** A click on the menu item: the selection arrives with the click. */
export async function onInquiryMenuClick(
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string },
  tab?: { title?: string },
): Promise<boolean> {
  if (info.menuItemId !== SEND_SELECTION_ID) return false;
  await sendSelectionToInquiries({
    text: info.selectionText ?? '',
    url: info.pageUrl ?? '',
    title: tab?.title ?? '',
  });
  return true;
}

/** The command: reads the active tab's selection (activeTab is granted by the shortcut) and sends it. */
export async function runInquiryCommand(tab?: { id?: number; url?: string; title?: string }): Promise<void> {
  const text = tab?.id !== undefined ? await selectionOfTab(tab.id) : '';
  await sendSelectionToInquiries({ text, url: tab?.url ?? '', title: tab?.title ?? '' });
}
