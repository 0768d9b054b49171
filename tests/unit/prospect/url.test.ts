/** Which addresses TierScout trusts (issue 17): only http(s) is stored, opened or turned into a domain. */
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/read-csv';
import { importRows } from '../../../lib/import/rows';
import { ProspectSchema } from '../../../lib/model';
import { mergeProspect, prospectFromScan } from '../../../lib/prospect/merge';
import { hasUrlScheme, isHttpUrl, siteUrlOf, websiteFromCell } from '../../../lib/prospect/url';
import { registrableDomain } from '../../../lib/scan/domain';
import { prospectOf, scanOf } from './fixtures';

const HOSTILE = [
  'data:text/html,<script>location="https://evil.example/login"</script>',
  'javascript:alert(document.cookie)',
  'file:///etc/passwd',
  'chrome://settings/passwords',
  'chrome-extension://abcdefghijklmnop/options.html',
  'about:blank',
  'blob:https://weber.de/1234',
  'ftp://weber.de/katalog.pdf',
  'mailto:info@weber.de',
  'view-source:https://weber.de/',
];

describe('isHttpUrl', () => {
  it.each(['https://weber.de/', 'http://www.luzdiseno.es/contacto?x=1', 'https://xn--mller-kva.de/'])(
    'trusts %s',
    (url) => expect(isHttpUrl(url)).toBe(true),
  );
  it.each([...HOSTILE, 'https://', 'weber.de', '', `https://weber.de/${'a'.repeat(3000)}`])(
    'does not trust %s',
    (url) => expect(isHttpUrl(url)).toBe(false),
  );
});

describe('websiteFromCell', () => {
  it.each([
    ['www.weber.de', 'https://www.weber.de'],
    ['weber.de/kontakt', 'https://weber.de/kontakt'],
    ['weber.de:8080', 'https://weber.de:8080'],
    ['HTTP://Weber.de/', 'HTTP://Weber.de/'],
    ['  https://luzdiseno.es ', 'https://luzdiseno.es'],
  ])('%s → %s', (cell, url) => expect(websiteFromCell(cell)).toBe(url));
  it.each(HOSTILE)('rejects %s', (cell) => {
    expect(hasUrlScheme(cell)).toBe(true);
    expect(websiteFromCell(cell)).toBeNull();
  });
});

describe('domains come only from http(s)', () => {
  it.each(HOSTILE)('registrableDomain(%s) is empty', (url) => expect(registrableDomain(url)).toBe(''));
  it('keeps http(s) domains', () => {
    expect(registrableDomain('https://shop.weber.co.uk/x')).toBe('weber.co.uk');
  });
});

describe('the prospect schema and "open site"', () => {
  it.each(HOSTILE)('a stored url of %s is rejected with its path', (url) => {
    const result = ProspectSchema.safeParse({ ...prospectOf('weber.de'), url });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['url'], message: 'not an http(s) address' });
  });
  it('open site falls back to the domain home page, and to nothing for a hostile domain', () => {
    expect(siteUrlOf({ url: 'https://weber.de/kontakt', domain: 'weber.de' })).toBe(
      'https://weber.de/kontakt',
    );
    expect(siteUrlOf({ url: 'data:text/html,x', domain: 'weber.de' })).toBe('https://weber.de/');
    expect(siteUrlOf({ url: 'chrome://settings/passwords', domain: 'settings/passwords' })).toBeNull();
    expect(siteUrlOf({ url: 'javascript:alert(1)', domain: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('CSV import of hostile websites', () => {
  const sheet = [
    'Company,Website,Email',
    'Phish Ltd,"data:text/html,<script>alert(1)</script>",',
    'Passwd,file:///etc/passwd,',
    'Settings,chrome://settings/passwords,',
    'Script,javascript:alert(1),',
    'Mail only,mailto:info@weber.de,info@weber.de',
    'Weber,www.weber.de,',
  ].join('\r\n');
  const { headers, rows } = parseCsv(sheet);
  const result = importRows(rows, {
    mapping: guessMapping(headers),
    dateOrder: 'dmy',
    now: '2026-12-01T00:00:00.000Z',
  });

  it('flags each one with its line and never stores a non-http(s) address', () => {
    // The rows keyed only by their hostile website are held; the one with a company e-mail is imported without it.
    expect(result.prospects.map((p) => [p.domain, p.url])).toEqual([
      ['weber.de', 'https://weber.de/'],
      ['weber.de', 'https://www.weber.de'],
    ]);
    expect(result.flagged.map((r) => [r.line, r.imported])).toEqual([
      [2, false],
      [3, false],
      [4, false],
      [5, false],
      [6, true],
    ]);
    for (const r of result.flagged)
      expect(r.flags).toEqual([
        { field: 'website', column: 1, value: r.cells[1], key: 'import.problem.url' },
      ]);
  });

  it('flags a domain cell with a non-http(s) scheme and keys the row by its company e-mail instead', () => {
    const table = parseCsv('Company,Domain,Email\r\nWeber,chrome://settings/passwords,info@weber.de\r\n');
    const read = importRows(table.rows, {
      mapping: guessMapping(table.headers),
      dateOrder: 'dmy',
      now: '2026-12-01T00:00:00.000Z',
    });
    expect(read.prospects.map((p) => [p.domain, p.url])).toEqual([['weber.de', 'https://weber.de/']]);
    expect(read.flagged[0]!.flags).toEqual([
      { field: 'domain', column: 1, value: 'chrome://settings/passwords', key: 'import.problem.url' },
    ]);
  });

  it('never turns chrome://settings/passwords into the company "settings"', () => {
    expect(result.prospects.some((p) => p.domain === 'settings' || p.company.name === 'settings')).toBe(
      false,
    );
  });
});

describe('rows from before the check', () => {
  it('a new save replaces a stored chrome: address with the scanned http(s) one', () => {
    const old = { ...prospectOf('weber.de'), url: 'chrome://settings/passwords' };
    const merged = mergeProspect(old, prospectOf('weber.de', { url: 'https://weber.de/kontakt' }));
    expect(merged.url).toBe('https://weber.de/kontakt');
    expect(ProspectSchema.safeParse(merged).success).toBe(true);
  });

  it('a scanned address longer than the stored bound is clipped, so the save still validates', () => {
    const scan = scanOf('weber.de');
    scan.company.address = 'Industriestraße 1, '.repeat(400);
    const p = prospectFromScan({ scan }, '2026-12-01T00:00:00.000Z');
    expect(p.company.address.length).toBe(2000);
    expect(ProspectSchema.safeParse(p).success).toBe(true);
  });
});
