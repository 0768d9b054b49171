import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify/index';
import { renderReason } from '../../../lib/classify/reasons';
import type { PageCapture, Profile, ScanResult } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureHtml } from '../../tools/scan-node';

const LED: Profile = {
  id: 'led',
  name: 'LED',
  lines: [
    { name: 'Panels', keywords: ['LED panel', 'LED-Panel'] },
    { name: 'Downlights', keywords: ['downlight', 'Einbaustrahler'] },
  ],
  industryKeywords: ['lighting', 'Leuchte', 'cable'],
  excludeKeywords: ['LED TV'],
};

/** A small but real page: header menu, product cards, footer with contacts. */
function page(
  menu: string[],
  opts: { body?: string; title?: string; lang?: string; footer?: string } = {},
): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><title>${opts.title ?? 'Shop'}</title></head><body>
  <header><nav><ul>${['Home', ...menu, 'About us', 'Contact'].map((m) => `<li><a href="/${encodeURIComponent(m)}">${m}</a></li>`).join('')}</ul></nav></header>
  <main><h1>Welcome</h1><p>${opts.body ?? ''}</p></main>
  <footer>${opts.footer ?? 'Tel. +44 20 7946 0000 · <a href="mailto:sales@example.co.uk">sales@example.co.uk</a>'}</footer></body></html>`;
}

function run(html: string, url = 'https://example.co.uk/', profile = LED) {
  const captures: PageCapture[] = [captureHtml(html, url)];
  const scan: ScanResult = analyzeCaptures(captures);
  return classify(captures, scan, profile, DEFAULT_THRESHOLDS);
}

describe('tier', () => {
  it.each([
    [
      'A: all categories are our lines',
      ['LED Panels', 'Downlights', 'Recessed Downlights', 'LED Panel Kits'],
      'A',
    ],
    ['B: half our lines', ['LED Panels', 'Downlights', 'Garden Tools', 'Paint'], 'B'],
    [
      'C: small part, rest our trade',
      ['Downlights', 'Cable', 'Pendant Leuchte', 'Lighting controls', 'Switches', 'Sockets', 'Tools', 'Fans'],
      'C',
    ],
    ['null: nothing of ours', ['Sofas', 'Beds', 'Wardrobes', 'Rugs'], null],
    ['null: excluded words never count', ['LED TV 55"', 'LED TV 65"', 'Soundbars', 'Speakers'], null],
  ])('%s', (_name, menu, expected) => {
    expect(run(page(menu)).tier.value).toBe(expected);
  });

  it('does not let one blog mention make a furniture shop a lighting shop', () => {
    const s = run(
      page(['Sofas', 'Beds', 'Wardrobes', 'Rugs'], {
        body: 'Our blog: how to pick a downlight for your hallway.',
      }),
    );
    expect(s.tier.value).toBeNull();
  });

  it('lifts a C to B with enough size signals, and says so', () => {
    const menu = ['Downlights', 'Cable', 'Switches', 'Sockets', 'Tools', 'Fans', 'Heaters', 'Alarms'];
    const small = run(page(menu));
    const big = run(page(menu, { body: 'Since 1972, 45 branches in 6 countries and 1,200 employees.' }));
    expect(small.tier.value).toBe('C');
    expect(big.tier.value).toBe('B');
    expect(big.tier.reasons[0]?.key).toBe('classify.tier.sizeLift');
  });

  it('grades a listing on a known directory as D when it shows our product and contacts', () => {
    const html = page([], {
      title: 'ACME Lighting Ltd – LED panels, downlights | europages',
      body: 'Distributor of LED panels and downlights.',
    });
    const s = run(html, 'https://www.europages.co.uk/ACME-LIGHTING/00000004.html');
    expect(s.tier.value).toBe('D');
    expect(s.tier.reasons[0]).toEqual({
      key: 'classify.tier.listingDomain',
      params: { site: 'europages.co.uk' },
    });
  });

  it('gives no D to a listing without contacts', () => {
    const html = page([], {
      title: 'ACME – LED panels | europages',
      body: 'LED panels.',
      footer: 'europages',
    });
    expect(run(html, 'https://www.europages.co.uk/ACME/1.html').tier.value).toBeNull();
  });
});

describe('buyer type', () => {
  it.each([
    ['retailer', 'Add to cart · Free shipping over £50 · Store locator', 'retailer'],
    ['wholesaler (DE)', 'Großhandel für Fachbetriebe, Mindestbestellwert 250 €, Staffelpreise', 'wholesaler'],
    [
      'distributor (ES)',
      'Distribuidor oficial y exclusivo para España. Red de distribuidores en 30 provincias.',
      'distributor',
    ],
    [
      'importer (FR)',
      'Nous importons directement : importateur depuis 1990, dédouanement inclus.',
      'importer',
    ],
    [
      'manufacturer (IT)',
      'Produttore con fabbrica propria: il nostro stabilimento ha 6 linee di produzione.',
      'manufacturer',
    ],
    [
      'manufacturer (RU)',
      'Производитель светильников, собственное производство, наш завод в Туле.',
      'manufacturer',
    ],
    ['wholesaler (PT)', 'Venda por atacado, quantidade mínima 100 unidades.', 'wholesaler'],
    ['unknown', 'We love light and good design.', 'unknown'],
  ])('%s', (_name, body, expected) => {
    expect(run(page(['LED Panels'], { body })).buyerType.value).toBe(expected);
  });

  it('names the second type of a mixed business', () => {
    const s = run(
      page(['LED Panels'], {
        body: 'Wholesale and retail: trade accounts with minimum order, or add to cart as a private customer. Free shipping. Store locator.',
      }),
    );
    expect(new Set([s.buyerType.value, s.buyerType.secondary])).toEqual(new Set(['wholesaler', 'retailer']));
  });
});

describe('renderReason', () => {
  it('renders in English and Chinese with params', () => {
    const reason = {
      key: 'classify.tier.rangeShare',
      params: { matched: 3, total: 4, examples: 'LED Panels' },
    };
    expect(renderReason(reason, 'en')).toBe('3 of 4 product categories match: LED Panels');
    expect(renderReason(reason, 'zh')).toContain('4 个产品类别中有 3 个匹配');
  });
});
