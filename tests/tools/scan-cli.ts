/**
 * `npm run scan -- <page.html> [more pages of the same site…] --url <first page URL> [--profile p.json]`
 * `npm run --silent scan -- --batch jobs.jsonl [--recycle N] [--rss N]`
 *
 * Runs the extension's own scanner (capturePage → analyzeCaptures) under Node on saved pages and prints JSON.
 * Batch: one job per line, `{"files": ["a.html", …], "url": "https://…", "profile": {…}}`; exactly one JSON line
 * per job, in order; a failing job prints `{"error": …}` and the batch goes on. Files resolve against the current
 * directory, then against the jobs file's directory. Pages after the first get URLs from their file names
 * (`kontakt.html` → `<site>/kontakt`). Every job also prints `entries`: the companies the first page lists (a dealer
 * or exhibitor list; [] for a company page), and `skipped`, the entries that could not be read. A batch parses
 * with a fresh happy-dom window every `--recycle` jobs (default 5; 0 never), so 1,000 jobs run in flat memory;
 * `--rss N` prints the process memory to stderr every N jobs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageCapture, ScanResult } from '../../lib/model';
import { listingViewOf } from '../../lib/listing/view';
import { analyzeCaptures } from '../../lib/scan/analyze';
import { addClassification, type ScanOutput } from './classify-hook';
import { captureHtml, decodeHtml, parseDocument, recycleParser } from './scan-node';

/**
 * Jobs between two fresh parser windows in a batch. Measured on 1,000 prospect-corpus jobs with a 512 MB heap: every
 * 5 jobs ran in 250–570 MB RSS throughout; every 25 ran out of memory after 450 jobs (a window holds every page it
 * parsed until closed); never recycling grew by ~10 MB a job. `npm run scan` caps the heap at 1 GB so the garbage
 * of closed windows is collected rather than left to grow.
 */
const RECYCLE_EVERY = 5;

interface Job {
  files: string[];
  url?: string;
  profile?: unknown;
}

/** The URL a saved page claims for itself (`<base href>`, `og:url`, canonical), '' if none. */
function urlFromPage(html: string): string {
  const doc = parseDocument(html);
  for (const value of [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  ]) {
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return '';
}

function urlOfSibling(file: string, firstFile: string, firstUrl: string): string {
  // `pages/contact.html` beside `index.html` → `<site>/pages/contact`.
  const name = relative(dirname(resolve(firstFile)), resolve(file))
    .replace(/\\/g, '/')
    .replace(/\.html?$/i, '')
    .replace(/(?:^|\/)index$/, '');
  try {
    return new URL(name.startsWith('..') ? basename(name) : name || '.', firstUrl).href;
  } catch {
    return firstUrl;
  }
}

/** Scans one job's files into the printed object. */
export function runJob(job: Job, baseDir: string): ScanOutput {
  if (!job || typeof job !== 'object' || Array.isArray(job)) throw new Error('job is not a JSON object');
  if (!Array.isArray(job.files) || job.files.length === 0) throw new Error('job has no files');
  const captures: PageCapture[] = [];
  let firstUrl = job.url ?? '';
  job.files.forEach((file, i) => {
    // Relative to where the command was typed, else to the jobs file (batch) or the working folder.
    const typed = resolve(process.env.INIT_CWD ?? process.cwd(), file);
    const path = existsSync(typed) ? typed : resolve(baseDir, file);
    const html = decodeHtml(readFileSync(path));
    if (i === 0 && !firstUrl) firstUrl = urlFromPage(html);
    const url = i === 0 ? firstUrl : urlOfSibling(file, job.files[0] ?? file, firstUrl);
    captures.push(captureHtml(html, url));
  });
  const scan = analyzeCaptures(captures);
  const out = addClassification(toOutput(scan), captures, scan, job.profile);
  return { ...out, ...listingOutput(captures[0], scan) };
}

/**
 * The companies a listing page shows (issue 10): `entries` (one per company: key, name, website, country, city,
 * address, emails, phones, fax) and `skipped` (entries that could not be read); `entries` is [] for a page that
 * lists no companies.
 */
export function listingOutput(capture: PageCapture | undefined, scan: ScanResult): ScanOutput {
  const view = capture ? listingViewOf(capture, scan, null, undefined) : null;
  return {
    entries: (view?.listing.entries ?? []).map((e) => ({
      key: e.key,
      name: e.name,
      website: e.website,
      country: e.country,
      city: e.city,
      address: e.address,
      emails: e.emails,
      phones: e.phones.filter((p) => p.kind !== 'fax').map((p) => p.value),
      fax: e.phones.filter((p) => p.kind === 'fax').map((p) => p.value),
    })),
    skipped: view?.listing.skipped ?? 0,
  };
}

/** The flat keys reviewers and scripts read first, plus the full evidence-bearing result under `details`. */
export function toOutput(scan: ScanResult): ScanOutput {
  return {
    url: scan.url,
    domain: scan.domain,
    company: {
      name: scan.company.name,
      country: scan.company.country,
      language: scan.company.language,
      address: scan.company.address,
    },
    contacts: {
      emails: scan.contacts.emails.map((e) => e.value),
      phones: scan.contacts.phones.filter((p) => p.kind !== 'fax').map((p) => p.value),
      fax: scan.contacts.phones.filter((p) => p.kind === 'fax').map((p) => p.value),
      whatsapp: scan.contacts.messengers.filter((m) => m.kind === 'whatsapp').map((m) => m.value),
      messengers: scan.contacts.messengers.map((m) => `${m.kind}:${m.value}`),
      socials: scan.contacts.socials.map((s) => s.url),
    },
    details: scan,
  };
}

/** One output line per non-empty job line, in order; a failing job becomes `{"error": …}`. */
export function* runBatchLines(lines: Iterable<string>, baseDir: string): Generator<string> {
  for (const line of lines) {
    if (!line.trim()) continue;
    let result: ScanOutput;
    try {
      result = runJob(JSON.parse(line) as Job, baseDir);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : String(error) };
    }
    yield JSON.stringify(result);
  }
}

