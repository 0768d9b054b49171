/**
 * React hooks over the store. `useLiveQuery` re-runs after writes from any extension context (another popup, the
 * manager, the background's keyboard command), so a page never shows a stale tier.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import { LiveRows, type RowsSnapshot } from '../manager/live-rows';
import type { Inquiry } from '../inquiry/schema';
import type { Prospect } from '../model';
import { db as sharedDb, type TierScoutDB } from './db';
import { type SavedDuplicate, savedDuplicatesOf } from './duplicates';
import { savedKeys } from './listing';
import { getProspect } from './prospects';

/**
 * The saved prospect of a domain: `undefined` while loading, `null` when not saved.
 * @example const saved = useProspect(scan?.domain);
 */
export function useProspect(
  domain: string | undefined,
  db: TierScoutDB = sharedDb,
): Prospect | null | undefined {
  return useLiveQuery(
    async () => (domain ? ((await getProspect(db, domain)) ?? null) : null),
    [domain, db],
    undefined,
  );
}

/** How many prospects are saved (for the popup footer). */
export function useProspectCount(db: TierScoutDB = sharedDb): number | undefined {
  return useLiveQuery(() => db.prospects.count(), [db], undefined);
}

/**
 * All prospects as the manager's compact rows, kept current after writes from any context without re-reading
 * the table (see `LiveRows`). `hold()` defers applying writes until its release function is called, for work
 * that writes many batches (an import); `refresh(domains)` shows the page's own write at once.
 * @example const { rows, complete } = useManagerRows();
 */
export function useManagerRows(
  db: TierScoutDB = sharedDb,
): RowsSnapshot & Pick<LiveRows, 'hold' | 'refresh'> {
  const store = useMemo(() => new LiveRows(db), [db]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(() => ({ ...snapshot, hold: store.hold, refresh: store.refresh }), [snapshot, store]);
}

/** Every inquiry in the queue (unsorted; `sortQueue` orders them): `undefined` while loading. */
export function useInquiries(db: TierScoutDB = sharedDb): Inquiry[] | undefined {
  return useLiveQuery(() => db.inquiries.toArray(), [db], undefined);
}

/**
 * The saved prospects that look like `prospect` (same e-mail, phone or company name under another domain),
 * re-read after every write; `[]` while loading or when none.
 */
export function useSavedDuplicates(
  prospect: Prospect | null | undefined,
  db: TierScoutDB = sharedDb,
): SavedDuplicate[] {
  // A hint, never a blocker: a closed or failing store shows no duplicates instead of breaking the page.
  return useLiveQuery(
    async () => (prospect ? savedDuplicatesOf(db, prospect).catch(() => []) : []),
    [prospect, db],
    [],
  );
}

/**
 * Which of these prospect keys are saved, re-read after every write (a listing's "already saved" marks); an empty
 * set while loading.
 */
export function useSavedKeys(keys: string[], db: TierScoutDB = sharedDb): Set<string> {
  return useLiveQuery(() => savedKeys(db, keys), [keys, db], EMPTY_KEYS);
}
const EMPTY_KEYS: Set<string> = new Set();
