/**
 * Per-language stemming with @orama/stemmers (Snowball ports), plus a light suffix rule that works across
 * languages when the page's language is unknown or the keyword is in another language than the page.
 */
import { stemmer as da } from '@orama/stemmers/danish';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as ru } from '@orama/stemmers/russian';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { stemmer as tr } from '@orama/stemmers/turkish';

type Stemmer = (word: string) => string;
export const STEMMERS: Record<string, Stemmer> = { da, nl, en, fr, de, it, pt, ru, es, sv, tr };

/** Stems shorter than this are not trusted: the word must match whole (so "led" never becomes "le"). */
export const MIN_STEM = 3;

/** Primary language subtag of a BCP 47 tag ('de-DE' → 'de'), 'en' when unknown or unsupported. */
export function stemLang(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary in STEMMERS ? primary : 'en';
}

/** Stems a folded word in the given language; words of 3 letters or fewer are kept whole. */
const stemCache = new Map<string, string>();

export function stem(word: string, lang: string): string {
  if (word.length <= MIN_STEM || /^\p{N}+$/u.test(word)) return word;
  const l = stemLang(lang);
  const key = `${l}:${word}`;
  let out = stemCache.get(key);
  if (out === undefined) {
    out = (STEMMERS[l] ?? en)(word);
    if (out.length < MIN_STEM) out = word;
    // Pages repeat the same words; a bounded memo keeps classify in the low milliseconds.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(key, out);
  }
  return out;
}

// Plural and case endings of the languages the reps' buyers write in, longest first. Stripped once, and only
// when at least 4 letters remain, so "lamparas"→"lampar", "leuchten"→"leucht", "светильники"→"светильник".
const LIGHT_ENDINGS = [
  'iones',
  'ungen',
  'ones',
  'ами',
  'ями',
  'ого',
  'ому',
  'ies',
  'ый',
  'ое',
  'ие',
  'ых',
  'ым',
  'es',
  'en',
  'er',
  'as',
  'os',
  'ов',
  'ев',
  'ей',
  'ой',
  'ые',
  'ий',
  'ая',
  's',
  'e',
  'n',
  'a',
  'o',
  'i',
  'ы',
  'и',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'о',
];

const PT_PLURALS: [string, string][] = [
  ['oes', 'ao'],
  ['eis', 'el'],
  ['ais', 'al'],
  ['ois', 'ol'],
];

/** Language-neutral stem: strips one common plural/case ending. */
export function lightStem(word: string): string {
  if (word.length <= 4 || /^\p{N}+$/u.test(word)) return word;
  // Portuguese plurals that rewrite the stem: painéis→painel, metais→metal, lençóis→lençol, ligações→ligação.
  for (const [plural, singular] of PT_PLURALS)
    if (word.endsWith(plural)) return word.slice(0, -plural.length) + singular;
  for (const ending of LIGHT_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}
