/**
 * The product vocabulary: one tree of product concepts (the Google product taxonomy plus finer kinds from
 * lib/vocabulary/terms/) with the words that name each concept in many languages. It answers two questions for
 * grading: which concepts a short text names ("Женская обувь" → Shoes), and how two concepts relate in the tree
 * (Sneakers is a kind of Shoes; Tyres and Brakes share Motor Vehicle Parts).
 *
 * Data is generated (tests/tools/build-vocabulary.ts) and loaded per language on demand, so the popup only pays for
 * the languages of the page and of the rep's keywords.
 */
import { CJK, fold, tokenize } from '../match/normalize';
import { hasVocabularyFile, vocabularyText } from './files';
import { sameWordInflected, vocabStem } from './stem';

/** The concept tree, by index. */
export interface ConceptTree {
  ids: string[];
  parent: number[];
  en: string[];
  zh: string[];
}

interface LangTerms {
  lang: string;
  /** Term → concept refs, read straight from the generated JSON (no copy into a Map: 50k entries per language). */
  words: { get(term: string): number[] | undefined };
  /** One-word term → the words it was written as, where the language's stems are checked (./stem.ts). */
  forms: { get(term: string): string[] | undefined };
  /** Most words in one term, so look-ups stop early. */
  maxWords: number;
  /** Longest CJK term, in characters. */
  maxCjk: number;
}

/** A loaded vocabulary: the tree plus the languages loaded so far. */
export interface Vocabulary {
  tree: ConceptTree;
  langs: Map<string, LangTerms>;
  depth: number[];
}

/** Languages with generated term files. */
export const VOCABULARY_FILES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'ja',
  'zh',
  'ko',
  'ar',
  'cs',
  'da',
  'no',
  'sv',
] as const;

/** A generated language file (tests/tools/build-vocabulary.ts). */
interface TermsJson {
  terms: Record<string, number[]>;
  forms: Record<string, string>;
}

/** True when the vocabulary has words for this language (loaded or not). */
export function isVocabularyLang(lang: string): boolean {
  return hasVocabularyFile(primaryLang(lang));
}

let shared: Vocabulary | null = null;
const loading = new Map<string, Promise<void>>();

/**
 * A language's terms for look-ups. The word and CJK-length limits are the look-ups' caps (6 words, 12 characters)
 * rather than each file's own maxima: measuring those walked every key of three files on every popup open (a
 * third of its time before the suggestion, issue 16), and a longer window than any term only costs a missed
 * look-up, never a different match.
 */
function compileLang(lang: string, json: TermsJson): LangTerms {
  const { terms, forms } = json;
  return {
    lang,
    words: { get: (term) => (Object.hasOwn(terms, term) ? terms[term] : undefined) },
    forms: { get: (term) => (Object.hasOwn(forms, term) ? forms[term]!.split('|') : undefined) },
    maxWords: MAX_TERM_WORDS,
    maxCjk: MAX_CJK_CHARS,
  };
}

const MAX_TERM_WORDS = 6;
const MAX_CJK_CHARS = 12;

function depths(parent: number[]): number[] {
  const out = new Array<number>(parent.length).fill(-1);
  const depthOf = (i: number): number => {
    if (out[i]! >= 0) return out[i]!;
    const p = parent[i]!;
    out[i] = p < 0 ? 1 : depthOf(p) + 1;
    return out[i]!;
  };
  for (let i = 0; i < parent.length; i++) depthOf(i);
  return out;
}

/** Primary language subtag, lower case. */
export function primaryLang(lang: string): string {
  return (lang.toLowerCase().split(/[-_]/)[0] ?? '').trim();
}

/**
 * Loads the tree and the given languages (unknown ones are skipped) and returns the shared vocabulary.
 * @example const vocab = await loadVocabulary(['ru', 'en']);
 */
export async function loadVocabulary(langs: string[]): Promise<Vocabulary> {
  if (!shared) {
    const tree = JSON.parse(await vocabularyText('tree')) as ConceptTree;
    shared ??= { tree, langs: new Map(), depth: depths(tree.parent) };
  }
  const vocab = shared;
  await Promise.all(
    [...new Set(langs.map(primaryLang))].map((lang) => {
      if (vocab.langs.has(lang) || !hasVocabularyFile(lang)) return Promise.resolve();
      let pending = loading.get(lang);
      if (!pending) {
        pending = vocabularyText(lang).then((m) => {
          vocab.langs.set(lang, compileLang(lang, JSON.parse(m) as TermsJson));
        });
        loading.set(lang, pending);
      }
      return pending;
    }),
  );
  return vocab;
}

