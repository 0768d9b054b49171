/**
 * Every read and write of prospects. Each write parses with `ProspectSchema` first (IndexedDB enforces nothing)
 * and runs as one read-write transaction, so two windows saving the same domain at once end in one merged row:
 * IndexedDB runs overlapping read-write transactions one after the other, and each re-reads the row inside its own.
 *
 * Failures are thrown as `StoreError` with a `kind` the UI turns into a clear message; nothing already saved is
 * lost by a failed write (the transaction aborts as a whole).
 */
import { Dexie } from 'dexie';
import * as z from 'zod';
import { type ReadingRow, type StoredReading, StoredReadingSchema } from '../grading/stored-reading';
import { isFreeMailDomain } from '../free-mail/index';
import {
  type BuyerType,
  type Prospect,
  ProspectSchema,
  type Status,
  StatusSchema,
  type Tier,
} from '../model';
import { type Loyalty, LoyaltySchema } from '../crm/schema';
import {
  appendHistory,
  diffHistory,
  mergeProspect,
  type ProspectFromScanInput,
  prospectFromScan,
} from '../prospect/merge';
import { dupKeysOf } from '../prospect/duplicates';
import { effectiveTierOf, type ProspectRow, type TierScoutDB } from './db';

export type StoreErrorKind = 'quota' | 'closed' | 'validation' | 'not-found' | 'cancelled' | 'unknown';

/** A store failure the UI can explain: `kind` picks the message, `cause` keeps the original error. */
export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  constructor(kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.kind = kind;
  }
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

/** Maps Dexie / DOM / Zod errors to a `StoreError`. Dexie wraps a quota failure in an AbortError's `inner`. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  if (e instanceof z.ZodError) {
    const first = e.issues[0];
    return new StoreError(
      'validation',
      `Invalid prospect: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
      {
        cause: e,
      },
    );
  }
  const names = [errorName(e), errorName((e as { inner?: unknown })?.inner)];
  if (names.includes('QuotaExceededError') || names.includes(Dexie.errnames.QuotaExceeded)) {
    return new StoreError('quota', 'The browser has no room left for TierScout data.', { cause: e });
  }
  if (names.includes(Dexie.errnames.DatabaseClosed) || names.includes('InvalidStateError')) {
    return new StoreError('closed', 'The prospect database is closed.', { cause: e });
  }
  return new StoreError('unknown', e instanceof Error ? e.message : String(e), { cause: e });
}

/** Runs store work and maps any failure to a `StoreError` (for store modules beside this one, e.g. lib/crm). */
export const guardedStore = <T>(work: () => Promise<T>): Promise<T> => guarded(work);

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toStoreError(e);
  }
}

/** Parses and adds the derived index fields. Throws a ZodError (mapped to 'validation'). Exported for lib/crm. */
export function toRow(p: Prospect): ProspectRow {
  const parsed = ProspectSchema.parse(p);
  return { ...parsed, effectiveTier: effectiveTierOf(parsed), dupKeys: dupKeysOf(parsed) };
}

/** Strips the derived fields so callers get the plain `Prospect` shape. */
export function fromRow(row: ProspectRow | undefined): Prospect | undefined {
  if (!row) return undefined;
  const { effectiveTier: _e, dupKeys: _d, ...prospect } = row;
  return prospect;
}

export interface SaveScanInput extends ProspectFromScanInput {
  /** ISO time of the save; defaults to now (tests pass a fixed one). */
  now?: string;
  /** What grading needs from the site (lib/grading), kept so a profile edit re-grades it; replaces an older one. */
  reading?: StoredReading;
}

/**
 * Upserts the prospect of `input.scan.domain`: merges contacts without duplicates, keeps the rep's tier and buyer
 * type over the new suggestion (unless `input.tier` / `input.buyerType` is a new explicit choice), appends history,
 * stamps region / search plan (from the work session) when the row has none, sets first seen / updated.
 * @returns the stored prospect.
 */
