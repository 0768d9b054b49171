/** Helpers that drive the extension's background worker through the e2e build's test hook (absent in production). */
import type { Worker } from '@playwright/test';

type Hook = {
  __tierscout: {
    handleCommand(name: string, tab?: { id: number; url?: string }): Promise<unknown>;
  };
};

/** Runs a keyboard command as if its browser shortcut was pressed on the tab; resolves to the handler's outcome. */
export function runCommand(sw: Worker, name: string, tab: { id: number; url?: string }): Promise<unknown> {
  return sw.evaluate(
    ({ name, tab }) => (globalThis as unknown as Hook).__tierscout.handleCommand(name, tab),
    { name, tab },
  );
}

/** The toolbar badge text of a tab. */
export function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
