/**
 * Store faults from issue 5 ("Bad input and faults"): a storage quota error, a closed database and two windows
 * saving the same domain at once. Each must end in a `StoreError` the UI can explain (in English and Chinese) and
 * must lose nothing already saved. Faults are injected below Dexie with a DBCore middleware that rejects writes
 * with a real-named `QuotaExceededError` DOMException, which is what Chromium raises when IndexedDB is full.
 */
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TierScoutDB } from '../../../lib/db/db';
import {
  bulkUpdate,
  getProspect,
  putProspects,
  type StoreErrorKind,
  saveScan,
  setTier,
  updateProspect,
} from '../../../lib/db/prospects';
import { t } from '../../../lib/i18n/index';
import '../../../lib/i18n/strings/shortcuts';
import { prospectOf, scanOf, suggestionOf } from '../prospect/fixtures';

let name: string;
const open: TierScoutDB[] = [];
function connect(): TierScoutDB {
  const db = new TierScoutDB(name);
  open.push(db);
  return db;
}
beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
});
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Dexie.delete(name);
});

/** A switchable fault: while `on`, every write (put/add/delete) of the prospects table fails with `error()`. */
function faultyWrites(error: () => unknown): { middleware: Middleware<DBCore>; on: boolean } {
  const state = {
    on: false,
    middleware: {
      stack: 'dbcore',
      name: 'fault-injection',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req) => (state.on ? Promise.reject(error()) : table.mutate(req)),
          };
        },
      }),
    } as Middleware<DBCore>,
  };
  return state;
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage quota exceeded', () => {
  it('saveScan rejects with kind "quota" and the saved row is unchanged', async () => {
    const fault = faultyWrites(quotaError);
    const db = connect();
    db.use(fault.middleware);
    const first = await saveScan(db, {
      scan: scanOf('weber.de', {}, ['info@weber.de']),
      tier: 'B',
      notes: 'met at the fair',
      now: '2026-11-26T10:00:00.000Z',
    });
    fault.on = true;
    await expect(
      saveScan(db, {
        scan: scanOf('weber.de', {}, ['vertrieb@weber.de']),
        tier: 'D',
        suggestion: suggestionOf('C', 'retailer'),
      }),
    ).rejects.toMatchObject({ name: 'StoreError', kind: 'quota' });
    fault.on = false;
    expect(await getProspect(db, 'weber.de')).toEqual(first);
  });

  it('a new domain that does not fit is not half-written', async () => {
    const fault = faultyWrites(quotaError);
    const db = connect();
    db.use(fault.middleware);
    fault.on = true;
    await expect(saveScan(db, { scan: scanOf('neu.de') })).rejects.toMatchObject({ kind: 'quota' });
    fault.on = false;
    expect(await db.prospects.count()).toBe(0);
  });

  it('edits, bulk edits and imports fail as "quota" and change nothing', async () => {
    const fault = faultyWrites(quotaError);
    const db = connect();
    db.use(fault.middleware);
    await putProspects(db, [prospectOf('sur.es'), prospectOf('norte.es')]);
    const before = await db.prospects.toArray();
    fault.on = true;
    await expect(setTier(db, 'sur.es', 'A')).rejects.toMatchObject({ kind: 'quota' });
    await expect(updateProspect(db, 'sur.es', { notes: 'x' })).rejects.toMatchObject({ kind: 'quota' });
    await expect(bulkUpdate(db, ['sur.es', 'norte.es'], { outreach: 'rough' })).rejects.toMatchObject({
      kind: 'quota',
    });
    await expect(putProspects(db, [prospectOf('lux.pt')])).rejects.toMatchObject({ kind: 'quota' });
    fault.on = false;
    expect(await db.prospects.toArray()).toEqual(before);
  });

  it('after space is freed the same save goes through', async () => {
    const fault = faultyWrites(quotaError);
    const db = connect();
    db.use(fault.middleware);
    fault.on = true;
    await expect(saveScan(db, { scan: scanOf('weber.de'), tier: 'A' })).rejects.toMatchObject({
      kind: 'quota',
    });
    fault.on = false;
    expect((await saveScan(db, { scan: scanOf('weber.de'), tier: 'A' })).tier).toBe('A');
  });
});

