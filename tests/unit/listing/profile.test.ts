import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingNamesDomain } from '../../../lib/listing/profile';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureFile } from '../../tools/scan-node';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');
const scanOf = (site: string, page: string, url: string) => {
  const capture = captureFile(resolve(SITES, site, page), url);
  return { capture, scan: analyzeCaptures([capture]) };
};

describe('a directory profile of one company is that company', () => {
  it.each([
    [
      'europages.co.uk',
      'https://www.europages.co.uk/NORDLICHT-LED/00000012.html',
      'nordlicht-led.nl',
      'NORDLICHT LED TRADING BV',
    ],
    [
      'kompass.com',
      'https://ro.kompass.com/c/officia-import-srl/ro0123456/',
      'officia.ro',
      'OFFICIA IMPORT SRL',
    ],
    [
      'firmenabc.at',
      'https://www.firmenabc.at/led-grosshandel-steiner-gmbh_AbCd',
      'led-steiner.at',
      'LED-Großhandel Steiner GmbH',
    ],
  ])('%s', (site, url, domain, name) => {
    const { scan } = scanOf(site, 'index.html', url);
    expect(scan.domain).toBe(domain);
    expect(scan.company.name).toBe(name);
    expect(scan.url).toBe(url);
    // The directory's own addresses and profiles are not the company's.
    const dir = site.split('.')[0]!;
    for (const e of scan.contacts.emails) expect(e.value).not.toContain(dir);
    for (const s of scan.contacts.socials) expect(s.url).not.toContain(dir);
    expect(scan.contacts.emails.some((e) => e.isOwnDomain)).toBe(true);
  });

  it('two profiles on one directory are two prospects', () => {
    const a = scanOf(
      'europages.co.uk',
      'index.html',
      'https://www.europages.co.uk/NORDLICHT-LED/00000012.html',
    );
    const b = scanOf('kompass.com', 'index.html', 'https://www.europages.co.uk/OFFICIA/00000099.html');
    expect(a.scan.domain).not.toBe(b.scan.domain);
  });

  it('a directory category page stays the directory', () => {
    const { scan } = scanOf(
      'tradefind-directory.com',
      'index.html',
      'https://www.tradefind-directory.com/importers/ball-valves/poland',
    );
    expect(scan.domain).toBe('tradefind-directory.com');
  });

  it('a company site on its own domain is not touched', () => {
    const { scan } = scanOf('leuchten-mueller.de', 'index.html', 'https://www.leuchten-mueller.de/');
    expect(scan.domain).toBe('leuchten-mueller.de');
  });

  it.each([
    ['NORDLICHT LED TRADING BV', 'nordlicht-led.nl', true],
    ['LED-Großhandel Steiner GmbH', 'led-steiner.at', true],
    ['OFFICIA IMPORT SRL', 'officia.ro', true],
    ['Ball valve importers in Poland', 'instal-polska.com.pl', false],
    ['Similar suppliers', 'luxlight.be', false],
    ['Lighting GmbH', 'example-gmbh.de', false],
  ])('heading %s names %s: %s', (heading, domain, expected) =>
    expect(headingNamesDomain(heading, domain)).toBe(expected),
  );
});
