/**
 * Pure prospect logic: building a prospect from a scan, merging two records of one domain, and the short change
 * history. No Dexie, no browser: the store, the importer and the backup restore all reuse it.
 */
import {
  type BuyerType,
  type Contacts,
  type Evidence,
  type HistoryEntry,
  PROSPECT_LIMITS,
  type Prospect,
  type ScanResult,
  type Suggestion,
  type Tier,
} from '../model';
import { isHttpUrl } from './url';
import { crmHistory, mergeCrm } from '../crm/merge';

/** History is "short": the newest entries are kept, the oldest dropped. */
export const HISTORY_LIMIT = 50;

/**
 * The changes the monthly review reads (lib/crm/review.ts): becoming a customer or lost, and moved value grades.
 * They are capped apart from the others, at {@link REVIEW_HISTORY_LIMIT}, so fifty tier or outreach edits never
 * push a customer's "became a customer in March" out of the review (issue 14).
 */
export const REVIEW_FIELDS: ReadonlySet<string> = new Set(['status', 'valueGrade']);
export const REVIEW_HISTORY_LIMIT = 100;

/**
 * Keeps the newest {@link HISTORY_LIMIT} entries of the ordinary fields and the newest
 * {@link REVIEW_HISTORY_LIMIT} of the review's fields, in their order.
 */
export function capHistory(history: readonly HistoryEntry[]): HistoryEntry[] {
  let ordinary = 0;
  let review = 0;
  const kept: HistoryEntry[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (REVIEW_FIELDS.has(h.field) ? review++ < REVIEW_HISTORY_LIMIT : ordinary++ < HISTORY_LIMIT)
      kept.push(h);
  }
  return kept.reverse();
}

/** The fields whose changes are written to the history. */
export const TRACKED_FIELDS = ['tier', 'buyerType', 'suggestedTier', 'status', 'outreach'] as const;
type TrackedField = (typeof TRACKED_FIELDS)[number];

export interface ProspectFromScanInput {
  scan: ScanResult;
  /** The classifier's suggestion; null/undefined when no profile is set yet. */
  suggestion?: Suggestion | null;
  /** The rep's own tier for this save (a key press); undefined keeps whatever the rep chose before. */
  tier?: Tier | null;
  /** The `tier` above is the suggestion the rep saved with, not one the rep chose (see `Prospect.tierBy`). */
  tierBy?: 'hand' | 'suggestion';
  buyerType?: BuyerType | null;
  notes?: string;
  region?: string;
  searchPlan?: string;
}

function stamp(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A fresh prospect from one scan, as if the domain had never been seen. `now` is an ISO timestamp.
 * @example prospectFromScan({ scan, suggestion, tier: 'A', region: 'DACH' }, new Date().toISOString())
 */
export function prospectFromScan(input: ProspectFromScanInput, now: string): Prospect {
  const { scan, suggestion } = input;
  const { evidence: _evidence, ...scanned } = scan.company;
  // Clipped to the stored bounds, so an odd page can never make its own save fail validation.
  const company = {
    ...scanned,
    name: scanned.name.slice(0, PROSPECT_LIMITS.name),
    address: scanned.address.slice(0, PROSPECT_LIMITS.address),
  };
  const prospect: Prospect = {
    domain: scan.domain,
    url: scan.url,
    company,
    contacts: scan.contacts,
    suggestedTier: suggestion?.tier.value ?? null,
    suggestedBuyerType: suggestion?.buyerType.value ?? 'unknown',
    reasons: suggestion ? [...suggestion.tier.reasons, ...suggestion.buyerType.reasons] : [],
    tier: input.tier ?? null,
    ...(input.tier && input.tierBy ? { tierBy: input.tierBy } : {}),
    buyerType: input.buyerType ?? null,
    status: 'potential',
    outreach: 'todo',
    region: input.region ?? '',
    searchPlan: input.searchPlan ?? '',
    tags: [],
    notes: input.notes ?? '',
    firstSeen: now,
    updatedAt: now,
    history: [],
  };
  if (scan.people?.length) prospect.crm = { people: scan.people };
  return prospect;
}

function evidenceKey(e: Evidence): string {
  return `${e.page}\u0000${e.source}\u0000${e.snippet ?? ''}`;
}

function mergeEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Set(a.map(evidenceKey));
  const out = [...a];
  for (const e of b) {
    if (!seen.has(evidenceKey(e))) {
      seen.add(evidenceKey(e));
      out.push(e);
    }
  }
  return out;
}

/** Union of two lists by key; an item found in both keeps the first's fields and both evidence lists. */
function unionBy<T extends { evidence: Evidence[] }>(a: T[], b: T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const k = key(item);
    const old = byKey.get(k);
    byKey.set(k, old ? { ...old, evidence: mergeEvidence(old.evidence, item.evidence) } : item);
  }
  return [...byKey.values()];
}

/** Contacts of both records, each address / number / handle / profile once. */
export function mergeContacts(a: Contacts, b: Contacts): Contacts {
  const merged: Contacts = {
    emails: unionBy(a.emails, b.emails, (e) => e.value.toLowerCase()),
    phones: unionBy(a.phones, b.phones, (p) => p.value),
    messengers: unionBy(a.messengers, b.messengers, (m) => `${m.kind}:${m.value.toLowerCase()}`),
    socials: unionBy(a.socials, b.socials, (s) => s.url.toLowerCase().replace(/\/+$/, '')),
  };
  // "N more found" survives a re-save. Both counts usually describe the same page read twice, so the larger one
  // is kept rather than the sum; the schema's cap then counts whatever the union itself adds beyond the cap.
  if (a.more || b.more) {
    const x = a.more ?? { emails: 0, phones: 0, messengers: 0, socials: 0 };
    const y = b.more ?? { emails: 0, phones: 0, messengers: 0, socials: 0 };
    merged.more = {
      emails: Math.max(x.emails, y.emails),
      phones: Math.max(x.phones, y.phones),
      messengers: Math.max(x.messengers, y.messengers),
      socials: Math.max(x.socials, y.socials),
    };
  }
  return merged;
}

