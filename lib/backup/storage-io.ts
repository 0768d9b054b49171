/**
 * The side effects of backup and restore: reading every prospect and the `local:` extension storage, planning a
 * restore, and applying it all or nothing with an undo.
 *
 * Order (issue 17: settings were written first and prospects then in 2,000-row transactions, so a full disk left
 * 6,000 rows and replaced profiles behind "no room left"): the prospects are written in one transaction; only
 * after it commits are the settings written; if that fails, the prospects are put back as they were.
 */
import { browser } from '#imports';
import { db as sharedDb, type ProspectRow, type TierScoutDB } from '../db/db';
import { StoreError, toStoreError } from '../db/prospects';
import { type Prospect, ProspectSchema } from '../model';
import { dupKeysOf } from '../prospect/duplicates';
import { type Backup, buildBackup } from './backup';
import { fateOf, planRestore, type RestoreMode, type RestorePlan, settingsToWrite, writesRow } from './plan';

function plain(row: ProspectRow | undefined): Prospect | undefined {
  if (!row) return undefined;
  const { effectiveTier: _e, dupKeys: _d, ...p } = row;
  return p;
}

function toRow(p: Prospect): ProspectRow {
  return { ...p, effectiveTier: p.tier ?? p.suggestedTier ?? 'none', dupKeys: dupKeysOf(p) };
}

