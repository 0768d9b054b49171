/**
 * The badge on return to a saved site (lib/background/wire.ts) and the popup's reading of a failed scan
 * (components/popup/scanFailure.ts), against WXT's fake browser and fake-indexeddb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scanFailureKindOf, scanFailureOf } from '../../../components/popup/scanFailure';
import { refreshAllBadges, refreshBadge } from '../../../lib/background/wire';
import { db } from '../../../lib/db/db';
import { saveScan } from '../../../lib/db/prospects';
import { scanOf } from '../prospect/fixtures';

afterEach(async () => {
  await db.prospects.clear();
});

const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('refreshBadge', () => {
  it('shows the saved tier on any page of a saved domain', async () => {
    await saveScan(db, { scan: scanOf('weber.de'), tier: 'B' });
    await refreshBadge(4, 'https://shop.weber.de/kontakt');
    expect(await badgeOf(4)).toBe('B');
  });

  it('shows a dot for a saved site without a tier and clears it on an unsaved site', async () => {
    await saveScan(db, { scan: scanOf('weber.de') });
    await refreshBadge(4, 'https://www.weber.de/');
    expect(await badgeOf(4)).toBe('•');
    await refreshBadge(4, 'https://www.other-company.es/');
    expect(await badgeOf(4)).toBe('');
  });

  it('does nothing without a URL (no `tabs` permission) or on a restricted page', async () => {
    await saveScan(db, { scan: scanOf('weber.de'), tier: 'A' });
    await fakeBrowser.action.setBadgeText({ tabId: 4, text: 'A' });
    await refreshBadge(4, undefined);
    await refreshBadge(4, 'chrome://extensions/');
    expect(await badgeOf(4)).toBe('A');
  });
});

describe('refreshAllBadges (after the rep grants `tabs`)', () => {
  it('sets the badge of every open tab on a saved site', async () => {
    await saveScan(db, { scan: scanOf('weber.de'), tier: 'C' });
    const saved = await fakeBrowser.tabs.create({ url: 'https://www.weber.de/produkte' });
    const other = await fakeBrowser.tabs.create({ url: 'https://www.other-company.es/' });
    expect(await refreshAllBadges()).toBe(1);
    expect(await badgeOf(saved.id!)).toBe('C');
    expect(await badgeOf(other.id!)).toBe('');
  });
});

describe('scanFailureOf', () => {
  it('calls a tab that now shows another page "navigated", whatever Chrome said', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.weber.de/' });
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.other-company.es/' });
    expect(
      await scanFailureOf(new Error('The page returned no scan result'), {
        id: tab.id!,
        url: 'https://www.weber.de/',
      }),
    ).toEqual({ kind: 'navigated', detail: 'The page returned no scan result' });
  });

  it('an anchor jump on the same page is not navigating away', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.weber.de/#kontakt' });
    expect((await scanFailureOf(new Error('boom'), { id: tab.id!, url: 'https://www.weber.de/' })).kind).toBe(
      'unknown',
    );
  });

  it('calls a tab that is gone "tab-closed"', async () => {
    expect((await scanFailureOf(new Error('x'), { id: 999, url: 'https://www.weber.de/' })).kind).toBe(
      'tab-closed',
    );
  });

  it.each([
    ['Frame with ID 0 was removed.', 'navigated'],
    ['Frame with ID 0 is showing error page', 'navigated'],
    ['No tab with id: 12.', 'tab-closed'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    ['Something else', 'unknown'],
  ] as const)('message "%s" → %s', (message, kind) => {
    expect(scanFailureKindOf(message)).toBe(kind);
  });
});
