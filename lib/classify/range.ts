/**
 * The product range as a page shows it, before any profile is applied: menu entries, product-card names, JSON-LD
 * products and headings, each with the weight its place deserves (a category menu says more about what a company
 * sells than a blog heading). Page furniture is dropped here — navigation, account, cart, legal, language and
 * opening-hours entries in every lexicon language — and so are sentences, contact lines and menus run together.
 * What is left is kept with the saved prospect, so a profile edit can re-grade it without re-scanning.
 */
import { lexiconsFor } from '../lexicon/index';
import { fold, wordCount } from '../match/normalize';
import type { PageCapture, RangeCandidate, Zone } from '../model';
import { jsonLdFacts } from './jsonld';
import {
  BODY_MENU_MAX_WORDS,
  MENU_BLOCK_MIN_LINES,
  MENU_BLOCK_SHORT_SHARE,
  BODY_MENU_WEIGHT,
  MAX_CATEGORY_WORDS,
  MAX_RANGE_ITEMS,
  MAX_RANGE_TEXT,
  MENU_RUN_NAV_WORDS,
  MIN_MENU_ITEMS,
  PRICE_RE,
  RANGE_ZONE_WEIGHT,
} from './rules';

const navWordCache = new Map<string, Set<string>>();

/**
 * Folded single words that make up page furniture in the page's language and English; the small words that join
 * them ("of", "de") are in the set as `~of`, `~de`.
 */
export function navWords(lang: string): Set<string> {
  const key = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  let words = navWordCache.get(key);
  if (!words) {
    words = new Set<string>();
    for (const lexicon of lexiconsFor(key))
      for (const entry of lexicon.nav.split('|')) {
        const glue = entry.startsWith('~');
        for (const w of fold(entry).match(/[\p{L}\p{N}]+/gu) ?? []) words.add(glue ? `~${w}` : w);
      }
    navWordCache.set(key, words);
  }
  return words;
}

/** True when a text is made only of page-furniture words and the small words joining them (or of no words). */
export function isFurniture(text: string, nav: Set<string>): boolean {
  const words = (fold(text).match(/[\p{L}]+/gu) ?? []).filter((w) => !nav.has(`~${w}`) || nav.has(w));
  return words.every((w) => nav.has(w));
}

/**
 * Why a menu line is not a product category, or null when it may be one: a sentence (cookie notice, forum
 * question), contact details, or words run together by a page builder ("LeistungenProjekteBüroKontakt").
 */
export function notACategory(text: string, nav: Set<string>): 'sentence' | 'contact' | 'glued' | null {
  if (/[.!?…。！？]$/.test(text) || /^(re|aw|fw|wg)\s*:/i.test(text)) return 'sentence';
  if (/@|https?:|www\./.test(text) || /\d[\d\s().+/-]{6,}\d/.test(text.slice(0, 200))) return 'contact';
  if (/:\s*\+?\d/.test(text)) return 'contact';
  // Opening hours and timetables ("10:00 Uhr Anfänger", "Пн–Пт 9.00–18.00").
  if (/(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/.test(text)) return 'contact';
  // A label waiting for its value ("Телефон:", "Plaats:", "Ваша корзина:"), a filter facet ("Фара: есть"), a
  // caption ("Casacos: para nos manter aquecidas") or a form field ("* Required field") is not a category.
  if (/:$/.test(text) || /^\*/.test(text)) return 'contact';
  if (/:\s+\p{Ll}/u.test(text)) return 'sentence';
  if (/\p{Ll}{2}\p{Lu}\p{Ll}{2}/u.test(text)) return 'glued';
  // A whole menu on one line ("Leistungen Projekte Büro Kontakt"): several navigation words are not one category.
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => nav.has(w)).length >= MENU_RUN_NAV_WORDS) return 'glued';
  return null;
}

/** A menu entry without the item count builders print beside it ("Люстры 412", "Pendants (38)"). */
function withoutCount(text: string): string {
  return text.replace(/\s+\(?\d+\)?$/u, '').trim();
}

/** Many lines, nearly all of them a few words without digits: a menu, not one product's card. */
function isMenuBlock(lines: string[]): boolean {
  if (lines.length < MENU_BLOCK_MIN_LINES) return false;
  const short = lines.filter((l) => wordCount(l) <= BODY_MENU_MAX_WORDS + 2 && !/\d/.test(l));
  return short.length >= lines.length * MENU_BLOCK_SHORT_SHARE;
}

/**
 * A product card's name without its price, stock or button text: the card's first line, cut before the first
 * price ("Sedia da ufficio Ergo One189,00 €" → "Sedia da ufficio Ergo One").
 */
export function productName(card: string): string {
  const first = (card.split('\n').find((l) => l.trim()) ?? '').slice(0, 300);
  const price = PRICE_RE.exec(first);
  return (price ? first.slice(0, price.index) : first).trim();
}

/** The page's language for look-ups: what it declares, else what the scanner guessed from its text. */
export function pageLang(captures: PageCapture[], guessed: string): string {
  const declared = captures.find((c) => c.lang)?.lang ?? '';
  return (declared || guessed).toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The range candidates of the captured pages, deduplicated, furniture removed, capped. */
export function rangeCandidates(captures: PageCapture[], lang: string): RangeCandidate[] {
  const nav = navWords(lang);
  const seen = new Set<string>();
  const items: RangeCandidate[] = [];
  const add = (raw: string, zone: Zone, weight: number): void => {
    if (items.length >= MAX_RANGE_ITEMS) return;
    const spaced = raw
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_RANGE_TEXT * 2);
    // Only menus print counts; in a heading or a product name a trailing number is a year or a size.
    const text = zone === 'nav' ? withoutCount(spaced) : spaced;
    if (!text || text.length > MAX_RANGE_TEXT) return;
    const key = fold(text);
    if (seen.has(key) || isFurniture(text, nav) || notACategory(text, nav)) return;
    if (wordCount(key) > MAX_CATEGORY_WORDS) return;
    seen.add(key);
    items.push({ text, zone, weight });
  };
  for (const capture of captures) {
    for (const block of capture.blocks) {
      const weight = RANGE_ZONE_WEIGHT[block.zone];
      if (weight === undefined || block.zone === 'jsonld') continue;
      if (block.zone === 'product') {
        const lines = block.text.split('\n').filter((l) => l.trim());
        // A "card" of a hundred short lines is a mega-menu the page built from product-looking markup.
        if (isMenuBlock(lines)) {
          for (const line of lines) add(line, 'nav', RANGE_ZONE_WEIGHT.nav ?? weight);
          continue;
        }
        add(productName(block.text), 'product', weight);
        continue;
      }
      for (const part of block.text.split(/\n|\s[|·•›»]\s/)) add(part, block.zone, weight);
    }
    for (const name of jsonLdFacts(capture).productNames) add(name, 'jsonld', RANGE_ZONE_WEIGHT.jsonld ?? 1);
  }
  if (items.filter((i) => i.zone === 'nav' || i.zone === 'jsonld').length < MIN_MENU_ITEMS) {
    // Menus built from plain lists (page builders, Tilda, old templates) reach us as body text: take its short
    // lines without prices or digits as menu entries, at a lower weight.
    for (const capture of captures) {
      for (const block of capture.blocks) {
        if (block.zone !== 'body') continue;
        for (const line of block.text.split('\n')) {
          if (wordCount(line) <= BODY_MENU_MAX_WORDS && !/\d/.test(line)) add(line, 'body', BODY_MENU_WEIGHT);
        }
      }
    }
  }
  return items;
}