async function storageSnapshot(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

/** Collects a full backup of this browser profile's TierScout data. */
export async function collectBackup(db: TierScoutDB = sharedDb): Promise<Backup> {
  const rows = await db.prospects.toArray();
  const prospects: Prospect[] = rows.map(({ effectiveTier: _e, dupKeys: _d, ...p }) => p);
  const inquiries = await db.inquiries.toArray();
  const readings = await db.readings.toArray();
  return buildBackup(prospects, await storageSnapshot(), new Date().toISOString(), inquiries, readings);
}

/** What restoring `backup` would do here, read without writing anything. */
export async function readRestorePlan(
  backup: Backup,
  dropped: string[] = [],
  db: TierScoutDB = sharedDb,
): Promise<RestorePlan> {
  const { here, count } = await db.transaction('r', db.prospects, async () => ({
    here: (await db.prospects.bulkGet(backup.prospects.map((p) => p.domain))).map(plain),
    count: await db.prospects.count(),
  }));
  return planRestore(backup, here, count, await storageSnapshot(), dropped);
}

/** Everything needed to put the pre-restore state back. */
export interface RestoreUndo {
  /** The copies the restore overwrote. */
  rows: Prospect[];
  /** Domains the restore added. */
  added: string[];
  /** `updatedAt` of each row as the restore wrote it: a row changed since then is left alone by the undo. */
  written: Record<string, string>;
  /** Previous values of the storage keys it wrote; keys it created are in `removeKeys`. */
  storage: Record<string, unknown>;
  removeKeys: string[];
}

/** What a restore really did, counted inside its transaction. */
export interface RestoreOutcome {
  mode: RestoreMode;
  added: number;
  replaced: number;
  /** Rows newer here that merge kept. */
  keptNewer: number;
  unchanged: number;
  /** Storage keys written (without `$` metadata). */
  settings: string[];
  undo: RestoreUndo;
}

export interface RestoreOptions {
  onProgress?: (done: number, total: number) => void;
  /** Cancels before the transaction commits: nothing is written. */
  signal?: AbortSignal;
  /** Rows read and written per step inside the one transaction (progress is reported after each). */
  chunkSize?: number;
  /**
   * How the settings are restored, apart from the rows: 'replace' takes the backup's profiles and settings,
   * 'merge' keeps the ones here and only adds what is missing. Defaults to `mode`; Options passes 'replace' only
   * when the rep ticks "also replace my profiles and settings" (issue 12).
   */
  settings?: RestoreMode;
}

type RowUndo = Pick<RestoreUndo, 'rows' | 'added' | 'written'>;

/**
 * Puts back the rows a restore overwrote and deletes the ones it added, in one transaction — except rows edited
 * since the restore (their `updatedAt` moved on), which stay as the rep left them.
 * @returns how many rows were left alone for that reason.
 */
async function undoRows(db: TierScoutDB, undo: RowUndo): Promise<number> {
  return db.transaction('rw', db.prospects, async () => {
    const touched = [...undo.added, ...undo.rows.map((p) => p.domain)];
    const now = await db.prospects.bulkGet(touched);
    const untouched = new Set(
      touched.filter((d, i) => now[i] !== undefined && now[i]!.updatedAt === undo.written[d]),
    );
    await db.prospects.bulkDelete(undo.added.filter((d) => untouched.has(d)));
    await db.prospects.bulkPut(undo.rows.filter((p) => untouched.has(p.domain)).map(toRow));
    return touched.length - untouched.size;
  });
}

/**
 * Applies a checked backup in `mode`. Prospects: one transaction (a failure or cancel leaves the store as it was).
 * Settings: written after the prospects commit; if that write fails the prospects are rolled back.
 * Throws `StoreError` (kind quota / closed / cancelled / …) only when nothing was changed.
 */
export async function applyRestore(
  backup: Backup,
  mode: RestoreMode,
  db: TierScoutDB = sharedDb,
  options: RestoreOptions = {},
): Promise<RestoreOutcome> {
  const { onProgress, signal, chunkSize = 2000, settings: settingsMode = mode } = options;
  const cancelled = () => new StoreError('cancelled', 'The restore was cancelled; nothing was changed.');
  // Re-checked here: a backup object reaches this function only through parseBackup, but IndexedDB enforces nothing.
  const incoming = backup.prospects.map((p) => ProspectSchema.parse(p));
  const storageBefore = await storageSnapshot();
  let outcome: Omit<RestoreOutcome, 'settings' | 'undo'> & { undo: RowUndo };
  try {
    if (signal?.aborted) throw cancelled();
    outcome = await db.transaction('rw', db.prospects, db.inquiries, db.readings, async () => {
      const result = {
        mode,
        added: 0,
        replaced: 0,
        keptNewer: 0,
        unchanged: 0,
        undo: { rows: [] as Prospect[], added: [] as string[], written: {} as Record<string, string> },
      };
      for (let i = 0; i < incoming.length; i += chunkSize) {
        if (signal?.aborted) throw cancelled();
        const chunk = incoming.slice(i, i + chunkSize);
        const here = (await db.prospects.bulkGet(chunk.map((p) => p.domain))).map(plain);
        const write: ProspectRow[] = [];
        chunk.forEach((p, j) => {
          const current = here[j];
          const fate = fateOf(current, p);
          if (!writesRow(fate, mode)) {
            if (fate === 'newerHere') result.keptNewer++;
            else result.unchanged++;
            return;
          }
          if (current) {
            result.replaced++;
            result.undo.rows.push(current);
          } else {
            result.added++;
            result.undo.added.push(p.domain);
          }
          result.undo.written[p.domain] = p.updatedAt;
          write.push(toRow(p));
        });
        await db.prospects.bulkPut(write);
        onProgress?.(Math.min(i + chunkSize, incoming.length), incoming.length);
      }
      if (signal?.aborted) throw cancelled();
      // The inquiry queue travels with the prospects, in the same all-or-nothing transaction.
      if (backup.inquiries.length) await db.inquiries.bulkPut(backup.inquiries);
      // A stored reading comes with its prospect's row, or fills in where this browser has none.
      if (backup.readings.length) {
        const have = await db.readings.bulkGet(backup.readings.map((r) => r.domain));
        await db.readings.bulkPut(
          backup.readings.filter((r, j) => Object.hasOwn(result.undo.written, r.domain) || !have[j]),
        );
      }
      return result;
    });
  } catch (e) {
    throw toStoreError(e);
  }

  const settings = settingsToWrite(backup.storage, storageBefore, settingsMode);
  const keys = Object.keys(settings);
  const undo: RestoreUndo = {
    ...outcome.undo,
    storage: Object.fromEntries(keys.filter((k) => k in storageBefore).map((k) => [k, storageBefore[k]])),
    removeKeys: keys.filter((k) => !(k in storageBefore)),
  };
  if (keys.length > 0) {
    try {
      await browser.storage.local.set(settings);
    } catch (e) {
      // The settings did not fit: put the prospects back, so the failure message "nothing was changed" is true.
      await undoRows(db, outcome.undo);
      throw toStoreError(e);
    }
  }
  return { ...outcome, settings: keys.filter((k) => !k.endsWith('$')), undo };
}

/**
 * Puts back the state from before a restore: rows it overwrote or added, and the settings it wrote. Rows edited
 * after the restore are kept as they are (an undo must not lose newer work either).
 * @returns how many rows were kept because they were edited since.
 */
export async function undoRestore(undo: RestoreUndo, db: TierScoutDB = sharedDb): Promise<number> {
  try {
    const kept = await undoRows(db, undo);
    if (Object.keys(undo.storage).length > 0) await browser.storage.local.set(undo.storage);
    if (undo.removeKeys.length > 0) await browser.storage.local.remove(undo.removeKeys);
    return kept;
  } catch (e) {
    throw toStoreError(e);
  }
}

/**
 * Restores a backup by replacing (the old one-call form, for scripts and tests).
 * @returns how many prospects were written.
 */
export async function applyBackup(
  backup: Backup,
  db: TierScoutDB = sharedDb,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const outcome = await applyRestore(backup, 'replace', db, { onProgress });
  return outcome.added + outcome.replaced;
}
