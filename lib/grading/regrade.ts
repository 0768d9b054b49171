/**
 * Re-grading the saved list from the stored readings (issue 9): after the rep edits the active profile, switches
 * to another or changes the thresholds, every prospect with a stored reading gets a new suggested tier and reasons,
 * without opening a page. The rep's own tier and buyer type are never touched — only the suggestion changes — and
 * a prospect saved before readings were kept (or whose reading is from an older classifier) keeps its suggestion
 * and is counted as not re-gradable until the rep opens the site again.
 *
 * Chunked: each chunk of rows is read, graded and written in its own short transaction, then the event loop gets a
 * turn, so a 10,000-prospect list never holds the database or the page for long and progress can be shown.
 */
import { gradeReading, prepareGrading } from '../classify/index';
import type { TierScoutDB } from '../db/db';
import { fromRow, toRow } from '../db/prospects';
import type { Profile, Prospect, Suggestion, Thresholds } from '../model';
import { appendHistory } from '../prospect/merge';
import { decodeReading } from './stored-reading';

/** Where a re-grade stands. */
export interface RegradeProgress {
  /** Prospects looked at so far, of `total`. */
  done: number;
  total: number;
  /** Prospects graded from their stored reading. */
  regraded: number;
  /** Of those, how many got a different suggested tier. */
  changed: number;
  /** Prospects without a usable stored reading: their suggestion stays as it was. */
  notRegradable: number;
}

export interface RegradeOptions {
  /** Prospects per step (one read, one grading pass, one write transaction). */
  chunkSize?: number;
  onProgress?: (progress: RegradeProgress) => void;
  /** Stops after the current chunk; chunks already written stay written (each is a consistent re-grade). */
  signal?: AbortSignal;
  /** ISO time for the history entries (tests pass a fixed one). */
  now?: string;
}

/** Rows per chunk: grading costs about 1–3 ms a row, so a chunk is well under a frame budget of a few hundred ms. */
export const REGRADE_CHUNK = 100;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The prospect with a new suggestion, or null when nothing it shows would change. Invariant: a tier the rep chose
 * (`tierBy` 'hand' or absent), the rep's buyer type and `updatedAt` (the rep's last edit) are kept; a tier the rep
 * only saved with the suggestion (`tierBy` 'suggestion') follows the new suggestion. Changed tiers are written to
 * the history.
 * @example regradedProspect(saved, gradeReading(reading, profile, thresholds), new Date().toISOString())
 */
export function regradedProspect(p: Prospect, suggestion: Suggestion, now: string): Prospect | null {
  const suggestedTier = suggestion.tier.value;
  const suggestedBuyerType = suggestion.buyerType.value;
  const reasons = [...suggestion.tier.reasons, ...suggestion.buyerType.reasons];
  const follows = p.tierBy === 'suggestion';
  const tier = follows ? suggestedTier : p.tier;
  if (
    suggestedTier === p.suggestedTier &&
    tier === p.tier &&
    suggestedBuyerType === p.suggestedBuyerType &&
    sameJson(reasons, p.reasons)
  )
    return null;
  const entries = [];
  if (suggestedTier !== p.suggestedTier)
    entries.push({ at: now, field: 'suggestedTier', from: p.suggestedTier ?? '', to: suggestedTier ?? '' });
  if (tier !== p.tier) entries.push({ at: now, field: 'tier', from: p.tier ?? '', to: tier ?? '' });
  const next: Prospect = {
    ...p,
    tier,
    suggestedTier,
    suggestedBuyerType,
    reasons,
    history: appendHistory(p.history, entries),
  };
  if (tier === null) delete next.tierBy;
  return next;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Re-grades every saved prospect that has a stored reading with `profile`.
 * @returns the final counts (also reported after every chunk through `onProgress`).
 */
export async function regradeAll(
  db: TierScoutDB,
  profile: Profile,
  thresholds: Thresholds,
  options: RegradeOptions = {},
): Promise<RegradeProgress> {
  const { chunkSize = REGRADE_CHUNK, onProgress, signal } = options;
  const now = options.now ?? new Date().toISOString();
  const domains = (await db.prospects.toCollection().primaryKeys()) as string[];
  const progress: RegradeProgress = {
    done: 0,
    total: domains.length,
    regraded: 0,
    changed: 0,
    notRegradable: 0,
  };
  onProgress?.({ ...progress });
  for (let i = 0; i < domains.length; i += chunkSize) {
    if (signal?.aborted) break;
    const chunk = domains.slice(i, i + chunkSize);
    const rows = await db.readings.bulkGet(chunk);
    const readings = rows.map((row) => (row ? decodeReading(row.stored) : null));
    // The vocabulary of every language in the chunk, loaded once (a no-op for languages already loaded).
    await prepareGrading([...new Set(readings.flatMap((r) => (r ? [r.reading.lang, ...r.langs] : [])))]);
    const graded = new Map<string, Suggestion>();
    readings.forEach((r, j) => {
      if (r) graded.set(chunk[j]!, gradeReading(r.reading, profile, thresholds));
    });
    const counts = await db.transaction('rw', db.prospects, async () => {
      // Re-read inside the transaction: a rep's edit in another window since the chunk was read is kept.
      const current = await db.prospects.bulkGet(chunk);
      const write = [];
      let changed = 0;
      let regraded = 0;
      for (const row of current) {
        const p = fromRow(row);
        const suggestion = p ? graded.get(p.domain) : undefined;
        if (!p || !suggestion) continue;
        regraded++;
        const next = regradedProspect(p, suggestion, now);
        if (!next) continue;
        if (next.suggestedTier !== p.suggestedTier) changed++;
        write.push(toRow(next));
      }
      if (write.length) await db.prospects.bulkPut(write);
      return { changed, regraded, present: current.filter(Boolean).length };
    });
    progress.done += chunk.length;
    progress.regraded += counts.regraded;
    progress.changed += counts.changed;
    progress.notRegradable += counts.present - counts.regraded;
    onProgress?.({ ...progress });
    await nextTurn();
  }
  return progress;
}
