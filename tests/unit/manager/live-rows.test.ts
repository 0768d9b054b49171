/**
 * The manager's live rows over a real Dexie database (fake-indexeddb): the chunked first load, and writes of
 * every kind (put, bulk edit, delete, clear, a batch bigger than a patch) reaching the rows without a reload.
 */
import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TierScoutDB } from '../../../lib/db/db';
import { bulkUpdate, deleteProspects, putProspects, setTier } from '../../../lib/db/prospects';
import { changedKeys, LiveRows, type RowsSnapshot } from '../../../lib/manager/live-rows';
import { toManagerRow } from '../../../lib/manager/rows';
import { randomProspects } from '../backup/generate';

describe('changedKeys', () => {
  const part = 'idb://tierscout/prospects/';
  const sortedKeys = (parts: Parameters<typeof changedKeys>[0]) => {
    const keys = changedKeys(parts, 'tierscout', 'prospects');
    return Array.isArray(keys) ? [...keys].sort() : keys;
  };
  it('lists the written primary keys', () => {
    const set = new RangeSet().addKeys(['b.de', 'a.de', 'c.de']);
    expect(sortedKeys({ [part]: set })).toEqual(['a.de', 'b.de', 'c.de']);
  });
  it('reads the tree as a plain object too (it crosses contexts by structured clone)', () => {
    const set = structuredClone({ ...new RangeSet().addKeys(['x.cn', 'y.cn']) });
    expect(sortedKeys({ [part]: set } as never)).toEqual(['x.cn', 'y.cn']);
  });
  it('says "all" for a key range and null for another table or database', () => {
    expect(changedKeys({ [part]: new RangeSet('a', 'z') }, 'tierscout', 'prospects')).toBe('all');
    expect(changedKeys({ 'idb://tierscout/other/': new RangeSet('a') }, 'tierscout', 'prospects')).toBeNull();
    expect(changedKeys({ 'idb://other/prospects/': new RangeSet('a') }, 'tierscout', 'prospects')).toBeNull();
  });
  it('says "all" past the key limit', () => {
    const set = new RangeSet().addKeys(['a', 'b', 'c', 'd']);
    expect(changedKeys({ [part]: set }, 'tierscout', 'prospects', 3)).toBe('all');
  });
});

let db: TierScoutDB;
let live: LiveRows;
let stop: () => void;
let n = 0;

/** Resolves with the first snapshot that satisfies `ok` (checking the current one first). */
function until(ok: (s: RowsSnapshot) => boolean): Promise<RowsSnapshot> {
  return new Promise((resolve) => {
    if (ok(live.getSnapshot())) return resolve(live.getSnapshot());
    const off = live.subscribe(() => {
      if (ok(live.getSnapshot())) {
        off();
        resolve(live.getSnapshot());
      }
    });
  });
}

const ps = randomProspects(230, 77);
const byDomain = (rows: readonly { domain: string }[]) => [...rows].map((r) => r.domain).sort();

beforeEach(async () => {
  db = new TierScoutDB(`live-rows-${++n}`);
  await putProspects(db, ps, { merge: false });
  // A small chunk size so the load really runs in several chunks.
  live = new LiveRows(db, 50);
  stop = live.subscribe(() => {});
});
afterEach(async () => {
  stop();
  db.close();
  await db.delete();
});

