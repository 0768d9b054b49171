// @vitest-environment happy-dom
/**
 * capturePage on the live `document` (happy-dom, as the content script sees it) and on parsed documents, plus the
 * bad inputs the issue names: huge pages, deep nesting, `@` floods, broken JSON-LD, odd encodings.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageCapture } from '../../../lib/model';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { capturePage, MAX_CAPTURE_CHARS } from '../../../lib/scan/capture';
import { decodeHtml, NODE_BUDGET, parseDocument } from '../../tools/scan-node';

const textOf = (capture: PageCapture, zone?: string) =>
  capture.blocks
    .filter((b) => !zone || b.zone === zone)
    .map((b) => b.text)
    .join('\n');

describe('capturePage on the live document', () => {
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'de-DE');
    document.head.innerHTML = `<title>Kontakt – Weber</title><meta name="description" content="Großhandel für Armaturen">
      <meta property="og:site_name" content="Weber"><script type="application/ld+json">{"@type":"Organization","name":"Weber GmbH"}</script>`;
    document.body.innerHTML = `
      <div id="cookie" hidden>Cookie text hidden@firma.de</div>
      <nav><ul><li><a href="/sanitaer">Sanitär</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
      <h1>Armaturen</h1>
      <div class="product-card"><h3>Kugelhahn</h3><button>In den Warenkorb</button></div>
      <p>Text <b>inline</b> bold<script>var x = "script@firma.de";</script><style>.a{}</style></p>
      <template><p>template@firma.de</p></template><noscript>noscript@firma.de</noscript>
      <textarea>draft@firma.de</textarea><span aria-hidden="true">icon</span><div style="display:none">none@firma.de</div>
      <address>Weber GmbH<br>Eckendorfer Straße 112<br>33609 Bielefeld</address>
      <footer>Tel. 0521 987650 <a href="mailto:info@weber.de">Mail</a> <a href="https://www.linkedin.com/company/weber">in</a>
        <a href="https://other-site.com/">Partner</a> <span data-cfemail="3c534e58594e4f7c545d4e5e534e1150555b544855525b125f5351125d49">[email protected]</span></footer>
      <form><input></form>`;
  });

  it('reads text by zone and skips what a visitor cannot see', () => {
    const capture = capturePage(document, 'https://grosshandel-weber.de/kontakt');
    expect(capture.title).toBe('Kontakt – Weber');
    expect(capture.lang).toBe('de-de');
    expect(capture.meta['og:site_name']).toBe('Weber');
    expect(textOf(capture, 'title')).toBe('Kontakt – Weber');
    expect(textOf(capture, 'meta')).toContain('Großhandel für Armaturen');
    expect(textOf(capture, 'nav')).toContain('Sanitär');
    expect(textOf(capture, 'heading')).toContain('Armaturen');
    expect(textOf(capture, 'product')).toContain('Kugelhahn');
    expect(textOf(capture, 'address')).toContain('33609 Bielefeld');
    expect(textOf(capture, 'footer')).toContain('Tel. 0521 987650');
    expect(textOf(capture, 'body')).toContain('Text inline bold');
    const all = textOf(capture);
    for (const hidden of ['hidden@', 'script@', 'template@', 'noscript@', 'draft@', 'none@', 'icon', '.a{}'])
      expect(all).not.toContain(hidden);
  });

  it('collects links, encoded addresses, JSON-LD and counts', () => {
    const capture = capturePage(document, 'https://grosshandel-weber.de/kontakt');
    const hrefs = capture.links.map((l) => l.href);
    expect(hrefs).toContain('mailto:info@weber.de');
    expect(hrefs).toContain('https://www.linkedin.com/company/weber');
    expect(hrefs).toContain('https://grosshandel-weber.de/sanitaer');
    expect(hrefs).not.toContain('https://other-site.com/');
    expect(capture.links.find((l) => l.href === 'mailto:info@weber.de')?.zone).toBe('footer');
    expect(capture.encoded).toEqual([
      { kind: 'cfemail', value: '3c534e58594e4f7c545d4e5e534e1150555b544855525b125f5351125d49' },
    ]);
    expect(capture.jsonld).toHaveLength(1);
    expect(capture.counts).toEqual({ forms: 1, cartControls: 1, productCards: 1, externalLinks: 2 });
    expect(capture.truncated).toBe(false);
  });
});

describe('capturePage on bad input', () => {
  it('reads a 5 MB page with 100k nodes up to its budget, high-value zones first', () => {
    const rows: string[] = [];
    for (let i = 0; i < 50_000; i++)
      rows.push(
        `<div class="row"><p>Artikel ${i}: Edelstahl-Kugelhahn mit Vollbohrung, PN40, DN${i % 100}</p></div>`,
      );
    const html = `<html><head><title>Huge</title></head><body>${rows.join('')}<footer>Kontakt: sales@huge-shop.de</footer></body></html>`;
    expect(html.length).toBeGreaterThan(4_000_000);
    const capture = capturePage(parseDocument(html), 'https://huge-shop.de/', NODE_BUDGET);
    expect(capture.truncated).toBe(true);
    // Title and meta text come on top of the budget.
    expect(capture.chars).toBeLessThanOrEqual(MAX_CAPTURE_CHARS + 5_000);
    expect(textOf(capture, 'footer')).toContain('sales@huge-shop.de');
    const scan = analyzeCaptures([capture]);
    expect(scan.contacts.emails.map((e) => e.value)).toEqual(['sales@huge-shop.de']);
    expect(scan.pages[0]?.truncated).toBe(true);
    // Not a speed limit: happy-dom needs several seconds to build and walk 100k nodes on this shared VM, and
    // Vitest's default 5 s runner timeout would cut it off (the real-browser timing is in tests/bench).
  }, 120_000);

  it('survives 20,000 levels of nesting', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}deep text info@deep-firma.de${'</div>'.repeat(20_000)}</body></html>`;
    const capture = capturePage(parseDocument(html), 'https://deep-firma.de/', NODE_BUDGET);
    expect(textOf(capture)).toContain('info@deep-firma.de');
  });

  it('handles text full of @ and broken JSON-LD without throwing', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "Organization", "name": "Broken</script>
      <script type="application/ld+json">{{{{</script></head><body><p>${'@'.repeat(300_000)} a@b@c@@ ＠＠ [at] (at)</p>
      <footer>© 2024 Flood Trading Ltd</footer></body></html>`;
    const capture = capturePage(parseDocument(html), 'https://flood-trading.co.uk/', NODE_BUDGET);
    const scan = analyzeCaptures([capture]);
    expect(scan.contacts.emails).toEqual([]);
    expect(scan.company.name).toBe('Flood Trading Ltd');
    expect(scan.company.country).toBe('GB');
  });

  it('returns an empty capture rather than throwing on a broken document', () => {
    const broken = {
      querySelector: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    const capture = capturePage(broken, 'https://x.de/');
    expect(capture.url).toBe('https://x.de/');
    expect(capture.blocks).toEqual([]);
  });

  it('analyzeCaptures is total on empty and odd input', () => {
    expect(analyzeCaptures([]).domain).toBe('');
    const failures = [{ url: 'https://x.de/kontakt', error: 'HTTP 404' }];
    const scan = analyzeCaptures([], failures);
    expect(scan.pages).toEqual([
      { url: 'https://x.de/kontakt', title: '', ok: false, error: 'HTTP 404', truncated: false },
    ]);
    const odd = { url: 'not a url', blocks: null } as unknown as PageCapture;
    expect(() => analyzeCaptures([odd])).not.toThrow();
  });
});

describe('menus named by their class', () => {
  it('reads a category menu in a div named like a nav (gnb, path_nav, site-nav) as navigation', () => {
    const html = `<html lang="ko"><body><div class="path_nav"><div class="category"><a href="#">도서</a>
      <div class="nav_layer"><ul><li><a href="/deallist/1">여성의류</a></li><li><a href="/deallist/2">패션잡화</a></li>
      <li><a href="/deallist/3">반려동물용품</a></li></ul></div></div></div>
      <div id="header"><ul class="gnb"><li><a href="/c/beauty">뷰티</a></li></ul></div>
      <main><h1>정기구독</h1><p>상품 설명</p></main></body></html>`;
    const capture = capturePage(parseDocument(html), 'https://www.tmon.example.kr/deal/1', NODE_BUDGET);
    expect(textOf(capture, 'nav')).toContain('반려동물용품');
    expect(textOf(capture, 'nav')).toContain('뷰티');
    expect(textOf(capture, 'nav')).not.toContain('상품 설명');
  });

  it('leaves a box that only starts with "nav" (nav-box, sub-nav-box: a page wrapper) in the body', () => {
    const html = `<html lang="ru"><body><div class="sub-nav-box"><h2>Каталог</h2><ul><li><a href="/a">Аккумуляторы</a></li>
      <li><a href="/b">Шины и диски</a></li></ul><p>Поиск запчастей по номеру детали</p></div></body></html>`;
    const capture = capturePage(parseDocument(html), 'https://exist.example.ru/', NODE_BUDGET);
    expect(textOf(capture, 'nav')).toBe('');
    expect(textOf(capture)).toContain('Аккумуляторы');
  });
});

describe('decodeHtml (non-UTF-8 pages)', () => {
  it('decodes windows-1252 declared in <meta charset>', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>Stra'),
      0xdf,
      ...new TextEncoder().encode('e 5, M'),
      0xfc,
      ...new TextEncoder().encode('nchen</p>'),
    ]);
    expect(decodeHtml(bytes)).toContain('Straße 5, München');
  });
  it('decodes GBK declared in http-equiv', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>'),
      0xb5,
      0xe7,
      0xbb,
      0xb0,
      ...new TextEncoder().encode(': 0574-62658812</p>'),
    ]);
    expect(decodeHtml(bytes)).toContain('电话: 0574-62658812');
  });
  it('honours a UTF-16 BOM and falls back to windows-1252 for invalid UTF-8', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(decodeHtml(utf16)).toBe('AB');
    expect(decodeHtml(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
  });
});

describe('site scan merge', () => {
  it('keeps evidence per page and lists every page', () => {
    const page = (url: string, body: string) =>
      capturePage(parseDocument(`<html><body>${body}</body></html>`), url);
    const home = page('https://firma.de/', '<footer>Mail: info@firma.de</footer>');
    const contact = page(
      'https://firma.de/kontakt',
      '<p>E-Mail: <a href="mailto:info@firma.de">info@firma.de</a></p>',
    );
    const scan = analyzeCaptures(
      [home, contact],
      [{ url: 'https://firma.de/impressum', error: 'timed out after 8000 ms' }],
    );
    expect(scan.contacts.emails).toHaveLength(1);
    expect(scan.contacts.emails[0]!.evidence.map((e) => `${e.page} ${e.source}`)).toEqual([
      'https://firma.de/ footer',
      'https://firma.de/kontakt mailto',
      'https://firma.de/kontakt text',
    ]);
    expect(scan.pages.map((p) => p.ok)).toEqual([true, true, false]);
  });
});
