/**
 * The one scan → grade → save pipeline (issue 9). The popup and the keyboard command both call {@link gradeScan}
 * on what they captured and pass its `stored` reading to `saveScan`, so a prospect saved either way is graded the
 * same and can be re-graded later from what was read.
 */
import { gradeReading, prepareGrading, readSite } from '../classify/index';
import { pageLang } from '../classify/range';
import type {
  BuyerTypeSuggestion,
  PageCapture,
  Profile,
  ScanResult,
  SiteReading,
  Suggestion,
  Thresholds,
} from '../model';
import { encodeReading, type StoredReading } from './stored-reading';

/** One graded read of a site. */
export interface GradedScan {
  /** The profile-independent reading of the site. */
  reading: SiteReading;
  /** The same, in its bounded storable form, for `saveScan({ reading })`. */
  stored: StoredReading;
  /** Tier and buyer type with the profile; null without one (first run). */
  suggestion: Suggestion | null;
  /** The buyer type, with or without a profile: a site's buyer type does not depend on the rep's products. */
  buyerType: BuyerTypeSuggestion;
}

/** Records a span on the performance timeline where there is one (extension pages, workers, Node). */
export function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // An old runtime without the options form: timings are for the bench only.
  }
}

/** The languages a site's pages are in, as grading looks them up: each page's declared one, else the guessed one. */
export function pageLangsOf(captures: PageCapture[], scan: ScanResult): string[] {
  return [...new Set(captures.map((c) => c.lang || scan.company.language).filter(Boolean))];
}

/**
 * The languages {@link gradeScan} loads the vocabulary of: the reading's language (`readSite` takes it from
 * {@link pageLang}) and each page's; `['']` when none is known. Known without reading the site, so the popup can
 * load them for a listing's entries and leave the site's own reading until after the list shows.
 */
export function gradingLangsOf(captures: PageCapture[], scan: ScanResult): string[] {
  const langs = [
    ...new Set([pageLang(captures, scan.company.language), ...pageLangsOf(captures, scan)].filter(Boolean)),
  ];
  return langs.length ? langs : [''];
}

/**
 * Reads and grades the captured pages of one site (home page first) with the rep's profile, loading the
 * vocabulary of the pages' languages first.
 * @example const graded = await gradeScan([capture], analyzeCaptures([capture]), profile, thresholds);
 */
export async function gradeScan(
  captures: PageCapture[],
  scan: ScanResult,
  profile: Profile | null,
  thresholds: Thresholds | undefined,
  now = new Date().toISOString(),
): Promise<GradedScan> {
  // Timed as performance measures, which the bench reads in the popup (tests/bench/grading.bench.ts).
  const t0 = performance.now();
  const reading = readSite(captures, scan);
  const langs = gradingLangsOf(captures, scan);
  const t1 = performance.now();
  await prepareGrading(langs);
  const t2 = performance.now();
  const suggestion = profile && thresholds ? gradeReading(reading, profile, thresholds) : null;
  const stored = encodeReading(reading, langs, now);
  const t3 = performance.now();
  measure('tierscout:read', t0, t1);
  measure('tierscout:vocabulary', t1, t2);
  measure('tierscout:grade', t2, t3);
  return { reading, stored, suggestion, buyerType: suggestion?.buyerType ?? reading.buyerType };
}
