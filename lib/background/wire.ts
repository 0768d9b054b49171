/**
 * The real dependencies of the command handler and the badge refresher (browser APIs, the shared DB, the scanner
 * and the classifier). `entrypoints/background.ts` only connects browser events to these.
 */
import { browser } from '#imports';
import { db } from '../db/db';
import { getProspect } from '../db/prospects';
import { resolveLang } from '../i18n/index';
import type { Tier } from '../model';
import { analyzeCaptures } from '../scan/analyze';
import { registrableDomain } from '../scan/domain';
import { isScannableUrl } from '../scan/restricted';
import { languageSetting, workSession } from '../settings';
import { captureTab } from '../tabs';
import { type BadgeSpec, badgeFor, setTabBadge } from './badge';
import type { CommandDeps } from './command';
import { readHttpStatus } from '../page-status';
import { gradeWithActiveProfile } from './suggest';
import { showToastInPage, TOAST_MS } from './toast';
import { createUndoRegistry } from './undo';

/** Shows a badge on a tab; ignores tabs that closed meanwhile. */
export function setBadge(tabId: number, badge: BadgeSpec | null): Promise<void> {
  return setTabBadge(browser.action, tabId, badge).catch(() => undefined);
}

/** The handler's dependencies in the running extension. */
export function commandDeps(): CommandDeps {
  return {
    db,
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    isScannable: isScannableUrl,
    captureTab,
    analyze: (captures) => analyzeCaptures(captures),
    grade: gradeWithActiveProfile,
    workSession: () => workSession.getValue(),
    lang: async () => resolveLang(await languageSetting.getValue(), browser.i18n.getUILanguage()),
    showToast: async (tabId, toast) => {
      const ms = toast.tone === 'error' ? TOAST_MS.error : toast.undo ? TOAST_MS.undo : TOAST_MS.ok;
      await browser.scripting.executeScript({ target: { tabId }, func: showToastInPage, args: [toast, ms] });
    },
    setBadge,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    httpStatus: readHttpStatus,
    undo: createUndoRegistry(),
  };
}

/**
 * Sets a tab's badge from the store when its URL is visible (the optional `tabs` permission, or a host permission);
 * without it `url` is undefined and the badge stays as the last action left it.
 */
export async function refreshBadge(tabId: number, url: string | undefined): Promise<void> {
  if (!url || !isScannableUrl(url)) return;
  const domain = registrableDomain(url);
  if (!domain) return;
  const saved = await getProspect(db, domain).catch(() => undefined);
  const tier: Tier | null = saved ? (saved.tier ?? null) : null;
  await setBadge(tabId, badgeFor(Boolean(saved), tier));
}

/**
 * Sets the badge of every open tab from the store, e.g. right after the rep grants the optional `tabs` permission
 * in options (so already open saved sites show their tier without a reload).
 * @returns how many tabs got a tier badge.
 */
export async function refreshAllBadges(): Promise<number> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  let shown = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url) continue;
    await refreshBadge(tab.id, tab.url);
    if (
      isScannableUrl(tab.url) &&
      (await getProspect(db, registrableDomain(tab.url)).catch(() => undefined))
    ) {
      shown++;
    }
  }
  return shown;
}
