/**
 * The classifier: from the captured pages of one site and the rep's active profile, suggest the A–D tier and the
 * buyer type, each with reasons (message keys + params, rendered by `renderReason`). Pure and Node-safe.
 *
 * Tier (DOMAIN.md §1): the site's product range is read from menus, product cards, JSON-LD and headings (not
 * running text, so one blog mention does not make a lighting shop a furniture shop); its share that matches the
 * profile's lines gives A/B/C; size signals can lift C to B; a listing site (directory, marketplace, social) that
 * shows the product and contacts is D.
 */
import { compileTerm, findTerm, fold, indexText, type Term, type TextIndex } from '../match/index';
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
  BUYER_SECONDARY_SHARE,
  CART_CONTROL_WEIGHT,
  GENERIC_NAV_WORDS,
  INDUSTRY_ONLY_C_SHARE,
  LISTING_CUES,
  LISTING_DOMAINS,
  LISTING_MIN_CUES,
  LISTING_MIN_EXTERNAL_LINKS,
  MAX_CATEGORY_WORDS,
  MIN_RANGE_ITEMS,
  RANGE_ZONE_WEIGHT,
  BODY_MENU_MAX_WORDS,
  BODY_MENU_WEIGHT,
  INDUSTRY_TEXT_MIN,
  SIZE_SIGNALS,
  TEXT_ZONE_WEIGHT,
} from './rules';

interface CompiledProfile {
  lines: { name: string; terms: Term[] }[];
  industry: Term[];
  exclude: Term[];
}

const profileCache = new WeakMap<Profile, CompiledProfile>();

function compileProfile(profile: Profile): CompiledProfile {
  let compiled = profileCache.get(profile);
  if (!compiled) {
    compiled = {
      lines: profile.lines.map((l) => ({ name: l.name, terms: l.keywords.map(compileTerm) })),
      industry: profile.industryKeywords.map(compileTerm),
      exclude: profile.excludeKeywords.map(compileTerm),
    };
    profileCache.set(profile, compiled);
  }
  return compiled;
}

type ItemKind = 'line' | 'industry' | 'other';

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

