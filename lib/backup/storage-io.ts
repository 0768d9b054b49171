/**
 * The side effects of backup and restore: reading every prospect and the `local:` extension storage, and
 * writing them back. Restore replaces rows of the same domain (the backup is the truth) and keeps other rows.
 */
import { storage } from '#imports';
import { db as sharedDb, type TierScoutDB } from '../db/db';
import { putProspects } from '../db/prospects';
import type { Prospect } from '../model';
import { type Backup, buildBackup } from './backup';

/** Collects a full backup of this browser profile's TierScout data. */
export async function collectBackup(db: TierScoutDB = sharedDb): Promise<Backup> {
  const rows = await db.prospects.toArray();
  const prospects: Prospect[] = rows.map(({ effectiveTier: _e, dupKeys: _d, ...p }) => p);
  const snapshot = await storage.snapshot('local');
  return buildBackup(prospects, snapshot, new Date().toISOString());
}

/** Writes a backup back: storage first (profiles, settings), then the prospects in batches. */
export async function applyBackup(
  backup: Backup,
  db: TierScoutDB = sharedDb,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  await storage.restoreSnapshot('local', backup.storage);
  return putProspects(db, backup.prospects, { merge: false, onProgress });
}
