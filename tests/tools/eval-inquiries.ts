/**
 * `npm run eval:inquiries [-- held-out]`: triages the labelled inquiries in tests/fixtures/inquiries/<set>/
 * (default `dev`) with the LED-lighting example profile and prints kind accuracy, per-field recall and flag
 * precision/recall, with every miss. The `held-out` set was labelled with `dev` before any rule was written and is
 * scored only to report the out-of-sample figure: do not tune rules on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileProfile } from '../../lib/classify/profile';
import { triageInquiry } from '../../lib/inquiry/index';
import { fold } from '../../lib/match/index';
import { parseProfileJson } from '../../lib/profile/parse';
import { loadVocabulary } from '../../lib/vocabulary/index';

interface Label {
  kind: string;
  lang: string;
  facts: Record<string, string | boolean>;
  flags: string[];
}

const set = process.argv[2] ?? 'dev';
const dir = resolve(import.meta.dirname, '../fixtures/inquiries', set);
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label | string>;
const profile = parseProfileJson(
  readFileSync(resolve(import.meta.dirname, '../../lib/profile/examples/led-lighting.json'), 'utf8'),
);
const vocab = await loadVocabulary(['en', 'es', 'fr', 'de', 'pt', 'ru', 'zh', 'ar']);
const ctx = { vocab, profile: compileProfile(profile, vocab) };
const digits = (s: string) => s.replace(/\D/g, '');

let kindOk = 0;
let langOk = 0;
let total = 0;
const field = new Map<string, { hit: number; all: number }>();
const flag = { tp: 0, fp: 0, fn: 0 };
const misses: string[] = [];
const confusion = new Map<string, number>();

for (const file of readdirSync(dir)
  .filter((f) => f !== 'labels.json')
  .sort()) {
  const label = labels[file];
  if (!label || typeof label === 'string') {
    misses.push(`${file}: no label`);
    continue;
  }
  const raw = readFileSync(join(dir, file), 'utf8');
  const { triage } = triageInquiry({ subject: '', from: '', body: raw }, ctx, ['zs-guangyuan-led.cn']);
  const f = triage.facts;
  total++;
  confusion.set(`${label.kind}→${triage.kind}`, (confusion.get(`${label.kind}→${triage.kind}`) ?? 0) + 1);
  if (triage.lang === label.lang) langOk++;
  else misses.push(`${file}: language ${triage.lang}, labelled ${label.lang}`);
  if (triage.kind === label.kind) kindOk++;
  else misses.push(`${file}: kind ${triage.kind}, labelled ${label.kind} (${triage.kindReasons.join(', ')})`);
  for (const [name, want] of Object.entries(label.facts)) {
    let ok = false;
    let got = '';
    switch (name) {
      case 'product':
        got = f.products.map((p) => `${p.value} [${p.evidence.split('→').pop()?.trim()}]`).join('; ');
        ok = f.products.some((p) =>
          fold(`${p.value} ${p.evidence.split('→').pop()}`).includes(fold(String(want))),
        );
        break;
      case 'quantity':
        got = f.quantities.map((q) => q.value).join('; ');
        ok = f.quantities.some((q) => digits(q.value).includes(String(want)));
        break;
      case 'specs':
        got = f.specs.map((s) => s.value).join('; ');
        ok = f.specs.length > 0;
        break;
      case 'targetPrice':
      case 'payment':
      case 'deadline':
        got = f[name]?.value ?? '';
        ok = f[name] !== null;
        break;
      case 'incoterm':
      case 'destination':
        got = f[name]?.value ?? '';
        ok = got === want;
        break;
      case 'company': {
        got = f.company?.value ?? '';
        const a = fold(got);
        const b = fold(String(want));
        ok = a.length >= 4 && (a.includes(b) || b.includes(a));
        break;
      }
      case 'website':
        got = f.website?.value ?? '';
        ok = got === want;
        break;
      case 'phone':
        got = f.phones.map((p) => p.value).join('; ');
        ok = f.phones.some((p) => p.value === want);
        break;
    }
    const s = field.get(name) ?? { hit: 0, all: 0 };
    s.all++;
    if (ok) s.hit++;
    else misses.push(`${file}: ${name} want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    field.set(name, s);
  }
  if (label.kind !== 'none') {
    const got = new Set(triage.flags.map((x) => x.flag));
    for (const x of got) {
      if (label.flags.includes(x)) flag.tp++;
      else {
        flag.fp++;
        misses.push(`${file}: extra flag ${x}`);
      }
    }
    for (const x of label.flags)
      if (!got.has(x as never)) {
        flag.fn++;
        misses.push(`${file}: missed flag ${x}`);
      }
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
let hits = 0;
let all = 0;
console.log(`Inquiry triage on ${set} (${total} inquiries)`);
console.log(`kind accuracy: ${kindOk} / ${total} = ${pct(kindOk, total)}`);
console.log(`kind confusion (label→got): ${[...confusion].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`language: ${langOk} / ${total} = ${pct(langOk, total)}`);
console.log('field recall:');
for (const [name, s] of field) {
  hits += s.hit;
  all += s.all;
  console.log(`  ${name.padEnd(12)} ${s.hit} / ${s.all} = ${pct(s.hit, s.all)}`);
}
console.log(`  all fields   ${hits} / ${all} = ${pct(hits, all)}`);
console.log(
  `flags: precision ${pct(flag.tp, flag.tp + flag.fp)}, recall ${pct(flag.tp, flag.tp + flag.fn)} (${flag.tp} right, ${flag.fp} extra, ${flag.fn} missed)`,
);
if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
