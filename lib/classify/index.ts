/**
 * The classifier: from the captured pages of one site and the rep's active profile, suggest the A–D tier and the
 * buyer type, each with reasons (message keys + params, rendered by `renderReason`). Pure and Node-safe.
 *
 * Tier (DOMAIN.md §1): the site's product range is read from menus, product cards, JSON-LD and headings (not
 * running text, so one blog mention does not make a lighting shop a furniture shop); its share that matches the
 * profile's lines gives A/B/C; size signals can lift C to B; a listing site (directory, marketplace, social) that
 * shows the product and contacts is D.
 *
 * The range is cleaned first: sentences (cookie notices, forum questions), contact lines, menus run together and
 * prices are not categories, and a product card counts as its name at half a menu entry's weight. A menu entry
 * sharing a product word with our keywords counts as half a match on a site that sells our products by name. A
 * company whose title or first headings name our products is A once its menu shows at least a B share, unless much
 * of the menu is our trade but not our products. A C needs some of our products to be lifted by size; a C without
 * them needs two same-trade menu entries or a same-trade title. News articles (JSON-LD NewsArticle) get no tier.
 */
import {
  CJK,
  compileTerm,
  findTerm,
  fold,
  indexText,
  type Term,
  type TextIndex,
  tokenize,
} from '../match/index';
import type {
  BuyerType,
  PageCapture,
  Profile,
  Reason,
  ScanResult,
  Suggestion,
  Thresholds,
  Zone,
} from '../model';
import {
  BUYER_CUES,
  BUYER_MIN_SCORE,
  BUYER_TIE_ORDER,
  BUYER_SECONDARY_SHARE,
  CART_CONTROL_WEIGHT,
  DIRECTORY_CUES,
  FREE_MAIL,
  GENERIC_NAV_WORDS,
  INDUSTRY_ONLY_C_SHARE,
  INDUSTRY_ONLY_MIN_ITEMS,
  LISTING_CUES,
  LISTING_DOMAINS,
  LISTING_MIN_CUES,
  LISTING_MIN_EXTERNAL_LINKS,
  MAX_CATEGORY_WORDS,
  MIN_RANGE_ITEMS,
  RANGE_ZONE_WEIGHT,
  BODY_MENU_MAX_WORDS,
  BODY_MENU_WEIGHT,
  IDENTITY_A_MAX_INDUSTRY_SHARE,
  IDENTITY_HEADINGS,
  MENU_RUN_NAV_WORDS,
  PARTIAL_CREDIT,
  PARTIAL_STOP_WORDS,
  PRICE_RE,
  INDUSTRY_TEXT_MIN,
  SIZE_SIGNALS,
  TEXT_ZONE_WEIGHT,
} from './rules';

interface CompiledProfile {
  lines: { name: string; terms: Term[]; words: Term[] }[];
  industry: Term[];
  exclude: Term[];
}

/**
 * The single content words of a line's keywords ("chaise" of "chaise de bureau", "LED" of "proyector LED"): a menu
 * entry sharing one is probably a variant of our product named in words the profile lacks ("Chaises opérateur",
 * "Projetores LED"). Function words and navigation words are left out.
 */
function lineWords(keywords: string[]): Term[] {
  const words = new Set<string>();
  for (const keyword of keywords) {
    if (CJK.test(keyword)) continue;
    for (const word of tokenize(keyword))
      if (
        word.length >= 3 &&
        !/^\p{N}+$/u.test(word) &&
        !GENERIC_NAV_WORDS.has(word) &&
        !PARTIAL_STOP_WORDS.has(word)
      )
        words.add(word);
  }
  return [...words].map((w) => compileTerm(w));
}

const profileCache = new WeakMap<Profile, CompiledProfile>();

function compileProfile(profile: Profile): CompiledProfile {
  let compiled = profileCache.get(profile);
  if (!compiled) {
    compiled = {
      lines: profile.lines.map((l) => ({
        name: l.name,
        terms: l.keywords.map((k) => compileTerm(k)),
        words: lineWords(l.keywords),
      })),
      industry: profile.industryKeywords.map((k) => compileTerm(k, { modifier: true })),
      exclude: profile.excludeKeywords.map((k) => compileTerm(k)),
    };
    profileCache.set(profile, compiled);
  }
  return compiled;
}

