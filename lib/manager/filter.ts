/**
 * Pure filter, search and sort over prospects for the manager page. At 100,000 rows a linear pass over a
 * precomputed lower-case haystack per prospect takes a few milliseconds, which keeps each keystroke well under a
 * frame budget without a search index.
 */
import type { BuyerType, Outreach, Prospect, Status, Tier } from '../model';

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

/** The tier the rep sees: own choice, else suggestion, else 'none'. */
export function tierOf(p: Prospect): Tier | 'none' {
  return p.tier ?? p.suggestedTier ?? 'none';
}

/** The buyer type the rep sees: own choice, else suggestion. */
export function buyerTypeOf(p: Prospect): BuyerType {
  return p.buyerType ?? p.suggestedBuyerType;
}

/** The text the search box looks in: company, domain, emails and notes, lower-cased once. */
export function haystackOf(p: Prospect): string {
  return [p.company.name, p.domain, ...p.contacts.emails.map((e) => e.value), p.notes]
    .join('\n')
    .toLowerCase();
}

/** Splits the search box into lower-case terms; every term must occur (AND). */
export function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** A prospect with its cached haystack (built once per load, reused by every keystroke). */
export interface IndexedProspect {
  prospect: Prospect;
  haystack: string;
}

/** Builds the haystack cache. */
export function indexProspects(prospects: readonly Prospect[]): IndexedProspect[] {
  return prospects.map((prospect) => ({ prospect, haystack: haystackOf(prospect) }));
}

function anyOf<T>(wanted: readonly T[], value: T): boolean {
  return wanted.length === 0 || wanted.includes(value);
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

/**
 * Does one prospect pass the filter? `terms` are `searchTerms(filter.text)`, passed in so they are split once.
 */
export function matchesFilter(item: IndexedProspect, f: ProspectFilter, terms: readonly string[]): boolean {
  const p = item.prospect;
  if (!anyOf(f.tiers, tierOf(p))) return false;
  if (!anyOf(f.buyerTypes, buyerTypeOf(p))) return false;
  if (!anyOf(f.statuses, p.status)) return false;
  if (!anyOf(f.outreach, p.outreach)) return false;
  if (!anyOf(f.countries, p.company.country)) return false;
  if (!anyOf(f.regions, p.region)) return false;
  if (!anyOf(f.searchPlans, p.searchPlan)) return false;
  if (f.tags.length > 0 && !f.tags.some((t) => p.tags.includes(t))) return false;
  const day = p.updatedAt.slice(0, 10);
  if (f.dateFrom && day < f.dateFrom) return false;
  if (f.dateTo && day > f.dateTo) return false;
  for (const term of terms) if (!item.haystack.includes(term)) return false;
  return true;
}

/** Filters the indexed list, keeping its order. */
export function filterProspects(items: readonly IndexedProspect[], f: ProspectFilter): IndexedProspect[] {
  if (isEmptyFilter(f)) return items.slice();
  const terms = searchTerms(f.text);
  return items.filter((item) => matchesFilter(item, f, terms));
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
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const TIER_ORDER: Record<Tier | 'none', number> = { A: 0, B: 1, C: 2, D: 3, none: 4 };

function sortValue(p: Prospect, key: SortKey): string | number {
  switch (key) {
    case 'company':
      return (p.company.name || p.domain).toLowerCase();
    case 'domain':
      return p.domain;
    case 'tier':
      return TIER_ORDER[tierOf(p)];
    case 'buyerType':
      return buyerTypeOf(p);
    case 'country':
      return p.company.country;
    default:
      return p[key];
  }
}

/** Sorts in place-free fashion (returns a new array); ties are broken by domain so the order is stable. */
export function sortProspects(items: readonly IndexedProspect[], sort: Sort): IndexedProspect[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = items.map((item) => ({ item, v: sortValue(item.prospect, sort.key) }));
  keyed.sort((a, b) => {
    if (a.v < b.v) return -sign;
    if (a.v > b.v) return sign;
    return a.item.prospect.domain < b.item.prospect.domain ? -1 : 1;
  });
  return keyed.map((k) => k.item);
}

/** Distinct non-empty values of a field, sorted, for the filter menus. */
export function distinctValues(
  items: readonly IndexedProspect[],
  pick: (p: Prospect) => string | string[],
): string[] {
  const seen = new Set<string>();
  for (const { prospect } of items) {
    const v = pick(prospect);
    if (Array.isArray(v)) for (const x of v) x && seen.add(x);
    else if (v) seen.add(v);
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
