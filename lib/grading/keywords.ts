/**
 * The profile's keywords that the product vocabulary does not know (issue 9): such a keyword matches a page only in
 * exactly the rep's words, never the same product named in the buyer's language, so Options says so as the rep
 * types. Pure once the vocabulary is loaded; runs in the options page and under Node.
 */
import { compileProfile, prepareGrading } from '../classify/index';
import type { Profile } from '../model';
import { loadedVocabulary, type Vocabulary } from '../vocabulary/index';

/** Loads what the keyword check needs: the vocabulary the rep's keywords are looked up in (English, Chinese). */
export function prepareKeywordCheck(): Promise<Vocabulary> {
  return prepareGrading(['']);
}

/**
 * The profile's product and same-trade keywords that name nothing in the product vocabulary, each once, in the
 * order written: they match a page only in exactly these words, never in its own language.
 * @example unmappedKeywords(profile, vocab) // ['LED 灯带']
 */
export function unmappedKeywords(profile: Profile, vocab: Vocabulary | null = loadedVocabulary()): string[] {
  if (!vocab) return [];
  return [...new Set(compileProfile(profile, vocab).unmapped)];
}
