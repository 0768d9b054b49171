import { TIMEOUT_MESSAGE } from '../../../lib/background/scan-failure';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../../lib/background/badge';
import { type CommandDeps, handleCommand, undoSave } from '../../../lib/background/command';
import { createUndoRegistry, UNDO_MS } from '../../../lib/background/undo';
import type { TierScoutDB } from '../../../lib/db/db';
import { getProspect, putProspects } from '../../../lib/db/prospects';
import type { PageCapture } from '../../../lib/model';
import { gradedOf, prospectOf, scanOf, suggestionOf } from '../prospect/fixtures';
import { freshDatabasePerTest } from '../db/fresh-db';

const freshDb = freshDatabasePerTest();
let db: TierScoutDB;
beforeEach(() => {
  db = freshDb();
});

const capture = {
  url: 'https://www.weber.de/',
  title: 'Weber Großhandel',
  blocks: [],
} as unknown as PageCapture;

function depsWith(overrides: Partial<CommandDeps> = {}): CommandDeps & {
  showToast: ReturnType<typeof vi.fn>;
  setBadge: ReturnType<typeof vi.fn>;
} {
  return {
    db,
    activeTab: vi.fn(async () => ({ id: 7, url: 'https://www.weber.de/' })),
    isScannable: (url: string) => url.startsWith('http'),
    captureTab: vi.fn(async () => capture),
    analyze: () => scanOf('weber.de', {}, ['info@weber.de']),
    grade: vi.fn(async () => gradedOf(suggestionOf('B', 'wholesaler'))),
    workSession: async () => ({ region: 'DACH', searchPlan: 'LED Großhandel' }),
    lang: async () => 'en',
    showToast: vi.fn(async () => undefined),
    setBadge: vi.fn(async () => undefined),
    ...overrides,
  } as never;
}

