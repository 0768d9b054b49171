/**
 * A listing entry graded against the rep's profile from the entry's own words (its name and text on the listing):
 * tier D when it shows the rep's products and a contact, none otherwise (DOMAIN.md: D is the company a listing
 * shows dealing in our product, with its contacts). Reuses the site grader (`gradeReading`) on a reading built
 * from the entry, so the profile's keywords, same-trade and exclude words mean the same as on a website.
 */
import { gradeReading } from '../classify/index';
import type { Profile, Reason, SiteReading, Thresholds, Tier } from '../model';
import type { Vocabulary } from '../vocabulary/index';
import type { AnalyzedListing, ListingEntry } from './analyze';

/** The grade of one entry: 'D' or null (no match), with the grader's reasons. */
export interface EntryGrade {
  tier: Tier | null;
  lines: string[];
  reasons: Reason[];
}

/** The entry's text with list separators (·, •, |, ;, commas) as line breaks and a leading label dropped. */
function rangeLines(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => line.replace(/^[\p{L} ]{2,30}:\s*/u, '').split(/\s*[·•|;]\s*|,\s+/))
    .filter(Boolean)
    .join('\n');
}

/** The profile-independent reading of one entry, as the site grader expects it. */
export function readEntry(entry: ListingEntry, site: string, lang: string): SiteReading {
  return {
    version: 1,
    lang,
    items: [],
    // No identity block: the grader reads the sample only when identity and range recognise little, and a name
    // such as "Hartmann Beleuchtung AG" (our trade) would then hide "Stocks: LED downlights" (ours) in the text.
    identity: [],
    // One product per line: "Stocks: LED downlights · track lights · LED strips" is three entries of a range.
    sample: [{ zone: 'body', text: rangeLines(entry.text.slice(0, 1_200)) }],
    buyerType: { value: 'unknown', secondary: null, confidence: 0, reasons: [] },
    listing: { site: site.slice(0, 255), why: 'structure' },
    notTrader: null,
    news: false,
    commerce: { cart: 0, productCards: 0, prices: 0 },
    size: [],
    hasContacts: entry.emails.length + entry.phones.length > 0,
    country: entry.country,
  };
}

/** What the panel and the save read grades through: a Map, or {@link EntryGrades} (graded on demand). */
export interface GradeLookup {
  get(key: string): EntryGrade | undefined;
}

/**
 * The grades of a listing's entries, each graded the first time it is asked for (`get`) or by {@link gradeNext}
 * in listing order. A 1,000-entry listing took ~120 ms of the popup's main thread to grade before the first row
 * showed; now the rows drawn first are graded as they are drawn and the rest in small steps after (the popup's
 * `useListingGrades`). Same grades as {@link gradeEntries}, whatever the order.
 */
export class EntryGrades implements GradeLookup {
  private readonly done = new Map<string, EntryGrade>();
  private readonly byKey = new Map<string, ListingEntry>();
  private next = 0;

  constructor(
    private readonly listing: AnalyzedListing,
    private readonly profile: Profile,
    private readonly thresholds: Thresholds,
    private readonly lang: string,
    private readonly vocab?: Vocabulary | null,
  ) {
    for (const e of listing.entries) this.byKey.set(e.key, e);
  }

  /** The entry's grade, graded now if it was not yet; undefined for a key the listing does not hold. */
  get(key: string): EntryGrade | undefined {
    const known = this.done.get(key);
    if (known) return known;
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    const grade = gradeOne(entry, this.listing.site, this.profile, this.thresholds, this.lang, this.vocab);
    this.done.set(key, grade);
    return grade;
  }

  /** Grades up to `n` entries not graded yet, in listing order. @returns true when every entry is graded. */
  gradeNext(n: number): boolean {
    const entries = this.listing.entries;
    for (let graded = 0; this.next < entries.length && graded < n; this.next++) {
      const key = entries[this.next]!.key;
      if (this.done.has(key)) continue;
      this.get(key);
      graded++;
    }
    return this.isComplete;
  }

  /** True when every entry has its grade. */
  get isComplete(): boolean {
    return this.done.size >= this.byKey.size;
  }

  /** Every grade (grading the rest first). */
  values(): EntryGrade[] {
    this.gradeNext(Number.POSITIVE_INFINITY);
    return this.listing.entries.map((e) => this.done.get(e.key)!);
  }
}

function gradeOne(
  entry: ListingEntry,
  site: string,
  profile: Profile,
  thresholds: Thresholds,
  lang: string,
  vocab?: Vocabulary | null,
): EntryGrade {
  const suggestion = gradeReading(readEntry(entry, site, lang), profile, thresholds, vocab);
  return {
    tier: suggestion.tier.value === 'D' ? 'D' : null,
    lines: suggestion.tier.matchedLines,
    reasons: suggestion.tier.reasons,
  };
}

/**
 * Grades every entry of a listing at once (the profile is compiled once and cached by the grader).
 * @param lang the listing page's language ('' unknown): the entries are written in it.
 * @example const grades = gradeEntries(listing, profile, thresholds, 'de'); grades.get(key)?.tier // 'D'
 */
export function gradeEntries(
  listing: AnalyzedListing,
  profile: Profile,
  thresholds: Thresholds,
  lang: string,
  vocab?: Vocabulary | null,
): Map<string, EntryGrade> {
  const out = new Map<string, EntryGrade>();
  for (const entry of listing.entries)
    out.set(entry.key, gradeOne(entry, listing.site, profile, thresholds, lang, vocab));
  return out;
}
