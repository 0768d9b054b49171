/**
 * The A–D tier (DOMAIN.md §1) from a site reading and a compiled profile. Each range entry is placed in the
 * product tree — ours, our trade, another trade, or not a product at all (unknown, not counted) — and the share
 * of ours among the recognised entries gives A, B or C; a page with none of ours but our trade is C; a listing
 * that shows our products and contacts is D; a site that trades in no goods, a news article, or a page whose range
 * cannot be read gets no tier, with a reason that says which.
 */
import { findTerm, indexText, type Term, type TextIndex } from '../match/index';
import { wordCount } from '../match/normalize';
import type { Reason, SiteReading, Suggestion, Thresholds } from '../model';
import {
  conceptName,
  type ConceptMention,
  isVocabularyLang,
  mentionsIn,
  type Vocabulary,
} from '../vocabulary/index';
import { englishRoles, namesTheEntry, type TokenRole } from './head';
import { type CompiledProfile, conceptKind } from './profile';
import { isFurniture, navWords, notACategory } from './range';
import { tradesNoGoods } from './reading';
import {
  IDENTITY_A_MAX_TRADE_SHARE,
  IDENTITY_WEIGHT,
  MIN_GRADE_EVIDENCE,
  MIN_RECOGNISED,
  ENTRY_CLAUSE_WORDS,
  SAMPLE_MAX_WORDS,
  TEXT_ZONE_WEIGHT,
  TRADE_CREDIT,
  TRADE_ONLY_MIN_ITEMS,
  TRADE_ONLY_MIN_SHARE,
  UNJUDGED_SHARE,
} from './rules';

export type ItemKind = 'ours' | 'trade' | 'other' | 'unknown';

export interface GradedItem {
  text: string;
  zone: string;
  weight: number;
  kind: ItemKind;
  line?: string;
  /** The concept the vocabulary read it as (for reasons), -1 for a literal keyword match. */
  concept: number;
}

const mentionCache = new Map<string, ConceptMention[]>();
function mentionsCached(text: string, lang: string, vocab: Vocabulary): ConceptMention[] {
  const key = `${lang}\u0000${text}`;
  let out = mentionCache.get(key);
  if (!out) {
    out = mentionsIn(text, lang, vocab);
    if (mentionCache.size > 20_000) mentionCache.clear();
    mentionCache.set(key, out);
  }
  return out;
}

function excluded(index: TextIndex, exclude: Term[]): boolean {
  return exclude.some((term) => findTerm(index, term).length > 0);
}

/** True when the rep's term is in the text, over a word that can name the entry where `roles` are given. */
function termNamesEntry(index: TextIndex, term: Term, roles?: TokenRole[]): boolean {
  return findTerm(index, term).some((at) => !roles || at < 0 || namesTheEntry(roles, at, term.words.length));
}

function literalLine(index: TextIndex, profile: CompiledProfile, roles?: TokenRole[]): string | undefined {
  for (const line of profile.lines)
    if (line.terms.some((t) => termNamesEntry(index, t, roles))) return line.name;
  return undefined;
}

const RANK: Record<ItemKind, number> = { ours: 3, trade: 2, other: 1, unknown: 0 };

/**
 * Places one range entry against the profile. A menu entry is a noun phrase (`phrase`), named by its head word
 * (./head.ts); a line of running text may name goods anywhere in it.
 */
export function gradeItem(
  text: string,
  lang: string,
  profile: CompiledProfile,
  vocab: Vocabulary | null,
  phrase = false,
): { kind: ItemKind; line?: string; concept: number } {
  const index = indexText(text, lang);
  if (excluded(index, profile.exclude)) return { kind: 'other', concept: -1 };
  let best: { kind: ItemKind; line?: string; concept: number } = { kind: 'unknown', concept: -1 };
  // Only where the page is English: an English word in a Portuguese entry ("T-SHIRT Os Dez Mandamentos") sits in
  // that language's word order.
  const roles = phrase && (lang === '' || lang.startsWith('en')) ? englishRoles(text) : undefined;
  if (vocab) {
    for (const mention of mentionsCached(text, lang, vocab)) {
      if (roles && mention.lang === 'en' && mention.start >= 0)
        if (!namesTheEntry(roles, mention.start, mention.size)) continue;
      for (const concept of mention.concepts) {
        const placed = conceptKind(concept, profile, vocab);
        if (RANK[placed.kind] > RANK[best.kind]) best = { ...placed, concept };
      }
    }
  }
  if (best.kind === 'ours') return best;
  // The rep's own word, literally ("RC cars" on a German shop): unless the page's language reads the entry as
  // something else ("Boot" is a boat in German, not one of our boots).
  const line = literalLine(index, profile, roles);
  const readInPageLanguage = best.kind !== 'unknown' && !lang.startsWith('en');
  if (line && !readInPageLanguage) return { kind: 'ours', line, concept: -1 };
  if (best.kind === 'unknown' && profile.industry.terms.some((t) => termNamesEntry(index, t, roles)))
    return { kind: 'trade', concept: -1 };
  return best;
}