/**
 * line: names one of our products; partial: shares a product word with our keywords on a site that sells our
 * products (counted at {@link PARTIAL_CREDIT}); industry: our trade, not our product; other: anything else.
 */
type ItemKind = 'line' | 'partial' | 'industry' | 'other';

/** One entry of the site's range: a category in a menu, a product card, a JSON-LD product, a heading. */
interface RangeItem {
  text: string;
  zone: Zone;
  weight: number;
  kind: ItemKind;
  line?: string;
}

/** Token positions covered by any exclude term (a match there never counts). */
function excludedPositions(index: TextIndex, exclude: Term[]): Set<number> {
  const out = new Set<number>();
  for (const term of exclude) {
    for (const at of findTerm(index, term)) {
      if (at < 0) {
        out.add(-1); // a CJK exclude word: the whole text is excluded
        continue;
      }
      for (let k = 0; k < term.words.length; k++) out.add(at + k);
    }
  }
  return out;
}

function hasHit(index: TextIndex, terms: Term[], excluded: Set<number>): boolean {
  if (excluded.has(-1)) return false;
  return terms.some((term) => findTerm(index, term).some((at) => at < 0 || !excluded.has(at)));
}

function classifyText(
  text: string,
  lang: string,
  profile: CompiledProfile,
): { kind: ItemKind; line?: string } {
  const index = indexText(text, lang);
  const excluded = excludedPositions(index, profile.exclude);
  for (const line of profile.lines)
    if (hasHit(index, line.terms, excluded)) return { kind: 'line', line: line.name };
  if (hasHit(index, profile.industry, excluded)) return { kind: 'industry' };
  for (const line of profile.lines)
    if (hasHit(index, line.words, excluded)) return { kind: 'partial', line: line.name };
  return { kind: 'other' };
}

function isGeneric(text: string): boolean {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  return words.length === 0 || words.every((w) => GENERIC_NAV_WORDS.has(w));
}

/** Product names and categories from JSON-LD Product / ItemList / OfferCatalog bodies. */
export function jsonldProductNames(bodies: string[]): string[] {
  const names: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    const productish = type.some((t) =>
      /^(Product|ProductGroup|Offer|OfferCatalog|ListItem|ItemList|IndividualProduct|ProductModel)$/.test(t),
    );
    if (productish) {
      for (const key of ['name', 'category'])
        if (typeof obj[key] === 'string') names.push(obj[key] as string);
    }
    for (const [key, value] of Object.entries(obj)) if (key !== '@context') visit(value, depth + 1);
  };
  for (const body of bodies) {
    try {
      visit(JSON.parse(body), 0);
    } catch {
      // Broken JSON-LD is common on builder sites; its text still reaches the page blocks.
    }
  }
  return names;
}

/**
 * A product card's name without its price, stock or button text: the card's first line, cut before the first
 * price ("Sedia da ufficio Ergo One189,00 €" → "Sedia da ufficio Ergo One").
 */
export function productName(card: string): string {
  const first = card.split('\n').find((l) => l.trim()) ?? '';
  const price = PRICE_RE.exec(first);
  return (price ? first.slice(0, price.index) : first).trim();
}

/**
 * Why a menu line is not a product category, or null when it may be one: a sentence (cookie notice, forum
 * question), contact details, or words run together by a page builder ("LeistungenProjekteBüroKontakt").
 */
export function notACategory(text: string): 'sentence' | 'contact' | 'glued' | null {
  if (/[.!?…]$/.test(text) || /^(re|aw|fw|wg)\s*:/i.test(text)) return 'sentence';
  if (/@|https?:|www\.|\d[\d\s().+/-]{6,}\d/.test(text)) return 'contact';
  if (/:\s*\+?\d/.test(text)) return 'contact';
  if (/\p{Ll}{2}\p{Lu}\p{Ll}{2}/u.test(text)) return 'glued';
  // A whole menu on one line ("Leistungen Projekte Büro Kontakt"): several navigation words are not one category.
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => GENERIC_NAV_WORDS.has(w)).length >= MENU_RUN_NAV_WORDS) return 'glued';
  return null;
}

/** A menu entry without the item count builders print beside it ("Люстры 412", "Pendants (38)"). */
function withoutCount(text: string): string {
  return text.replace(/\s+\(?\d+\)?$/u, '').trim();
}

