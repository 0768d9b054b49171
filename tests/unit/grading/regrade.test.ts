/**
 * Re-grading the saved list from stored readings (lib/grading/regrade.ts): only suggestions change, the rep's own
 * tier is kept, prospects without a reading keep theirs and are counted, and the work goes in chunks with progress.
 */
import { Dexie } from 'dexie';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prepareGrading } from '../../../lib/classify/index';
import { STORES_V4, type TierScoutDB, TierScoutDB as DB } from '../../../lib/db/db';
import { getProspect, putProspects, saveScan, updateProspect } from '../../../lib/db/prospects';
import { type RegradeProgress, regradeAll, regradedProspect } from '../../../lib/grading/regrade';
import { encodeReading } from '../../../lib/grading/stored-reading';
import type { Profile } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { freshDatabasePerTest } from '../db/fresh-db';
import { prospectOf, readingOf, scanOf, suggestionOf } from '../prospect/fixtures';

const freshDb = freshDatabasePerTest();
let db: TierScoutDB;
beforeEach(() => {
  db = freshDb();
});
beforeAll(async () => {
  await prepareGrading(['de']);
});

const LED: Profile = {
  id: 'led',
  name: 'LED',
  lines: [
    { name: 'LED panels', keywords: ['LED panel'] },
    { name: 'Downlights', keywords: ['downlight'] },
  ],
  industryKeywords: ['lighting'],
  excludeKeywords: [],
};
const CABLES: Profile = {
  id: 'cables',
  name: 'Cables',
  lines: [{ name: 'Cables', keywords: ['Kabel', 'cable'] }],
  industryKeywords: [],
  excludeKeywords: [],
};
const BAGS: Profile = {
  id: 'bags',
  name: 'Bags',
  lines: [{ name: 'Handbags', keywords: ['handbag', 'tote bag'] }],
  industryKeywords: ['leather goods'],
  excludeKeywords: [],
};

const stored = encodeReading(readingOf(), ['de'], '2026-12-03T10:00:00.000Z');

async function saveWithReading(domain: string, tier?: 'A' | 'B' | 'C' | 'D') {
  await saveScan(db, {
    scan: scanOf(domain),
    suggestion: suggestionOf('A', 'wholesaler'),
    tier,
    reading: stored,
    now: '2026-12-01T10:00:00.000Z',
  });
}