/** The vocabulary loaded so far (for synchronous callers that loaded it earlier), or null. */
export function loadedVocabulary(): Vocabulary | null {
  return shared;
}

/** One place where a text names a concept. */
export interface ConceptMention {
  /** Concept indexes (several when the words are ambiguous). */
  concepts: number[];
  /** Derived from splitting a taxonomy name, not a whole name or a hand-written word. */
  weak: boolean;
  /** The words of the text that matched, as written (folded). */
  words: string;
  /** Word count of the match (CJK: characters / 2), for preferring longer matches. */
  size: number;
  lang: string;
  /** Index of the first matched word among the text's tokens (`tokenize`), -1 for CJK text. */
  start: number;
}

const COMPOUND_LANGS = new Set(['de', 'nl', 'sv', 'da', 'no']);
/** A compound's last part must be at least this long to count ("Damen|schuhe", never "…|see"). */
const MIN_COMPOUND_TAIL = 5;
/** …and its head a word of its own, not a stray letter pair ("St|reifen" is stripes, not tyres). */
const MIN_COMPOUND_HEAD = 3;

function refsToMention(
  refs: number[],
  words: string,
  size: number,
  lang: string,
  start = -1,
): ConceptMention {
  const strong = refs.filter((r) => r >= 0);
  const weak = strong.length === 0;
  return { concepts: weak ? refs.map((r) => -1 - r) : strong, weak, words, size, lang, start };
}

/**
 * The refs of a one-word key for a page word, unless the word only shares the key's stem with the term's own words
 * and is another word ("highlights" for Highlighters, "vida" for Vídeo).
 */
function singleWordRefs(word: string, key: string, terms: LangTerms): number[] | undefined {
  const refs = terms.words.get(key);
  if (!refs) return undefined;
  const forms = terms.forms.get(key);
  return !forms || sameWordInflected(word, forms, terms.lang) ? refs : undefined;
}

function mentionsInWords(tokens: string[], terms: LangTerms): ConceptMention[] {
  const stems = tokens.map((t) => vocabStem(t, terms.lang));
  const out: ConceptMention[] = [];
  for (let i = 0; i < stems.length; ) {
    let found: ConceptMention | null = null;
    for (let len = Math.min(terms.maxWords, stems.length - i); len >= 1 && !found; len--) {
      const refs =
        len === 1
          ? singleWordRefs(tokens[i]!, stems[i]!, terms)
          : terms.words.get(stems.slice(i, i + len).join(' '));
      if (refs) found = refsToMention(refs, tokens.slice(i, i + len).join(' '), len, terms.lang, i);
    }
    if (!found && COMPOUND_LANGS.has(terms.lang)) {
      // German-style compounds name the product at the end: Damen|schuhe, Kinder|fahrräder.
      const token = tokens[i]!;
      for (let k = MIN_COMPOUND_HEAD; k + MIN_COMPOUND_TAIL <= token.length && !found; k++) {
        const tail = token.slice(k);
        const refs = singleWordRefs(tail, vocabStem(tail, terms.lang), terms);
        if (refs) found = refsToMention(refs, token, 0.9, terms.lang, i);
      }
    }
    if (found) {
      out.push(found);
      i += Math.max(1, Math.round(found.size));
    } else i++;
  }
  return out;
}

const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;
const KATAKANA_CHAR = /[\p{Script=Katakana}ー]/u;

/**
 * The CJK look-up key of a text (./stem.ts `cjkKey`: folded, spaces and punctuation out) and, per position, whether
 * that character followed the previous one directly in the text (no space or mark between them).
 */
function cjkKeyWithJoins(text: string): { key: string; joined: boolean[] } {
  let key = '';
  const joined: boolean[] = [];
  let gap = true;
  for (const ch of fold(text)) {
    if (/[\s\p{P}\p{S}]/u.test(ch)) {
      gap = true;
      continue;
    }
    for (let u = 0; u < ch.length; u++) joined.push(u > 0 || !gap);
    key += ch;
    gap = false;
  }
  return { key, joined };
}

