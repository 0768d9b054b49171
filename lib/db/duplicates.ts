/**
 * The rep's answer to a likely duplicate: merge one prospect into the other (contacts, tags, notes and history
 * united by `mergeProspect`, the merged-away row deleted) or keep both (each remembers the other, so the pair is
 * not flagged again). Each runs as one read-write transaction: both rows change or neither does.
 */
import { isFreeMailDomain } from '../free-mail/index';
import { isEntryKey } from '../listing/analyze';
import { type Prospect, ProspectSchema } from '../model';
import { type DuplicatePair, candidateOf, dupKeysOf, duplicatesOf } from '../prospect/duplicates';
import { mergeProspect } from '../prospect/merge';
import { effectiveTierOf, type TierScoutDB } from './db';
import { StoreError, toStoreError } from './prospects';

function strip(
  row: (Prospect & { effectiveTier?: unknown; dupKeys?: unknown }) | undefined,
): Prospect | undefined {
  if (!row) return undefined;
  const { effectiveTier: _e, dupKeys: _d, ...p } = row;
  return p;
}

/** A key that names no website of the company: a listing entry's, or a free-mail provider's. */
function isWeakKey(key: string): boolean {
  return isEntryKey(key) || isFreeMailDomain(key);
}

/**
 * Merges `from` into `into` and deletes `from`; a listing-only or free-mail key always gives way to a real domain.
 * @returns the merged prospect.
 */
export async function mergeDuplicate(
  db: TierScoutDB,
  from: string,
  into: string,
  now = new Date().toISOString(),
): Promise<Prospect> {
  // A company found only in a listing (or, from an old import, under a free-mail domain) merges into the one with
  // a real website, whichever way round the rep picked: the domain is the better key (issue 10).
  if (isWeakKey(into) && !isWeakKey(from)) [from, into] = [into, from];
  try {
    return await db.transaction('rw', db.prospects, db.readings, async () => {
      const [a, b] = (await db.prospects.bulkGet([from, into])).map(strip);
      if (!a || !b) throw new StoreError('not-found', `No saved prospect for ${a ? into : from}.`);
      const merged = mergeProspect(b, { ...a, domain: b.domain, url: b.url, updatedAt: now });
      merged.history = [...merged.history, { at: now, field: 'merged', from: a.domain, to: b.domain }];
      merged.notDuplicateOf = merged.notDuplicateOf?.filter((d) => d !== a.domain);
      if (merged.notDuplicateOf?.length === 0) delete merged.notDuplicateOf;
      const row = ProspectSchema.parse(merged);
      await db.prospects.put({ ...row, effectiveTier: effectiveTierOf(row), dupKeys: dupKeysOf(row) });
      await db.prospects.delete(a.domain);
      // The merged row keeps its own site's reading, or takes the other's when it has none; none stays behind
      // under a domain that no longer has a prospect.
      const [readingA, readingB] = await db.readings.bulkGet([a.domain, b.domain]);
      if (readingA && !readingB) await db.readings.put({ ...readingA, domain: b.domain });
      await db.readings.delete(a.domain);
      return row;
    });
  } catch (e) {
    throw toStoreError(e);
  }
}

/** Marks two prospects as different companies. */
export async function keepBoth(db: TierScoutDB, a: string, b: string): Promise<void> {
  try {
    await db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet([a, b]);
      const next = rows.flatMap((row, i) => {
        if (!row) return [];
        const other = i === 0 ? b : a;
        return [{ ...row, notDuplicateOf: [...new Set([...(row.notDuplicateOf ?? []), other])] }];
      });
      await db.prospects.bulkPut(next);
    });
  } catch (e) {
    throw toStoreError(e);
  }
}

/** A likely duplicate of a saved prospect, with what the rep is shown of the other one. */
export interface SavedDuplicate {
  pair: DuplicatePair;
  name: string;
  firstSeen: string;
}

/**
 * The saved prospects `p` looks like, found through the `dupKeys` index (no full read: fit for the popup's save
 * of one site at 100,000 prospects). At most `limit` are returned.
 */
export async function savedDuplicatesOf(db: TierScoutDB, p: Prospect, limit = 10): Promise<SavedDuplicate[]> {
  const keys = dupKeysOf(p);
  if (keys.length === 0) return [];
  try {
    const rows = (
      await db.prospects
        .where('dupKeys')
        .anyOf(keys)
        .limit(limit * 4)
        .toArray()
    ).map((r) => strip(r)!);
    const byDomain = new Map(rows.map((r) => [r.domain, r]));
    return duplicatesOf(
      candidateOf(p),
      rows.map((r) => candidateOf(r)),
    )
      .slice(0, limit)
      .map((pair) => ({
        pair,
        name: byDomain.get(pair.other)?.company.name ?? '',
        firstSeen: byDomain.get(pair.other)?.firstSeen ?? '',
      }));
  } catch (e) {
    throw toStoreError(e);
  }
}
