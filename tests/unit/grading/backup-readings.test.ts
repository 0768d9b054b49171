/**
 * Stored readings travel in the JSON backup (format version 3): collected, validated on restore (a damaged or
 * outdated one is dropped, its prospect still restores), and written with their prospects in one transaction.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToJson, parseBackup } from '../../../lib/backup/backup';
import { applyRestore, collectBackup } from '../../../lib/backup/storage-io';
import { TierScoutDB } from '../../../lib/db/db';
import { saveScan } from '../../../lib/db/prospects';
import { encodeReading } from '../../../lib/grading/stored-reading';
import { readingOf, scanOf, suggestionOf } from '../prospect/fixtures';

let db: TierScoutDB;
let other: TierScoutDB;
const names = [`bk-${crypto.randomUUID()}`, `bk-${crypto.randomUUID()}`];
beforeEach(() => {
  db = new TierScoutDB(names[0]);
  other = new TierScoutDB(names[1]);
});
afterEach(async () => {
  db.close();
  other.close();
  await Promise.all(names.map((n) => Dexie.delete(n)));
});

const stored = encodeReading(readingOf(), ['de'], '2026-12-03T10:00:00.000Z');

describe('readings in the backup', () => {
  it('round-trips a prospect’s reading into another browser', async () => {
    await saveScan(db, {
      scan: scanOf('weber.de'),
      suggestion: suggestionOf('B', 'wholesaler'),
      reading: stored,
    });
    const text = backupToJson(await collectBackup(db));
    const { backup } = parseBackup(text);
    expect(backup.version).toBe(3);
    expect(backup.readings).toEqual([{ domain: 'weber.de', stored }]);
    await applyRestore(backup, 'merge', other);
    expect(await other.readings.get('weber.de')).toEqual({ domain: 'weber.de', stored });
  });

  it('drops a reading it cannot read and restores its prospect all the same', async () => {
    await saveScan(db, {
      scan: scanOf('weber.de'),
      suggestion: suggestionOf('B', 'wholesaler'),
      reading: stored,
    });
    const json = JSON.parse(backupToJson(await collectBackup(db)));
    json.readings = [{ domain: 'weber.de', stored: { ...stored, reading: { version: 99 } } }, 'junk'];
    const { backup } = parseBackup(JSON.stringify(json));
    expect(backup.readings).toEqual([]);
    const outcome = await applyRestore(backup, 'merge', other);
    expect(outcome.added).toBe(1);
    expect(await other.readings.count()).toBe(0);
  });

  it('restores a version-2 file (no readings) as before', async () => {
    await saveScan(db, { scan: scanOf('weber.de'), suggestion: suggestionOf('B', 'wholesaler') });
    const json = JSON.parse(backupToJson(await collectBackup(db)));
    json.version = 2;
    delete json.readings;
    const outcome = await applyRestore(parseBackup(JSON.stringify(json)).backup, 'merge', other);
    expect(outcome.added).toBe(1);
  });
});