function mentionsInCjk(text: string, terms: LangTerms): ConceptMention[] {
  const { key, joined } = cjkKeyWithJoins(text);
  const gluedKatakana = (at: number, side: number) =>
    joined[at] === true && KATAKANA_CHAR.test(key[side] ?? '');
  const out: ConceptMention[] = [];
  for (let i = 0; i < key.length; ) {
    let found: ConceptMention | null = null;
    for (let len = Math.min(terms.maxCjk, key.length - i); len >= 1 && !found; len--) {
      const part = key.slice(i, i + len);
      // One Han character alone is too vague a product name (包 is bag, bun and package).
      if (len === 1 && !/[\p{Script=Hangul}]/u.test(part)) break;
      // Katakana spells loanwords whole: コード (cord) is not a product inside タワーレコード (Tower Records).
      if (KATAKANA_WORD.test(part) && (gluedKatakana(i, i - 1) || gluedKatakana(i + len, i + len))) continue;
      const refs = terms.words.get(part);
      if (refs) found = refsToMention(refs, part, len / 2, terms.lang);
    }
    if (found) {
      out.push(found);
      i += found.words.length;
    } else i++;
  }
  return out;
}

/**
 * The languages whose words a text is looked up in: the page's own language and English (menus everywhere mix it
 * in), by script where the text says more than the page tag (a Russian menu on a page tagged `en`).
 */
export function lookupLangs(text: string, pageLang: string, vocab: Vocabulary): string[] {
  const langs: string[] = [];
  const add = (l: string) => {
    if (vocab.langs.has(l) && !langs.includes(l)) langs.push(l);
  };
  const page = primaryLang(pageLang);
  if (/\p{Script=Cyrillic}/u.test(text)) {
    if (page === 'uk') add('uk');
    add('ru');
    add('uk');
  } else if (/\p{Script=Hangul}/u.test(text)) add('ko');
  else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) add('ja');
  else if (/\p{Script=Han}/u.test(text)) {
    if (page === 'ja') add('ja');
    add('zh');
    add('ja');
  } else if (/\p{Script=Arabic}/u.test(text)) add('ar');
  else {
    add(page);
    add('en');
    if (!vocab.langs.has(page) || page === '')
      for (const l of vocab.langs.keys()) if (!CJK_LANGS.has(l)) add(l);
  }
  return langs;
}

const CJK_LANGS = new Set(['zh', 'ja', 'ko', 'ar', 'ru', 'uk']);

/**
 * Concepts a short text (a menu entry, a product name, a keyword) names, best reading per language: longest
 * matches first, strong before weak. Mentions from the first language that finds any are returned.
 * @example mentionsIn('Женская обувь', 'ru', vocab)[0].concepts // [index of Shoes]
 */
export function mentionsIn(text: string, pageLang: string, vocab: Vocabulary): ConceptMention[] {
  let best: ConceptMention[] = [];
  let bestSize = 0;
  for (const lang of lookupLangs(text, pageLang, vocab)) {
    const terms = vocab.langs.get(lang)!;
    const found = CJK.test(text) ? mentionsInCjk(text, terms) : mentionsInWords(tokenize(text), terms);
    const size = found.reduce((s, m) => s + m.size - (m.weak ? 0.5 : 0), 0);
    if (size > bestSize) {
      best = found;
      bestSize = size;
    }
  }
  return best;
}

/** True when `a` is `b` or lies below it in the tree. */
export function isWithin(vocab: Vocabulary, a: number, b: number): boolean {
  for (let c = a; c >= 0; c = vocab.tree.parent[c]!) if (c === b) return true;
  return false;
}

/** The ancestor of a concept at a depth (1 = top level), or the concept itself when it is shallower. */
export function ancestorAt(vocab: Vocabulary, concept: number, depth: number): number {
  let c = concept;
  while (vocab.depth[c]! > depth) c = vocab.tree.parent[c]!;
  return c;
}

/** A concept's display name in the UI language. */
export function conceptName(vocab: Vocabulary, concept: number, uiLang: string): string {
  const zh = vocab.tree.zh[concept];
  return primaryLang(uiLang) === 'zh' && zh ? zh : (vocab.tree.en[concept] ?? '');
}

/** The concept index of a taxonomy ID or concept id, or -1. */
export function conceptIndex(vocab: Vocabulary, id: string | number): number {
  return vocab.tree.ids.indexOf(String(id));
}
