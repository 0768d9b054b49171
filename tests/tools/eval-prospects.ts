/**
 * `npm run eval:prospects [-- --only <id part>] [-- --misses]`: tier, buyer-type, company-name and country accuracy
 * over the real labelled pages of `../shared/corpus/prospects/` (or `$TIERSCOUT_CORPUS/prospects`), by language and
 * by page kind, with the misses listed.
 */
import { corpusRoot } from './corpus';
import { nameMatches, type PairResult, scoreCorpus, withinOne } from './prospects-eval';

const root = corpusRoot();
if (!root) {
  console.error('No corpus found: put it at ../shared/corpus beside the checkout or set TIERSCOUT_CORPUS.');
  process.exit(2);
}
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const started = performance.now();
const s = await scoreCorpus(root, { only });
const pct = (n: number, d: number) => `${n}/${d} = ${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;

console.log(`Corpus: ${root}/prospects — ${s.pages.length} pages × 11 profiles`);
console.log(`Tier exact (labelled pairs):    ${pct(s.tier.exact, s.tier.n)}`);
console.log(`Tier within one:                ${pct(s.tier.within, s.tier.n)}`);
console.log(`A pages graded none:            ${s.tier.aNone}`);
console.log(`False positives (none pairs):   ${pct(s.falsePositive.given, s.falsePositive.n)}`);
console.log(`Buyer type (traders + other):   ${pct(s.buyer.ok, s.buyer.n)}`);
console.log(`Company name:                   ${pct(s.company.ok, s.company.n)}`);
console.log(`Country:                        ${pct(s.country.ok, s.country.n)}`);

function by(key: (p: PairResult) => string, title: string): void {
  const groups = new Map<string, { n: number; exact: number; within: number; fp: number; none: number }>();
  for (const p of s.pairs) {
    const g = groups.get(key(p)) ?? { n: 0, exact: 0, within: 0, fp: 0, none: 0 };
    if (p.expected === 'none') {
      g.none++;
      if (p.got !== 'none') g.fp++;
    } else {
      g.n++;
      if (p.got === p.expected) g.exact++;
      if (withinOne(p.expected, p.got)) g.within++;
    }
    groups.set(key(p), g);
  }
  console.log(`\nBy ${title}: tier exact · within one · false positives`);
  for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n))
    console.log(
      `  ${k.padEnd(9)} ${pct(g.exact, g.n).padEnd(18)} ${pct(g.within, g.n).padEnd(18)} ${pct(g.fp, g.none)}`,
    );
}
by((p) => p.lang, 'language');
by((p) => p.pageKind, 'page kind');

const buyerByLang = new Map<string, [number, number]>();
for (const p of s.pages) {
  const b = p.label.buyerType;
  if (b === 'unclear') continue;
  const ok =
    b === 'other'
      ? !['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer'].includes(p.buyer)
      : p.buyer === b;
  const g = buyerByLang.get(p.label.lang) ?? [0, 0];
  buyerByLang.set(p.label.lang, [g[0] + (ok ? 1 : 0), g[1] + 1]);
}
console.log(
  `\nBuyer type by language: ${[...buyerByLang].map(([l, [ok, n]]) => `${l} ${ok}/${n}`).join(', ')}`,
);

const confusion = new Map<string, number>();
for (const p of s.pairs)
  confusion.set(`${p.expected}|${p.got}`, (confusion.get(`${p.expected}|${p.got}`) ?? 0) + 1);
const keys = ['A', 'B', 'C', 'D', 'none'];
console.log('\nTier (rows expected, columns graded)');
console.log(`      ${keys.map((k) => k.padStart(6)).join('')}`);
for (const r of keys)
  console.log(
    `${r.padEnd(6)}${keys.map((c) => String(confusion.get(`${r}|${c}`) ?? 0).padStart(6)).join('')}`,
  );

const times = s.pages.map((p) => p.ms).sort((a, b) => a - b);
console.log(
  `\nPer page (parse + capture + analyse + 11 grades): median ${times[times.length >> 1]?.toFixed(1)} ms; whole run ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

if (args.includes('--misses') || only) {
  console.log('\nTier misses:');
  for (const p of s.pairs) {
    if (p.expected === p.got) continue;
    console.log(
      `  ${p.page} [${p.profile}] expected ${p.expected}, got ${p.got}\n      ${p.reasons.join('\n      ')}`,
    );
  }
  console.log('\nBuyer, company and country misses:');
  for (const p of s.pages) {
    const l = p.label;
    const out: string[] = [];
    const trader = ['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer'];
    const buyerOk =
      l.buyerType === 'unclear' ||
      (l.buyerType === 'other' ? !trader.includes(p.buyer) : p.buyer === l.buyerType);
    if (!buyerOk)
      out.push(
        `buyer ${l.buyerType} ← ${p.buyer}${p.buyerSecondary ? `+${p.buyerSecondary}` : ''} (${p.buyerCues.join(' | ')})`,
      );
    if (p.country.toUpperCase() !== l.country) out.push(`country ${l.country} ← ${p.country || '—'}`);
    if (!nameMatches(p.company, l.companyName)) out.push(`company «${l.companyName}» ← «${p.company}»`);
    if (!out.length) continue;
    console.log(`  ${l.id}: ${out.join('; ')}`);
  }
}
