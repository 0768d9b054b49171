/**
 * Everything grading reads from a site's words other than product names, from the lexicons of the page's
 * language and English (lib/lexicon): the buyer type (DOMAIN.md §3), whether the site trades in goods at all,
 * listing and directory cues, and size signals. Profile-independent: shown as soon as a page is read.
 */
import { lexiconsFor } from '../lexicon/index';
import type { Lexicon } from '../lexicon/types';
import type { BuyerType, BuyerTypeSuggestion, PageCapture, Reason } from '../model';
import { type CompiledCue, type CueText, compileList, cueRanges, findCue } from './cue-text';
import {
  BUYER_MIN_SCORE,
  BUYER_SECONDARY_SHARE,
  BUYER_TIE_ORDER,
  CART_CONTROL_WEIGHT,
  CUE_WEIGHT,
  PRODUCT_CARD_WEIGHT,
  SIZE_MIN,
  STORE_HOURS_SPAN,
  TRADE_OVER_RETAIL_SHARE,
} from './rules';

type Trader = Exclude<BuyerType, 'unknown'>;
const TRADERS: Trader[] = ['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer'];
/**
 * Types whose strong cues are the company speaking of itself ("официальный дистрибьютор", "direct importer"), so
 * they lead however big its web shop is; "made in France" or "wholesale" on a shop describe goods or a side door.
 */
const SAYS_ITSELF = new Set<Trader>(['distributor', 'importer']);