export function saveScan(db: TierScoutDB, input: SaveScanInput): Promise<Prospect> {
  return guarded(async () => {
    const now = input.now ?? new Date().toISOString();
    const incoming = prospectFromScan(input, now);
    if (!incoming.domain) throw new StoreError('validation', 'The page has no domain to save it under.');
    const reading = input.reading ? StoredReadingSchema.parse(input.reading) : undefined;
    // gmail.com or 163.com is nobody's company (issue 10): never a prospect key.
    if (isFreeMailDomain(incoming.domain))
      throw new StoreError('validation', `${incoming.domain} is a free-mail provider, not a company.`);
    return db.transaction('rw', db.prospects, db.readings, async () => {
      const existing = fromRow(await db.prospects.get(incoming.domain));
      let next: Prospect;
      if (existing) {
        next = mergeProspect(existing, incoming);
      } else {
        next = incoming;
        next.history = [{ at: now, field: 'created', from: '', to: incoming.url }];
        next.history = appendHistory(
          next.history,
          diffHistory({ ...incoming, tier: null, buyerType: null, suggestedTier: null }, incoming, now),
        );
      }
      const row = toRow(next);
      await db.prospects.put(row);
      if (reading) await db.readings.put({ domain: row.domain, stored: reading });
      return fromRow(row)!;
    });
  });
}

/** The prospect of a registrable domain, or undefined. */
export function getProspect(db: TierScoutDB, domain: string): Promise<Prospect | undefined> {
  return guarded(async () => fromRow(await db.prospects.get(domain)));
}

/** The fields a rep may edit on a saved prospect. */
export type ProspectPatch = Partial<
  Pick<
    Prospect,
    | 'tier'
    | 'buyerType'
    | 'status'
    | 'outreach'
    | 'region'
    | 'searchPlan'
    | 'tags'
    | 'notes'
    | 'company'
    | 'contacts'
    | 'crm'
  >
>;

function applyPatch(p: Prospect, patch: ProspectPatch, now: string): Prospect {
  const next: Prospect = { ...p, ...patch, updatedAt: now };
  // A tier set in an edit is the rep's own choice.
  if ('tier' in patch) delete next.tierBy;
  next.history = appendHistory(p.history, diffHistory(p, next, now));
  return next;
}

/**
 * Applies a patch to one prospect (history records tier, buyer type, status and outreach changes).
 * Throws `StoreError('not-found')` when the domain is not saved.
 */
export function updateProspect(
  db: TierScoutDB,
  domain: string,
  patch: ProspectPatch,
  now = new Date().toISOString(),
): Promise<Prospect> {
  return guarded(() =>
    db.transaction('rw', db.prospects, async () => {
      const existing = fromRow(await db.prospects.get(domain));
      if (!existing) throw new StoreError('not-found', `No saved prospect for ${domain}.`);
      const row = toRow(applyPatch(existing, patch, now));
      await db.prospects.put(row);
      return fromRow(row)!;
    }),
  );
}

/** Sets the rep's tier (null clears it, so the suggestion shows again). */
export function setTier(db: TierScoutDB, domain: string, tier: Tier | null, now?: string): Promise<Prospect> {
  return updateProspect(db, domain, { tier }, now);
}

/** Sets the rep's buyer type (null clears it). */
export function setBuyerType(
  db: TierScoutDB,
  domain: string,
  buyerType: BuyerType | null,
  now?: string,
): Promise<Prospect> {
  return updateProspect(db, domain, { buyerType }, now);
}

/**
 * Applies one patch to many prospects in one transaction; missing domains are skipped.
 * @returns how many rows changed.
 */
