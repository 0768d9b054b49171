import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayBeListing } from '../../../lib/listing/capture';
import type { PageCapture } from '../../../lib/model';
import { captureFile } from '../../tools/scan-node';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');

describe('the page capture reads listings, and only listings', () => {
  it('a dealer locator comes back with its entries', () => {
    const capture = captureFile(
      resolve(SITES, 'lumatec-leuchten.de/haendler.html'),
      'https://www.lumatec-leuchten.de/haendler',
    );
    expect(capture.listing?.source).toBe('markup');
    expect(capture.listing?.entries).toHaveLength(41);
  });

  it('an ordinary company page does not pay for the listing search', () => {
    for (const page of ['index.html', 'kontakt.html']) {
      const capture = captureFile(
        resolve(SITES, 'leuchten-mueller.de', page),
        'https://www.leuchten-mueller.de/',
      );
      expect(mayBeListing(capture)).toBe(false);
      expect(capture.listing).toBeUndefined();
    }
  });

  it('no company home page of the fixture sites is offered as a listing', () => {
    const listed: string[] = [];
    for (const site of readdirSync(SITES)) {
      let capture: PageCapture;
      try {
        capture = captureFile(resolve(SITES, site, 'index.html'), `https://www.${site}/`);
      } catch {
        continue;
      }
      if ((capture.listing?.entries.length ?? 0) > 0) listed.push(site);
    }
    // Only pages that really list companies: a trade-show exhibitor list and a marketplace category.
    for (const site of listed)
      expect([
        'gulf-light-expo.com',
        'salon-lumiere-expo.fr',
        'alibaba.com',
        'tradefind-directory.com',
      ]).toContain(site);
  });
});
