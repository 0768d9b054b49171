import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORES_V1, TierScoutDB } from '../../../lib/db/db';
import type { ReadingRow } from '../../../lib/grading/stored-reading';
import {
  bulkUpdate,
  deleteProspects,
  getProspect,
  putProspects,
  saveScan,
  setBuyerType,
  setTier,
  StoreError,
  toStoreError,
  undoDelete,
  updateProspect,
} from '../../../lib/db/prospects';
import { TIERS } from '../../../lib/model';
import { randomProspects } from '../backup/generate';
import { prospectOf, scanOf, suggestionOf } from '../prospect/fixtures';
import { freshDatabasePerTest } from './fresh-db';
import { dupKeysOf } from '../../../lib/prospect/duplicates';

const freshDb = freshDatabasePerTest();
let db: TierScoutDB;
beforeEach(() => {
  db = freshDb();
});

describe('saveScan', () => {
  it('creates a row with the suggestion, session stamps and a created entry', async () => {
    const saved = await saveScan(db, {
      scan: scanOf('weber.de', {}, ['info@weber.de']),
      suggestion: suggestionOf('B', 'wholesaler'),
      region: 'DACH',
      searchPlan: 'LED Großhandel',
      now: '2026-11-26T10:00:00.000Z',
    });
    expect(saved).toMatchObject({ domain: 'weber.de', suggestedTier: 'B', tier: null, region: 'DACH' });
    expect(saved.history[0]).toMatchObject({ field: 'created' });
    const row = await db.prospects.get('weber.de');
    expect(row?.effectiveTier).toBe('B');
  });

  it('re-saving another page of the same domain merges into one row and keeps the rep tier', async () => {
    await saveScan(db, {
      scan: scanOf('weber.de', {}, ['info@weber.de']),
      tier: 'A',
      now: '2026-11-26T10:00:00Z',
    });
    await saveScan(db, {
      scan: scanOf('weber.de', { url: 'https://www.weber.de/impressum' }, [
        'info@weber.de',
        'vertrieb@weber.de',
      ]),
      suggestion: suggestionOf('C', 'retailer'),
      now: '2026-11-26T11:00:00Z',
    });
    expect(await db.prospects.count()).toBe(1);
    const p = await getProspect(db, 'weber.de');
    expect(p?.tier).toBe('A');
    expect(p?.suggestedTier).toBe('C');
    expect(p?.url).toBe('https://www.weber.de/');
    expect(p?.contacts.emails.map((e) => e.value)).toEqual(['info@weber.de', 'vertrieb@weber.de']);
    expect(p?.firstSeen).toBe('2026-11-26T10:00:00Z');
    expect(p?.updatedAt).toBe('2026-11-26T11:00:00Z');
  });

  it('two windows saving the same domain at once end in one merged row', async () => {
    const other = new TierScoutDB(db.name);
    await Promise.all([
      saveScan(db, { scan: scanOf('weber.de', {}, ['info@weber.de']), tier: 'B' }),
      saveScan(other, {
        scan: scanOf('weber.de', {}, ['vertrieb@weber.de']),
        notes: 'met at Light+Building',
      }),
    ]);
    other.close();
    const p = await getProspect(db, 'weber.de');
    expect(await db.prospects.count()).toBe(1);
    expect(p?.contacts.emails.map((e) => e.value).sort()).toEqual(['info@weber.de', 'vertrieb@weber.de']);
    expect(p?.tier).toBe('B');
    expect(p?.notes).toBe('met at Light+Building');
  });

  it('rejects a scan without a domain as a validation error', async () => {
    await expect(saveScan(db, { scan: scanOf('') })).rejects.toMatchObject({ kind: 'validation' });
  });

  it('reports a closed database clearly and keeps what was saved', async () => {
    await saveScan(db, { scan: scanOf('weber.de'), tier: 'A' });
    db.close({ disableAutoOpen: true });
    await expect(saveScan(db, { scan: scanOf('weber.de'), tier: 'D' })).rejects.toMatchObject({
      kind: 'closed',
    });
    const reopened = new TierScoutDB(db.name);
    expect((await getProspect(reopened, 'weber.de'))?.tier).toBe('A');
    reopened.close();
  });
});

