/**
 * Word- and inflection-aware keyword matching. A {@link TextIndex} is built once per text (a page block) and
 * queried with compiled {@link Term}s: lamp/lamps, Leuchte/Leuchten, lámpara/lámparas match; "led" does not
 * match inside "sealed"; multi-word terms must appear in order; CJK terms match by substring; German-style
 * compounds match on their head ("Feuchtraumleuchten" contains the term "Leuchte").
 */
import { CJK, fold, tokenize } from './normalize';
import { lightStem, stem, stemLang } from './stem';

export { CJK, fold, tokenize } from './normalize';
export { lightStem, stem, stemLang } from './stem';

/** A keyword prepared for matching: its word stems under both stemming schemes, or a folded CJK string. */
export interface Term {
  /** The keyword as the rep wrote it (for reasons). */
  source: string;
  /** Folded words. */
  words: string[];
  cjk: string | null;
  /**
   * Also match a one-word term as the first part of a compound (de/nl/sv/da): "Licht" in "Lichtplanung". Right for
   * trade words (the modifier names the domain: Lichtplanung is lighting work) but not for product words, whose
   * compound is another product ("LED-Panel-Halterung" is a bracket), so only same-industry terms set it.
   */
  modifier: boolean;
}

/** Options for {@link compileTerm}. */
export interface TermOptions {
  /** Match as a compound's first part too (see {@link Term.modifier}). */
  modifier?: boolean;
}

/** Prepares a keyword for matching. */
export function compileTerm(keyword: string, options: TermOptions = {}): Term {
  const folded = fold(keyword.trim());
  const words = tokenize(keyword);
  return {
    source: keyword.trim(),
    words,
    cjk: CJK.test(folded) ? folded.replace(/\s+/g, '') : null,
    modifier: Boolean(options.modifier) && words.length === 1,
  };
}

/** A tokenised, stemmed text ready for many term look-ups. */
export interface TextIndex {
  lang: string;
  folded: string;
  tokens: string[];
  stems: string[];
  light: string[];
  /** English stems, for English keywords on pages in other languages. */
  en: string[];
}

/** Compound languages: a term may match the end of a longer word (Feuchtraum|leuchten). */
const COMPOUND_LANGS = new Set(['de', 'nl', 'sv', 'da']);
/** A compound head must be at least this long, so short words never match inside others. */
const MIN_COMPOUND_HEAD = 5;
/** What follows a compound's first part must be a word of its own (Licht|planung, not Licht|ung). */
const MIN_COMPOUND_REST = 4;

/** Indexes a text in a page language (BCP 47; '' for unknown). */
export function indexText(text: string, lang: string): TextIndex {
  const l = stemLang(lang);
  const tokens = tokenize(text);
  return {
    lang: l,
    folded: fold(text).replace(/\s+/g, ''),
    tokens,
    stems: tokens.map((t) => stem(t, l)),
    light: tokens.map(lightStem),
    en: l === 'en' ? tokens.map((t) => stem(t, l)) : tokens.map((t) => stem(t, 'en')),
  };
}

/** A term word's forms, computed once per page language. */
interface WordForms {
  word: string;
  stem: string;
  light: string;
  en: string;
}
const formsCache = new Map<string, WordForms>();
function formsOf(word: string, lang: string): WordForms {
  const key = `${lang}:${word}`;
  let forms = formsCache.get(key);
  if (!forms) {
    forms = { word, stem: stem(word, lang), light: lightStem(word), en: stem(word, 'en') };
    if (formsCache.size > 20_000) formsCache.clear();
    formsCache.set(key, forms);
  }
  return forms;
}

function wordMatches(index: TextIndex, i: number, w: WordForms, modifier = false): boolean {
  const token = index.tokens[i]!;
  const { word } = w;
  if (token === word) return true;
  if (word.length <= 3) return token === `${word}s`; // "LED" ~ "LEDs", never "sealed" or "led" inside words
  if (index.stems[i] === w.stem || index.light[i] === w.light) return true;
  // English plural/Snowball variants of a keyword written in English on a non-English page.
  if (index.en[i] === w.en) return true;
  if (COMPOUND_LANGS.has(index.lang) && word.length >= MIN_COMPOUND_HEAD && token.length > word.length) {
    if (index.light[i]!.endsWith(w.light) && w.light.length >= MIN_COMPOUND_HEAD - 1) return true;
    if (modifier && token.length - word.length >= MIN_COMPOUND_REST) {
      // Leuchte → Leuchtenhersteller: the first part may carry a linking -n/-s, so compare the light stem.
      if (token.startsWith(word) || token.startsWith(w.light)) return true;
    }
  }
  return false;
}

/**
 * Positions (token indexes) where the term starts; for CJK terms, one entry per substring occurrence.
 * @example findTerm(indexText('Sealed LED lamps', 'en'), compileTerm('lamp')) // [2]
 */
export function findTerm(index: TextIndex, term: Term): number[] {
  if (term.cjk) {
    const hits: number[] = [];
    for (let at = index.folded.indexOf(term.cjk); at >= 0; at = index.folded.indexOf(term.cjk, at + 1))
      hits.push(-1 - at);
    return hits;
  }
  if (term.words.length === 0) return [];
  const words = term.words.map((w) => formsOf(w, index.lang));
  const hits: number[] = [];
  for (let i = 0; i + words.length <= index.tokens.length; i++) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) ok = wordMatches(index, i + w, words[w]!, term.modifier);
    if (ok) hits.push(i);
  }
  return hits;
}

/** True when the text contains the keyword as a word (any inflection). */
export function matchesKeyword(text: string, keyword: string, lang = ''): boolean {
  return findTerm(indexText(text, lang), compileTerm(keyword)).length > 0;
}
