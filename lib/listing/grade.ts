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

/**
 * Grades every entry of a listing (the profile is compiled once and cached by the grader).
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
  for (const entry of listing.entries) {
    const suggestion = gradeReading(readEntry(entry, listing.site, lang), profile, thresholds, vocab);
    out.set(entry.key, {
      tier: suggestion.tier.value === 'D' ? 'D' : null,
      lines: suggestion.tier.matchedLines,
      reasons: suggestion.tier.reasons,
    });
  }
  return out;
}
