/**
 * `npm run eval`: runs the real scanner (happy-dom + capturePage + analyzeCaptures) and the classifier over the
 * labelled fixture sites in tests/fixtures/classify/labels.json, for every profile in
 * lib/profile/examples/ (the example profiles Options offers), and prints tier and buyer-type accuracy, confusion matrices, the misses with
 * the classifier's own reasons, and the time `classify` takes per site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classify } from '../../lib/classify/index';
import { renderReason } from '../../lib/classify/reasons';
import type { PageCapture, Profile } from '../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../lib/profile/defaults';
import { parseProfileJson } from '../../lib/profile/parse';
import { analyzeCaptures } from '../../lib/scan/analyze';
import { captureFile } from './scan-node';

interface Label {
  pages: string[];
  tier: Record<string, string | null>;
  buyer: string;
  secondary?: string;
  /** Written after tuning; reported separately as the out-of-sample figure. */
  holdout?: boolean;
}

const root = resolve(import.meta.dirname, '../fixtures');
const labels = JSON.parse(readFileSync(join(root, 'classify/labels.json'), 'utf8')).sites as Record<
  string,
  Label
>;
const profileDir = resolve(import.meta.dirname, '../../lib/profile/examples');
const profiles = new Map<string, Profile>(
  readdirSync(profileDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), parseProfileJson(readFileSync(join(profileDir, f), 'utf8'))]),
);

const TIER_ORDER = ['A', 'B', 'C', 'D', '—'];
const tierName = (t: string | null) => t ?? '—';
/** Distance on the A–D scale; "no match" counts as one step below D. */
const tierDistance = (a: string, b: string) => Math.abs(TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b));

const tierConfusion = new Map<string, number>();
const buyerConfusion = new Map<string, number>();
let tierTotal = 0;
let tierExact = 0;
let tierFar = 0;
let buyerTotal = 0;
let buyerExact = 0;
const misses: string[] = [];
const timings: number[] = [];
let pageCount = 0;
const holdout = { tier: 0, tierOk: 0, buyer: 0, buyerOk: 0 };
let firstCallMs: number | undefined;
const coldStart = performance.now();

for (const [domain, label] of Object.entries(labels)) {
  const captures: PageCapture[] = label.pages.map((page) =>
    captureFile(
      join(root, 'sites', domain, page),
      `https://${domain}/${page === 'index.html' ? '' : page.replace(/\.html$/, '')}`,
    ),
  );
  pageCount += captures.length;
  const scan = analyzeCaptures(captures);
  let buyerDone = false;
  for (const [profileName, profile] of profiles) {
    if (!(profileName in label.tier)) continue;
    const s = classify(captures, scan, profile, DEFAULT_THRESHOLDS);
    // Timed again after the first call, as in the extension where the worker stays warm between pages.
    const start = performance.now();
    classify(captures, scan, profile, DEFAULT_THRESHOLDS);
    timings.push(performance.now() - start);
    if (firstCallMs === undefined) firstCallMs = performance.now() - start;
    const expected = tierName(label.tier[profileName] ?? null);
    const got = tierName(s.tier.value);
    tierTotal++;
    tierConfusion.set(`${expected}|${got}`, (tierConfusion.get(`${expected}|${got}`) ?? 0) + 1);
    if (label.holdout) {
      holdout.tier++;
      if (expected === got) holdout.tierOk++;
    }
    if (expected === got) tierExact++;
    else {
      if (tierDistance(expected, got) > 1) tierFar++;
      misses.push(
        `tier  ${label.holdout ? '[held-out] ' : ''}${domain} [${profileName}] expected ${expected}, got ${got} (share ${Math.round(s.tier.share * 100)}%)\n      ${s.tier.reasons.map((r) => renderReason(r, 'en')).join('\n      ')}`,
      );
    }
    if (!buyerDone) {
      buyerDone = true;
      buyerTotal++;
      const b = s.buyerType.value;
      buyerConfusion.set(`${label.buyer}|${b}`, (buyerConfusion.get(`${label.buyer}|${b}`) ?? 0) + 1);
      if (label.holdout) {
        holdout.buyer++;
        if (b === label.buyer) holdout.buyerOk++;
      }
      if (b === label.buyer) buyerExact++;
      else
        misses.push(
          `buyer ${label.holdout ? '[held-out] ' : ''}${domain} expected ${label.buyer}, got ${b}${s.buyerType.secondary ? ` (+${s.buyerType.secondary})` : ''}\n      ${s.buyerType.reasons.map((r) => renderReason(r, 'en')).join('\n      ')}`,
        );
    }
  }
}

function matrix(title: string, keys: readonly string[], counts: Map<string, number>): void {
  console.log(`\n${title} (rows = expected, columns = suggested)`);
  const w = Math.max(...keys.map((k) => k.length)) + 1;
  console.log(`${''.padEnd(w)}${keys.map((k) => k.slice(0, 6).padStart(7)).join('')}`);
  for (const row of keys) {
    console.log(
      `${row.padEnd(w)}${keys.map((col) => String(counts.get(`${row}|${col}`) ?? 0).padStart(7)).join('')}`,
    );
  }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(
  `Sites: ${Object.keys(labels).length}, pages: ${pageCount}, profiles: ${[...profiles.keys()].join(', ')}`,
);
console.log(
  `Tier exact: ${tierExact}/${tierTotal} = ${pct(tierExact, tierTotal)}; more than one tier off: ${tierFar}`,
);
console.log(`Buyer type: ${buyerExact}/${buyerTotal} = ${pct(buyerExact, buyerTotal)}`);
console.log(
  `Held-out sites only: tier ${holdout.tierOk}/${holdout.tier} = ${pct(holdout.tierOk, holdout.tier)}, buyer ${holdout.buyerOk}/${holdout.buyer} = ${pct(holdout.buyerOk, holdout.buyer)}`,
);
matrix('Tier', TIER_ORDER, tierConfusion);
matrix(
  'Buyer type',
  ['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer', 'unknown'],
  buyerConfusion,
);
timings.sort((a, b) => a - b);
console.log(
  `\nclassify time per site (warm, ${timings.length} runs): median ${timings[Math.floor(timings.length / 2)]?.toFixed(2)} ms, max ${timings.at(-1)?.toFixed(2)} ms; whole eval incl. HTML parsing ${(performance.now() - coldStart).toFixed(0)} ms`,
);
console.log(misses.length ? `\nMisses:\n${misses.join('\n')}` : '\nNo misses.');