function list(items: string[], max = 5): string {
  const unique = [...new Set(items)];
  return unique.length > max ? `${unique.slice(0, max).join(', ')}, …` : unique.join(', ');
}

/** "Кроссовки → Sneakers" where the vocabulary read the entry, the entry alone where the rep's own word matched. */
function examples(items: GradedItem[], vocab: Vocabulary | null, ui: 'en' | 'zh', max = 5): string {
  const ordered = [...items].sort((a, b) => b.weight - a.weight);
  return list(
    ordered.map((i) => {
      if (i.concept < 0 || !vocab) return i.text;
      const name = conceptName(vocab, i.concept, ui);
      return name && name.toLowerCase() !== i.text.toLowerCase() ? `${i.text} → ${name}` : i.text;
    }),
    max,
  );
}

function exampleParams(items: GradedItem[], vocab: Vocabulary | null, max = 5): Record<string, string> {
  return { examples: examples(items, vocab, 'en', max), examplesZh: examples(items, vocab, 'zh', max) };
}

/** The identity texts (title, site name, description, first headings) as weighted range entries, one per concept. */
function identityItems(
  reading: SiteReading,
  profile: CompiledProfile,
  vocab: Vocabulary | null,
): GradedItem[] {
  const out: GradedItem[] = [];
  const seen = new Set<string>();
  const nav = navWords(reading.lang);
  for (const block of reading.identity) {
    const weight = IDENTITY_WEIGHT[block.zone] ?? 0;
    if (!weight) continue;
    // A drawer's or a dialog's heading ("Shopping Cart", "Mein Konto") is the page's furniture, not its trade.
    if (isFurniture(block.text, nav)) continue;
    const index = indexText(block.text, reading.lang);
    if (excluded(index, profile.exclude)) continue;
    for (const line of profile.lines) {
      const term = line.terms.find((t) => findTerm(index, t).length > 0);
      if (term && !seen.has(`line:${line.name}`)) {
        seen.add(`line:${line.name}`);
        out.push({ text: term.source, zone: block.zone, weight, kind: 'ours', line: line.name, concept: -1 });
      }
    }
    if (!vocab) continue;
    for (const mention of mentionsCached(block.text, reading.lang, vocab)) {
      let best: GradedItem | null = null;
      for (const concept of mention.concepts) {
        const placed = conceptKind(concept, profile, vocab);
        if (!best || RANK[placed.kind] > RANK[best.kind])
          best = {
            text: mention.words,
            zone: block.zone,
            weight,
            kind: placed.kind,
            line: placed.line,
            concept,
          };
      }
      if (best && !seen.has(`c:${best.concept}`) && !(best.line && seen.has(`line:${best.line}`))) {
        seen.add(`c:${best.concept}`);
        out.push(best);
      }
    }
  }
  return out;
}

/** Weighted concept mentions over the text sample, for pages whose menus show no product. */
function sampleItems(reading: SiteReading, profile: CompiledProfile, vocab: Vocabulary | null): GradedItem[] {
  const out: GradedItem[] = [];
  const nav = navWords(reading.lang);
  for (const block of reading.sample) {
    const weight = TEXT_ZONE_WEIGHT[block.zone] ?? 0;
    if (!weight) continue;
    for (const part of block.text.split('\n')) {
      // Sentences of running text name things in passing ("a unique range of…"): only short lines and the
      // identity zones say what is sold.
      if (block.zone === 'body' || block.zone === 'footer') if (wordCount(part) > SAMPLE_MAX_WORDS) continue;
      // The text's links and labels ("Track My Order", "Phone number:") are furniture there as in a menu.
      if (isFurniture(part, nav) || notACategory(part.trim(), nav)) continue;
      const placed = gradeItem(part.slice(0, 400), reading.lang, profile, vocab);
      if (placed.kind !== 'unknown')
        out.push({ text: part.slice(0, 60), zone: block.zone, weight, ...placed });
    }
  }
  return out;
}