describe('regradeAll', () => {
  it('changes suggestions only: the rep’s own tier stays, updatedAt stays, the history says what changed', async () => {
    await saveWithReading('weber.de');
    await saveWithReading('mueller.de', 'B');
    const out = await regradeAll(db, BAGS, DEFAULT_THRESHOLDS, { now: '2026-12-03T12:00:00.000Z' });
    expect(out).toMatchObject({ total: 2, regraded: 2, changed: 2, notRegradable: 0 });
    const weber = await getProspect(db, 'weber.de');
    expect(weber).toMatchObject({ suggestedTier: null, tier: null, updatedAt: '2026-12-01T10:00:00.000Z' });
    expect(weber!.reasons[0]?.key).toBe('classify.tier.noMatch');
    expect(weber!.history.at(-1)).toMatchObject({ field: 'suggestedTier', from: 'A', to: '' });
    expect(await getProspect(db, 'mueller.de')).toMatchObject({ tier: 'B', suggestedTier: null });
    expect((await db.prospects.get('mueller.de'))!.effectiveTier).toBe('B');
    expect((await db.prospects.get('weber.de'))!.effectiveTier).toBe('none');
  });

  it('moves a tier the rep only saved with the suggestion, and keeps one chosen by hand after that', async () => {
    await saveScan(db, {
      scan: scanOf('weber.de'),
      suggestion: suggestionOf('A', 'wholesaler'),
      tier: 'A',
      tierBy: 'suggestion',
      reading: stored,
    });
    await regradeAll(db, CABLES, DEFAULT_THRESHOLDS, { now: '2026-12-03T12:00:00.000Z' });
    const moved = await getProspect(db, 'weber.de');
    expect(moved!.tier).toBe(moved!.suggestedTier);
    expect(moved!.tier).not.toBe('A');
    expect(moved!.history.at(-1)).toMatchObject({ field: 'tier', from: 'A' });
    // No match at all: the tier goes back to none and the row shows the suggestion only.
    await regradeAll(db, BAGS, DEFAULT_THRESHOLDS);
    expect(await getProspect(db, 'weber.de')).toMatchObject({ tier: null, suggestedTier: null });
    expect((await getProspect(db, 'weber.de'))!.tierBy).toBeUndefined();
    // The rep sets a tier by hand in the list: from now on re-grades leave it.
    await updateProspect(db, 'weber.de', { tier: 'C' });
    await regradeAll(db, CABLES, DEFAULT_THRESHOLDS);
    expect(await getProspect(db, 'weber.de')).toMatchObject({ tier: 'C' });
  });

  it('grades with the new profile: Kabel is ours for a cable profile', async () => {
    await saveWithReading('weber.de');
    await regradeAll(db, CABLES, DEFAULT_THRESHOLDS);
    const weber = await getProspect(db, 'weber.de');
    expect(weber!.suggestedTier).not.toBeNull();
    expect(weber!.suggestedBuyerType).toBe('wholesaler');
  });

  it('leaves a prospect without a stored reading as it was and counts it', async () => {
    await putProspects(db, [prospectOf('old.es', { suggestedTier: 'B', reasons: [{ key: 'x' }] })]);
    await saveWithReading('weber.de');
    const out = await regradeAll(db, BAGS, DEFAULT_THRESHOLDS);
    expect(out).toMatchObject({ total: 2, regraded: 1, notRegradable: 1 });
    expect(await getProspect(db, 'old.es')).toMatchObject({ suggestedTier: 'B', reasons: [{ key: 'x' }] });
  });

  it('does not rewrite rows whose suggestion stays the same', async () => {
    await saveWithReading('weber.de');
    await regradeAll(db, LED, DEFAULT_THRESHOLDS);
    const before = await db.prospects.get('weber.de');
    const again = await regradeAll(db, LED, DEFAULT_THRESHOLDS);
    expect(again).toMatchObject({ regraded: 1, changed: 0 });
    expect(await db.prospects.get('weber.de')).toEqual(before);
  });

  it('works in chunks, reports progress after each, and stops when aborted', async () => {
    await putProspects(
      db,
      Array.from({ length: 25 }, (_, i) => prospectOf(`site-${String(i).padStart(2, '0')}.de`)),
    );
    await db.readings.bulkPut(
      Array.from({ length: 25 }, (_, i) => ({ domain: `site-${String(i).padStart(2, '0')}.de`, stored })),
    );
    const seen: RegradeProgress[] = [];
    const controller = new AbortController();
    const out = await regradeAll(db, LED, DEFAULT_THRESHOLDS, {
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.done === 20) controller.abort();
      },
    });
    expect(seen.map((p) => p.done)).toEqual([0, 10, 20]);
    expect(out).toMatchObject({ done: 20, total: 25, regraded: 20 });
    expect((await getProspect(db, 'site-24.de'))!.suggestedTier).toBeNull();
    expect((await getProspect(db, 'site-00.de'))!.suggestedTier).not.toBeNull();
  });
});

describe('regradedProspect', () => {
  it('returns null when tier, buyer type and reasons are unchanged', () => {
    const s = suggestionOf('B', 'wholesaler');
    const p = prospectOf('a.de', {
      suggestedTier: 'B',
      suggestedBuyerType: 'wholesaler',
      reasons: [...s.tier.reasons, ...s.buyerType.reasons],
    });
    expect(regradedProspect(p, s, 'now')).toBeNull();
    expect(regradedProspect(p, suggestionOf('A', 'wholesaler'), 'now')).toMatchObject({ suggestedTier: 'A' });
  });
});

describe('the readings table (schema version 5 and later)', () => {
  it('opens a version-4 database, keeps its rows, and the old rows have no reading', async () => {
    const name = `test-v4-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(STORES_V4);
    await v4.table('prospects').put({ ...prospectOf('old.es', { suggestedTier: 'C' }), effectiveTier: 'C' });
    v4.close();
    const upgraded = new DB(name);
    expect(upgraded.verno).toBe(6);
    expect(await getProspect(upgraded, 'old.es')).toMatchObject({ suggestedTier: 'C' });
    expect(await upgraded.readings.get('old.es')).toBeUndefined();
    upgraded.close();
    await Dexie.delete(name);
  });
});
