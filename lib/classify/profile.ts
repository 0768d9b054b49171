/**
 * A profile compiled for grading. The rep's keywords ("sneakers", "power banks", "运动鞋") are kept as literal terms
 * (they match the page in the rep's own words) and mapped onto concepts of the product vocabulary, which names the
 * same products in every language the vocabulary has. The tree then says what "our trade" is: the product family
 * around each of our lines (its branch two levels below the top: Shoes, Vehicle Parts & Accessories, Kitchen &
 * Dining) and whatever the rep's same-trade words name below the top level.
 */
import { CJK, compileTerm, type Term, tokenize } from '../match/index';
import type { Profile } from '../model';
import { ancestorAt, type ConceptMention, isWithin, mentionsIn, type Vocabulary } from '../vocabulary/index';
import { cjkKey } from '../vocabulary/stem';

export interface CompiledLine {
  name: string;
  terms: Term[];
  /** Concept indexes the line's keywords name. */
  concepts: number[];
}

export interface CompiledProfile {
  lines: CompiledLine[];
  industry: { terms: Term[]; concepts: number[] };
  exclude: Term[];
  /** Concepts whose whole branch is our trade. */
  tradeRoots: number[];
  /** Keywords that name nothing in the vocabulary: they match only literally (Options says so). */
  unmapped: string[];
}

/** The trade is never a whole big top-level branch ("Home & Garden" holds furniture, linens and kitchenware). */
const TRADE_DEPTH = 2;
/** A top-level branch with at most this many categories is one trade. */
const SMALL_BRANCH = 80;

const branchSizeCache = new WeakMap<Vocabulary, Map<number, number>>();
function branchSizes(vocab: Vocabulary): Map<number, number> {
  let sizes = branchSizeCache.get(vocab);
  if (!sizes) {
    sizes = new Map();
    for (let c = 0; c < vocab.depth.length; c++) {
      if (vocab.depth[c]! < 1) continue;
      const top = ancestorAt(vocab, c, 1);
      sizes.set(top, (sizes.get(top) ?? 0) + 1);
    }
    branchSizeCache.set(vocab, sizes);
  }
  return sizes;
}

/**
 * The concepts a keyword names, when the vocabulary reads the whole keyword: "casual shoes" → Shoes is fine (the
 * modifier narrows), but "phone cases" read only as "phone" would make every phone shop ours.
 */
export function keywordConcepts(keyword: string, vocab: Vocabulary): number[] {
  // The rep writes English or Chinese (the lookup follows the keyword's script); one reading must cover the whole
  // keyword: "beauty tools" read as "tools" would make a hardware store ours, "running shoes" read as "running"
  // and "shoes" apart could name dog runs.
  const mentions: ConceptMention[] = mentionsIn(keyword, 'en', vocab);
  if (mentions.length !== 1) return [];
  const [m] = mentions as [ConceptMention];
  // A weak reading is the family a split category name shares ("Decor" for "blinds"): far wider than the keyword.
  if (m.weak) return [];
  const whole = CJK.test(keyword)
    ? m.words.length >= cjkKey(keyword).length
    : m.words.split(' ').length >= tokenize(keyword).length;
  return whole ? m.concepts : [];
}

const cache = new WeakMap<Profile, { vocab: Vocabulary | null; compiled: CompiledProfile }>();

