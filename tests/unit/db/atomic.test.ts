/**
 * Many-row writes are all or nothing (issue 17: an import failed after writing 5,000 rows and still said "nothing
 * was changed"). A fault is injected below Dexie after a number of successful writes, so the failure really
 * happens midway through the transaction; the store must then hold exactly what it held before.
 */
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TierScoutDB } from '../../../lib/db/db';
import { bulkAddTag, bulkUpdate, putProspects, writeProspects } from '../../../lib/db/prospects';
import { randomProspects } from '../backup/generate';

let name: string;
const open: TierScoutDB[] = [];
function connect(middleware?: Middleware<DBCore>): TierScoutDB {
  const db = new TierScoutDB(name);
  if (middleware) db.use(middleware);
  open.push(db);
  return db;
}
beforeEach(() => {
  name = `atomic-${crypto.randomUUID()}`;
});
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Dexie.delete(name);
});

function failAfter(okWrites: number, error: () => unknown): Middleware<DBCore> {
  let writes = 0;
  return {
    stack: 'dbcore',
    name: 'fail-after',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) => (writes++ >= okWrites ? Promise.reject(error()) : table.mutate(req)),
        };
      },
    }),
  };
}
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const sorted = async (db: TierScoutDB) =>
  (await db.prospects.toArray()).sort((a, b) => (a.domain < b.domain ? -1 : 1));

describe('writeProspects', () => {
  it('counts added and updated rows from the transaction', async () => {
    const db = connect();
    const first = randomProspects(30, 1);
    await putProspects(db, first.slice(0, 10));
    const result = await writeProspects(db, first, { chunkSize: 7 });
    expect(result).toEqual({ added: 20, updated: 10 });
    expect(await db.prospects.count()).toBe(30);
  });

  it('a full disk after two of eight chunks leaves the store as it was', async () => {
    const seed = connect();
    await putProspects(seed, randomProspects(25, 2));
    const before = await sorted(seed);
    const db = connect(failAfter(2, quota));
    const progress: number[] = [];
    await expect(
      writeProspects(db, randomProspects(80, 3), {
        chunkSize: 10,
        onProgress: (done) => progress.push(done),
      }),
    ).rejects.toMatchObject({ kind: 'quota' });
    // Two chunks were written inside the transaction before the third failed — and were rolled back.
    expect(progress).toEqual([10, 20]);
    expect(await sorted(connect())).toEqual(before);
  });

  it('a cancel midway writes nothing', async () => {
    const db = connect();
    await putProspects(db, randomProspects(5, 4));
    const before = await sorted(db);
    const controller = new AbortController();
    await expect(
      writeProspects(db, randomProspects(60, 5), {
        chunkSize: 10,
        signal: controller.signal,
        onProgress: (done) => done === 30 && controller.abort(),
      }),
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(await sorted(db)).toEqual(before);
  });

  it('one invalid row rejects the call before anything is written', async () => {
    const db = connect();
    const rows = randomProspects(10, 6);
    rows[7] = { ...rows[7]!, url: 'javascript:alert(1)' };
    await expect(putProspects(db, rows)).rejects.toMatchObject({ kind: 'validation' });
    expect(await db.prospects.count()).toBe(0);
  });
});

describe('bulk edits', () => {
  it('bulkAddTag tags all rows in one transaction, or none when the disk is full', async () => {
    const db = connect();
    const rows = randomProspects(12, 8).map((p) => ({ ...p, tags: [] }));
    await putProspects(db, rows, { merge: false });
    const before = await sorted(db);
    const faulty = connect(failAfter(0, quota));
    await expect(
      bulkAddTag(
        faulty,
        rows.map((p) => p.domain),
        'Messe',
      ),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(await sorted(db)).toEqual(before);
    expect(await bulkAddTag(db, [...rows.map((p) => p.domain), 'missing.de'], 'Messe')).toBe(12);
    expect((await db.prospects.toArray()).every((p) => p.tags.includes('Messe'))).toBe(true);
    // Rows already tagged are not rewritten.
    expect(await bulkAddTag(db, [rows[0]!.domain], 'Messe')).toBe(0);
  });

  it('bulkUpdate over many rows is rolled back as a whole', async () => {
    const db = connect();
    const rows = randomProspects(20, 9);
    await putProspects(db, rows, { merge: false });
    const before = await sorted(db);
    await expect(
      bulkUpdate(
        connect(failAfter(0, quota)),
        rows.map((p) => p.domain),
        { status: 'lost' },
      ),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(await sorted(db)).toEqual(before);
  });
});
