/**
 * Counts for the stats dashboard, computed from the manager rows of the current filter.
 */
import { BUYER_TYPES, type BuyerType, OUTREACH, type Outreach, TIERS, type Tier } from '../model';
import { type ManagerRow, shownBuyerType } from './rows';

export interface ProspectStats {
  total: number;
  byTier: Record<Tier | 'none', number>;
  byBuyerType: Record<BuyerType, number>;
  /** Top countries, most first; the rest summed under ''. */
  byCountry: [string, number][];
  byRegion: [string, number][];
  /** `YYYY-MM-DD` of `firstSeen` → count, for the last `days` days (zeros included), oldest first. */
  addedPerDay: [string, number][];
  byOutreach: Record<Outreach, number>;
}

function top(counts: Map<string, number>, n: number): [string, number][] {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (sorted.length <= n) return sorted;
  const rest = sorted.slice(n).reduce((s, [, c]) => s + c, 0);
  return [...sorted.slice(0, n), ['', rest]];
}

/**
 * Aggregates rows. `today` is `YYYY-MM-DD` (passed in so tests are stable).
 * @example computeStats(filtered, new Date().toISOString().slice(0, 10))
 */
export function computeStats(rows: readonly ManagerRow[], today: string, days = 30, topN = 8): ProspectStats {
  const byTier = Object.fromEntries([...TIERS, 'none'].map((t) => [t, 0])) as Record<Tier | 'none', number>;
  const byBuyerType = Object.fromEntries(BUYER_TYPES.map((b) => [b, 0])) as Record<BuyerType, number>;
  const byOutreach = Object.fromEntries(OUTREACH.map((o) => [o, 0])) as Record<Outreach, number>;
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const perDay = new Map<string, number>();
  for (const p of rows) {
    byTier[p.effectiveTier]++;
    byBuyerType[shownBuyerType(p)]++;
    byOutreach[p.outreach]++;
    const c = p.country || '?';
    countries.set(c, (countries.get(c) ?? 0) + 1);
    const r = p.region || '?';
    regions.set(r, (regions.get(r) ?? 0) + 1);
    const d = p.firstSeen.slice(0, 10);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const end = Date.parse(`${today}T00:00:00Z`);
  const addedPerDay: [string, number][] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(end - i * 86_400_000).toISOString().slice(0, 10);
    addedPerDay.push([day, perDay.get(day) ?? 0]);
  }
  return {
    total: rows.length,
    byTier,
    byBuyerType,
    byCountry: top(countries, topN),
    byRegion: top(regions, topN),
    addedPerDay,
    byOutreach,
  };
}
