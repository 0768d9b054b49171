/**
 * Pure filter, search and sort over the manager's rows (`lib/manager/rows.ts`). At 100,000 rows one linear pass
 * that checks only the filters actually set, over a precomputed lower-case haystack per row, takes a few
 * milliseconds, which keeps each filter change and keystroke inside a frame budget without a search index.
 */
import type { BuyerType, Outreach, Status, Tier } from '../model';
import { type ManagerRow, shownBuyerType } from './rows';
import type { Loyalty } from '../crm/schema';
import { valueSortKey } from '../crm/row';

/** What the manager filters by. Empty arrays mean "any". Dates are `YYYY-MM-DD`, inclusive, on `updatedAt`. */
export interface ProspectFilter {
  tiers: (Tier | 'none')[];
  buyerTypes: BuyerType[];
  statuses: Status[];
  outreach: Outreach[];
  countries: string[];
  regions: string[];
  searchPlans: string[];
  tags: string[];
  dateFrom: string;
  dateTo: string;
  text: string;
}

export const EMPTY_FILTER: ProspectFilter = {
  tiers: [],
  buyerTypes: [],
  statuses: [],
  outreach: [],
  countries: [],
  regions: [],
  searchPlans: [],
  tags: [],
  dateFrom: '',
  dateTo: '',
  text: '',
};

/** A search that is a phone number as people type one: digits with spaces, dashes, dots, slashes, brackets. */
const PHONE_LIKE = /^\+?[\d\s\-./()]+$/;

/**
 * Splits the search box into lower-case terms; every term must occur (AND). A phone number typed with spaces or
 * dashes ("+49 30 1234-5", "(030) 12 34") is one term of its digits (with the + kept), matched against the
 * stored E.164 numbers; a national leading 0 is dropped, so "030 1234" finds "+49301234".
 * @example searchTerms('+49 30 123') // ['+4930123']
 */