interface CompiledLexicon {
  buyer: Record<Trader, { cue: CompiledCue; weight: number }[]>;
  notTraderStrong: CompiledCue[];
  notTrader: CompiledCue[];
  listing: CompiledCue[];
  directory: CompiledCue[];
  size: { kind: string; cues: CompiledCue[] }[];
  hours: CompiledCue[];
  saturday: CompiledCue[];
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();
function compiled(lexicon: Lexicon): CompiledLexicon {
  let out = compiledCache.get(lexicon);
  if (!out) {
    const buyer = {} as CompiledLexicon['buyer'];
    for (const type of TRADERS) {
      const b = lexicon.buyer[type];
      buyer[type] = [
        ...compileList(b.strong).map((cue) => ({ cue, weight: CUE_WEIGHT.strong })),
        ...compileList(b.normal).map((cue) => ({ cue, weight: CUE_WEIGHT.normal })),
        ...compileList(b.weak ?? '').map((cue) => ({ cue, weight: CUE_WEIGHT.weak })),
      ];
    }
    out = {
      buyer,
      notTraderStrong: compileList(lexicon.notTrader.strong),
      notTrader: compileList(lexicon.notTrader.normal),
      listing: compileList(lexicon.listing),
      directory: compileList(lexicon.directory),
      hours: compileList(lexicon.storeHours.hours),
      saturday: compileList(lexicon.storeHours.saturday),
      size: (Object.keys(lexicon.size) as (keyof Lexicon['size'])[]).map((kind) => ({
        kind,
        cues: compileList(lexicon.size[kind]),
      })),
    };
    compiledCache.set(lexicon, out);
  }
  return out;
}

function lexicons(lang: string): CompiledLexicon[] {
  return lexiconsFor(lang).map(compiled);
}

function list(items: string[], max = 6): string {
  const unique = [...new Set(items)];
  return unique.length > max ? `${unique.slice(0, max).join(', ')}, …` : unique.join(', ');
}

/** Cue hits of one list, one per distinct cue, the longer cue winning where one contains another. */
function hits(text: CueText, cues: CompiledCue[]): string[] {
  const found: { cue: CompiledCue; written: string }[] = [];
  for (const cue of cues) {
    const hit = findCue(text, cue);
    if (hit) found.push({ cue, written: hit.written });
  }
  return found
    .filter(
      (f) =>
        !found.some(
          (o) =>
            o !== f &&
            o.cue.source.length > f.cue.source.length &&
            o.cue.source.includes(f.cue.source.replace(/^=/, '')),
        ),
    )
    .map((f) => f.written);
}

/**
 * "Opening hours … Saturday 9:30–17:00" as the page wrote it, or null: a shop open on Saturday is a storefront.
 * The Saturday must follow the heading closely, with its times (a timetable), not turn up anywhere on the page.
 */
export function saturdayHours(text: CueText, lexicon: CompiledLexicon): string | null {
  const saturdays = lexicon.saturday.flatMap((cue) => cueRanges(text, cue));
  if (!saturdays.length) return null;
  for (const cue of lexicon.hours)
    for (const [start, end] of cueRanges(text, cue, 20)) {
      // …with its times ("zaterdag 09:30 - 17:00"), not "Samstag geschlossen".
      const day = saturdays.find(
        ([s, e]) => s > start && s - end <= STORE_HOURS_SPAN && /\d/.test(text.original.slice(e, e + 25)),
      );
      if (day) return `${text.original.slice(start, end)} … ${text.original.slice(day[0], day[1])}`;
    }
  return null;
}

/**
 * The buyer type from cues in the site's words and the shop furniture the capture counted (cart buttons, product
 * cards): each type scores its cues' weights; on a tie the rarer, more telling type leads (every kind of business
 * may run a web shop, few make or import).
 */
export function suggestBuyerType(captures: PageCapture[], text: CueText, lang: string): BuyerTypeSuggestion {
  const scores = new Map<Trader, { score: number; cues: string[]; strong: boolean }>();
  for (const type of TRADERS) scores.set(type, { score: 0, cues: [], strong: false });
  const counted = new Set<string>();
  for (const lexicon of lexicons(lang)) {
    for (const type of TRADERS) {
      const entry = scores.get(type)!;
      const found: { written: string; weight: number; source: string }[] = [];
      for (const { cue, weight } of lexicon.buyer[type]) {
        const hit = findCue(text, cue);
        if (hit) found.push({ written: hit.written, weight, source: cue.source.replace(/^=/, '') });
      }
      for (const f of found) {
        // "distribuidor" inside "distribuidor autorizado" is one cue, not two: the longer, more telling one counts.
        if (found.some((o) => o !== f && o.source.length > f.source.length && o.source.includes(f.source)))
          continue;
        const key = `${type}:${f.written.toLowerCase()}`;
        if (counted.has(key)) continue;
        // The same across lexicons: English "fabrication" inside the French page's "Fabrication française".
        const written = f.written.toLowerCase();
        if (entry.cues.some((c) => c.toLowerCase().includes(written))) continue;
        counted.add(key);
        entry.score += f.weight;
        entry.strong ||= f.weight >= CUE_WEIGHT.strong;
        entry.cues.push(f.written);
      }
    }
  }
  for (const lexicon of lexicons(lang)) {
    const hours = saturdayHours(text, lexicon);
    const retail = scores.get('retailer')!;
    if (hours && !retail.cues.includes(hours)) {
      retail.score += CUE_WEIGHT.strong;
      retail.cues.push(hours);
      break;
    }
  }
  const cart = captures.reduce((n, c) => n + c.counts.cartControls, 0);
  const cards = captures.reduce((n, c) => n + c.counts.productCards, 0);
  const retail = scores.get('retailer')!;
  if (cart > 0) {
    retail.score += CART_CONTROL_WEIGHT;
    retail.cues.unshift(`cart ×${cart}`);
  }
  if (cards > 0) retail.score += PRODUCT_CARD_WEIGHT;
  const ranked = [...scores.entries()].sort(
    (a, b) => b[1].score - a[1].score || BUYER_TIE_ORDER.indexOf(a[0]) - BUYER_TIE_ORDER.indexOf(b[0]),
  );
  // Nearly every business runs a web shop now, so cart and shop words only say "retailer" when nothing more
  // telling is said: a shop that also sells "оптом" is a wholesaler with a retail counter, a brand with its own
  // store a manufacturer. A trade type leads once its cues reach the minimum and half the retail score (a big
  // shop's one "оптовым покупателям" link does not make it a wholesaler), or says outright what the company is;
  // retail is then second.
  const retailScore = scores.get('retailer')!.score;
  const trade = ranked.filter(
    ([type, e]) =>
      type !== 'retailer' &&
      e.score >= BUYER_MIN_SCORE &&
      ((e.strong && SAYS_ITSELF.has(type)) || e.score >= retailScore * TRADE_OVER_RETAIL_SHARE),
  );
  if (trade.length && ranked[0]?.[0] === 'retailer') {
    const retailEntry = ranked[0];
    ranked.splice(0, 1);
    ranked.splice(ranked.indexOf(trade[0]!) + 1, 0, retailEntry);
  }
  const [first, second] = ranked;
  const total = ranked.reduce((s, [, e]) => s + e.score, 0);
  if (!first || first[1].score < BUYER_MIN_SCORE) {
    return { value: 'unknown', secondary: null, confidence: 0, reasons: [{ key: 'classify.buyer.none' }] };
  }
  const reasons: Reason[] = [{ key: `classify.buyer.${first[0]}`, params: { cues: list(first[1].cues) } }];
  let secondary: BuyerType | null = null;
  if (
    second &&
    second[1].score >= BUYER_MIN_SCORE &&
    (second[1].score >= first[1].score * BUYER_SECONDARY_SHARE || second[0] === 'retailer')
  ) {
    secondary = second[0];
    reasons.push({ key: `classify.buyer.${second[0]}`, params: { cues: list(second[1].cues) } });
  }
  const confidence = Math.round((first[1].score / total) * Math.min(1, first[1].score / 8) * 100) / 100;
  return { value: first[0], secondary, confidence, reasons };
}

/** Cues that the site trades in no goods; null when none. */
export function notTraderCues(text: CueText, lang: string): { cues: string[]; strong: boolean } | null {
  const strong: string[] = [];
  const normal: string[] = [];
  for (const lexicon of lexicons(lang)) {
    strong.push(...hits(text, lexicon.notTraderStrong));
    normal.push(...hits(text, lexicon.notTrader));
  }
  if (!strong.length && !normal.length) return null;
  return { cues: [...new Set([...strong, ...normal])].slice(0, 12), strong: strong.length > 0 };
}

/** Listing cues and directory-only cues found in the site's words. */
export function listingCues(text: CueText, lang: string): { listing: string[]; directory: string[] } {
  const listing: string[] = [];
  const directory: string[] = [];
  for (const lexicon of lexicons(lang)) {
    listing.push(...hits(text, lexicon.listing));
    directory.push(...hits(text, lexicon.directory));
  }
  return { listing: [...new Set(listing)], directory: [...new Set(directory)] };
}

/**
 * Size signals: a number followed by a unit word ("120 stores", "30 countries") or a year after a founding word
 * ("since 1987"). Numbers are read from the few words around each unit word, never by scanning digits.
 */
export function sizeSignals(text: CueText, lang: string): { kind: string; text: string; weight: number }[] {
  const out: { kind: string; text: string; weight: number }[] = [];
  for (const lexicon of lexicons(lang)) {
    for (const { kind, cues } of lexicon.size) {
      if (out.some((s) => s.kind === kind)) continue;
      for (const cue of cues) {
        const signal = sizeAt(text, cue, kind);
        if (signal) {
          out.push(signal);
          break;
        }
      }
    }
  }
  return out;
}

function numberBefore(text: CueText, at: number): number | null {
  // "1.200 Mitarbeiter", "1 200 сотрудников", "500+ stores": up to three number groups right before the unit.
  let digits = '';
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = text.words[k]!;
    if (!/^\d{1,4}$/.test(w)) break;
    digits = w + digits;
    const gap = text.original.slice(text.ends[k - 1] ?? 0, text.starts[k]);
    if (k > 0 && !/^[\s.,’'\u00a0\u202f]?$/.test(gap)) break;
  }
  return digits ? Number(digits) : null;
}

function sizeAt(
  text: CueText,
  cue: CompiledCue,
  kind: string,
): { kind: string; text: string; weight: number } | null {
  if (cue.cjk || !cue.words.length) return null;
  const first = cue.words[0]!;
  const positions: number[] = [];
  for (const [word, at] of text.at) if (word.startsWith(first)) positions.push(...at);
  for (const at of positions.slice(0, 200)) {
    if (kind === 'founded') {
      const year = text.words[at + cue.words.length];
      if (year && /^(1[89]\d\d|20[0-2]\d)$/.test(year))
        return {
          kind,
          text: `${text.original.slice(text.starts[at]!, text.ends[at + cue.words.length]!)}`,
          weight: 0.5,
        };
      continue;
    }
    const n = numberBefore(text, at);
    if (n !== null && n >= (SIZE_MIN[kind] ?? Number.POSITIVE_INFINITY)) {
      const from = text.starts[Math.max(0, at - 1)]!;
      return { kind, text: text.original.slice(from, text.ends[at + cue.words.length - 1]!), weight: 1 };
    }
  }
  return null;
}
