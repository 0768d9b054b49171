/**
 * The one Dexie database of the extension origin. The popup, the manager, options and the background worker all
 * open it; IndexedDB serialises their read-write transactions, so a read-modify-write inside one transaction
 * is safe across windows (see `saveScan`).
 *
 * Schema versions are append-only (STYLE.md §5): never edit a shipped `version(n)`; add `n+1` with the full
 * `stores()` and an `upgrade()` when rows must change, and give every upgrade a test that seeds the old version.
 */
import { Dexie, type Table } from 'dexie';
import type { Inquiry } from '../inquiry/schema';
import type { ReadingRow } from '../grading/stored-reading';
import type { Prospect, Tier } from '../model';
import { dupKeysOf } from '../prospect/duplicates';
import { EMPTY_PERSON } from '../crm/people';

/**
 * A stored prospect: the `Prospect` shape plus fields derived on every write so the manager can filter by index.
 * `effectiveTier` is the rep's tier, else the suggested one, else 'none' (IndexedDB cannot index null).
 */
export type ProspectRow = Prospect & {
  effectiveTier: Tier | 'none';
  /** `email:…`, `phone:+…`, `name:…` keys (lib/prospect/duplicates), so a save finds likely duplicates by index. */
  dupKeys?: string[];
};

/** The index list of version 1 (kept for the upgrade test and as the shipped history). */
export const STORES_V1 = {
  prospects:
    'domain, updatedAt, firstSeen, tier, suggestedTier, buyerType, status, outreach, company.country, region, searchPlan, *tags',
};

/**
 * Version 2 adds the derived `effectiveTier` (what the rep sees as the tier) and `suggestedBuyerType`,
 * plus `[effectiveTier+updatedAt]` for the manager's "tier X, newest first" page.
 */
export const STORES_V2 = {
  prospects:
    'domain, updatedAt, firstSeen, tier, suggestedTier, effectiveTier, buyerType, suggestedBuyerType, status, outreach, company.country, region, searchPlan, *tags, [effectiveTier+updatedAt]',
};

/**
 * Version 3 adds the inquiry queue (lib/inquiry), keyed by id, indexed for the answer-first order (`replyBy`), by
 * status and by the sender's company domain (to show its prospect). Prospects are unchanged.
 */
export const STORES_V3 = {
  ...STORES_V2,
  inquiries: 'id, replyBy, status, receivedAt, updatedAt, triage.domain',
};

/** Version 4 adds the multi-entry `dupKeys` index: likely duplicates by e-mail, phone or company name. */
export const STORES_V4 = {
  ...STORES_V3,
  prospects: `${STORES_V3.prospects}, *dupKeys`,
};

/**
 * Version 5 adds the `readings` table: what grading needs from each saved site (lib/grading/stored-reading.ts), keyed
 * by the prospect's domain and kept apart from the prospect rows so the manager, which reads every row, does not
 * load a few kilobytes of page reading per prospect. Prospects are unchanged.
 */
export const STORES_V5 = {
  ...STORES_V4,
  readings: 'domain',
};

/**
 * Version 6 (issue 14, the customer file in lib/crm/schema.ts) indexes `crm.nextContact`, so the follow-up
 * reminder finds the next due prospect without reading the table.
 */
export const STORES_V6 = {
  ...STORES_V5,
  prospects: `${STORES_V5.prospects}, crm.nextContact`,
};

/** The derived tier stored in `effectiveTier`. */
export function effectiveTierOf(p: Pick<Prospect, 'tier' | 'suggestedTier'>): Tier | 'none' {
  return p.tier ?? p.suggestedTier ?? 'none';
}

/** TierScout's IndexedDB database. Pass a name only in tests (one database per test). */
export class TierScoutDB extends Dexie {
  prospects!: Table<ProspectRow, string>;
  inquiries!: Table<Inquiry, string>;
  readings!: Table<ReadingRow, string>;

  constructor(name = 'tierscout', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    // Added 2026-11-26: fills effectiveTier on rows written by version 1. Keep while v1 databases may exist.
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table('prospects')
          .toCollection()
          .modify((row: ProspectRow) => {
            row.effectiveTier = effectiveTierOf(row);
          }),
      );
    // Added 2026-12-03: a new table only, so no upgrade; rows of version 2 are kept as they are.
    this.version(3).stores(STORES_V3);
    // Added 2026-12-03: fills dupKeys on rows written by version 3 or earlier. Keep while v3 databases may exist.
    this.version(4)
      .stores(STORES_V4)
      .upgrade((tx) =>
        tx
          .table('prospects')
          .toCollection()
          .modify((row: ProspectRow) => {
            row.dupKeys = dupKeysOf(row);
          }),
      );
    // Added 2026-12-03: a new table only; prospects saved before it have no reading and keep their tiers.
    this.version(5).stores(STORES_V5);
    // Added 2026-12-03: the contact person a sheet named (`contactName`) becomes the first contact person of the
    // customer file, so the detail panel and the mail merge see it; `contactName` itself is kept. Keep while v4
    // databases may exist.
    this.version(6)
      .stores(STORES_V6)
      .upgrade((tx) =>
        tx
          .table('prospects')
          .toCollection()
          .modify((row: ProspectRow) => {
            const name = row.contactName?.trim();
            if (!name || row.crm?.people?.length) return;
            row.crm = {
              ...row.crm,
              people: [{ ...EMPTY_PERSON, name: name.slice(0, 200), source: 'import' }],
            };
          }),
      );
  }
}

/** The shared instance every extension context uses. */
export const db = new TierScoutDB();
