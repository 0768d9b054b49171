/**
 * `npm run eval:contacts -- <webstruct folder> [--json] [--misses N]`: precision and recall of the scanner against
 * the hand labels of the WebStruct corpus (see that folder's README). Each page's WebAnnotator spans are read for
 * the truth, then unwrapped in the DOM, and the page is captured and analysed exactly as the extension would.
 *
 * Regions: `us_contact_pages` → US, `nl` → NL (the README's defaults, given to the scanner as its fallback region).
 * `random_pages` has no stated region: the scanner gets none (it infers from the page) and truth phones are
 * normalised with the page's own COUNTRY label, else its ccTLD, else US.
 * Pages with no contact-type labels at all (the whole `nl` folder carries only HOURS labels) are skipped: there is
 * no truth to score against there.
 * Page URLs: from `<base href>`, `og:url` or `rel=canonical` when the saved page has one, else a neutral
 * `http://page-N.invalid/` (a reserved TLD, so no country is read from it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeCaptures } from '../../lib/scan/analyze';
import { capturePage } from '../../lib/scan/capture';
import { deobfuscate, normalizeEmail } from '../../lib/scan/emails';
import { parsePhone } from '../../lib/scan/phones';
import { countryFromName, countryFromTld } from '../../lib/scan/countries';
import { decodeHtml, NODE_BUDGET, parseDocument } from './scan-node';

const FOLDER_REGION: Record<string, { scanner: string; truth: string }> = {
  us_contact_pages: { scanner: 'US', truth: 'US' },
  nl: { scanner: 'NL', truth: 'NL' },
  random_pages: { scanner: '', truth: 'US' },
};

type Kind = 'email' | 'phone' | 'fax' | 'name';
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
interface Miss {
  file: string;
  kind: Kind;
  missed: string[];
  wrong: string[];
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(
      /\b(?:b\.?v\.?|n\.?v\.?|inc|llc|ltd|limited|gmbh|corp|co|company|the|pllc|pc|p\.c|llp|pa|p\.a|vof|v\.o\.f)\b\.?/g,
      ' ',
    )
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function nameMatches(found: string, truths: string[]): boolean {
  const f = normalizeName(found);
  if (f.length < 2) return false;
  return truths.some((t) => {
    const n = normalizeName(t);
    return n.length >= 2 && (n === f || n.includes(f) || f.includes(n));
  });
}

function pageUrl(doc: Document, index: string): string {
  const candidates = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  ];
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c)) return c;
  }
  return `http://page-${index}.invalid/`;
}

function evalFile(
  path: string,
  folder: string,
  file: string,
  tallies: Record<Kind, Tally>,
  misses: Miss[],
): boolean {
  const region = FOLDER_REGION[folder] ?? { scanner: '', truth: 'US' };
  const doc = parseDocument(decodeHtml(readFileSync(path)));
  // Truth: join spans that share a wa-id, per type.
  const byId = new Map<string, { type: string; text: string[] }>();
  for (const span of Array.from(doc.querySelectorAll('span[wa-type]'))) {
    const type = span.getAttribute('wa-type') ?? '';
    const key = `${type}:${span.getAttribute('wa-id') ?? ''}`;
    const entry = byId.get(key) ?? { type, text: [] };
    entry.text.push((span.textContent ?? '').replace(/\s+/g, ' ').trim());
    byId.set(key, entry);
  }
  // Pages labelled for other things only (the `nl` folder carries HOURS labels alone) have no contact truth.
  const contactTypes = ['ORG', 'TEL', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIPCODE', 'COUNTRY', 'PER'];
  if (![...byId.values()].some((e) => contactTypes.includes(e.type))) return false;
  // A page's own COUNTRY label (or its ccTLD) sets the region its printed phones are read in.
  const labelledCountry = [...byId.values()]
    .filter((e) => e.type === 'COUNTRY')
    .map((e) => countryFromName(e.text.join(' ')))
    .find(Boolean);
  const urlForRegion = pageUrl(doc, 'x');
  const truthRegion =
    folder === 'random_pages'
      ? labelledCountry || countryFromTld(new URL(urlForRegion).hostname) || region.truth
      : region.truth;
  const truth: Record<Kind, Set<string>> = {
    email: new Set(),
    phone: new Set(),
    fax: new Set(),
    name: new Set(),
  };
  for (const { type, text } of byId.values()) {
    const joined = text.join(' ').trim();
    if (!joined) continue;
    if (type === 'EMAIL')
      truth.email.add(normalizeEmail(deobfuscate(joined.replace(/^mailto:/i, ''))) ?? joined.toLowerCase());
    if (type === 'TEL' || type === 'FAX') {
      const parsed = parsePhone(joined, truthRegion, true);
      truth[type === 'TEL' ? 'phone' : 'fax'].add(parsed?.e164 ?? `raw:${joined}`);
    }
    if (type === 'ORG') truth.name.add(joined);
  }
  // Unwrap the annotation spans, then scan the page as it was.
  for (const span of Array.from(doc.querySelectorAll('span[wa-type]')))
    span.replaceWith(...Array.from(span.childNodes));
  const url = pageUrl(doc, `${folder}-${file.replace(/\W/g, '')}`);
  const capture = capturePage(doc, url, NODE_BUDGET);
  const scan = analyzeCaptures([capture], [], { defaultRegion: region.scanner || undefined });

  const compare = (kind: Kind, found: string[], isExcused: (v: string) => boolean = () => false) => {
    const t = truth[kind];
    const foundSet = new Set(found);
    const missed = [...t].filter((v) => !foundSet.has(v));
    const wrong = [...foundSet].filter((v) => !t.has(v) && !isExcused(v));
    tallies[kind].tp += [...foundSet].filter((v) => t.has(v)).length;
    tallies[kind].fp += wrong.length;
    tallies[kind].fn += missed.length;
    if (missed.length || wrong.length) misses.push({ file: `${folder}/${file}`, kind, missed, wrong });
  };
  const mailtoOnly = new Set(
    scan.contacts.emails.filter((e) => e.evidence.every((ev) => ev.source === 'mailto')).map((e) => e.value),
  );
  compare(
    'email',
    scan.contacts.emails.map((e) => e.value),
    (v) => mailtoOnly.has(v),
  );
  compare(
    'phone',
    scan.contacts.phones.filter((p) => p.kind !== 'fax').map((p) => p.value),
  );
  compare(
    'fax',
    scan.contacts.phones.filter((p) => p.kind === 'fax').map((p) => p.value),
  );
  // Company name: one per page; right if it matches any ORG label on the page.
  const name = scan.company.name;
  const names = [...truth.name];
  if (names.length > 0 && name && nameMatches(name, names)) tallies.name.tp++;
  else {
    if (name && names.length > 0) tallies.name.fp++;
    if (name && names.length === 0) tallies.name.fp++;
    if (names.length > 0) tallies.name.fn++;
    if (names.length > 0 || name)
      misses.push({
        file: `${folder}/${file}`,
        kind: 'name',
        missed: names.slice(0, 3),
        wrong: name ? [name] : [],
      });
  }
  return true;
}

function main(): void {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--'));
  if (!root) {
    console.error('usage: npm run eval:contacts -- <webstruct folder> [--json] [--misses N]');
    process.exit(2);
  }
  const missLimit = Number(args[args.indexOf('--misses') + 1]) || 1000;
  // `npm run` starts in the package root; the folder is relative to where the command was typed.
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), root);
  const tallies: Record<Kind, Tally> = {
    email: { tp: 0, fp: 0, fn: 0 },
    phone: { tp: 0, fp: 0, fn: 0 },
    fax: { tp: 0, fp: 0, fn: 0 },
    name: { tp: 0, fp: 0, fn: 0 },
  };
  const misses: Miss[] = [];
  let pages = 0;
  let unlabelled = 0;
  let errors = 0;
  const started = performance.now();
  const folders = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isDirectory())
    .sort();
  for (const folder of folders) {
    const files = readdirSync(join(dir, folder))
      .filter((f) => /\.html?$/i.test(f))
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    for (const file of files) {
      pages++;
      try {
        if (!evalFile(join(dir, folder, file), folder, file, tallies, misses)) unlabelled++;
      } catch (error) {
        errors++;
        console.error(`${folder}/${file}: ${String(error)}`);
      }
    }
  }
  const ms = performance.now() - started;
  const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);
  const rows = (Object.keys(tallies) as Kind[]).map((kind) => {
    const { tp, fp, fn } = tallies[kind];
    return { kind, tp, fp, fn, precision: pct(tp, tp + fp), recall: pct(tp, tp + fn) };
  });
  if (args.includes('--json')) {
    console.log(JSON.stringify({ pages, unlabelled, errors, ms: Math.round(ms), rows, misses }, null, 2));
    return;
  }
  console.log(
    `WebStruct contacts eval: ${pages} pages (${pages - unlabelled} with contact labels scored; ${unlabelled} labelled for other types only, skipped), ${errors} errors, ${(ms / 1000).toFixed(1)} s`,
  );
  console.log('type    TP   FP   FN  precision  recall');
  for (const r of rows)
    console.log(
      `${r.kind.padEnd(6)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${r.precision.padStart(9)}  ${r.recall.padStart(6)}`,
    );
  console.log('\nMisses (missed = labelled but not found; wrong = found but not labelled):');
  for (const m of misses.slice(0, missLimit))
    console.log(`${m.file} ${m.kind}: missed ${JSON.stringify(m.missed)} wrong ${JSON.stringify(m.wrong)}`);
}

main();