describe('closed database', () => {
  it('every write reports "closed" and nothing saved is lost', async () => {
    const db = connect();
    await saveScan(db, { scan: scanOf('weber.de', {}, ['info@weber.de']), tier: 'A' });
    const before = await getProspect(db, 'weber.de');
    db.close({ disableAutoOpen: true });
    await expect(setTier(db, 'weber.de', 'C')).rejects.toMatchObject({ kind: 'closed' });
    await expect(updateProspect(db, 'weber.de', { notes: 'x' })).rejects.toMatchObject({ kind: 'closed' });
    await expect(getProspect(db, 'weber.de')).rejects.toMatchObject({ kind: 'closed' });
    expect(await getProspect(connect(), 'weber.de')).toEqual(before);
  });

  it('a connection the browser closes (IDB "close" / versionchange) reopens on the next write', async () => {
    const db = connect();
    await saveScan(db, { scan: scanOf('weber.de'), tier: 'A' });
    // What Dexie itself does on IDBDatabase "close" and "versionchange" events.
    db.close({ disableAutoOpen: false });
    expect((await setTier(db, 'weber.de', 'B')).tier).toBe('B');
  });
});

describe('two windows saving the same domain at once', () => {
  it('five overlapping saves from three connections end in one row with every contact and note', async () => {
    const [a, b, c] = [connect(), connect(), connect()];
    await Promise.all([
      saveScan(a, {
        scan: scanOf('weber.de', {}, ['info@weber.de']),
        tier: 'B',
        now: '2026-11-26T10:00:01Z',
      }),
      saveScan(b, { scan: scanOf('weber.de', {}, ['vertrieb@weber.de']), now: '2026-11-26T10:00:02Z' }),
      saveScan(c, {
        scan: scanOf('weber.de', {}, ['einkauf@weber.de']),
        notes: 'Messe',
        now: '2026-11-26T10:00:03Z',
      }),
      saveScan(a, { scan: scanOf('weber.de', {}, ['info@weber.de', 'k.weber@weber.de']) }),
      saveScan(b, { scan: scanOf('weber.de'), buyerType: 'wholesaler' }),
    ]);
    const rows = await a.prospects.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contacts.emails.map((e) => e.value).sort()).toEqual([
      'einkauf@weber.de',
      'info@weber.de',
      'k.weber@weber.de',
      'vertrieb@weber.de',
    ]);
    expect(rows[0]).toMatchObject({ tier: 'B', buyerType: 'wholesaler', notes: 'Messe' });
    expect(rows[0]!.history.filter((h) => h.field === 'created')).toHaveLength(1);
  });

  it('a tier set in one window and a note saved in another both survive', async () => {
    const [a, b] = [connect(), connect()];
    await saveScan(a, { scan: scanOf('weber.de') });
    await Promise.all([setTier(a, 'weber.de', 'A'), updateProspect(b, 'weber.de', { notes: 'call Monday' })]);
    expect(await getProspect(a, 'weber.de')).toMatchObject({ tier: 'A', notes: 'call Monday' });
  });
});

describe('messages', () => {
  const kinds: StoreErrorKind[] = ['quota', 'closed', 'validation', 'not-found', 'unknown'];
  it.each(kinds)('"%s" has its own English and Chinese message that says saved data is safe', (kind) => {
    const en = t('en', `store.error.${kind}`);
    const zh = t('zh', `store.error.${kind}`);
    expect(en).not.toBe(`store.error.${kind}`);
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    if (kind === 'quota' || kind === 'closed' || kind === 'unknown') {
      expect(en).toMatch(/saved prospects are safe/i);
      expect(zh).toMatch(/已保存的客户不受影响/);
    }
  });
});
