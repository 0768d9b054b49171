/**
 * Saving the entries of a listing (issue 10): all selected entries in one read-write transaction, all or nothing.
 * An entry whose key is saved already merges into that row without replacing its suggestion: a tier suggested from
 * the company's own website says more than the listing's D.
 */
import { type Prospect, ProspectSchema } from '../model';
import { mergeProspect } from '../prospect/merge';
import { dupKeysOf } from '../prospect/duplicates';
import { effectiveTierOf, type TierScoutDB } from './db';
import { toStoreError, type WriteResult } from './prospects';

/**
 * Writes listing prospects (from `prospectsFromListing`); rows already saved are merged, keeping the rep's tier and
 * the stored suggestion. @returns how many rows were added and how many merged.
 */
export async function saveListingProspects(db: TierScoutDB, prospects: Prospect[]): Promise<WriteResult> {
  try {
    const parsed = prospects.map((p) => ProspectSchema.parse(p));
    return await db.transaction('rw', db.prospects, async () => {
      const stored = await db.prospects.bulkGet(parsed.map((p) => p.domain));
      const result: WriteResult = { added: 0, updated: 0 };
      const rows = parsed.map((p, i) => {
        const row = stored[i];
        let next = p;
        if (row) {
          result.updated++;
          const { effectiveTier: _e, dupKeys: _d, ...existing } = row;
          next = mergeProspect(existing, { ...p, suggestedTier: null, reasons: [], history: [] });
        } else result.added++;
        const clean = ProspectSchema.parse(next);
        return { ...clean, effectiveTier: effectiveTierOf(clean), dupKeys: dupKeysOf(clean) };
      });
      await db.prospects.bulkPut(rows);
      return result;
    });
  } catch (e) {
    throw toStoreError(e);
  }
}

/**
 * Which of these keys are saved: the popup's "already saved" marks. One key-only query: the primary keys that
 * match, no rows read (a `bulkGet` of 1,000 keys read and cloned every saved row, ~50 ms of the popup's main thread).
 */
export async function savedKeys(db: TierScoutDB, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = await db.prospects.where(':id').anyOf(keys).primaryKeys();
  return new Set(found.map(String));
}
