/**
 * The one stemming rule of the vocabulary, used both when the vocabulary is built and when a page is read, so the
 * two always agree: the language's Snowball stemmer where @orama/stemmers has one, else a light plural rule.
 */
import { stemmer as ar } from '@orama/stemmers/arabic';
import { stemmer as no } from '@orama/stemmers/norwegian';
import { stemmer as uk } from '@orama/stemmers/ukrainian';
import { CJK, fold, tokenize } from '../match/normalize';
import { lightStem, STEMMERS } from '../match/stem';

const MORE_STEMMERS: Record<string, (word: string) => string> = { ar, no, uk };

/** Words this short are matched whole. */
const MIN_WORD = 3;

const cache = new Map<string, string>();

/** Stems one folded word in a vocabulary language. */
export function vocabStem(word: string, lang: string): string {
  if (word.length <= MIN_WORD || /^\p{N}+$/u.test(word)) return word;
  const key = `${lang}:${word}`;
  let out = cache.get(key);
  if (out === undefined) {
    const stemmer = STEMMERS[lang] ?? MORE_STEMMERS[lang];
    out = stemmer ? stemmer(word) : lightStem(word);
    if (out.length < MIN_WORD) out = word;
    if (cache.size > 100_000) cache.clear();
    cache.set(key, out);
  }
  return out;
}

/** A text's stemmed words in a language (the keys the vocabulary stores). */
export function vocabStems(text: string, lang: string): string[] {
  return tokenize(text).map((w) => vocabStem(w, lang));
}

/** Folded text without spaces, for CJK substring look-ups. */
export function cjkKey(text: string): string {
  return fold(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

export { CJK };