describe('handleCommand', () => {
  it.each([
    ['tier-a', 'A'],
    ['tier-b', 'B'],
    ['tier-c', 'C'],
    ['tier-d', 'D'],
    ['save-suggested', 'B'],
  ])('%s saves the tab with tier %s, badge and toast', async (command, tier) => {
    const deps = depsWith();
    const outcome = await handleCommand(command, { id: 3, url: 'https://www.weber.de/' }, deps);
    expect(outcome).toEqual({ ok: true, domain: 'weber.de', tier });
    expect(await getProspect(db, 'weber.de')).toMatchObject({ tier, suggestedTier: 'B', region: 'DACH' });
    expect(deps.setBadge).toHaveBeenCalledWith(3, badgeFor(true, tier as 'A'));
    expect(deps.showToast.mock.calls[0]?.[1]).toMatchObject({ mark: tier, tone: 'ok' });
  });

  it('keeps the reading it graded with the saved prospect, so a profile edit can re-grade it', async () => {
    const deps = depsWith();
    await handleCommand('save-suggested', { id: 3, url: 'https://www.weber.de/' }, deps);
    const row = await db.readings.get('weber.de');
    expect(row?.stored.items).toEqual([
      ['LED-Panels', 'nav', 3],
      ['Downlights', 'nav', 3],
      ['Kabel', 'nav', 3],
    ]);
    expect(row?.stored.langs).toEqual(['de']);
  });

  it.each([
    ['save-suggested', 'suggestion'],
    ['tier-c', 'hand'],
  ])('%s records who set the tier (%s), so a re-grade knows whether it may move it', async (command, by) => {
    await handleCommand(command, { id: 3, url: 'https://www.weber.de/' }, depsWith());
    expect((await getProspect(db, 'weber.de'))!.tierBy).toBe(by);
  });

  it('names a saved prospect with the same e-mail in the save toast', async () => {
    await putProspects(db, [
      prospectOf('weber-shop.com', {
        company: { name: 'Weber Leuchten', address: '', country: 'DE', language: 'de' },
        contacts: {
          emails: [{ value: 'info@weber.de', isRole: true, isOwnDomain: false, evidence: [] }],
          phones: [],
          messengers: [],
          socials: [],
        },
        firstSeen: `${new Date().getFullYear()}-03-05T09:00:00.000Z`,
      }),
    ]);
    const deps = depsWith();
    const outcome = await handleCommand('tier-b', { id: 3, url: 'https://www.weber.de/' }, deps);
    expect(outcome).toMatchObject({ ok: true, domain: 'weber.de', duplicateOf: 'weber-shop.com' });
    expect(deps.showToast.mock.calls[0]?.[1].warning).toBe(
      'Possible duplicate: same e-mail as Weber Leuchten (weber-shop.com), saved Mar 5. Open TierScout to merge or keep both.',
    );
  });

  it('uses the active tab when the command came without one', async () => {
    const deps = depsWith();
    await handleCommand('tier-a', undefined, deps);
    expect(deps.captureTab).toHaveBeenCalledWith(7);
  });

  it('save-suggested without a profile saves nothing and says why', async () => {
    const deps = depsWith({ grade: async () => gradedOf(null) });
    const outcome = await handleCommand('save-suggested', { id: 3 }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'no-tier' });
    expect(deps.showToast.mock.calls[0]?.[1].detail).toMatch(/describe your products/i);
    expect(await db.prospects.count()).toBe(0);
  });

  it('save-suggested with no match saves nothing (an unrelated page stays out of the list)', async () => {
    const deps = depsWith({ grade: async () => gradedOf(suggestionOf(null, 'unknown')) });
    const outcome = await handleCommand('save-suggested', { id: 3 }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'no-tier' });
    expect(await db.prospects.count()).toBe(0);
  });

  it.each([
    ['an HTTP 404', { title: 'Lichtwerk Handel', blocks: [] }, 404],
    ['a "404 Not Found" title', { title: '404 Not Found', blocks: [] }, undefined],
    [
      'a German error heading',
      { title: 'Weber', blocks: [{ zone: 'heading', text: 'Seite nicht gefunden' }] },
      200,
    ],
  ])('never saves %s as a company', async (_name, page, status) => {
    const deps = depsWith({
      captureTab: async () => ({ ...capture, ...page }) as PageCapture,
      httpStatus: async () => status,
    });
    const outcome = await handleCommand('tier-a', { id: 3 }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'error-page' });
    expect(deps.showToast.mock.calls[0]?.[1]).toMatchObject({ tone: 'error' });
    expect(await db.prospects.count()).toBe(0);
  });

  it('the save toast names company, tier and buyer type and offers undo, which removes a new row', async () => {
    const undo = createUndoRegistry();
    const deps = depsWith({ undo });
    await handleCommand('tier-b', { id: 3 }, deps);
    const toast = deps.showToast.mock.calls[0]?.[1];
    expect(toast).toMatchObject({
      mark: 'B',
      title: expect.stringContaining('B'),
      detail: 'weber.de · Wholesaler',
    });
    expect(toast.undo.label).toBe('Undo');
    expect(await undoSave(toast.undo.token, 3, deps)).toBe(true);
    expect(await getProspect(db, 'weber.de')).toBeUndefined();
    expect(deps.setBadge).toHaveBeenLastCalledWith(3, null);
    // A token works once.
    expect(await undoSave(toast.undo.token, 3, deps)).toBe(false);
  });

  it('undo of a re-tier puts the earlier tier back', async () => {
    const undo = createUndoRegistry();
    const deps = depsWith({ undo });
    await handleCommand('tier-a', { id: 3 }, deps);
    await handleCommand('tier-d', { id: 3 }, deps);
    const token = deps.showToast.mock.calls[1]?.[1].undo.token;
    await undoSave(token, 3, deps);
    expect(await getProspect(db, 'weber.de')).toMatchObject({ tier: 'A' });
  });

  it('an undo after the window changes nothing', async () => {
    let now = 1000;
    const undo = createUndoRegistry(() => now);
    const deps = depsWith({ undo });
    await handleCommand('tier-c', { id: 3 }, deps);
    now += UNDO_MS + 1;
    expect(await undoSave(deps.showToast.mock.calls[0]?.[1].undo.token, 3, deps)).toBe(false);
    expect(await getProspect(db, 'weber.de')).toMatchObject({ tier: 'C' });
  });

  it('save-suggested keeps a tier the rep chose before', async () => {
    const deps = depsWith();
    await handleCommand('tier-a', { id: 3 }, deps);
    const outcome = await handleCommand(
      'save-suggested',
      { id: 3 },
      depsWith({ grade: async () => gradedOf(suggestionOf(null, 'retailer')) }),
    );
    expect(outcome).toMatchObject({ ok: true, tier: 'A' });
  });

  it('refuses restricted pages without scanning', async () => {
    const deps = depsWith();
    const outcome = await handleCommand('tier-a', { id: 3, url: 'chrome://extensions/' }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'restricted' });
    expect(deps.captureTab).not.toHaveBeenCalled();
  });

  it('refuses a search results page with a toast, saving nothing', async () => {
    const deps = depsWith();
    const outcome = await handleCommand(
      'save-suggested',
      { id: 3, url: 'https://www.google.de/search?q=led+panel+gro%C3%9Fhandel' },
      deps,
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'search-page' });
    expect(deps.captureTab).not.toHaveBeenCalled();
    expect(deps.showToast.mock.calls[0]?.[1]).toMatchObject({ tone: 'error' });
    expect(await deps.db.prospects.count()).toBe(0);
  });

  it('reports a page that navigated away mid-scan as an error toast and saves nothing', async () => {
    const deps = depsWith({
      captureTab: async () => {
        throw new Error('Frame with ID 0 was removed.');
      },
    });
    const outcome = await handleCommand('tier-b', { id: 3 }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'scan-failed' });
    expect(deps.showToast.mock.calls[0]?.[1]).toMatchObject({ tone: 'error' });
    expect(await db.prospects.count()).toBe(0);
  });

  it('says the page changed when the tab shows another page after a failed read', async () => {
    const deps = depsWith({
      captureTab: async () => {
        throw new Error('The page returned no scan result');
      },
      tabUrl: async () => 'https://www.other-company.es/',
    });
    const outcome = await handleCommand('tier-a', { id: 3, url: 'https://www.weber.de/' }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'scan-failed' });
    expect(deps.showToast.mock.calls[0]?.[1].detail).toMatch(/page changed before TierScout could read it/);
    expect(await db.prospects.count()).toBe(0);
  });

  it('says the page could not be read fully when the capture timed out', async () => {
    const deps = depsWith({
      captureTab: async () => {
        throw new Error(`${TIMEOUT_MESSAGE} 15 s`);
      },
    });
    const outcome = await handleCommand('tier-a', { id: 3, url: 'https://www.weber.de/' }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'scan-failed' });
    expect(deps.showToast.mock.calls[0]?.[1].detail).toMatch(/could not be read fully/);
    expect(await db.prospects.count()).toBe(0);
  });

  it('keeps the browser message when the tab is still on the same page', async () => {
    const deps = depsWith({
      captureTab: async () => {
        throw new Error('Script error');
      },
      tabUrl: async () => 'https://www.weber.de/#top',
    });
    await handleCommand('tier-a', { id: 3, url: 'https://www.weber.de/' }, deps);
    expect(deps.showToast.mock.calls[0]?.[1].detail).toBe('The page could not be read: Script error');
  });

  it('reports a closed database clearly', async () => {
    db.close({ disableAutoOpen: true });
    const deps = depsWith();
    const outcome = await handleCommand('tier-b', { id: 3 }, deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'store' });
    expect(deps.showToast.mock.calls[0]?.[1].detail).toMatch(/database is closed/);
  });

  it('ignores unknown and popup-only commands', async () => {
    expect(await handleCommand('_execute_action', { id: 3 }, depsWith())).toMatchObject({
      reason: 'unknown-command',
    });
    expect(await handleCommand('nope', { id: 3 }, depsWith())).toMatchObject({ reason: 'unknown-command' });
  });
});

describe('badgeFor', () => {
  it.each([
    [false, null, null],
    [true, null, { text: '•', color: '#94a3b8' }],
    [true, 'A', { text: 'A', color: '#15803d' }],
  ] as const)('saved=%s tier=%s', (saved, tier, expected) => {
    expect(badgeFor(saved, tier)).toEqual(expected);
  });
});