/**
 * Our products in a listing's entries: each clause of its running text ("магазин элитной обуви и сумок Air
 * Fashion", "Timberland (boots, shoes)") read like a short range entry.
 */
function entryItems(reading: SiteReading, profile: CompiledProfile, vocab: Vocabulary | null): GradedItem[] {
  const out: GradedItem[] = [];
  const nav = navWords(reading.lang);
  for (const block of reading.sample) {
    if (block.zone !== 'body' && block.zone !== 'heading' && block.zone !== 'product') continue;
    for (const clause of block.text.split(/[\n.!?;:()]+|\s[-–—|·•]\s|,\s/)) {
      const part = clause.trim();
      if (!part || wordCount(part) > ENTRY_CLAUSE_WORDS) continue;
      if (isFurniture(part, nav) || notACategory(part, nav)) continue;
      const placed = gradeItem(part.slice(0, 200), reading.lang, profile, vocab);
      if (placed.kind === 'ours')
        out.push({ text: part.slice(0, 60), zone: block.zone, weight: 0.5, ...placed });
    }
  }
  return out;
}

const weightOf = (items: GradedItem[], kind: ItemKind) =>
  items.filter((i) => i.kind === kind).reduce((s, i) => s + i.weight, 0);

/** Grades a site reading against a compiled profile. */
export function gradeTier(
  reading: SiteReading,
  profile: CompiledProfile,
  thresholds: Thresholds,
  vocab: Vocabulary | null,
): Suggestion['tier'] {
  const none = (reasons: Reason[]): Suggestion['tier'] => ({
    value: null,
    share: 0,
    matchedLines: [],
    reasons,
  });
  if (tradesNoGoods(reading))
    return none([{ key: 'classify.tier.notTrader', params: { cues: list(reading.notTrader!.cues, 4) } }]);
  if (reading.news) return none([{ key: 'classify.tier.newsArticle' }]);

  const range: GradedItem[] = reading.items.map((item) => ({
    ...item,
    ...gradeItem(item.text, reading.lang, profile, vocab, true),
  }));
  const identity = identityItems(reading, profile, vocab);
  let graded = [...range.filter((i) => i.kind !== 'unknown'), ...identity];
  let fromText = false;
  if (graded.reduce((s, i) => s + i.weight, 0) < MIN_RECOGNISED) {
    graded = [...graded, ...sampleItems(reading, profile, vocab)];
    fromText = true;
  }
  const ours = weightOf(graded, 'ours');
  const trade = weightOf(graded, 'trade');
  const other = weightOf(graded, 'other');
  const total = ours + trade + other;
  // Our trade's other kinds on a shop that sells a good part of ours (skates beside footballs, hiking boots beside
  // sneakers) are partly the rep's products too: they can make a B an A, but a small part of ours in a range of our
  // trade stays C (DOMAIN.md: same trade, other categories).
  const ownShare = total > 0 ? ours / total : 0;
  const share = ownShare >= thresholds.b ? (ours + TRADE_CREDIT * trade) / total : ownShare;
  const oursItems = graded.filter((i) => i.kind === 'ours');
  const matchedLines = [...new Set(oursItems.map((i) => i.line!).filter(Boolean))];
  const reasons: Reason[] = [];

  if (reading.listing) {
    // What a listing shows of its companies is in its entries (headings, cards, their descriptions), not in the
    // directory's own rubric menu: a rubric "Обувь" is no company dealing in shoes.
    // A known directory's or marketplace's page is one company's entry, named in its title and cards (the rest of
    // its text is specifications: "gross weight", "hand wash"); a page of many entries is read entry by entry.
    const listed =
      reading.listing.why === 'domain'
        ? oursItems
        : [
            ...range.filter((i) => i.kind === 'ours' && i.zone !== 'nav'),
            ...identity.filter((i) => i.kind === 'ours' && i.zone !== 'title' && i.zone !== 'meta'),
            ...entryItems(reading, profile, vocab),
          ];
    const listedLines = [...new Set(listed.map((i) => i.line!).filter(Boolean))];
    reasons.push({
      key:
        reading.listing.why === 'domain' ? 'classify.tier.listingDomain' : 'classify.tier.listingStructure',
      params: { site: reading.listing.site },
    });
    if (!listed.length)
      return {
        value: null,
        share,
        matchedLines: [],
        reasons: [...reasons, { key: 'classify.tier.noMatch' }],
      };
    if (!reading.hasContacts)
      return {
        value: null,
        share,
        matchedLines: listedLines,
        reasons: [...reasons, { key: 'classify.tier.listingNoContacts' }],
      };
    reasons.push({
      key: 'classify.tier.listingD',
      params: { lines: list(listedLines), ...exampleParams(listed, vocab) },
    });
    return { value: 'D', share, matchedLines: listedLines, reasons };
  }

  const counted = range.filter((i) => i.kind !== 'unknown').length;
  // A page in a language the vocabulary lacks shows only the few entries written in English: too little to say
  // that none of it is ours.
  const foreign =
    Boolean(reading.lang) &&
    vocab !== null &&
    !vocab.langs.has(reading.lang) &&
    !isVocabularyLang(reading.lang);
  if (ours === 0 && foreign && counted < reading.items.length * UNJUDGED_SHARE)
    return none([{ key: 'classify.tier.unknownLanguage', params: { lang: reading.lang } }]);
  if (total === 0)
    return none([{ key: reading.items.length ? 'classify.tier.noProducts' : 'classify.tier.noRange' }]);

  reasons.push(
    oursItems.length
      ? {
          key: fromText ? 'classify.tier.textShare' : 'classify.tier.rangeShare',
          params: {
            matched: range.filter((i) => i.kind === 'ours').length,
            total: counted,
            ...exampleParams(oursItems, vocab),
          },
        }
      : { key: 'classify.tier.rangeNone', params: { total: counted } },
  );
  const tradeItems = graded.filter((i) => i.kind === 'trade');
  if (tradeItems.length)
    reasons.push({
      key: 'classify.tier.industryItems',
      params: { n: tradeItems.length, ...exampleParams(tradeItems, vocab) },
    });
  const otherItems = graded.filter((i) => i.kind === 'other');
  if (otherItems.length)
    reasons.push({
      key: 'classify.tier.otherItems',
      params: { n: otherItems.length, ...exampleParams(otherItems, vocab, 4) },
    });

  let value: Suggestion['tier']['value'] = null;
  if (ours > 0 && share >= thresholds.a) value = 'A';
  else if (ours > 0 && share >= thresholds.b) value = 'B';
  else if (ours > 0) value = 'C';
  else if (
    (tradeItems.length >= TRADE_ONLY_MIN_ITEMS && trade / total >= TRADE_ONLY_MIN_SHARE) ||
    tradeItems.some((i) => i.zone === 'title')
  )
    // Our trade without our products is a C only where that trade is a real part of the range: a toy shop's
    // two tool kits do not make it a tool trader.
    value = 'C';

  // One or two entries are too little to say the range is ours ("hunde" on a dog club's page, a brand name in
  // a product title): they show the product is there, not how much of the range it is.
  const evidence = new Set(graded.map((i) => i.text.toLowerCase())).size;
  const thin = (value === 'A' || value === 'B') && evidence < MIN_GRADE_EVIDENCE;
  if (thin) value = 'C';

  if (value === null) reasons.unshift({ key: 'classify.tier.noMatch' });
  else if (thin) reasons.unshift({ key: 'classify.tier.thinEvidence', params: { n: evidence } });
  else if (ours === 0) reasons.unshift({ key: 'classify.tier.industryOnly' });
  else reasons.unshift({ key: `classify.tier.share${value}`, params: { pct: Math.round(share * 100) } });

  // A company that names itself by our products ("Интернет-магазин обуви", "LED panel factory") sells them, even
  // where its menu uses words neither profile nor vocabulary has; unless much of its range is our trade but not ours.
  if (
    value === 'B' &&
    identity.some((i) => i.kind === 'ours' && (i.zone === 'title' || i.zone === 'heading'))
  ) {
    if (trade / total < IDENTITY_A_MAX_TRADE_SHARE) {
      value = 'A';
      reasons[0] = {
        key: 'classify.tier.identityA',
        params: { lines: list(matchedLines), pct: Math.round(share * 100) },
      };
    }
  }

  if (value === 'C' && ours > 0 && reading.size.length) {
    const strength = reading.size.reduce((n, s) => n + s.weight, 0);
    const names = list(reading.size.map((s) => s.text));
    if (thresholds.liftBySize && strength >= thresholds.sizeLift) {
      value = 'B';
      reasons.unshift({ key: 'classify.tier.sizeLift', params: { signals: names } });
    } else if (strength >= thresholds.sizeLift) {
      reasons.push({ key: 'classify.tier.sizeLarge', params: { signals: names } });
    }
  }
  return { value, share, matchedLines, reasons, weights: { ours, trade, other } };
}