describe('edits', () => {
  beforeEach(async () => {
    await putProspects(db, [prospectOf('sur.es'), prospectOf('norte.es'), prospectOf('lux.pt')]);
  });

  it('setTier and setBuyerType record history; clearing the tier falls back to the suggestion index', async () => {
    await setTier(db, 'sur.es', 'A');
    await setBuyerType(db, 'sur.es', 'importer');
    const p = await getProspect(db, 'sur.es');
    expect(p?.history.map((h) => h.field)).toEqual(['tier', 'buyerType']);
    expect(await db.prospects.where('effectiveTier').equals('A').count()).toBe(1);
    await setTier(db, 'sur.es', null);
    expect(await db.prospects.where('effectiveTier').equals('none').count()).toBe(3);
  });

  it('updateProspect rejects invalid patches and unknown domains', async () => {
    await expect(updateProspect(db, 'sur.es', { status: 'vip' as never })).rejects.toMatchObject({
      kind: 'validation',
    });
    await expect(updateProspect(db, 'nowhere.com', { notes: 'x' })).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect((await getProspect(db, 'sur.es'))?.status).toBe('potential');
  });

  it('bulkUpdate changes existing rows only', async () => {
    expect(
      await bulkUpdate(db, ['sur.es', 'lux.pt', 'gone.com'], { outreach: 'rough', tags: ['iberia'] }),
    ).toBe(2);
    expect(await db.prospects.where('tags').equals('iberia').count()).toBe(2);
  });

  it('deleteProspects returns the rows, and putting them back restores them exactly', async () => {
    await setTier(db, 'sur.es', 'B');
    const before = await getProspect(db, 'sur.es');
    const deleted = await deleteProspects(db, ['sur.es', 'gone.com']);
    expect(deleted.rows.map((p) => p.domain)).toEqual(['sur.es']);
    expect(await getProspect(db, 'sur.es')).toBeUndefined();
    await undoDelete(db, deleted);
    expect(await getProspect(db, 'sur.es')).toEqual(before);
  });

  it('deleteProspects takes the stored reading with the row, and its undo brings both back', async () => {
    const stored = { domain: 'sur.es', stored: { version: 1 } } as unknown as ReadingRow;
    await db.readings.put(stored);
    const deleted = await deleteProspects(db, ['sur.es']);
    expect(deleted.readings).toEqual([stored]);
    expect(await db.readings.get('sur.es')).toBeUndefined();
    await undoDelete(db, deleted);
    expect(await db.readings.get('sur.es')).toEqual(stored);
  });

  it('putProspects merges by domain and writes nothing when one row is invalid', async () => {
    await putProspects(db, [prospectOf('sur.es', { tags: ['fair'], notes: 'imported' })]);
    const p = await getProspect(db, 'sur.es');
    expect(p).toMatchObject({ tags: ['fair'], notes: 'imported' });
    await expect(
      putProspects(db, [prospectOf('new.es'), { ...prospectOf('bad.es'), tier: 'E' as never }]),
    ).rejects.toMatchObject({ kind: 'validation' });
    expect(await getProspect(db, 'new.es')).toBeUndefined();
  });
});

describe('toStoreError', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'DatabaseClosedError' }, 'closed'],
    [new Error('boom'), 'unknown'],
  ])('%o → %s', (error, kind) => {
    expect(toStoreError(error)).toBeInstanceOf(StoreError);
    expect(toStoreError(error).kind).toBe(kind);
  });
});

