/**
 * The hand-written part of the product vocabulary, as people write it. The skeleton is the Google product taxonomy
 * (one tree, the same category IDs in 17 languages; see tests/tools/build-vocabulary.ts); the files in `terms/` add
 * what that tree lacks: the words shops put in their menus ("Кроссовки", "Sneaker", "拖鞋"), finer kinds than the
 * tree has (sneakers, boots under Shoes), and languages it does not cover (Korean, Arabic, Ukrainian).
 *
 * How the words are matched (lib/vocabulary/match.ts): text is folded (lower case, accents stripped, ß→ss, ё→е),
 * split into words and stemmed in the page's language (Snowball for en de fr es it pt nl ru uk sv da no tr ar; a
 * light plural rule elsewhere); a term matches where all its words appear in a row. Chinese, Japanese and Korean
 * terms match as substrings. So write the base form a menu uses; add the plural where no stemmer helps (pl, cs, ko…).
 */

/** Language codes the vocabulary and the lexicons use (primary BCP 47 subtags). */
export const VOCABULARY_LANGS = [
  'en',
  'zh',
  'ru',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'tr',
  'ja',
  'ko',
  'ar',
  'sv',
  'da',
  'no',
] as const;
export type VocabularyLang = (typeof VOCABULARY_LANGS)[number];

/**
 * One entry of the hand-written vocabulary.
 * @example { id: 187, words: { ru: 'обувь|башмаки', ko: '신발' } } // more words for the taxonomy's Shoes
 * @example { id: 'sneakers', parent: 187, name: 'Sneakers', words: { en: 'sneakers|trainers', ru: 'кроссовки|кеды' } }
 */
export interface ConceptSource {
  /** A Google product taxonomy ID (the entry adds words to that category) or a new concept's kebab-case id. */
  id: number | string;
  /** For a new concept: the taxonomy ID (or concept id) it is a kind of. */
  parent?: number | string;
  /** For a new concept: its English name, shown in reasons ("Кроссовки → Sneakers"). */
  name?: string;
  /** Words by language, `|`-separated. */
  words: Partial<Record<VocabularyLang, string>>;
}
