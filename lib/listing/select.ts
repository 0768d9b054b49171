/**
 * The listing panel's filters and selection as pure functions: which entries show for a country and grade filter,
 * the countries to offer (with counts), and the all / none / graded-only selections over what shows.
 */
import type { ListingEntry } from './analyze';
import type { GradeLookup } from './grade';

/** Grade filter: every entry, those graded D against the profile, or those not graded. */
export type GradeFilter = 'all' | 'D' | 'none';

export interface ListingFilter {
  /** ISO country code, '' for every country, '?' for entries whose country is unknown. */
  country: string;
  grade: GradeFilter;
}

export const NO_FILTER: ListingFilter = { country: '', grade: 'all' };

/** The grade of an entry ('D' or null), null when ungraded (no profile). */
export function gradeOf(grades: GradeLookup | null, key: string): 'D' | null {
  return grades?.get(key)?.tier === 'D' ? 'D' : null;
}

/** The entries the filter shows, in listing order. */
export function filterEntries(
  entries: ListingEntry[],
  grades: GradeLookup | null,
  filter: ListingFilter,
): ListingEntry[] {
  return entries.filter((e) => {
    if (filter.country === '?' ? e.country !== '' : filter.country && e.country !== filter.country)
      return false;
    if (filter.grade === 'all') return true;
    const grade = gradeOf(grades, e.key);
    return filter.grade === 'D' ? grade === 'D' : grade === null;
  });
}

/**
 * Countries of the entries, most entries first (ties by code); unknown countries are counted under '?'.
 * @example countriesOf(entries) // [{ country: 'DE', n: 120 }, { country: 'AT', n: 20 }]
 */
export function countriesOf(entries: ListingEntry[]): { country: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.country || '?', (counts.get(e.country || '?') ?? 0) + 1);
  return [...counts.entries()]
    .map(([country, n]) => ({ country, n }))
    .sort((a, b) => b.n - a.n || a.country.localeCompare(b.country));
}

/** A selection command of the panel (keys and buttons). */
export type SelectCommand = 'all' | 'none' | 'graded';

/**
 * The selection after a command over the shown entries: `all` adds every shown entry, `graded` selects the shown
 * entries graded D (and only those), `none` clears the shown ones. Entries hidden by the filter keep their state.
 */
export function applySelect(
  selected: ReadonlySet<string>,
  shown: ListingEntry[],
  grades: GradeLookup | null,
  command: SelectCommand,
): Set<string> {
  const next = new Set(selected);
  for (const e of shown) {
    const on = command === 'all' || (command === 'graded' && gradeOf(grades, e.key) === 'D');
    if (on) next.add(e.key);
    else next.delete(e.key);
  }
  return next;
}

/** The entry's first contact as a rep would dial or write: an e-mail, else a phone, else ''. */
export function firstContact(entry: ListingEntry): string {
  return entry.emails[0] ?? entry.phones.find((p) => p.kind !== 'fax')?.value ?? entry.phones[0]?.value ?? '';
}
