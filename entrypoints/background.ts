import { browser, defineBackground } from '#imports';
import { commandDeps, refreshAllBadges, refreshBadge, setBadge } from '@/lib/background/wire';
import { handleCommand, type CommandTab, undoSave } from '@/lib/background/command';
import { badgeFor } from '@/lib/background/badge';
import { db } from '@/lib/db/db';
import { watchGradingSettings } from '@/lib/grading/regrade-runner';
import { createInquiryMenu, onInquiryMenuClick, runInquiryCommand } from '@/lib/inquiry/context-menu';
import { SEND_SELECTION_ID } from '@/lib/inquiry/send-selection';
import { dispatchMessage, type Handlers } from '@/lib/messages';
import { remindDue, scheduleReminder, wireReminders } from '@/lib/crm/reminders';

export default defineBackground(() => {
  const deps = commandDeps();
  const runCommand = (name: string, tab?: CommandTab) => handleCommand(name, tab, deps);
  // A profile edit or switch re-grades the saved list from the stored readings.
  const regrade = watchGradingSettings(db);

  const handlers: Handlers = {
    undoSave: async ({ token }, sender) => ({ ok: await undoSave(token, sender.tabId, deps) }),
    ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
    prospectSaved: async ({ tabId, tier }, sender) => {
      const id = tabId ?? sender.tabId;
      if (id !== undefined) await setBadge(id, badgeFor(true, tier));
      return { ok: true };
    },
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    dispatchMessage(handlers, message, { tabId: sender.tab?.id }).then(sendResponse, () =>
      sendResponse(undefined),
    );
    return true;
  });

  browser.commands.onCommand.addListener((name, tab) => {
    if (name === SEND_SELECTION_ID) void runInquiryCommand(tab);
    else void runCommand(name, tab);
  });

  browser.runtime.onInstalled.addListener(() => void createInquiryMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onInquiryMenuClick(info, tab));

  // Badge on return to a saved site: the URL is visible only with the optional `tabs` permission (or a host
  // permission in the e2e build); otherwise these events carry no URL and the badge is left alone.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' || change.url) void refreshBadge(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then(
      (tab) => refreshBadge(tabId, tab.url),
      () => undefined,
    );
  });

  // The rep just allowed `tabs` in options: show the tier on saved sites that are already open.
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('tabs')) void refreshAllBadges();
  });

  // Follow-up reminders (alarms + notifications), once the rep has allowed them.
  wireReminders(db);

  // Test hook for Playwright, which cannot press browser shortcuts; absent from the production build.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as Record<string, unknown>).__tierscout = {
      handleCommand: runCommand,
      undoSave: (token: string, tabId?: number) => undoSave(token, tabId, deps),
      db,
      refreshAllBadges,
      onInquiryMenuClick,
      regrade: regrade.run,
      remindDue: (now?: string) => remindDue(db, now ? new Date(now) : undefined),
      scheduleReminder: () => scheduleReminder(db),
    };
  }
});