export function bulkUpdate(
  db: TierScoutDB,
  domains: string[],
  patch: ProspectPatch,
  now = new Date().toISOString(),
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet(domains);
      const next = rows.flatMap((row) => {
        const p = fromRow(row);
        return p ? [toRow(applyPatch(p, patch, now))] : [];
      });
      await db.prospects.bulkPut(next);
      return next.length;
    }),
  );
}

/** A change of the relationship level (the status) and/or the loyalty level; `loyalty: null` clears it. */
export interface LevelsPatch {
  status?: Status;
  loyalty?: Loyalty | null;
}

/**
 * Sets the relationship (status) and/or loyalty level of many prospects in one transaction, all or nothing (the
 * manager's selection bar, and the popup for one). Loyalty lives in the customer file, so each row's other
 * customer-file fields are read inside the transaction and kept; the history records both changes (the monthly
 * review reads them). Rows already at the levels asked for and missing domains are skipped.
 * @returns how many rows changed.
 * @example setLevels(db, ['acme.de', 'lux.es'], { loyalty: 'old' })
 */
export function setLevels(
  db: TierScoutDB,
  domains: string[],
  levels: LevelsPatch,
  now = new Date().toISOString(),
): Promise<number> {
  return guarded(() => {
    // Only the two levels are new here: they are checked, the rows are stored ones (as in `bulkUpdate`).
    if (levels.status !== undefined) StatusSchema.parse(levels.status);
    if (levels.loyalty !== undefined && levels.loyalty !== null) LoyaltySchema.parse(levels.loyalty);
    return db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet(domains);
      const next = rows.flatMap((row) => {
        const p = fromRow(row);
        if (!p) return [];
        const patch: ProspectPatch = {};
        if (levels.status !== undefined && levels.status !== p.status) patch.status = levels.status;
        if (levels.loyalty !== undefined && levels.loyalty !== (p.crm?.loyalty ?? null)) {
          const { loyalty: _old, ...rest } = p.crm ?? {};
          const crm = levels.loyalty === null ? rest : { ...rest, loyalty: levels.loyalty };
          patch.crm = Object.keys(crm).length > 0 ? crm : undefined;
        }
        if (Object.keys(patch).length === 0) return [];
        const changed = applyPatch(p, patch, now);
        if (!changed.crm) delete changed.crm;
        return [toRow(changed)];
      });
      await db.prospects.bulkPut(next);
      return next.length;
    });
  });
}

/** What `deleteProspects` took away: the rows and their stored readings, so an undo can put both back. */
export interface DeletedProspects {
  rows: Prospect[];
  readings: ReadingRow[];
}

/**
 * Deletes prospects with their stored readings (a reading without its prospect is dead weight and would come back
 * in a backup) and returns both, so the caller can offer undo with `undoDelete(db, deleted)`.
 */
export function deleteProspects(db: TierScoutDB, domains: string[]): Promise<DeletedProspects> {
  return guarded(() =>
    db.transaction('rw', db.prospects, db.readings, async () => {
      const rows = (await db.prospects.bulkGet(domains)).flatMap((r) => {
        const p = fromRow(r);
        return p ? [p] : [];
      });
      const gone = rows.map((p) => p.domain);
      const readings = (await db.readings.bulkGet(gone)).filter((r): r is ReadingRow => r !== undefined);
      await db.prospects.bulkDelete(gone);
      await db.readings.bulkDelete(gone);
      return { rows, readings };
    }),
  );
}

/** Puts deleted prospects and their readings back as they were. @returns how many rows were written. */
export function undoDelete(db: TierScoutDB, deleted: DeletedProspects): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.prospects, db.readings, async () => {
      const n = await putProspects(db, deleted.rows, { merge: false });
      await db.readings.bulkPut(deleted.readings);
      return n;
    }),
  );
}

export interface PutOptions {
  /** Merge with a stored row of the same domain (import) instead of replacing it (undo of a delete). Default true. */
  merge?: boolean;
  /** Rows read and written per step inside the one transaction; progress is reported after each step. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Aborting it rolls the whole write back (`StoreError('cancelled')`); nothing is written. */
  signal?: AbortSignal;
}