function collectRange(captures: PageCapture[], profile: CompiledProfile): RangeItem[] {
  const seen = new Set<string>();
  const items: RangeItem[] = [];
  const add = (raw: string, zone: Zone, lang: string): void => {
    const text = raw.replace(/\s+/g, ' ').trim();
    const key = fold(text);
    if (!text || seen.has(key) || isGeneric(text)) return;
    if ((key.match(/\p{L}+|\p{N}+/gu) ?? []).length > MAX_CATEGORY_WORDS) return;
    seen.add(key);
    const weight = zone === 'body' ? BODY_MENU_WEIGHT : (RANGE_ZONE_WEIGHT[zone] ?? 0);
    const verdict = classifyText(text, lang, profile);
    // Headings are range only when they name our products ("Why choose us?" is not a category, and "raised
    // beds" in a garden blog heading is not furniture).
    if (zone === 'heading' && verdict.kind !== 'line') return;
    items.push({ text, zone, weight, ...verdict });
  };
  for (const capture of captures) {
    for (const block of capture.blocks) {
      if (!(block.zone in RANGE_ZONE_WEIGHT) || block.zone === 'jsonld') continue;
      for (const part of block.text.split(/\n|\s[|·•›»]\s/)) add(part, block.zone, capture.lang);
    }
    for (const name of jsonldProductNames(capture.jsonld)) add(name, 'jsonld', capture.lang);
  }
  if (items.filter((i) => i.zone !== 'heading').length < MIN_RANGE_ITEMS) {
    // Menus built from plain lists (page builders, Tilda, old templates) reach us as body text: take its short
    // lines without prices or digits as menu entries, at a lower weight.
    for (const capture of captures) {
      for (const block of capture.blocks) {
        if (block.zone !== 'body') continue;
        for (const line of block.text.split('\n')) {
          const words = line.trim().split(/\s+/);
          if (words.length <= BODY_MENU_MAX_WORDS && !/\d/.test(line)) add(line, 'body', capture.lang);
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

function cueIndex(text: string): string {
  return ` ${fold(text).replace(/\s+/g, ' ')} `;
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
  if (external >= LISTING_MIN_EXTERNAL_LINKS) {
    const found = LISTING_CUES.filter((c) => cueRegex(c).test(text)).length;
    if (found >= LISTING_MIN_CUES) return { site: domain || host, why: 'structure' };
  }
  return null;
}

function sizeSignals(text: string): string[] {
  const found: string[] = [];
  for (const signal of SIZE_SIGNALS) {
    const m = signal.re.exec(text);
    if (!m) continue;
    const n = Number((m[1] ?? '0').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
    if (signal.kind === 'founded' ? n > 0 : n >= signal.min) found.push(m[0].trim());
  }
  return found;
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
  const weightOf = (kind: ItemKind) => range.filter((i) => i.kind === kind).reduce((s, i) => s + i.weight, 0);
  let line = weightOf('line');
  let industry = weightOf('industry');
  let other = weightOf('other');
  const matchedLines = new Set(range.filter((i) => i.kind === 'line').map((i) => i.line!));
  const rangeCount = range.filter((i) => i.zone !== 'heading' || i.kind !== 'other').length;

  if (rangeCount >= MIN_RANGE_ITEMS && line + industry + other > 0) {
    const matched = range.filter((i) => i.kind === 'line');
    reasons.push({
      key: 'classify.tier.rangeShare',
      params: { matched: matched.length, total: range.length, examples: list(matched.map((i) => i.text)) },
    });
    const sameTrade = range.filter((i) => i.kind === 'industry');
    if (sameTrade.length) {
      reasons.push({
        key: 'classify.tier.industryItems',
        params: { n: sameTrade.length, examples: list(sameTrade.map((i) => i.text)) },
      });
    }
    const others = range.filter((i) => i.kind === 'other');
    if (others.length) {
      reasons.push({
        key: 'classify.tier.otherItems',
        params: {
          n: others.length,
          examples: list(
            others.map((i) => i.text),
            4,
          ),
        },
      });
    }
  } else {
    // Too little menu structure: read weighted keyword hits over the whole text instead.
    const shares = textShares(captures, profile);
    line = shares.line;
    industry = shares.industry;
    other = 0;
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

  let value: Suggestion['tier']['value'] = null;
  if (line > 0 && share >= thresholds.a) value = 'A';
  else if (line > 0 && share >= thresholds.b) value = 'B';
  else if (line > 0) value = 'C';
  else if (
    (industry > 0 && industry / Math.max(total, 1e-9) >= INDUSTRY_ONLY_C_SHARE) ||
    (text.line === 0 && text.industryInIdentity >= INDUSTRY_TEXT_MIN)
  ) {
    value = 'C';
    reasons.push({ key: 'classify.tier.industryOnly' });
  }
  if (value === null) reasons.push({ key: 'classify.tier.noMatch' });
  else reasons.unshift({ key: `classify.tier.share${value}`, params: { pct: Math.round(share * 100) } });

  if (value === 'C') {
    const signals = sizeSignals(foldedText);
    if (signals.length >= thresholds.sizeLift) {
      value = 'B';
      reasons.unshift({ key: 'classify.tier.sizeLift', params: { signals: list(signals) } });
    } else if (signals.length) {
      reasons.push({
        key: 'classify.tier.sizeSome',
        params: { signals: list(signals), need: thresholds.sizeLift },
      });
    }
  }
  return { value, share, matchedLines: [...matchedLines], reasons };
}

function suggestBuyerType(captures: PageCapture[], foldedText: string): Suggestion['buyerType'] {
  const scores = new Map<BuyerType, { score: number; cues: string[] }>();
  for (const [type, list_] of Object.entries(BUYER_CUES) as [
    BuyerType,
    { text: string; weight: number }[],
  ][]) {
    const entry = { score: 0, cues: [] as string[] };
    const matched = list_.filter((cue) => cueRegex(cue.text).test(foldedText));
    for (const cue of matched) {
      const text = cue.text.replace(/^=/, '');
      // "wholesale" and "wholesale prices" are one cue, not two.
      if (
        matched.some(
          (o) => o !== cue && text.startsWith(o.text.replace(/^=/, '')) && o.text.length < cue.text.length,
        )
      )
        continue;
      entry.score += cue.weight;
      entry.cues.push(text);
    }
    scores.set(type, entry);
  }
  const cart = captures.reduce((n, c) => n + c.counts.cartControls, 0);
  if (cart > 0) {
    const retail = scores.get('retailer')!;
    retail.score += CART_CONTROL_WEIGHT;
    retail.cues.unshift(`cart ×${cart}`);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
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
    captures.flatMap((c) => [c.title, ...Object.values(c.meta), ...c.blocks.map((b) => b.text)]).join('\n'),
  );
  return {
    tier: suggestTier(captures, scan, compiled, thresholds, foldedText),
    buyerType: suggestBuyerType(captures, foldedText),
    profileId: profile.id,
  };
}
