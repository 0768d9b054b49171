import { describe, expect, it } from 'vitest';
import { classify, notACategory, productName } from '../../../lib/classify/index';
import { renderReason } from '../../../lib/classify/reasons';
import type { PageCapture, Profile, Reason, ScanResult } from '../../../lib/model';
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

describe('range hygiene', () => {
  it.each([
    ['Diese Website verwendet Cookies.', 'sentence'],
    ['LED-Streifen unter Hängeschränken – welches Netzteil?', 'sentence'],
    ['Re: Einbaustrahler im Bad', 'sentence'],
    ['Chiamaci: 039 245 7788', 'contact'],
    ['sales@example.com', 'contact'],
    ['LeistungenProjekteBüroKontakt', 'glued'],
    ['Leistungen Projekte Büro Kontakt', 'glued'],
    ['LED Panels', null],
    ['Sedie da ufficio', null],
    ['Светодиодные ленты и профили', null],
  ])('%s → %s', (text, why) => {
    expect(notACategory(text)).toBe(why);
  });

  it.each([
    ['Sedia da ufficio Ergo One189,00 €\nAggiungi al carrello', 'Sedia da ufficio Ergo One'],
    ['Apex Mesh Task Chair Trade price on login · MOQ 10', 'Apex Mesh Task Chair'],
    ['Gooseneck Kettle 1.0L\n$69.00\nAdd to cart', 'Gooseneck Kettle 1.0L'],
    ['Pastilha de freio Cobreq G5R$ 89,90', 'Pastilha de freio Cobreq G5'],
    ['Светодиодная панель 595×595 36 Вт 1 290 руб.', 'Светодиодная панель 595×595 36 Вт'],
  ])('product name of %j', (card, name) => {
    expect(productName(card)).toBe(name);
  });

  it('keeps cookie notices, glued menus and prices out of the reasons', () => {
    const html = `<!doctype html><html lang="de"><head><title>Leuchten Test</title></head><body>
      <div class="cookie">Diese Website verwendet Cookies.<button>OK</button></div>
      <nav><ul><li><a href="/a">LED-Panels</a></li><li><a href="/b">Downlights</a></li><li><a href="/c">Kabel</a></li><li><a href="/d">Schalter</a></li></ul></nav>
      <div class="product-card"><h3>LED-Panel 62×62 36W</h3><span class="price">24,99 €</span><button>In den Warenkorb</button></div>
      <footer>Tel. +49 30 1234567 · <a href="mailto:info@example.de">info@example.de</a></footer></body></html>`;
    const reasons = run(html, 'https://example.de/')
      .tier.reasons.map((r) => renderReason(r, 'en'))
      .join('\n');
    expect(reasons).toContain('LED-Panels');
    expect(reasons).not.toMatch(/Cookies|€|Warenkorb/);
  });
});

