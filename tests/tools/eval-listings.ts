/**
 * `npm run eval:listings` — contacts read from the labelled dealer-list fixtures (tests/fixtures/listings/*.json,
 * written by tests/tools/build-listing-fixtures.ts): per page and in all, how many listed companies were found,
 * how many broken entries were skipped, and precision / recall of phones (fax included) and e-mails, each found
 * value counted right only when it is on the entry of the dealer that lists it. Runs the popup's own path
 * (capturePage → analyzeCaptures → listingViewOf) under Node. Issue 10's aim: recall ≥ 90 %, precision ≥ 95 %.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listingViewOf } from '../../lib/listing/view';
import { analyzeCaptures } from '../../lib/scan/analyze';
import type { LabelledDealer } from './build-listing-fixtures';
import { captureFile } from './scan-node';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface ListingScore {
  page: string;
  listed: number;
  found: number;
  matched: number;
  skipped: number;
  broken: number;
  phones: { expected: number; found: number; right: number };
  emails: { expected: number; found: number; right: number };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Scores one labelled listing page. */
export function scoreListing(file: string): ListingScore {
  const label = JSON.parse(readFileSync(file, 'utf8')) as {
    url: string;
    page: string;
    broken: number;
    dealers: LabelledDealer[];
  };
  const capture = captureFile(resolve(FIXTURES, 'sites', label.page), label.url);
  const view = listingViewOf(capture, analyzeCaptures([capture]), null, undefined);
  const entries = view?.listing.entries ?? [];
  const byName = new Map(label.dealers.map((d) => [norm(d.name), d]));
  const score: ListingScore = {
    page: label.page,
    listed: label.dealers.length,
    found: entries.length,
    matched: 0,
    skipped: view?.listing.skipped ?? 0,
    broken: label.broken,
    phones: { expected: 0, found: 0, right: 0 },
    emails: { expected: 0, found: 0, right: 0 },
  };
  for (const d of label.dealers) {
    score.phones.expected += d.phones.length + d.fax.length;
    score.emails.expected += d.emails.length;
  }
  for (const e of entries) {
    const dealer = byName.get(norm(e.name));
    if (dealer) score.matched++;
    const phones = new Set([...(dealer?.phones ?? []), ...(dealer?.fax ?? [])]);
    const emails = new Set(dealer?.emails ?? []);
    score.phones.found += e.phones.length;
    score.phones.right += e.phones.filter((p) => phones.has(p.value)).length;
    score.emails.found += e.emails.length;
    score.emails.right += e.emails.filter((m) => emails.has(m)).length;
  }
  return score;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(FIXTURES, 'listings');
  const scores = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => scoreListing(resolve(dir, f)));
  const sum = (pick: (s: ListingScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  for (const s of [
    ...scores,
    {
      page: 'all',
      listed: sum((s) => s.listed),
      found: sum((s) => s.found),
      matched: sum((s) => s.matched),
      skipped: sum((s) => s.skipped),
      broken: sum((s) => s.broken),
      phones: {
        expected: sum((s) => s.phones.expected),
        found: sum((s) => s.phones.found),
        right: sum((s) => s.phones.right),
      },
      emails: {
        expected: sum((s) => s.emails.expected),
        found: sum((s) => s.emails.found),
        right: sum((s) => s.emails.right),
      },
    },
  ])
    console.log(
      `${s.page.padEnd(40)} companies ${s.found}/${s.listed} (named right ${s.matched}), skipped ${s.skipped} of ${s.broken} broken · phones P ${pct(s.phones.right, s.phones.found)} R ${pct(s.phones.right, s.phones.expected)} · e-mails P ${pct(s.emails.right, s.emails.found)} R ${pct(s.emails.right, s.emails.expected)}`,
    );
}