function collectRange(captures: PageCapture[], profile: CompiledProfile): RangeItem[] {
  const seen = new Set<string>();
  const items: RangeItem[] = [];
  const add = (raw: string, zone: Zone, lang: string, weight: number): void => {
    const spaced = raw.replace(/\s+/g, ' ').trim();
    // Only menus print counts; in a heading or a product name a trailing number is a year or a size.
    const text = zone === 'nav' ? withoutCount(spaced) : spaced;
    const key = fold(text);
    if (!text || seen.has(key) || isGeneric(text) || notACategory(text)) return;
    if ((key.match(/\p{L}+|\p{N}+/gu) ?? []).length > MAX_CATEGORY_WORDS) return;
    seen.add(key);
    const verdict = classifyText(text, lang, profile);
    // Headings are range only when they name our products ("Why choose us?" is not a category, and "raised
    // beds" in a garden blog heading is not furniture).
    if (zone === 'heading' && verdict.kind !== 'line') return;
    items.push({ text, zone, weight, ...verdict });
  };
  for (const capture of captures) {
    for (const block of capture.blocks) {
      const weight = RANGE_ZONE_WEIGHT[block.zone];
      if (weight === undefined || block.zone === 'jsonld') continue;
      if (block.zone === 'product') {
        add(productName(block.text), 'product', capture.lang, weight);
        continue;
      }
      for (const part of block.text.split(/\n|\s[|·•›»]\s/)) add(part, block.zone, capture.lang, weight);
    }
    for (const name of jsonldProductNames(capture.jsonld))
      add(name, 'jsonld', capture.lang, RANGE_ZONE_WEIGHT.jsonld ?? 1);
  }
  if (items.filter((i) => i.zone === 'nav' || i.zone === 'jsonld').length < MIN_RANGE_ITEMS) {
    // Menus built from plain lists (page builders, Tilda, PrestaShop, old templates) reach us as body text: take
    // its short lines without prices or digits as menu entries, at a lower weight.
    for (const capture of captures) {
      for (const block of capture.blocks) {
        if (block.zone !== 'body') continue;
        for (const line of block.text.split('\n')) {
          const words = line.trim().split(/\s+/);
          if (words.length <= BODY_MENU_MAX_WORDS && !/\d/.test(line))
            add(line, 'body', capture.lang, BODY_MENU_WEIGHT);
        }
      }
    }
  }
  return items;
}

/** Weighted keyword hits over all text, for pages without a usable menu (landing pages, listings). */
function textShares(
  captures: PageCapture[],
  profile: CompiledProfile,
): { line: number; industry: number; industryInIdentity: number; lines: Set<string> } {
  let line = 0;
  let industry = 0;
  let industryInIdentity = 0;
  const lines = new Set<string>();
  for (const capture of captures) {
    for (const block of capture.blocks) {
      const w = TEXT_ZONE_WEIGHT[block.zone];
      if (!w) continue;
      const index = indexText(block.text, capture.lang);
      const excluded = excludedPositions(index, profile.exclude);
      for (const l of profile.lines) {
        const hits = l.terms.reduce(
          (n, t) => n + findTerm(index, t).filter((at) => at < 0 || !excluded.has(at)).length,
          0,
        );
        if (hits) lines.add(l.name);
        line += w * Math.min(hits, 3);
      }
      const ind = profile.industry.reduce(
        (n, t) => n + findTerm(index, t).filter((at) => at < 0 || !excluded.has(at)).length,
        0,
      );
      industry += w * Math.min(ind, 3);
      if (block.zone === 'title' || block.zone === 'meta') industryInIdentity += w * Math.min(ind, 3);
    }
  }
  return { line, industry, industryInIdentity, lines };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** E-mail and web addresses blanked out: "wholesale@…" or "/distributor-login" are not what the company says it is. */
function withoutAddresses(text: string): string {
  return text.replace(/[^\s@<>()"',;]+@[^\s@<>()"',;]+|\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ');
}

/** The site's text folded for cue look-ups, with each folded character's position in the original text. */
interface CueText {
  folded: string;
  original: string;
  origin: number[];
}

const foldedChars = new Map<string, string>();

function cueIndex(text: string): CueText {
  // Folded one character at a time to keep each folded character's origin (ß → ss, é → e, combining marks → '').
  const parts: string[] = [' '];
  const origin: number[] = [0];
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (!lastSpace) {
          parts.push(' ');
          origin.push(i);
          lastSpace = true;
        }
      } else {
        parts.push(String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code));
        origin.push(i);
        lastSpace = false;
      }
    } else {
      const ch = String.fromCodePoint(code);
      if (/\s/u.test(ch)) {
        if (!lastSpace) {
          parts.push(' ');
          origin.push(i);
          lastSpace = true;
        }
      } else {
        let f = foldedChars.get(ch);
        if (f === undefined) {
          f = fold(ch);
          if (foldedChars.size < 10_000) foldedChars.set(ch, f);
        }
        // One entry per UTF-16 unit, so positions in the joined string line up (an emoji is two units).
        for (let k = 0; k < f.length; k++) {
          parts.push(f[k]!);
          origin.push(i);
          lastSpace = false;
        }
      }
    }
    i += size;
  }
  if (!lastSpace) {
    parts.push(' ');
    origin.push(text.length);
  }
  return { folded: parts.join(''), original: text, origin };
}