describe('tier: variants, identity and the limits of C', () => {
  it('counts menu entries sharing a product word as half a match, on a site selling our products by name', () => {
    const s = run(page(['LED Panels', 'Downlights', 'LED Tubes', 'LED Bulbs']));
    expect(s.tier.value).toBe('A'); // (2 + 2 × 0.5) / 4 = 75%; without variants 50% would be B
    expect(s.tier.reasons.map((r) => r.key)).toContain('classify.tier.partialItems');
  });

  it('does not let shared words alone make a prospect', () => {
    expect(run(page(['LED Tubes', 'LED Bulbs', 'Garden', 'Paint'])).tier.value).toBeNull();
  });

  it('grades A a company that names itself by our product, whose menu uses other words', () => {
    const menu = ['LED Panels', 'Downlights', 'Troffers', 'Linear fittings'];
    expect(run(page(menu, { title: 'Acme Lighting Supply' })).tier.value).toBe('B');
    const s = run(page(menu, { title: 'Acme – LED panel wholesaler' }));
    expect(s.tier.value).toBe('A');
    expect(s.tier.reasons[0]).toMatchObject({ key: 'classify.tier.identityA', params: { pct: 50 } });
  });

  it('keeps B when much of the range is our trade but not our products, whatever the title says', () => {
    const menu = ['LED Panels', 'Downlights', 'Pendant Leuchte', 'Lighting controls'];
    expect(run(page(menu, { title: 'Acme – LED panel wholesaler' })).tier.value).toBe('B');
  });

  it('needs two same-trade entries for a C without our products', () => {
    expect(run(page(['Lighting', 'Garden', 'Tools'])).tier.value).toBeNull();
    expect(run(page(['Lighting', 'Pendant Leuchte', 'Garden', 'Tools'])).tier.value).toBe('C');
  });

  it('never lifts a C without our products to B, however big the company', () => {
    const s = run(
      page(['Lighting', 'Pendant Leuchte', 'Garden', 'Tools'], {
        body: 'Since 1972, 45 branches in 6 countries and 1,200 employees.',
      }),
    );
    expect(s.tier.value).toBe('C');
  });

  it('does not lift on a founding year and one other signal', () => {
    const menu = ['Downlights', 'Cable', 'Switches', 'Sockets', 'Tools', 'Fans', 'Heaters', 'Alarms'];
    expect(run(page(menu, { body: 'Since 1972, with 6 branches.' })).tier.value).toBe('C');
    expect(run(page(menu, { body: 'Since 1972, with 6 branches and 300 employees.' })).tier.value).toBe('B');
  });

  it('does not grade a garden blog whose description mentions beds once', () => {
    const FURNITURE: Profile = {
      id: 'f',
      name: 'Office furniture',
      lines: [{ name: 'Office furniture', keywords: ['office chair', 'desk'] }],
      industryKeywords: ['furniture', 'bed', 'sofa'],
      excludeKeywords: [],
    };
    const html = `<!doctype html><html lang="en"><head><title>Green Notes – a garden diary</title>
      <meta name="description" content="A diary: raised beds, tomatoes and compost."></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/v">Vegetables</a></li><li><a href="/h">Herbs</a></li><li><a href="/c">Compost</a></li></ul></nav>
      <h2>Building raised beds from pallets</h2><p>Four pallets and an afternoon.</p></body></html>`;
    expect(run(html, 'https://green-notes.net/', FURNITURE).tier.value).toBeNull();
    // The same blog with a menu of bare links (read as one line, so judged from text) is no C either.
    const bare = html.replace(/<\/?(ul|li)>/g, '');
    expect(run(bare, 'https://green-notes.net/', FURNITURE).tier.value).toBeNull();
  });

  it('grades a same-trade service firm C from its title (German compound)', () => {
    const html = `<!doctype html><html lang="de"><head><title>Huber Lichtplanung – Leuchtenplanung für Büros</title></head>
      <body><nav><ul><li><a href="/l">Leistungen</a></li><li><a href="/p">Projekte</a></li><li><a href="/k">Kontakt</a></li></ul></nav>
      <p>Wir planen für Hotels und Museen.</p><footer>Tel. +43 1 5871234</footer></body></html>`;
    expect(run(html, 'https://huber-licht.at/').tier.value).toBe('C');
  });

  it('gives no tier to a news article about our products', () => {
    const html = `<!doctype html><html lang="en"><head><title>LED panel prices fall – Lighting News</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LED panel prices fall"}</script></head>
      <body><nav><ul><li><a href="/a">LED Panels</a></li><li><a href="/b">Downlights</a></li><li><a href="/c">Market</a></li></ul></nav>
      <h1>LED panel prices fall</h1><p>Downlights too.</p><footer>editor@lighting-news.com</footer></body></html>`;
    const s = run(html, 'https://lighting-news.com/2026/led-panels');
    expect(s.tier.value).toBeNull();
    expect(s.tier.reasons).toEqual([{ key: 'classify.tier.newsArticle' }]);
  });

  it('recognises a directory company card by the listed company e-mail on another domain', () => {
    const html = `<!doctype html><html lang="de"><head><title>ACME LED GmbH – LED-Panels | Firmenbuch24</title></head><body>
      <nav><ul><li><a href="/suche">Firmensuche</a></li><li><a href="/eintragen">Firma eintragen</a></li></ul></nav>
      <h1>ACME LED GmbH</h1><p>Großhandel für LED-Panels und Downlights.</p>
      <p>Tel. +43 732 304150 · <a href="mailto:office@acme-led.at">office@acme-led.at</a></p>
      <h2>Ähnliche Firmen</h2><ul><li>Licht Huber</li><li>Elektro Gruber</li></ul></body></html>`;
    const s = run(html, 'https://firmenbuch24.at/firma/acme-led');
    expect(s.tier.value).toBe('D');
    expect(s.tier.reasons[0]?.key).toBe('classify.tier.listingStructure');
  });
});