describe('schema upgrade', () => {
  it('opens a version-1 database with data and keeps every row, filling effectiveTier', async () => {
    const oldName = `test-v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(oldName);
    v1.version(1).stores(STORES_V1);
    await v1
      .table('prospects')
      .bulkPut([
        prospectOf('sur.es', { tier: 'A', suggestedTier: 'C' }),
        prospectOf('norte.es', { suggestedTier: 'B' }),
        prospectOf('lux.pt'),
      ]);
    v1.close();
    const upgraded = new TierScoutDB(oldName);
    expect(upgraded.verno).toBe(6);
    expect(await upgraded.prospects.count()).toBe(3);
    const tiers = Object.fromEntries(
      (await upgraded.prospects.toArray()).map((r) => [r.domain, r.effectiveTier]),
    );
    expect(tiers).toEqual({ 'sur.es': 'A', 'norte.es': 'B', 'lux.pt': 'none' });
    expect((await getProspect(upgraded, 'sur.es'))?.company.name).toBe('Iluminación Sur S.L.');
    upgraded.close();
    await Dexie.delete(oldName);
  });

  it('brings an old database with every field filled through with every field and index intact', async () => {
    const oldName = `test-v1-full-${crypto.randomUUID()}`;
    const v1 = new Dexie(oldName);
    v1.version(1).stores(STORES_V1);
    const rows = randomProspects(120, 17).map((p, i) => ({
      ...p,
      tier: TIERS[i % 4]!,
      buyerType: 'importer' as const,
      region: `Region ${i % 3}`,
      searchPlan: `Plan ${i % 5}`,
      tags: [`t${i % 4}`, 'Messe'],
      notes: `Note ${i}`,
      company: { ...p.company, country: ['DE', 'ES', 'FR'][i % 3]! },
    }));
    await v1.table('prospects').bulkPut(rows);
    v1.close();
    const db = new TierScoutDB(oldName);
    const stored = await db.prospects.toArray();
    const byDomain = (xs: { domain: string }[]) => [...xs].sort((a, b) => (a.domain < b.domain ? -1 : 1));
    // Version 4 adds the derived duplicate keys; nothing else changes.
    expect(byDomain(stored)).toEqual(
      byDomain(rows.map((p) => ({ ...p, effectiveTier: p.tier, dupKeys: dupKeysOf(p) }))),
    );
    // Every index answers exactly what a scan of the rows would.
    const keysOf = (xs: { domain: string }[]) => xs.map((x) => x.domain).sort();
    const expectIndex = async (index: string, value: unknown, keep: (p: (typeof rows)[number]) => boolean) =>
      expect(
        keysOf(
          await db.prospects
            .where(index)
            .equals(value as string)
            .toArray(),
        ),
      ).toEqual(keysOf(rows.filter(keep)));
    await expectIndex('tier', 'B', (p) => p.tier === 'B');
    await expectIndex('effectiveTier', 'C', (p) => p.tier === 'C');
    await expectIndex(
      'suggestedTier',
      rows[0]!.suggestedTier ?? 'A',
      (p) => p.suggestedTier === (rows[0]!.suggestedTier ?? 'A'),
    );
    await expectIndex('buyerType', 'importer', () => true);
    await expectIndex(
      'suggestedBuyerType',
      rows[3]!.suggestedBuyerType,
      (p) => p.suggestedBuyerType === rows[3]!.suggestedBuyerType,
    );
    await expectIndex('status', rows[5]!.status, (p) => p.status === rows[5]!.status);
    await expectIndex('outreach', rows[6]!.outreach, (p) => p.outreach === rows[6]!.outreach);
    await expectIndex('company.country', 'ES', (p) => p.company.country === 'ES');
    await expectIndex('region', 'Region 1', (p) => p.region === 'Region 1');
    await expectIndex('searchPlan', 'Plan 4', (p) => p.searchPlan === 'Plan 4');
    await expectIndex('tags', 't2', (p) => p.tags.includes('t2'));
    await expectIndex('updatedAt', rows[7]!.updatedAt, (p) => p.updatedAt === rows[7]!.updatedAt);
    await expectIndex('firstSeen', rows[8]!.firstSeen, (p) => p.firstSeen === rows[8]!.firstSeen);
    const compound = await db.prospects
      .where('[effectiveTier+updatedAt]')
      .between(['A', Dexie.minKey], ['A', Dexie.maxKey])
      .toArray();
    expect(keysOf(compound)).toEqual(keysOf(rows.filter((p) => p.tier === 'A')));
    db.close();
    await Dexie.delete(oldName);
  });
});