export function compileProfile(profile: Profile, vocab: Vocabulary | null): CompiledProfile {
  const hit = cache.get(profile);
  if (hit && hit.vocab === vocab) return hit.compiled;
  const unmapped: string[] = [];
  // An ambiguous keyword ("bowls": tableware or bowling) keeps the readings in the profile's own main branch.
  const readings = new Map<string, number[]>();
  const branchVotes = new Map<number, number>();
  for (const k of [...profile.lines.flatMap((l) => l.keywords), ...profile.industryKeywords]) {
    const found = vocab ? keywordConcepts(k, vocab) : [];
    readings.set(k, found);
    if (vocab)
      for (const b of new Set(found.map((c) => ancestorAt(vocab, c, 1))))
        branchVotes.set(b, (branchVotes.get(b) ?? 0) + 1);
  }
  const maxVotes = Math.max(0, ...branchVotes.values());
  const conceptsOf = (keywords: string[]) => {
    const out = new Set<number>();
    for (const k of keywords) {
      let found = readings.get(k) ?? [];
      if (!found.length) unmapped.push(k);
      if (vocab && found.length > 1) {
        const votes = (c: number) => branchVotes.get(ancestorAt(vocab, c, 1)) ?? 0;
        const best = Math.max(...found.map(votes));
        found = found.filter((c) => votes(c) === best);
      }
      // A lone reading in a branch no other keyword touches ("knives" as metal-cutting Cutters in a kitchen
      // profile) is a stray sense of the word, not the rep's trade.
      if (vocab && maxVotes >= 3)
        found = found.filter((c) => (branchVotes.get(ancestorAt(vocab, c, 1)) ?? 0) > 1);
      for (const c of found) out.add(c);
    }
    return [...out];
  };
  const lines = profile.lines.map((l) => ({
    name: l.name,
    terms: l.keywords.map((k) => compileTerm(k)),
    concepts: conceptsOf(l.keywords),
  }));
  const industryConcepts = vocab
    ? conceptsOf(profile.industryKeywords).filter((c) => vocab.depth[c]! >= TRADE_DEPTH)
    : [];
  const tradeRoots = new Set<number>(industryConcepts);
  if (vocab) {
    // The families our lines sit in are our trade, but one stray line concept ("grill pans" under Lawn & Garden)
    // must not make a whole family ours: a family counts with two of our concepts or a quarter of them.
    const perRoot = new Map<number, number>();
    const all = lines.flatMap((l) => l.concepts);
    const sizes = branchSizes(vocab);
    for (const c of all) {
      // A small top-level branch ("Luggage & Bags", ~30 categories) is one trade; a big one ("Home & Garden")
      // holds many, so there the trade is the family below it.
      const top = ancestorAt(vocab, c, 1);
      const root = (sizes.get(top) ?? 0) <= SMALL_BRANCH ? top : ancestorAt(vocab, c, TRADE_DEPTH);
      perRoot.set(root, (perRoot.get(root) ?? 0) + 1);
    }
    for (const [root, n] of perRoot) if (n >= 2 || n >= all.length / 4) tradeRoots.add(root);
  }
  const compiled: CompiledProfile = {
    lines,
    industry: {
      terms: profile.industryKeywords.map((k) => compileTerm(k, { modifier: true })),
      concepts: industryConcepts,
    },
    exclude: profile.excludeKeywords.map((k) => compileTerm(k)),
    tradeRoots: [...tradeRoots],
    unmapped: vocab ? unmapped : [],
  };
  cache.set(profile, { vocab, compiled });
  return compiled;
}

/** How a concept stands to the profile: one of our products, our trade, or another trade. */
export type ConceptKind = 'ours' | 'trade' | 'other' | 'unknown';

/**
 * A concept is ours when it is one of our lines' concepts or a kind of one, or the product family right above
 * one (a menu entry "Обувь" on a shop is our shoes, "Автозапчасти" our brake pads' family); our trade when it lies
 * in a trade root; else another trade.
 */
export function conceptKind(
  concept: number,
  profile: CompiledProfile,
  vocab: Vocabulary,
): { kind: ConceptKind; line?: string } {
  for (const line of profile.lines) {
    for (const ours of line.concepts) {
      if (isWithin(vocab, concept, ours)) return { kind: 'ours', line: line.name };
      if (vocab.depth[concept]! >= TRADE_DEPTH && isWithin(vocab, ours, concept))
        return { kind: 'ours', line: line.name };
    }
  }
  for (const root of profile.tradeRoots) if (isWithin(vocab, concept, root)) return { kind: 'trade' };
  // A wide family above our trade ("Sporting Goods", "Home & Garden", "Electronics") says neither ours nor
  // another trade: it is not counted.
  for (const root of profile.tradeRoots) if (isWithin(vocab, root, concept)) return { kind: 'unknown' };
  return { kind: 'other' };
}
