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

/**
 * Inflection endings (folded) per language, with what replaces them: a Snowball stem also cuts derivation
 * ("highlights" and "highlighters" share `highlight`, Portuguese "vida" and "vídeo" share `vid`), so a page word that
 * shares only a stem with a one-word term is checked against the term's own words: they must be the same word up to
 * one of these endings. Languages missing here (Russian, Polish, Turkish…) inflect too richly for a short list;
 * their stems are trusted as they are.
 */
const INFLECTIONS: Record<string, [ending: string, base: string][]> = {
  en: [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
  ],
  de: [
    ['nen', ''],
    ['en', ''],
    ['er', ''],
    ['es', ''],
    ['em', ''],
    ['ens', ''],
    ['e', ''],
    ['n', ''],
    ['s', ''],
  ],
  nl: [
    ['eren', ''],
    ['en', ''],
    ['es', ''],
    ['e', ''],
    ['n', ''],
    ['s', ''],
  ],
  fr: [
    ['es', ''],
    ['e', ''],
    ['s', ''],
    ['x', ''],
  ],
  es: [
    ['es', ''],
    ['as', ''],
    ['os', ''],
    ['a', ''],
    ['o', ''],
    ['s', ''],
  ],
  it: [
    ['a', ''],
    ['e', ''],
    ['i', ''],
    ['o', ''],
  ],
  pt: [
    ['ns', 'm'],
    ['es', ''],
    ['as', ''],
    ['os', ''],
    ['a', ''],
    ['o', ''],
    ['e', ''],
    ['s', ''],
  ],
  sv: [
    ['arna', ''],
    ['erna', ''],
    ['orna', ''],
    ['ar', ''],
    ['er', ''],
    ['or', ''],
    ['en', ''],
    ['et', ''],
    ['na', ''],
    ['a', ''],
    ['e', ''],
    ['n', ''],
    ['s', ''],
  ],
  da: [
    ['erne', ''],
    ['ene', ''],
    ['er', ''],
    ['en', ''],
    ['et', ''],
    ['ne', ''],
    ['e', ''],
    ['r', ''],
    ['s', ''],
  ],
  no: [
    ['ene', ''],
    ['er', ''],
    ['en', ''],
    ['et', ''],
    ['a', ''],
    ['e', ''],
    ['r', ''],
    ['s', ''],
  ],
};

/** True when one-word terms of this language are checked word by word (see INFLECTIONS). */
export function checksInflection(lang: string): boolean {
  return lang in INFLECTIONS;
}

/** A folded word and the bases it has with one inflection ending taken off ("shoes" → shoes, shoe, sho). */
function inflectionBases(word: string, lang: string): string[] {
  const out = [word];
  for (const [ending, base] of INFLECTIONS[lang] ?? [])
    if (word.length - ending.length >= MIN_WORD && word.endsWith(ending))
      out.push(word.slice(0, word.length - ending.length) + base);
  return out;
}

/**
 * True when a folded page word is one of the given folded term words up to an inflection ending: "boots" and
 * "boot", "lámparas" and "lámpara", never "highlights" and "highlighters" or "vida" and "vídeos".
 */
export function sameWordInflected(word: string, termWords: readonly string[], lang: string): boolean {
  if (termWords.includes(word)) return true;
  const bases = inflectionBases(word, lang);
  return termWords.some((t) => inflectionBases(t, lang).some((b) => bases.includes(b)));
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
