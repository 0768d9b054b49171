/**
 * The lexicons by language: one hand-written module per language of the vocabulary (`<lang>.ts`), each holding the
 * words grading reads besides product names — page furniture (navigation, account, cart, legal, language names,
 * opening hours…), buyer-type cues, non-trader cues, listing and directory cues, and size units (see types.ts for
 * how entries are matched). A page is read with its own language's lexicon and English, because almost every site
 * mixes in English ("Login", "Wishlist", "B2B", "OEM").
 */
import type { VocabularyLang } from '../vocabulary/source';
import { ar } from './ar';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sv } from './sv';
import { tr } from './tr';
import type { Lexicon } from './types';
import { uk } from './uk';
import { zh } from './zh';

/** Every lexicon, keyed by its primary language subtag. */
export const LEXICONS: Record<VocabularyLang, Lexicon> = {
  en,
  zh,
  ru,
  uk,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  cs,
  tr,
  ja,
  ko,
  ar,
  sv,
  da,
  no,
};

/** Primary subtags that name a language we hold under another code (Norwegian Bokmål and Nynorsk). */
const ALIASES: Record<string, VocabularyLang> = { nb: 'no', nn: 'no' };

/**
 * The lexicons to read a page with: its language's (primary subtag, any case: 'zh-TW' → zh, 'nb' → no), then
 * English; only English for a language we have no lexicon for.
 * @example lexiconsFor('de-AT') // [de, en]
 */
export function lexiconsFor(lang: string): Lexicon[] {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const key = ALIASES[primary] ?? primary;
  const own = Object.hasOwn(LEXICONS, key) ? LEXICONS[key as VocabularyLang] : undefined;
  return own && own !== en ? [own, en] : [en];
}
