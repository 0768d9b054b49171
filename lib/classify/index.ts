/**
 * Grading: from the captured pages of one site and the rep's active profile, the A–D tier and the buyer type, each
 * with reasons (message keys + params, rendered by `renderReason`). Pure and Node-safe.
 *
 *   reading.ts   one profile-independent read of the site (range, identity, cues) — stored with the prospect
 *   range.ts     the product range as the page shows it, page furniture removed
 *   cues.ts      buyer type, non-traders, listings and size from the lexicons (lib/lexicon)
 *   profile.ts   the rep's keywords mapped onto the product vocabulary (lib/vocabulary)
 *   tier.ts      range × profile → A/B/C/D or none
 *
 * The vocabulary is loaded per language (`prepareGrading`) before grading; graded without it, only the rep's own
 * words match.
 */
import type { PageCapture, Profile, ScanResult, SiteReading, Suggestion, Thresholds } from '../model';
import { loadedVocabulary, loadVocabulary, type Vocabulary } from '../vocabulary/index';
import { compileProfile } from './profile';
import { readSite } from './reading';
import { gradeTier } from './tier';

export { readSite } from './reading';
export { compileProfile } from './profile';

/** The rep's own country by default: a manufacturer there is a peer. */
export const HOME_COUNTRY = 'CN';

/** Languages whose vocabulary grading a page needs: the page's, English, Chinese (the rep's keywords). */
export function gradingLangs(pageLang: string): string[] {
  return [pageLang, 'en', 'zh'].filter(Boolean);
}

/** Loads the vocabulary for these page languages (idempotent, cheap once loaded). */
export function prepareGrading(pageLangs: string[]): Promise<Vocabulary> {
  return loadVocabulary(pageLangs.flatMap(gradingLangs));
}

/** Grades a stored or fresh site reading against a profile. */
export function gradeReading(
  reading: SiteReading,
  profile: Profile,
  thresholds: Thresholds,
  vocab: Vocabulary | null = loadedVocabulary(),
): Suggestion {
  const compiled = compileProfile(profile, vocab);
  const tier = gradeTier(reading, compiled, thresholds, vocab);
  const competitor =
    reading.buyerType.value === 'manufacturer' &&
    reading.country.toUpperCase() === HOME_COUNTRY &&
    tier.value !== null &&
    tier.value !== 'D';
  return { tier, buyerType: reading.buyerType, profileId: profile.id, competitor };
}

/**
 * Suggests tier and buyer type for one site.
 * @param captures the pages read (home page first)
 * @param scan the analysed scan (domain, contacts, country and language are used)
 */
export function classify(
  captures: PageCapture[],
  scan: ScanResult,
  profile: Profile,
  thresholds: Thresholds,
  vocab: Vocabulary | null = loadedVocabulary(),
): Suggestion {
  return gradeReading(readSite(captures, scan), profile, thresholds, vocab);
}