describe('LiveRows', () => {
  it('loads every prospect in chunks as compact rows', async () => {
    const s = await until((x) => x.complete);
    expect(s.rows).toHaveLength(230);
    const stored = await db.prospects.toArray();
    expect([...s.rows].sort((a, b) => (a.domain < b.domain ? -1 : 1))).toEqual(
      stored.map((p) => toManagerRow(p)),
    );
  });

  it('patches one row after a write, with the change as a delta', async () => {
    const before = await until((x) => x.complete);
    const target = ps[3]!.domain;
    await setTier(db, target, 'D');
    const after = await until((x) => x.version > before.version);
    expect(after.version).toBe(before.version + 1);
    expect(after.rows).toHaveLength(230);
    expect(after.rows.find((r) => r.domain === target)?.effectiveTier).toBe('D');
    expect(after.delta?.upserted.map((r) => r.domain)).toEqual([target]);
    // Untouched rows keep their identity (nothing was re-read or rebuilt).
    const other = before.rows.find((r) => r.domain !== target)!;
    expect(after.rows.includes(other)).toBe(true);
  });

  it('follows bulk edits, additions and deletions', async () => {
    await until((x) => x.complete);
    const domains = ps.slice(0, 40).map((p) => p.domain);
    await bulkUpdate(db, domains, { status: 'lost' });
    await until((x) => domains.every((d) => x.rows.find((r) => r.domain === d)?.status === 'lost'));
    await deleteProspects(db, domains.slice(0, 10));
    let s = await until((x) => x.rows.length === 220);
    expect(s.rows.some((r) => domains.slice(0, 10).includes(r.domain))).toBe(false);
    const fresh = randomProspects(3, 5).map((p) => ({ ...p, domain: `neu-${p.domain}` }));
    await putProspects(db, fresh);
    s = await until((x) => x.rows.length === 223);
    expect(byDomain(s.rows)).toEqual(byDomain(await db.prospects.toArray()));
  });

  it('reloads after a clear and after a write bigger than a patch', async () => {
    await until((x) => x.complete);
    await db.prospects.clear();
    await until((x) => x.rows.length === 0 && x.complete);
    const many = randomProspects(1500, 9);
    await putProspects(db, many, { merge: false, chunkSize: 1500 });
    const s = await until((x) => x.rows.length === 1500);
    expect(byDomain(s.rows)).toEqual(byDomain(many));
  });

  it('after a large write (Dexie reports the whole table) keeps unchanged rows and publishes what changed', async () => {
    const before = await until((x) => x.complete);
    // 60 rows in one bulkPut: Dexie's change event then holds the full key range, not the 60 keys.
    const edited = ps.slice(0, 60).map((p) => ({ ...p, notes: `${p.notes} call back` }));
    await putProspects(db, edited, { merge: false });
    const after = await until((x) => x.version > before.version);
    expect(after.complete).toBe(true);
    expect(after.rows).toHaveLength(230);
    expect(after.delta?.touched.size).toBe(60);
    expect(byDomain(after.delta?.upserted ?? [])).toEqual(byDomain(edited));
    const kept = after.rows.filter((r) => before.rows.includes(r));
    expect(kept).toHaveLength(170);
    expect(after.rows.find((r) => r.domain === edited[0]!.domain)?.notes).toMatch(/call back$/);
  });

  it('shows a refreshed large write as a patch first, then confirms it by the reload', async () => {
    const before = await until((x) => x.complete);
    const domains = ps.slice(100, 180).map((p) => p.domain);
    await bulkUpdate(db, domains, { outreach: 'sent' });
    live.refresh(domains);
    const patched = await until((x) => x.version > before.version);
    expect(patched.delta?.touched.size).toBe(80);
    expect(domains.every((d) => patched.rows.find((r) => r.domain === d)?.outreach === 'sent')).toBe(true);
    // The reload Dexie's "everything changed" event asks for finds nothing else changed.
    const reloaded = await until((x) => x.version > patched.version);
    expect(reloaded.delta?.touched.size).toBe(0);
    expect(reloaded.rows.every((r) => patched.rows.includes(r))).toBe(true);
  });

  it('holds writes back until released, then applies them at once', async () => {
    const before = await until((x) => x.complete);
    const release = live.hold();
    await setTier(db, ps[0]!.domain, 'A');
    await setTier(db, ps[1]!.domain, 'B');
    await new Promise((r) => setTimeout(r, 30));
    expect(live.getSnapshot().version).toBe(before.version);
    release();
    const s = await until((x) => x.version > before.version);
    expect(s.version).toBe(before.version + 1);
    expect(s.rows.find((r) => r.domain === ps[1]!.domain)?.effectiveTier).toBe('B');
    expect(s.rows.find((r) => r.domain === ps[0]!.domain)?.effectiveTier).toBe('A');
  });
});
