import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORES_V4, TierScoutDB } from '../../../lib/db/db';
import { getProspect, putProspects, setLevels, updateProspect } from '../../../lib/db/prospects';
import { regradeCustomers } from '../../../lib/crm/regrade';
import { DEFAULT_VALUE_SETTINGS, type CustomerFigures } from '../../../lib/crm/schema';
import { mergeProspect } from '../../../lib/prospect/merge';
import { dupKeysOf } from '../../../lib/prospect/duplicates';
import { randomProspects } from '../backup/generate';
import { freshDatabasePerTest } from '../db/fresh-db';
import { prospectOf } from '../prospect/fixtures';

const freshDb = freshDatabasePerTest();
let db: TierScoutDB;
beforeEach(() => {
  db = freshDb();
});

const fig = (orderAmount: number, profit: number, daysLate: number): CustomerFigures => ({
  year: 2026,
  orderAmount,
  profit,
  daysLate,
});

describe('version 6 upgrade', () => {
  it('keeps every row and field of a version 4 database, adds the contact person a sheet named', async () => {
    const name = `test-v4-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(STORES_V4);
    const rows = randomProspects(80, 5).map((p, i) => ({
      ...p,
      effectiveTier: p.tier ?? p.suggestedTier ?? 'none',
      dupKeys: dupKeysOf(p),
      ...(i % 4 === 0 ? { contactName: `Herr Kunde ${i}` } : {}),
    }));
    await v4.table('prospects').bulkPut(rows);
    v4.close();
    const upgraded = new TierScoutDB(name);
    const stored = await upgraded.prospects.toArray();
    expect(stored).toHaveLength(80);
    const byDomain = new Map(stored.map((r) => [r.domain, r]));
    for (const [i, row] of rows.entries()) {
      const after = byDomain.get(row.domain)!;
      const { crm, ...rest } = after;
      expect(rest).toEqual(row);
      if (i % 4 === 0)
        expect(crm?.people).toEqual([expect.objectContaining({ name: `Herr Kunde ${i}`, source: 'import' })]);
      else expect(crm).toBeUndefined();
    }
    // The new index answers.
    expect(await upgraded.prospects.where('crm.nextContact').above('').count()).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('regradeCustomers', () => {
  it('grades current customers relative to each other and records moved grades in the history', async () => {
    await putProspects(db, [
      prospectOf('weber.de', { status: 'customer', crm: { figures: fig(1_000_000, 200_000, 0) } }),
      prospectOf('sur.es', { status: 'customer', crm: { figures: fig(900_000, 180_000, 0) } }),
      prospectOf('lux.pt', { status: 'potential', crm: { figures: fig(5_000_000, 1, 0) } }),
      prospectOf('nord.se', { status: 'customer', crm: { judgedGrade: 'important' } }),
    ]);
    const changed = await regradeCustomers(db, DEFAULT_VALUE_SETTINGS, '2026-12-01T10:00:00.000Z');
    expect(changed.sort()).toEqual(['sur.es', 'weber.de']);
    const sur = await getProspect(db, 'sur.es');
    expect(sur?.crm?.valuation).toMatchObject({ score: 91, grade: 'vip', rank: 2, of: 2 });
    // A bigger customer arrives: sur.es moves down.
    await updateProspect(db, 'lux.pt', { status: 'customer' }, '2026-12-02T10:00:00.000Z');
    await regradeCustomers(db, DEFAULT_VALUE_SETTINGS, '2026-12-02T10:00:01.000Z');
    const after = await getProspect(db, 'sur.es');
    // Order amount 5/30 now (900,000 of 5,000,000), profit still 54/60, credit 10/10: 69.
    expect(after?.crm?.valuation).toMatchObject({ score: 69, grade: 'important', rank: 2, of: 3 });
    expect(after?.history.filter((h) => h.field === 'valueGrade').map((h) => `${h.from}→${h.to}`)).toEqual([
      '→vip',
      'vip→important',
    ]);
    // Nothing changed, nothing written.
    expect(await regradeCustomers(db, DEFAULT_VALUE_SETTINGS)).toEqual([]);
    expect((await getProspect(db, 'nord.se'))?.crm?.valuation).toBeUndefined();
  });
});

describe('mergeProspect with a customer file', () => {
  it('keeps the rep’s people and log when a scan or an import comes in, and takes newer figures', () => {
    const stored = prospectOf('weber.de', {
      crm: {
        loyalty: 'old',
        people: [
          {
            name: 'Max Weber',
            salutation: 'mr',
            title: 'Einkauf',
            email: 'max@weber.de',
            phone: '',
            language: 'de',
            notes: 'likes calls',
            source: 'rep',
          },
        ],
        log: [{ at: '2026-11-01T09:00:00.000Z', channel: 'phone', note: 'Called' }],
        figures: fig(1, 1, 0),
      },
    });
    const incoming = prospectOf('weber.de', {
      crm: {
        people: [
          {
            name: 'Max Weber',
            salutation: '',
            title: 'Head of purchasing',
            email: '',
            phone: '+4940123456',
            language: '',
            notes: '',
            source: 'scan',
          },
          {
            name: 'Anna Schulz',
            salutation: 'ms',
            title: 'Sales',
            email: '',
            phone: '',
            language: 'de',
            notes: '',
            source: 'scan',
          },
        ],
        log: [{ at: '2026-11-05T09:00:00.000Z', channel: 'email', note: 'Catalogue sent' }],
        figures: fig(2, 2, 3),
      },
    });
    const merged = mergeProspect(stored, incoming);
    expect(merged.crm?.people?.map((p) => [p.name, p.title, p.phone])).toEqual([
      ['Max Weber', 'Einkauf', '+4940123456'],
      ['Anna Schulz', 'Sales', ''],
    ]);
    expect(merged.crm?.log).toHaveLength(2);
    expect(merged.crm?.loyalty).toBe('old');
    expect(merged.crm?.figures).toEqual(fig(2, 2, 3));
    expect(mergeProspect(stored, prospectOf('weber.de')).crm).toEqual(stored.crm);
  });
});

describe('needsRegrade', () => {
  it('is false when every stored grade matches the figures, true after a figure or a weight changes', async () => {
    const { needsRegrade } = await import('../../../lib/crm/regrade');
    const { scoreCustomers } = await import('../../../lib/crm/value');
    const customers = [
      { domain: 'a.de', figures: fig(100, 10, 0) },
      { domain: 'b.de', figures: fig(50, 5, 10) },
      { domain: 'c.de', figures: undefined },
    ];
    const scored = scoreCustomers(customers, DEFAULT_VALUE_SETTINGS);
    const held = customers.map((c) => ({ ...c, valuation: scored.get(c.domain) ?? null }));
    expect(needsRegrade(held, DEFAULT_VALUE_SETTINGS)).toBe(false);
    expect(
      needsRegrade([...held.slice(0, 1), { ...held[1]!, figures: fig(60, 5, 10) }], DEFAULT_VALUE_SETTINGS),
    ).toBe(true);
    expect(
      needsRegrade(held, { ...DEFAULT_VALUE_SETTINGS, weights: { credit: 20, order: 20, profit: 60 } }),
    ).toBe(true);
  });
});

describe('setLevels', () => {
  it('sets relationship and loyalty on many rows at once, keeps the rest of the customer file, records both', async () => {
    const log = [{ at: '2026-11-01T09:00:00.000Z', channel: 'phone' as const, note: 'Called' }];
    await putProspects(db, [
      prospectOf('weber.de', {
        status: 'customer',
        crm: { loyalty: 'old', log, nextContact: '2027-01-05T08:00:00.000Z' },
      }),
      prospectOf('sur.es', { status: 'potential' }),
      prospectOf('lux.pt', { status: 'target', crm: { loyalty: 'new' } }),
    ]);
    const at = '2026-12-03T10:00:00.000Z';
    expect(await setLevels(db, ['weber.de', 'sur.es', 'lux.pt', 'gone.fr'], { loyalty: 'loyal' }, at)).toBe(
      3,
    );
    const weber = await getProspect(db, 'weber.de');
    expect(weber?.crm).toEqual({ loyalty: 'loyal', log, nextContact: '2027-01-05T08:00:00.000Z' });
    expect(weber?.history.at(-1)).toEqual({ at, field: 'loyalty', from: 'old', to: 'loyal' });
    expect((await getProspect(db, 'sur.es'))?.crm).toEqual({ loyalty: 'loyal' });

    // Relationship: lost customers are kept, with the change in the history (the monthly review's "lost").
    expect(await setLevels(db, ['weber.de', 'lux.pt'], { status: 'lost' }, at)).toBe(2);
    const lost = await getProspect(db, 'weber.de');
    expect(lost?.status).toBe('lost');
    expect(lost?.history.at(-1)).toEqual({ at, field: 'status', from: 'customer', to: 'lost' });

    // Rows already there are not written again; clearing loyalty removes it (and an emptied file).
    expect(await setLevels(db, ['weber.de'], { status: 'lost', loyalty: 'loyal' }, at)).toBe(0);
    expect(await setLevels(db, ['sur.es', 'weber.de'], { loyalty: null }, at)).toBe(2);
    expect((await getProspect(db, 'sur.es'))?.crm).toBeUndefined();
    expect((await getProspect(db, 'weber.de'))?.crm?.loyalty).toBeUndefined();
    expect((await getProspect(db, 'weber.de'))?.crm?.log).toEqual(log);
  });
});
