/**
 * Grades every page of the real prospects corpus against each of its eleven profiles with the extension's own
 * pipeline (capture → analyse → grade) and scores the result as the corpus README says: tier over the labelled
 * pairs apart from the `none` pairs, false positives over the `none` pairs, buyer type over the pages labelled a
 * trader, company name and country over all pages. Shared by `npm run eval:prospects` and the floor test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, prepareGrading } from '../../lib/classify/index';
import type { PageCapture, Profile } from '../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../lib/profile/defaults';
import { analyzeCaptures } from '../../lib/scan/analyze';
import { type ProspectLabel, readProspectLabels, readProspectProfiles } from './corpus';
import { captureHtml, decodeHtml } from './scan-node';

const TRADERS = new Set(['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer']);
const ORDER = ['A', 'B', 'C'];

export interface PairResult {
  page: string;
  lang: string;
  pageKind: string;
  profile: string;
  expected: string;
  got: string;
  reasons: string[];
  weights?: { ours: number; trade: number; other: number };
}

export interface PageResult {
  label: ProspectLabel;
  buyer: string;
  buyerSecondary: string | null;
  buyerCues: string[];
  company: string;
  country: string;
  competitor: boolean;
  ms: number;
}

export interface CorpusScore {
  pairs: PairResult[];
  pages: PageResult[];
  tier: { n: number; exact: number; within: number; aNone: number };
  falsePositive: { n: number; given: number };
  buyer: { n: number; ok: number };
  company: { n: number; ok: number };
  country: { n: number; ok: number };
}

/** Legal forms and the like that a rep leaves out of a company name. */
const LEGAL =
  /\b(gmbh|ag|kg|ohg|ug|e\.?\s?v|ltd|limited|llc|inc|corp|co|company|plc|s\.?a\.?s?|s\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|sp\.?\s?z\s?o\.?\s?o\.?|obr)\b|(?<![\p{L}\p{N}])(?:ооо|оао|зао|пао|ао|ип|тов)(?![\p{L}\p{N}])/giu;

/** Letters and digits of a name, lower case, without legal forms, quotes or a trailing `.de`/`.ru`. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.(com|de|ru|nl|kz|by|ua|net|org|co\.uk|uk|[a-z]{2}|рф|ру)(?![\p{L}\p{N}])/gu, '')
    .replace(LEGAL, ' ')
    .replace(/(?:股份)?有限(?:责任)?公司$|株式会社|주식회사/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The names a label accepts: the main name and each alternative in brackets or after a slash. */
export function nameVariants(label: string): string[] {
  const parts = [label, label.replace(/\s*\([^)]*\)/g, '')];
  for (const m of label.matchAll(/\(([^)]*)\)/g)) parts.push(...(m[1] ?? '').split(/[;,/]|\bon\b/));
  for (const p of [...parts]) parts.push(...p.split(/\s[/–-]\s/));
  return [...new Set(parts.map(normalizeName).filter((p) => p.length >= 2))];
}

export function nameMatches(got: string, label: string): boolean {
  const ours = normalizeName(got);
  return ours.length > 0 && nameVariants(label).includes(ours);
}

/** A within-one tier: A↔B and B↔C are near; D counts only when exact. */
export function withinOne(expected: string, got: string): boolean {
  if (expected === got) return true;
  const a = ORDER.indexOf(expected);
  const b = ORDER.indexOf(got);
  return a >= 0 && b >= 0 && Math.abs(a - b) <= 1;
}

export async function scoreCorpus(root: string, options: { only?: string } = {}): Promise<CorpusScore> {
  await prepareGrading([...new Set(readProspectLabels(root).map((l) => l.lang))]);
  const labels = readProspectLabels(root).filter((l) => !options.only || l.id.includes(options.only));
  const profiles: Profile[] = readProspectProfiles(root);
  const score: CorpusScore = {
    pairs: [],
    pages: [],
    tier: { n: 0, exact: 0, within: 0, aNone: 0 },
    falsePositive: { n: 0, given: 0 },
    buyer: { n: 0, ok: 0 },
    company: { n: 0, ok: 0 },
    country: { n: 0, ok: 0 },
  };
  for (const label of labels) {
    const html = decodeHtml(readFileSync(join(root, 'prospects', 'pages', label.file)));
    const started = performance.now();
    const captures: PageCapture[] = [captureHtml(html, label.url)];
    const scan = analyzeCaptures(captures);
    let buyer = { value: 'unknown', secondary: null as string | null, cues: [] as string[] };
    let competitor = false;
    for (const profile of profiles) {
      const grade = classify(captures, scan, profile, DEFAULT_THRESHOLDS);
      buyer = {
        value: grade.buyerType.value,
        secondary: grade.buyerType.secondary,
        cues: grade.buyerType.reasons.map((r) => String(r.params?.cues ?? r.key)),
      };
      competitor ||= grade.competitor ?? false;
      const expected = label.tiers[profile.id] ?? 'none';
      const got = grade.tier.value ?? 'none';
      score.pairs.push({
        page: label.id,
        lang: label.lang,
        pageKind: label.pageKind,
        profile: profile.id,
        expected,
        got,
        reasons: grade.tier.reasons.map((r) => `${r.key} ${JSON.stringify(r.params ?? {})}`),
        weights: grade.tier.weights,
      });
      if (expected === 'none') {
        score.falsePositive.n++;
        if (got !== 'none') score.falsePositive.given++;
      } else {
        score.tier.n++;
        if (got === expected) score.tier.exact++;
        if (withinOne(expected, got)) score.tier.within++;
        if (expected === 'A' && got === 'none') score.tier.aNone++;
      }
    }
    const ms = performance.now() - started;
    score.pages.push({
      label,
      buyer: buyer.value,
      buyerSecondary: buyer.secondary,
      buyerCues: buyer.cues,
      company: scan.company.name,
      country: scan.company.country,
      competitor,
      ms,
    });
    if (TRADERS.has(label.buyerType)) {
      score.buyer.n++;
      if (buyer.value === label.buyerType) score.buyer.ok++;
    } else if (label.buyerType === 'other') {
      score.buyer.n++;
      if (!TRADERS.has(buyer.value)) score.buyer.ok++;
    }
    score.company.n++;
    if (nameMatches(scan.company.name, label.companyName)) score.company.ok++;
    score.country.n++;
    if (scan.company.country.toUpperCase() === label.country) score.country.ok++;
  }
  return score;
}
