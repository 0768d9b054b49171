/**
 * Fixture sites → scan → compare with each site's expected.json. The pages are loaded with the same Node loader as
 * `npm run scan` (happy-dom's DOMParser) and captured by the same `capturePage` the content script runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureFile } from '../../tools/scan-node';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');

/** The scanner's fixture sites (issue 3's list); other engineers' sites live beside them. */
const SCANNER_SITES = [
  'brewhaus-supply.com',
  'aquaflow-pumps.co.uk',
  'grosshandel-weber.de',
  'importaciones-levante.es',
  'ningbo-hengda-valve.com',
  'tradefind-directory.com',
  'harbor-lighting.com.au',
  'quiet-meadow-journal.net',
];

interface Expected {
  url: string;
  pages: string[];
  pageUrls?: string[];
  domain: string;
  company: { name: string; country: string; language: string; address?: string; addressIncludes?: string[] };
  emails: string[];
  firstEmails?: string[];
  roleEmails?: string[];
  phones: string[];
  fax: string[];
  whatsapp: string[];
  messengers?: string[];
  socials: string[];
  counts?: { cartControlsAtLeast?: number; productCardsAtLeast?: number; externalLinksAtLeast?: number };
}

function pageUrl(expected: Expected, page: string, i: number): string {
  if (expected.pageUrls?.[i]) return expected.pageUrls[i];
  const path = page.replace(/\.html$/, '').replace(/(?:^|\/)index$/, '');
  return new URL(path || '.', expected.url).href;
}

function scanSite(site: string) {
  const expected = JSON.parse(readFileSync(resolve(SITES, site, 'expected.json'), 'utf8')) as Expected;
  const captures = expected.pages.map((page, i) =>
    captureFile(resolve(SITES, site, page), pageUrl(expected, page, i)),
  );
  return { expected, captures, scan: analyzeCaptures(captures) };
}

const sorted = (list: string[]) => [...list].sort();

describe.each(SCANNER_SITES)('fixture site %s', (site) => {
  const { expected, captures, scan } = scanSite(site);

  it('finds the registrable domain and the company facts', () => {
    expect(scan.domain).toBe(expected.domain);
    expect(scan.company.name).toBe(expected.company.name);
    expect(scan.company.country).toBe(expected.company.country);
    expect(scan.company.language).toBe(expected.company.language);
    if (expected.company.address !== undefined) expect(scan.company.address).toBe(expected.company.address);
    for (const part of expected.company.addressIncludes ?? []) expect(scan.company.address).toContain(part);
    if (scan.company.name) expect(scan.company.evidence.name.length).toBeGreaterThan(0);
  });

  it('finds exactly the expected e-mails, own domain first, roles marked', () => {
    const emails = scan.contacts.emails.map((e) => e.value);
    expect(sorted(emails)).toEqual(sorted(expected.emails));
    if (expected.firstEmails)
      expect(emails.slice(0, expected.firstEmails.length)).toEqual(expected.firstEmails);
    if (expected.roleEmails)
      expect(sorted(scan.contacts.emails.filter((e) => e.isRole).map((e) => e.value))).toEqual(
        sorted(expected.roleEmails),
      );
    for (const email of scan.contacts.emails) expect(email.evidence.length).toBeGreaterThan(0);
  });

  it('finds exactly the expected phones and faxes in E.164', () => {
    const phones = scan.contacts.phones.filter((p) => p.kind !== 'fax').map((p) => p.value);
    const faxes = scan.contacts.phones.filter((p) => p.kind === 'fax').map((p) => p.value);
    expect(sorted(phones)).toEqual(sorted(expected.phones));
    expect(sorted(faxes)).toEqual(sorted(expected.fax));
    for (const phone of scan.contacts.phones) expect(phone.value).toMatch(/^\+[1-9]\d{6,14}$/);
  });

  it('finds the messengers and the company social profiles, not share buttons or platform accounts', () => {
    const whatsapp = scan.contacts.messengers.filter((m) => m.kind === 'whatsapp').map((m) => m.value);
    expect(sorted(whatsapp)).toEqual(sorted(expected.whatsapp));
    if (expected.messengers) {
      const others = scan.contacts.messengers
        .filter((m) => m.kind !== 'whatsapp')
        .map((m) => `${m.kind}:${m.value}`);
      expect(sorted(others)).toEqual(sorted(expected.messengers));
    }
    expect(sorted(scan.contacts.socials.map((s) => s.url))).toEqual(sorted(expected.socials));
  });

  it('records every page and the counts the classifier reads', () => {
    expect(scan.pages.map((p) => p.ok)).toEqual(expected.pages.map(() => true));
    const counts = captures[0]!.counts;
    if (expected.counts?.cartControlsAtLeast !== undefined)
      expect(counts.cartControls).toBeGreaterThanOrEqual(expected.counts.cartControlsAtLeast);
    if (expected.counts?.productCardsAtLeast !== undefined)
      expect(counts.productCards).toBeGreaterThanOrEqual(expected.counts.productCardsAtLeast);
    if (expected.counts?.externalLinksAtLeast !== undefined)
      expect(counts.externalLinks).toBeGreaterThanOrEqual(expected.counts.externalLinksAtLeast);
    expect(captures.every((c) => c.blocks.length > 0 && c.chars > 0)).toBe(true);
  });
});