describe('own sites with a group e-mail', () => {
  it('are not taken for directory cards for saying "suppliers" or "stand"', () => {
    const html = page(['LED Panels', 'Downlights', 'LED Strips'], {
      title: 'Acme Lighting – LED panels',
      body: 'Our suppliers and our stand at Light + Building 2026.',
      footer: 'Tel. +44 20 7946 0000 · <a href="mailto:sales@acme-group.com">sales@acme-group.com</a>',
    });
    expect(run(html, 'https://acme-lighting.co.uk/').tier.value).toBe('A');
  });
});

describe('buyer cues', () => {
  it('counts the longer, telling cue ("distribuidor autorizado"), not only its first word', () => {
    const s = run(page(['LED Panels'], { body: 'Somos distribuidor autorizado de tres marcas.' }));
    expect(s.buyerType.value).toBe('distributor');
    expect(s.buyerType.reasons[0]?.params?.cues).toContain('distribuidor autorizado');
  });

  it('does not read "manufacturers" (other companies) as a manufacturer cue', () => {
    const s = run(
      page(['LED Panels'], { body: 'Authorized dealer for eight office furniture manufacturers.' }),
    );
    expect(s.buyerType.value).toBe('distributor');
  });

  it('names cues as the page wrote them, whole words, each once', () => {
    const s = run(
      page(['LED Panels'], {
        body: 'Großhandel für Fachbetriebe, Mindestbestellwert 250 €. Wholesale only.',
      }),
    );
    const cues = String(s.buyerType.reasons[0]?.params?.cues);
    expect(cues).toContain('Großhandel');
    expect(cues).toContain('Mindestbestellwert');
    expect(cues).not.toContain('mindestbestell,');
  });

  it('does not read a cue inside an e-mail or web address', () => {
    const s = run(
      page(['LED Panels'], {
        body: 'Questions? Write to wholesale@lumo-shop.com or see www.lumo-shop.com/distributor-area',
      }),
    );
    expect(s.buyerType.value).toBe('unknown');
  });

  it('quotes a cue exactly after an emoji, and does not run on into the next Chinese words', () => {
    const s = run(
      page(['LED面板灯'], {
        lang: 'zh-CN',
        body: '📞 热线 · LED面板灯 零售价 RM45 加入购物车后结算',
      }),
    );
    const cues = s.buyerType.reasons.map((r) => String(r.params?.cues)).join(' ');
    expect(cues).toContain('加入购物车');
    expect(cues).not.toContain('加入购物车后');
    expect(cues).not.toMatch(/(^|[^加])入购物车/);
  });

  it('knows European Portuguese wholesale wording', () => {
    const s = run(
      page(['LED Panels'], { body: 'Venda por grosso. Encomenda mínima de 300 € para revendedores.' }),
    );
    expect(s.buyerType.value).toBe('wholesaler');
  });
});

describe('new reasons render in both languages', () => {
  it.each<Reason>([
    { key: 'classify.tier.partialItems', params: { n: 2, examples: 'LED Tubes, LED Bulbs' } },
    { key: 'classify.tier.identityA', params: { lines: 'LED panels', pct: 50 } },
    { key: 'classify.tier.rangeNone', params: { total: 4 } },
    { key: 'classify.tier.newsArticle' },
  ])('$key', (reason) => {
    for (const lang of ['en', 'zh'] as const) {
      const text = renderReason(reason, lang);
      expect(text).not.toContain('{');
      expect(text).not.toBe(reason.key);
    }
  });
});
