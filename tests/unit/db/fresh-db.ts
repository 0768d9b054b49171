import { Dexie } from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { TierScoutDB } from '../../../lib/db/db';

/**
 * A new, empty TierScout database (fake-indexeddb) for every test of the calling file, deleted afterwards.
 * @returns a getter for the current test's database
 */
export function freshDatabasePerTest(): () => TierScoutDB {
  let db: TierScoutDB;
  let name: string;
  beforeEach(() => {
    name = `test-${crypto.randomUUID()}`;
    db = new TierScoutDB(name);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });
  return () => db;
}
