/**
 * React hooks over the store. `useLiveQuery` re-runs after writes from any extension context (another popup, the
 * manager, the background's keyboard command), so a page never shows a stale tier.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Prospect } from '../model';
import { db as sharedDb, type TierScoutDB } from './db';
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