/** What a write really did, counted inside its transaction. */
export interface WriteResult {
  /** Domains that were not stored before. */
  added: number;
  /** Stored domains that were merged with or replaced by the incoming row. */
  updated: number;
}

/**
 * Writes whole prospects (import, restore, undo) all or nothing. Every row is validated first: one invalid row
 * rejects the call with `StoreError('validation')` before anything is written. All rows are then written in **one**
 * read-write transaction, so a full disk (`quota`), a closed database or a cancel leaves the store exactly as it was
 * (issue 17: one transaction per batch once left 5,000 rows behind a "nothing was changed" message). With `merge`
 * (the default) a stored row of the same domain is merged with `mergeProspect`, so nothing saved is lost.
 * @returns the counts from the transaction.
 */
export function writeProspects(
  db: TierScoutDB,
  prospects: Prospect[],
  options: PutOptions = {},
): Promise<WriteResult> {
  const { merge = true, chunkSize = 500, onProgress, signal } = options;
  return guarded(async () => {
    // Validated in chunks with a pause between them: 100,000 imported rows parsed in one go blocked the page for
    // seconds (tests/bench/sheets.bench.ts). Nothing is written yet, so yielding here is safe.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    const parsed: Prospect[] = [];
    for (let i = 0; i < prospects.length; i += chunkSize) {
      for (const p of prospects.slice(i, i + chunkSize)) parsed.push(ProspectSchema.parse(p));
      if (prospects.length > chunkSize) await pause();
    }
    // Duplicates inside the input are merged first, in order.
    const byDomain = new Map<string, Prospect>();
    for (const p of parsed) byDomain.set(p.domain, mergeProspect(byDomain.get(p.domain), p));
    const all = [...byDomain.values()];
    const cancelled = () => new StoreError('cancelled', 'The write was cancelled; nothing was changed.');
    if (signal?.aborted) throw cancelled();
    return db.transaction('rw', db.prospects, async () => {
      const result: WriteResult = { added: 0, updated: 0 };
      for (let i = 0; i < all.length; i += chunkSize) {
        // Throwing inside the transaction aborts it: every chunk already written is rolled back with it.
        if (signal?.aborted) throw cancelled();
        const chunk = all.slice(i, i + chunkSize);
        const stored = await db.prospects.bulkGet(chunk.map((p) => p.domain));
        for (const row of stored) {
          if (row) result.updated++;
          else result.added++;
        }
        await db.prospects.bulkPut(
          chunk.map((p, j) => toRow(merge ? mergeProspect(fromRow(stored[j]), p) : p)),
        );
        onProgress?.(Math.min(i + chunkSize, all.length), all.length);
      }
      if (signal?.aborted) throw cancelled();
      return result;
    });
  });
}

/** `writeProspects` that answers how many rows were written (added + updated). */
export async function putProspects(
  db: TierScoutDB,
  prospects: Prospect[],
  options: PutOptions = {},
): Promise<number> {
  const { added, updated } = await writeProspects(db, prospects, options);
  return added + updated;
}

/** The name the TEAM contract uses for putting deleted or backed-up rows back (merging, loses nothing). */
export const restoreProspects = putProspects;

/**
 * Adds one tag to many prospects in one transaction (all or nothing, like `bulkUpdate`); missing domains are
 * skipped. @returns how many rows changed.
 */
export function bulkAddTag(
  db: TierScoutDB,
  domains: string[],
  tag: string,
  now = new Date().toISOString(),
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet(domains);
      const next = rows.flatMap((row) => {
        const p = fromRow(row);
        if (!p || p.tags.includes(tag)) return [];
        return [toRow(applyPatch(p, { tags: [...p.tags, tag] }, now))];
      });
      await db.prospects.bulkPut(next);
      return next.length;
    }),
  );
}
