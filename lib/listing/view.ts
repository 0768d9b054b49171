/**
 * What the popup shows for a page that lists companies: the analysed listing with each entry's grade against the
 * active profile, or null for a page that is one company. Pure and Node-safe (the bench and the unit tests call it
 * the way the popup does).
 */
import type { PageCapture, Profile, Prospect, ScanResult, Thresholds, Tier } from '../model';
import { type AnalyzedListing, analyzeListing, type ListingEntry } from './analyze';
import { EntryGrades } from './grade';
import { prospectsFromListing } from './save';

/** A listing shows at least this many readable companies; fewer is a company page with a few branches. */
export const MIN_LISTED = 4;

export interface ListingView {
  listing: AnalyzedListing;
  /** Graded on demand (the rows drawn first, the rest in steps after); null while the rep has no profile. */
  grades: EntryGrades | null;
  /** The page's primary language subtag, '' unknown. */
  lang: string;
}

/**
 * The listing of a captured page, graded, or null when the page lists fewer than {@link MIN_LISTED} companies.
 * @param scan the page's own scan: its country is the region of national numbers that carry no prefix.
 */
export function listingViewOf(
  capture: PageCapture,
  scan: ScanResult,
  profile: Profile | null | undefined,
  thresholds: Thresholds | undefined,
): ListingView | null {
  if (!capture.listing || capture.listing.source === 'none') return null;
  const listing = analyzeListing(capture.listing, scan.company.country);
  if (listing.entries.length < MIN_LISTED) return null;
  const lang = (capture.lang || scan.company.language).split('-')[0] ?? '';
  const grades = profile && thresholds ? new EntryGrades(listing, profile, thresholds, lang) : null;
  return { listing, grades, lang };
}

/** The prospects of the entries the rep picked, as the popup saves them. */
export function listingProspects(
  view: ListingView,
  entries: ListingEntry[],
  tier: Tier | null,
  session: { region: string; searchPlan: string },
  now = new Date().toISOString(),
): Prospect[] {
  return prospectsFromListing(
    {
      listing: view.listing,
      entries,
      grades: view.grades ?? undefined,
      tier,
      region: session.region,
      searchPlan: session.searchPlan,
      lang: view.lang,
    },
    now,
  );
}
