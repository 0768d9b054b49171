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
 * one of these endings (Russian and Ukrainian: case endings, and the fleeting vowel of сумок/игрушек). Languages
 * missing here (Polish, Turkish…) have their stems trusted as they are.
 */
/** Endings that come off whole, written as one `|` list. */
const plainEndings = (list: string): [string, string][] => list.split('|').map((e) => [e, '']);

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
  ru: [
    ['ок', 'к'],
    ['ек', 'к'],
    ...plainEndings(
      'ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ам|ям|ах|ях|ов|ев|ью|ию|ия|ие|ий|ый|ая|яя|ое|ее|ые|ую|юю|ым|им|ых|их|а|я|о|е|ы|и|у|ю|ь',
    ),
  ],
  uk: [
    ['ок', 'к'],
    ['ек', 'к'],
    ...plainEndings('ами|ями|ого|ому|ими|ої|ою|ею|ом|ем|ам|ям|ах|ях|ів|їв|ей|ий|ій|ая|а|я|о|е|и|і|ї|у|ю|ь'),
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

/**
 * Shortest base an ending may leave, where three letters are too few: Russian stems that short are other words
 * ("сеть" network and "сетю" shochu share `сет`).
 */
const MIN_BASE: Record<string, number> = { ru: 4, uk: 4 };

/** A folded word and the bases it has with one inflection ending taken off ("shoes" → shoes, shoe, sho). */
function inflectionBases(word: string, lang: string, min?: number): string[] {
  const out = [word];
  for (const [ending, base] of INFLECTIONS[lang] ?? [])
    if (
      (min ? word.length - ending.length + base.length >= min : word.length - ending.length >= MIN_WORD) &&
      word.endsWith(ending)
    )
      out.push(word.slice(0, word.length - ending.length) + base);
  return out;
}

/**
 * True when a folded page word is one of the given folded term words up to an inflection ending: "boots" and
 * "boot", "lámparas" and "lámpara", never "highlights" and "highlighters" or "vida" and "vídeos".
 */
export function sameWordInflected(word: string, termWords: readonly string[], lang: string): boolean {
  if (termWords.includes(word)) return true;
  const min = MIN_BASE[lang];
  if (min) {
    // One word is the other with an ending ("дома" of "дом", "фар" of "фары"), or both share a base long enough
    // to be a word ("сумки" and "сумкам" share `сумк`; "сеть" and "сетю" only `сет`).
    if (inflectionBases(word, lang).some((b) => termWords.includes(b))) return true;
    if (termWords.some((t) => inflectionBases(t, lang).includes(word))) return true;
  }
  const bases = inflectionBases(word, lang, min);
  return termWords.some((t) => inflectionBases(t, lang, min).some((b) => bases.includes(b)));
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