export function searchTerms(text: string): string[] {
  const trimmed = text.trim();
  if (PHONE_LIKE.test(trimmed) && /\d.*[\s\-./()].*\d/.test(trimmed)) {
    const digits = trimmed.replace(/[^\d+]/g, '');
    return [digits.startsWith('+') ? digits : digits.replace(/^0+/, '')];
  }
  return trimmed.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when the filter has nothing set. */
export function isEmptyFilter(f: ProspectFilter): boolean {
  return (
    !f.text.trim() &&
    !f.dateFrom &&
    !f.dateTo &&
    [f.tiers, f.buyerTypes, f.statuses, f.outreach, f.countries, f.regions, f.searchPlans, f.tags].every(
      (a) => a.length === 0,
    )
  );
}

type Check = (row: ManagerRow) => boolean;

/** A check of one field against the wanted values; a single value (the common case) is one comparison. */
function oneOf<T>(wanted: readonly T[], pick: (row: ManagerRow) => T): Check | null {
  if (wanted.length === 0) return null;
  if (wanted.length === 1) {
    const only = wanted[0];
    return (row) => pick(row) === only;
  }
  const set = new Set(wanted);
  return (row) => set.has(pick(row));
}

/**
 * Compiles a filter into one predicate that runs only the checks the filter sets, so a tier change over 100,000
 * rows is a single comparison per row.
 */
export function rowPredicate(f: ProspectFilter): Check {
  const checks: Check[] = [];
  const add = (c: Check | null) => {
    if (c) checks.push(c);
  };
  add(oneOf(f.tiers, (r) => r.effectiveTier));
  add(oneOf(f.buyerTypes, shownBuyerType));
  add(oneOf(f.statuses, (r) => r.status));
  add(oneOf(f.outreach, (r) => r.outreach));
  add(oneOf(f.countries, (r) => r.country));
  add(oneOf(f.regions, (r) => r.region));
  add(oneOf(f.searchPlans, (r) => r.searchPlan));
  if (f.tags.length > 0) {
    const tags = f.tags;
    checks.push((r) => r.tags.length > 0 && tags.some((t) => r.tags.includes(t)));
  }
  // An ISO time sorts before its own day's `YYYY-MM-DD` only when the day is earlier, so no slicing is needed.
  const { dateFrom, dateTo } = f;
  if (dateFrom) checks.push((r) => r.updatedAt >= dateFrom);
  if (dateTo) checks.push((r) => r.updatedAt.slice(0, 10) <= dateTo);
  const terms = searchTerms(f.text);
  if (terms.length === 1) {
    const only = terms[0]!;
    checks.push((r) => r.haystack.includes(only));
  } else if (terms.length > 1) checks.push((r) => terms.every((term) => r.haystack.includes(term)));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (row) => {
    for (const check of checks) if (!check(row)) return false;
    return true;
  };
}

/** Does one row pass the filter? (For single rows; lists go through `filterRows`, which compiles once.) */
export function matchesFilter(row: ManagerRow, f: ProspectFilter): boolean {
  return rowPredicate(f)(row);
}

/** Filters rows, keeping their order. The empty filter returns the input itself (no copy). */
export function filterRows(rows: readonly ManagerRow[], f: ProspectFilter): readonly ManagerRow[] {
  if (isEmptyFilter(f)) return rows;
  const keep = rowPredicate(f);
  const out: ManagerRow[] = [];
  for (const row of rows) if (keep(row)) out.push(row);
  return out;
}

export const SORT_KEYS = [
  'company',
  'domain',
  'tier',
  'buyerType',
  'status',
  'outreach',
  'country',
  'region',
  'updatedAt',
  'firstSeen',
  'value',
  'loyalty',
  'nextContact',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const LOYALTY_ORDER: Record<Loyalty, number> = { loyal: 0, old: 1, new: 2, potential: 3 };

const TIER_ORDER: Record<Tier | 'none', number> = { A: 0, B: 1, C: 2, D: 3, none: 4 };

function sortValue(row: ManagerRow, key: SortKey): string | number {
  switch (key) {
    case 'company':
      return (row.name || row.domain).toLowerCase();
    case 'tier':
      return TIER_ORDER[row.effectiveTier];
    case 'buyerType':
      return shownBuyerType(row);
    case 'value':
      return valueSortKey(row.crm);
    case 'loyalty':
      return row.crm?.loyalty ? LOYALTY_ORDER[row.crm.loyalty] : 9;
    case 'nextContact':
      // No follow-up sorts after every date.
      return row.crm?.nextContact || '\uffff';
    default:
      return row[key];
  }
}

/** The row order of a sort; ties are broken by domain (ascending) so the order is total and stable. */
export function compareRows(sort: Sort): (a: ManagerRow, b: ManagerRow) => number {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return (a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0;
  };
}

/** Sorts into a new array (the sort value of each row is computed once, not per comparison). */
export function sortRows(rows: readonly ManagerRow[], sort: Sort): ManagerRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.v < b.v) return -sign;
    if (a.v > b.v) return sign;
    return a.row.domain < b.row.domain ? -1 : a.row.domain > b.row.domain ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/**
 * Applies a small change to an already sorted list without sorting everything again: rows whose domain is in
 * `touched` are dropped, `upserted` (new versions and new rows) are sorted and merged in. Linear in the list.
 * @example next = mergeSorted(prev, changedRows, new Set([...changedDomains, ...deletedDomains]), sort)
 */
export function mergeSorted(
  sorted: readonly ManagerRow[],
  upserted: readonly ManagerRow[],
  touched: ReadonlySet<string>,
  sort: Sort,
): ManagerRow[] {
  const compare = compareRows(sort);
  const incoming = [...upserted].sort(compare);
  const out: ManagerRow[] = [];
  let j = 0;
  for (const row of sorted) {
    if (touched.has(row.domain)) continue;
    while (j < incoming.length && compare(incoming[j]!, row) < 0) out.push(incoming[j++]!);
    out.push(row);
  }
  while (j < incoming.length) out.push(incoming[j++]!);
  return out;
}

/**
 * Applies a change while keeping the order the rep is working through: a changed row keeps its place (a tier
 * key must not send the row to the top, or ↓ walks rows already seen), a deleted row leaves, and only rows new
 * to the list are merged in at their sorted place. The list is sorted again when the rep asks (a sort header).
 * @returns the next rows, and whether a kept row may now be out of order (the manager offers "sort again").
 */
export function patchInPlace(
  sorted: readonly ManagerRow[],
  upserted: readonly ManagerRow[],
  touched: ReadonlySet<string>,
  sort: Sort,
): { rows: ManagerRow[]; isStale: boolean } {
  const byDomain = new Map(upserted.map((row) => [row.domain, row]));
  const kept: ManagerRow[] = [];
  let isStale = false;
  for (const row of sorted) {
    if (!touched.has(row.domain)) {
      kept.push(row);
      continue;
    }
    const next = byDomain.get(row.domain);
    if (!next) continue;
    byDomain.delete(row.domain);
    kept.push(next);
    isStale = true;
  }
  if (byDomain.size === 0) return { rows: kept, isStale };
  return { rows: mergeSorted(kept, [...byDomain.values()], new Set(), sort), isStale };
}

/** Distinct non-empty values of a field, sorted, for the filter menus. */
export function distinctValues(
  rows: readonly ManagerRow[],
  pick: (row: ManagerRow) => string | readonly string[],
): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const v = pick(row);
    if (typeof v === 'string') {
      if (v) seen.add(v);
    } else for (const x of v) if (x) seen.add(x);
  }
  return [...seen].sort();
}

/**
 * True when every row passing `next` also passes `prev`: the same structured filters and a search text that
 * extends the previous one (each term then contains its earlier form, or is a new AND term).
 */
export function refines(prev: ProspectFilter, next: ProspectFilter): boolean {
  if (!next.text.toLowerCase().startsWith(prev.text.toLowerCase())) return false;
  const { text: _a, ...restPrev } = prev;
  const { text: _b, ...restNext } = next;
  return JSON.stringify(restPrev) === JSON.stringify(restNext);
}