function mergeNotes(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (!x) return b;
  if (!y || x.includes(y)) return a;
  if (y.includes(x)) return b;
  return `${a}\n${b}`;
}

function mergeHistory(a: HistoryEntry[], b: HistoryEntry[]): HistoryEntry[] {
  const key = (h: HistoryEntry) => `${h.at}|${h.field}|${h.from}|${h.to}`;
  const seen = new Set<string>();
  const all: HistoryEntry[] = [];
  for (const h of [...a, ...b]) {
    if (seen.has(key(h))) continue;
    seen.add(key(h));
    all.push(h);
  }
  all.sort((x, y) => x.at.localeCompare(y.at));
  return capHistory(all);
}

/** History entries for every tracked field that differs between two versions of a record. */
export function diffHistory(before: Prospect, after: Prospect, at: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const field of TRACKED_FIELDS as readonly TrackedField[]) {
    if (before[field] !== after[field]) {
      entries.push({ at, field, from: stamp(before[field]), to: stamp(after[field]) });
    }
  }
  entries.push(...crmHistory(before.crm, after.crm, at));
  return entries;
}

/** Appends entries and keeps the history short ({@link capHistory}). */
export function appendHistory(history: HistoryEntry[], entries: HistoryEntry[]): HistoryEntry[] {
  return capHistory([...history, ...entries]);
}

const minIso = (a: string, b: string) => (a && (!b || a < b) ? a : b);
const maxIso = (a: string, b: string) => (a > b ? a : b);

/**
 * Merges a newer record of a domain (`incoming`: a fresh scan, an imported row, a restored backup) into the stored
 * one, losing nothing:
 * - the rep's own `tier` / `buyerType` win over any suggestion; an incoming explicit choice replaces an older one;
 * - the latest suggestion (when the incoming record has one) replaces the older suggestion;
 * - contacts, tags and history are unions; notes are joined when they differ;
 * - company facts, region and search plan keep the stored value and fill blanks from the incoming one;
 * - status / outreach take the incoming value unless it is the default ('potential' / 'todo');
 * - `firstSeen` is the earlier, `updatedAt` the later; changes of tracked fields are appended to the history.
 * Invariant: `mergeProspect(null, p)` is `p`; `domain` and `url` are the stored ones.
 */
export function mergeProspect(existing: Prospect | null | undefined, incoming: Prospect): Prospect {
  if (!existing) return incoming;
  const hasSuggestion = incoming.suggestedTier !== null || incoming.reasons.length > 0;
  const merged: Prospect = {
    domain: existing.domain,
    // A stored address that is not http(s) (from a database older than issue 17's check) gives way to the new one.
    url: isHttpUrl(existing.url) ? existing.url : incoming.url,
    company: {
      name: existing.company.name || incoming.company.name,
      address: existing.company.address || incoming.company.address,
      country: existing.company.country || incoming.company.country,
      language: existing.company.language || incoming.company.language,
    },
    contacts: mergeContacts(existing.contacts, incoming.contacts),
    suggestedTier: hasSuggestion ? incoming.suggestedTier : existing.suggestedTier,
    suggestedBuyerType:
      hasSuggestion || incoming.suggestedBuyerType !== 'unknown'
        ? incoming.suggestedBuyerType
        : existing.suggestedBuyerType,
    reasons: hasSuggestion ? incoming.reasons : existing.reasons,
    tier: incoming.tier ?? existing.tier,
    buyerType: incoming.buyerType ?? existing.buyerType,
    status: incoming.status !== 'potential' ? incoming.status : existing.status,
    outreach: incoming.outreach !== 'todo' ? incoming.outreach : existing.outreach,
    region: existing.region || incoming.region,
    searchPlan: existing.searchPlan || incoming.searchPlan,
    tags: [...new Set([...existing.tags, ...incoming.tags])],
    notes: mergeNotes(existing.notes, incoming.notes).slice(0, PROSPECT_LIMITS.notes),
    firstSeen: minIso(existing.firstSeen, incoming.firstSeen),
    updatedAt: maxIso(existing.updatedAt, incoming.updatedAt),
    history: mergeHistory(existing.history, incoming.history),
  };
  // Who set the tier goes with the tier that is kept.
  const tierBy = incoming.tier !== null ? incoming.tierBy : existing.tierBy;
  if (tierBy && merged.tier !== null) merged.tierBy = tierBy;
  const contactName = existing.contactName || incoming.contactName;
  if (contactName) merged.contactName = contactName;
  const notDuplicateOf = [
    ...new Set([...(existing.notDuplicateOf ?? []), ...(incoming.notDuplicateOf ?? [])]),
  ];
  if (notDuplicateOf.length > 0) merged.notDuplicateOf = notDuplicateOf;
  const crm = mergeCrm(existing.crm, incoming.crm);
  if (crm) merged.crm = crm;
  merged.history = appendHistory(merged.history, diffHistory(existing, merged, merged.updatedAt));
  return merged;
}
