/**
 * What a restore will do, worked out before anything is written (issue 17: a restore silently put old copies over
 * rows edited after the backup and replaced the rep's profiles). Pure: the store and storage reads are in
 * storage-io.ts, which shows this plan to the rep and then applies the same rules inside its transaction.
 *
 * Per backup row: `add` (not here), `newerHere` (the copy here was updated after the backup's), `same` (identical),
 * `older` (the backup's copy is newer, or as new but different). Rows here that the backup lacks are always kept.
 * - merge: adds, takes the backup's copy of `older` rows, keeps `newerHere` rows; settings here are kept, keys this
 *   browser lacks are filled in, profiles and remembered mappings are joined (the ones here win on the same id).
 * - replace: adds and puts the backup's copy over every row it holds; its settings replace the ones here.
 */
import type { Prospect } from '../model';
import type { Backup } from './backup';

export type RestoreMode = 'merge' | 'replace';
export type RowFate = 'add' | 'newerHere' | 'same' | 'older';

/** Structural equality of JSON values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The fate of one backup row given the copy stored here (undefined = not stored). */
export function fateOf(here: Prospect | undefined, fromBackup: Prospect): RowFate {
  if (!here) return 'add';
  if (sameValue(here, fromBackup)) return 'same';
  return here.updatedAt > fromBackup.updatedAt ? 'newerHere' : 'older';
}

/** Whether a restore in `mode` writes the backup's copy of a row with this fate. */
export function writesRow(fate: RowFate, mode: RestoreMode): boolean {
  if (fate === 'add' || fate === 'older') return true;
  return fate === 'newerHere' && mode === 'replace';
}

/** A settings key whose value differs between this browser and the backup. */
export interface SettingDiff {
  key: string;
  /** Whether this browser has a value for it at all. */
  isSetHere: boolean;
}

export interface RestorePlan {
  total: number;
  add: number;
  older: number;
  newerHere: number;
  same: number;
  /** Rows stored here that the backup does not hold (kept by both modes). */
  notInBackup: number;
  /** Domains of the rows edited here after the backup, for the rep to look at (first 20). */
  newerHereDomains: string[];
  settings: SettingDiff[];
  profilesHere: number;
  profilesInBackup: number;
  /** Storage keys of the backup that TierScout does not know; never restored. */
  dropped: string[];
}

const isMeta = (key: string) => key.endsWith('$');

function profileCount(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/**
 * The plan of restoring `backup` over `here` (the stored copies of the backup's domains, same order, undefined
 * where missing) in a store of `storedCount` rows with the storage snapshot `storageHere`.
 */
export function planRestore(
  backup: Backup,
  here: readonly (Prospect | undefined)[],
  storedCount: number,
  storageHere: Record<string, unknown>,
  dropped: string[] = [],
): RestorePlan {
  const plan: RestorePlan = {
    total: backup.prospects.length,
    add: 0,
    older: 0,
    newerHere: 0,
    same: 0,
    notInBackup: 0,
    newerHereDomains: [],
    settings: [],
    profilesHere: profileCount(storageHere.profiles),
    profilesInBackup: profileCount(backup.storage.profiles),
    dropped,
  };
  backup.prospects.forEach((p, i) => {
    const fate = fateOf(here[i], p);
    plan[fate]++;
    if (fate === 'newerHere' && plan.newerHereDomains.length < 20) plan.newerHereDomains.push(p.domain);
  });
  plan.notInBackup = storedCount - (plan.total - plan.add);
  for (const [key, value] of Object.entries(backup.storage)) {
    if (isMeta(key) || sameValue(storageHere[key], value)) continue;
    plan.settings.push({ key, isSetHere: storageHere[key] !== undefined });
  }
  return plan;
}

function unionById<T>(here: T[], incoming: T[], id: (x: T) => unknown): T[] {
  const ids = new Set(here.map(id));
  return [...here, ...incoming.filter((x) => !ids.has(id(x)))];
}

/**
 * The storage values a restore writes (only keys whose value changes), with the backup's `$` version metadata
 * beside each written key.
 */
export function settingsToWrite(
  backupStorage: Record<string, unknown>,
  storageHere: Record<string, unknown>,
  mode: RestoreMode,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(backupStorage)) {
    if (isMeta(key)) continue;
    const current = storageHere[key];
    let next = value;
    if (mode === 'merge' && current !== undefined) {
      if (key === 'profiles' && Array.isArray(current) && Array.isArray(value)) {
        next = unionById(current, value, (p) => (p as { id?: unknown }).id);
      } else if (key === 'importMappings' && typeof current === 'object' && typeof value === 'object') {
        next = { ...(value as object), ...(current as object) };
      } else next = current;
    }
    if (sameValue(current, next)) continue;
    out[key] = next;
    const meta = backupStorage[`${key}$`];
    if (meta !== undefined && !sameValue(storageHere[`${key}$`], meta)) out[`${key}$`] = meta;
  }
  return out;
}