/** Batch options: recycle the parser every `recycleEvery` jobs (0: never); print memory to stderr every `rssEvery`. */
interface BatchOptions {
  recycleEvery: number;
  rssEvery: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function runBatch(jobsFile: string, options: BatchOptions): Promise<void> {
  const lines = readFileSync(jobsFile, 'utf8').split(/\r?\n/);
  const out: string[] = [];
  let done = 0;
  let peak = 0;
  for (const line of runBatchLines(lines, dirname(resolve(jobsFile)))) {
    out.push(line);
    done++;
    if (out.length >= 50) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
    if (options.recycleEvery > 0 && done % options.recycleEvery === 0) await recycleParser();
    if (options.rssEvery > 0) {
      const { rss, heapUsed } = process.memoryUsage();
      peak = Math.max(peak, rss);
      if (done % options.rssEvery === 0)
        process.stderr.write(
          `[batch] ${done} jobs: rss ${mb(rss)}, heap ${mb(heapUsed)}, peak rss ${mb(peak)}\n`,
        );
    }
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // `npm run` starts scripts in the package root; paths on the command line are relative to where the rep typed it.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const batch = value('--batch');
  if (batch) {
    await runBatch(resolve(cwd, batch), {
      recycleEvery: Number(value('--recycle') ?? RECYCLE_EVERY),
      rssEvery: Number(value('--rss') ?? 0),
    });
    return;
  }
  const flagsWithValues = new Set(['--url', '--profile', '--recycle', '--rss']);
  const files = args.filter((a, i) => !a.startsWith('--') && !flagsWithValues.has(args[i - 1] ?? ''));
  if (files.length === 0) {
    console.error(
      'usage: npm run scan -- <page.html> [more pages…] --url <first page URL> [--profile p.json]',
    );
    console.error('       npm run --silent scan -- --batch jobs.jsonl');
    process.exit(2);
  }
  const profilePath = value('--profile');
  try {
    const profile = profilePath ? JSON.parse(readFileSync(resolve(cwd, profilePath), 'utf8')) : undefined;
    console.log(JSON.stringify(runJob({ files, url: value('--url'), profile }, cwd), null, 2));
  } catch (error) {
    console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    process.exit(1);
  }
}

// Run only as a script (tsx), not when a test imports the functions above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