/** The words a cue matched, as the page wrote them ("Mindestbestellwert", "dédouanement"), for reasons. */
function asWritten(text: CueText, re: RegExp, fallback: string): string {
  const m = re.exec(text.folded);
  if (m === null) return fallback;
  if (!m[0].trim()) return fallback;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const end = m.index + m[0].trimEnd().length - 1;
  const from = text.origin[start];
  const to = text.origin[end];
  if (from === undefined || to === undefined) return fallback;
  // Cues match word starts ("mindestbestell"); show the whole word the page wrote ("Mindestbestellwert").
  let stop = to + String.fromCodePoint(text.original.codePointAt(to) ?? 32).length;
  // Not in Chinese or Japanese, which write no spaces: there the next letters are other words.
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  if (!cjk.test(text.original[to] ?? '')) {
    while (stop < text.original.length && /[\p{L}\p{M}\p{N}]/u.test(text.original[stop]!)) stop++;
  }
  const written = text.original.slice(from, stop);
  return written.replace(/\s+/g, ' ').trim() || fallback;
}

const cueRegexCache = new Map<string, RegExp>();
function cueRegex(cue: string): RegExp {
  let re = cueRegexCache.get(cue);
  if (!re) {
    const whole = cue.startsWith('=');
    const text = fold(whole ? cue.slice(1) : cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = /\p{Script=Han}/u.test(text)
      ? new RegExp(text, 'u')
      : new RegExp(`(?<![\\p{L}\\p{N}])${text}${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'u');
    cueRegexCache.set(cue, re);
  }
  return re;
}

/** Is this a listing (directory, marketplace, social, trade show) rather than the company's own site? */
function listingOf(
  captures: PageCapture[],
  scan: ScanResult,
  text: string,
): { site: string; why: 'domain' | 'structure' } | null {
  const domain = scan.domain.toLowerCase();
  const host = hostOf(scan.url || captures[0]?.url || '');
  for (const d of [domain, host]) if (d && LISTING_DOMAINS.has(d)) return { site: d, why: 'domain' };
  const external = Math.max(0, ...captures.map((c) => c.counts.externalLinks));
  const cues = LISTING_CUES.filter((c) => cueRegex(c).test(text)).length;
  if (cues >= LISTING_MIN_CUES) {
    if (external >= LISTING_MIN_EXTERNAL_LINKS) return { site: domain || host, why: 'structure' };
    // A directory's company card gives that company's own e-mail, on the company's domain, not the directory's.
    if (emailsElsewhere(scan) && DIRECTORY_CUES.some((c) => cueRegex(c).test(text)))
      return { site: domain || host, why: 'structure' };
  }
  return null;
}

/** True when the page gives e-mail addresses and all are on another company's domain (not free mail). */
function emailsElsewhere(scan: ScanResult): boolean {
  const emails = scan.contacts.emails;
  if (!emails.length || emails.some((e) => e.isOwnDomain)) return false;
  return emails.some((e) => {
    const domain = e.value.split('@')[1]?.toLowerCase() ?? '';
    return domain !== '' && !FREE_MAIL.test(domain);
  });
}

/** A news article (trade press, news site) by its structured data: a publisher's page, not a prospect's. */
function isNewsArticle(captures: PageCapture[]): boolean {
  let news = false;
  let product = false;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    for (const t of ([] as unknown[]).concat(obj['@type'] ?? []).map(String)) {
      if (/NewsArticle$/.test(t)) news = true;
      if (/^(Product|Offer|OfferCatalog|Store)$/.test(t)) product = true;
    }
    for (const [key, value] of Object.entries(obj)) if (key !== '@context') visit(value, depth + 1);
  };
  for (const capture of captures)
    for (const body of capture.jsonld) {
      try {
        visit(JSON.parse(body), 0);
      } catch {
        // Broken JSON-LD says nothing about the page type.
      }
    }
  return news && !product;
}

/** Size signals found in the text, each with its weight (a founding year alone is weak: many small firms are old). */
function sizeSignals(text: string): { text: string; weight: number }[] {
  const found: { text: string; weight: number }[] = [];
  for (const signal of SIZE_SIGNALS) {
    const m = signal.re.exec(text);
    if (!m) continue;
    const n = Number((m[1] ?? '0').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
    if (signal.kind === 'founded' ? n > 0 : n >= signal.min)
      found.push({ text: m[0].trim(), weight: signal.weight ?? 1 });
  }
  return found;
}

/**
 * Our lines named where the site says what it is: the title, og:site_name and the first headings of the first
 * page (not the meta description, which often lists a shop's whole range).
 */
function identityLines(captures: PageCapture[], profile: CompiledProfile): string[] {
  const first = captures[0];
  if (!first) return [];
  const headings = first.blocks
    .filter((b) => b.zone === 'heading')
    .flatMap((b) => b.text.split('\n'))
    .slice(0, IDENTITY_HEADINGS);
  const texts = [first.title, first.meta['og:site_name'] ?? '', ...headings].filter(Boolean);
  const lines = new Set<string>();
  for (const text of texts) {
    if (notACategory(text) === 'sentence' && text.endsWith('?')) continue;
    const index = indexText(text, first.lang);
    const excluded = excludedPositions(index, profile.exclude);
    for (const l of profile.lines) if (hasHit(index, l.terms, excluded)) lines.add(l.name);
  }
  return [...lines];
}

/** Menu entries and structured data say most plainly what is sold: name them first in reasons. */
const EXAMPLE_ORDER: Partial<Record<Zone, number>> = { nav: 0, jsonld: 1, body: 2, product: 3, heading: 4 };
function examples(items: RangeItem[], max = 5): string {
  const sorted = [...items].sort((a, b) => (EXAMPLE_ORDER[a.zone] ?? 9) - (EXAMPLE_ORDER[b.zone] ?? 9));
  return list(
    sorted.map((i) => i.text),
    max,
  );
}

function list(items: string[], max = 5): string {
  const unique = [...new Set(items)];
  return unique.length > max ? `${unique.slice(0, max).join(', ')}, …` : unique.join(', ');
}

function suggestTier(
  captures: PageCapture[],
  scan: ScanResult,
  profile: CompiledProfile,
  thresholds: Thresholds,
  foldedText: string,
): Suggestion['tier'] {
  const reasons: Reason[] = [];
  const range = collectRange(captures, profile);
  // Variants of our products count only on a site that sells at least one of them by name: "Industrial valves"
  // shares a word with "campana industrial" but makes no valve maker a lighting prospect.
  const sellsOurs = range.some((i) => i.kind === 'line');
  for (const item of range) if (item.kind === 'partial' && !sellsOurs) item.kind = 'other';
  const weightOf = (kind: ItemKind) => range.filter((i) => i.kind === kind).reduce((s, i) => s + i.weight, 0);
  let line = weightOf('line') + PARTIAL_CREDIT * weightOf('partial');
  let industry = weightOf('industry');
  let other = weightOf('other') + (1 - PARTIAL_CREDIT) * weightOf('partial');
  const matchedLines = new Set(
    range.filter((i) => i.kind === 'line' || i.kind === 'partial').map((i) => i.line!),
  );
  let fromRange = false;

  if (range.length >= MIN_RANGE_ITEMS && line + industry + other > 0) {
    fromRange = true;
    const matched = range.filter((i) => i.kind === 'line');
    reasons.push(
      matched.length
        ? {
            key: 'classify.tier.rangeShare',
            params: { matched: matched.length, total: range.length, examples: examples(matched) },
          }
        : { key: 'classify.tier.rangeNone', params: { total: range.length } },
    );
    const variants = range.filter((i) => i.kind === 'partial');
    if (variants.length) {
      reasons.push({
        key: 'classify.tier.partialItems',
        params: { n: variants.length, examples: examples(variants) },
      });
    }
    const sameTrade = range.filter((i) => i.kind === 'industry');
    if (sameTrade.length) {
      reasons.push({
        key: 'classify.tier.industryItems',
        params: { n: sameTrade.length, examples: examples(sameTrade) },
      });
    }
    const others = range.filter((i) => i.kind === 'other');
    if (others.length) {
      reasons.push({
        key: 'classify.tier.otherItems',
        params: {
          n: others.length,
          examples: examples(others, 4),
        },
      });
    }
  } else {
    // Too little menu structure: read weighted keyword hits over the whole text instead.
    const shares = textShares(captures, profile);
    line = shares.line;
    industry = shares.industry;
    other = 0;
    matchedLines.clear();
    for (const l of shares.lines) matchedLines.add(l);
    reasons.push({ key: 'classify.tier.fewCategories', params: { lines: list([...shares.lines]) || '—' } });
  }

  const total = line + industry + other;
  const share = total > 0 ? line / total : 0;
  // Running text decides what a listing shows and whether a page without our products is still our trade.
  const text = textShares(captures, profile);
  const listing = listingOf(captures, scan, foldedText);
  const hasContacts =
    scan.contacts.emails.length + scan.contacts.phones.length + scan.contacts.messengers.length > 0;

  if (listing) {
    reasons.unshift({
      key: listing.why === 'domain' ? 'classify.tier.listingDomain' : 'classify.tier.listingStructure',
      params: { site: listing.site },
    });
    for (const l of text.lines) matchedLines.add(l);
    if (text.line <= 0) {
      reasons.push({ key: 'classify.tier.noMatch' });
      return { value: null, share, matchedLines: [], reasons };
    }
    if (!hasContacts) {
      reasons.push({ key: 'classify.tier.listingNoContacts' });
      return { value: null, share, matchedLines: [...matchedLines], reasons };
    }
    reasons.push({ key: 'classify.tier.listingD', params: { lines: list([...matchedLines]) } });
    return { value: 'D', share, matchedLines: [...matchedLines], reasons };
  }

  // Trade press writes about our products all day and buys none: a news article is not a prospect.
  if (isNewsArticle(captures)) {
    return { value: null, share, matchedLines: [], reasons: [{ key: 'classify.tier.newsArticle' }] };
  }

  let value: Suggestion['tier']['value'] = null;
  if (line > 0 && share >= thresholds.a) value = 'A';
  else if (line > 0 && share >= thresholds.b) value = 'B';
  else if (line > 0) value = 'C';
  else if (
    (fromRange &&
      range.filter((i) => i.kind === 'industry').length >= INDUSTRY_ONLY_MIN_ITEMS &&
      industry / Math.max(total, 1e-9) >= INDUSTRY_ONLY_C_SHARE) ||
    (text.line === 0 && text.industryInIdentity >= INDUSTRY_TEXT_MIN)
  ) {
    value = 'C';
  }
  if (value === null) reasons.push({ key: 'classify.tier.noMatch' });
  // "0% of the range matches" would read as no match: a C without our products says why it is still C.
  else if (line === 0) reasons.unshift({ key: 'classify.tier.industryOnly' });
  else reasons.unshift({ key: `classify.tier.share${value}`, params: { pct: Math.round(share * 100) } });

  // A company that names itself by our products ("Office furniture wholesaler", "LED panel light factory") sells
  // our products, even where its menu uses words the profile lacks; unless its menu shows much of our trade that
  // is not ours (a furniture maker for offices and hotels stays B).
  if (value === 'B' && fromRange) {
    const identity = identityLines(captures, profile);
    const sameTradeShare = industry / Math.max(total, 1e-9);
    if (identity.length && sameTradeShare < IDENTITY_A_MAX_INDUSTRY_SHARE) {
      value = 'A';
      // Replaces "part of the range matches": the A rests on what the company says it is.
      reasons[0] = {
        key: 'classify.tier.identityA',
        params: { lines: list(identity), pct: Math.round(share * 100) },
      };
    }
  }

  // Size lifts a C that sells some of our products; a company with none of them stays C however big it is.
  if (value === 'C' && line > 0) {
    const signals = sizeSignals(foldedText);
    const strength = signals.reduce((n, s) => n + s.weight, 0);
    const names = signals.map((s) => s.text);
    if (strength >= thresholds.sizeLift) {
      value = 'B';
      reasons.unshift({ key: 'classify.tier.sizeLift', params: { signals: list(names) } });
    } else if (signals.length) {
      reasons.push({
        key: 'classify.tier.sizeSome',
        params: { signals: list(names), need: thresholds.sizeLift },
      });
    }
  }
  return { value, share, matchedLines: [...matchedLines], reasons };
}

function suggestBuyerType(captures: PageCapture[], foldedText: CueText): Suggestion['buyerType'] {
  const scores = new Map<BuyerType, { score: number; cues: string[] }>();
  for (const [type, list_] of Object.entries(BUYER_CUES) as [
    BuyerType,
    { text: string; weight: number }[],
  ][]) {
    const entry = { score: 0, cues: [] as string[] };
    const matched = list_.filter((cue) => cueRegex(cue.text).test(foldedText.folded));
    const counted = new Set<string>();
    for (const cue of matched) {
      const text = fold(cue.text.replace(/^=/, ''));
      // "distribuidor" inside "distribuidor autorizado" is one cue, not two: the longer, more telling one counts;
      // and "anadir al carrito" / "añadir al carrito" are one cue written two ways.
      if (counted.has(text)) continue;
      if (
        matched.some((o) => {
          const other = fold(o.text.replace(/^=/, ''));
          return other.length > text.length && other.includes(text);
        })
      )
        continue;
      counted.add(text);
      entry.score += cue.weight;
      entry.cues.push(asWritten(foldedText, cueRegex(cue.text), text));
    }
    scores.set(type, entry);
  }
  const cart = captures.reduce((n, c) => n + c.counts.cartControls, 0);
  if (cart > 0) {
    const retail = scores.get('retailer')!;
    retail.score += CART_CONTROL_WEIGHT;
    retail.cues.unshift(`cart ×${cart}`);
  }
  // On a tie the rarer, more telling type leads: every kind of business may run a web shop, few make or import.
  const ranked = [...scores.entries()].sort(
    (a, b) => b[1].score - a[1].score || BUYER_TIE_ORDER.indexOf(a[0]) - BUYER_TIE_ORDER.indexOf(b[0]),
  );
  const [first, second] = ranked;
  const total = ranked.reduce((s, [, e]) => s + e.score, 0);
  if (!first || first[1].score < BUYER_MIN_SCORE) {
    return { value: 'unknown', secondary: null, confidence: 0, reasons: [{ key: 'classify.buyer.none' }] };
  }
  const reasons: Reason[] = [{ key: `classify.buyer.${first[0]}`, params: { cues: list(first[1].cues, 6) } }];
  let secondary: BuyerType | null = null;
  if (
    second &&
    second[1].score >= BUYER_MIN_SCORE &&
    second[1].score >= first[1].score * BUYER_SECONDARY_SHARE
  ) {
    secondary = second[0];
    reasons.push({ key: `classify.buyer.${second[0]}`, params: { cues: list(second[1].cues, 6) } });
  }
  const confidence = Math.round((first[1].score / total) * Math.min(1, first[1].score / 8) * 100) / 100;
  return { value: first[0], secondary, confidence, reasons };
}

/**
 * Suggests tier and buyer type for one site.
 * @param captures the pages read (home page first)
 * @param scan the analysed scan (domain and contacts are used)
 */
export function classify(
  captures: PageCapture[],
  scan: ScanResult,
  profile: Profile,
  thresholds: Thresholds,
): Suggestion {
  const compiled = compileProfile(profile);
  const foldedText = cueIndex(
    withoutAddresses(
      captures.flatMap((c) => [c.title, ...Object.values(c.meta), ...c.blocks.map((b) => b.text)]).join('\n'),
    ),
  );
  return {
    tier: suggestTier(captures, scan, compiled, thresholds, foldedText.folded),
    buyerType: suggestBuyerType(captures, foldedText),
    profileId: profile.id,
  };
}
