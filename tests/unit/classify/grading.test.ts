import { beforeAll, describe, expect, it } from 'vitest';
import { classify, gradeReading, prepareGrading, readSite } from '../../../lib/classify/index';
import { navWords, notACategory, productName, rangeCandidates } from '../../../lib/classify/range';
import { renderReason } from '../../../lib/classify/reasons';
import type { PageCapture, Profile, Reason, ScanResult } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureHtml } from '../../tools/scan-node';

beforeAll(async () => {
  await prepareGrading(['ru', 'de', 'es', 'fr', 'it', 'pt']);
});

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

const BAGS: Profile = {
  id: 'bags',
  name: 'Bags',
  lines: [
    { name: 'Backpacks', keywords: ['backpacks'] },
    { name: 'Luggage', keywords: ['suitcases'] },
  ],
  industryKeywords: [],
  excludeKeywords: [],
};

describe('tier', () => {
  it.each([
    [
      'A: all categories are our lines',
      ['LED Panels', 'Downlights', 'Recessed Downlights', 'LED Panel Kits'],
      'A',
    ],
    ['B: part of the range', ['LED Panels', 'Downlights', 'Garden Tools', 'Paint', 'Sofas'], 'B'],
    ['null: nothing of ours', ['Sofas', 'Beds', 'Wardrobes', 'Rugs'], null],
    ['C: our trade, other kinds', ['Wall Lights', 'Floor Lamps', 'Light Bulbs', 'Sofas'], 'C'],
    [
      'null: a little of our trade in another trade',
      ['Wall Lights', 'Floor Lamps', 'Sofas', 'Beds', 'Wardrobes', 'Rugs', 'Armchairs', 'Tables']
        .concat(['Chairs', 'Desks', 'Shelves', 'Cushions', 'Mattresses', 'Stools', 'Benches', 'Dressers'])
        .concat(['Bookcases', 'Sideboards', 'Cabinets', 'Ottomans', 'Futons', 'Recliners']),
      null,
    ],
    ['null: excluded words never count', ['LED TV 55"', 'LED TV 65"', 'Soundbars', 'Speakers'], null],
  ])('%s', (_name, menu, expected) => {
    expect(run(page(menu)).tier.value).toBe(expected);
  });

  it('gives at most C when one or two entries are all it could read', () => {
    const s = run(page(['LED Panels']));
    expect(s.tier.value).toBe('C');
    expect(s.tier.reasons[0]?.key).toBe('classify.tier.thinEvidence');
  });

  it('does not let one blog mention make a furniture shop a lighting shop', () => {
    const s = run(
      page(['Sofas', 'Beds', 'Wardrobes', 'Rugs'], {
        body: 'Our blog: how to pick a downlight for your hallway.',
      }),
    );
    expect(s.tier.value).toBeNull();
  });

  it('grades a Russian shop with an English-only profile through the vocabulary', () => {
    const html = page(['Рюкзаки', 'Чемоданы', 'Дорожные сумки', 'Кошельки'], {
      lang: 'ru',
      title: 'Интернет-магазин',
    });
    const s = run(html, 'https://sumki.example.ru/', BAGS);
    // Backpacks and suitcases are ours; travel bags and wallets are our trade, half ours: the range is ours, A.
    expect(s.tier.value).toBe('A');
    expect(s.tier.matchedLines.sort()).toEqual(['Backpacks', 'Luggage']);
    expect(s.tier.reasons.map((r) => renderReason(r, 'en')).join('\n')).toMatch(/Рюкзаки → Backpacks/);
  });

  it('keeps a large C a C by default and says it is worth a fine letter', () => {
    const menu = [
      'Downlights',
      'Sofas',
      'Beds',
      'Wardrobes',
      'Rugs',
      'Tables',
      'Chairs',
      'Mirrors',
      'Curtains',
    ];
    const s = run(page(menu, { body: 'Since 1972, 45 stores in 6 countries and 1,200 employees.' }));
    expect(s.tier.value).toBe('C');
    expect(s.tier.reasons.map((r) => r.key)).toContain('classify.tier.sizeLarge');
    const lifted = classify(
      [
        captureHtml(
          page(menu, { body: 'Since 1972, 45 stores in 6 countries and 1,200 employees.' }),
          'https://example.co.uk/',
        ),
      ],
      analyzeCaptures([captureHtml(page(menu), 'https://example.co.uk/')]),
      LED,
      { ...DEFAULT_THRESHOLDS, liftBySize: true },
    );
    expect(lifted.tier.value).toBe('B');
  });

  it('grades a listing on a known directory as D when it shows our product and contacts', () => {
    const html = page([], {
      title: 'ACME Lighting Ltd – LED panels, downlights | europages',
      body: 'Distributor of LED panels and downlights.',
    });
    const s = run(html, 'https://www.europages.co.uk/ACME-LIGHTING/00000004.html');
    expect(s.tier.value).toBe('D');
  });

  it('grades a catalogue of shops by its entries, not by its own rubric menu', () => {
    const PETS: Profile = {
      id: 'pets',
      name: 'Pets',
      lines: [{ name: 'Pet accessories', keywords: ['pet beds', 'collars', '宠物用品'] }],
      industryKeywords: [],
      excludeKeywords: [],
    };
    const SHOES: Profile = {
      id: 'shoes',
      name: 'Shoes',
      lines: [{ name: 'Sneakers', keywords: ['sneakers', '运动鞋'] }],
      industryKeywords: [],
      excludeKeywords: [],
    };
    const html = page(['Одежда', 'Обувь для всей семьи', 'Товары для дома'], {
      lang: 'ru',
      title: 'Каталог интернет-магазинов Самары',
      body: 'Добавить сайт в каталог бесплатно. <br>Лапа-Самара — интернет зоомагазин, товары для животных с доставкой. <a href="https://lapa-samara.example/">lapa-samara.example</a> <a href="https://a.example/">a</a> <a href="https://b.example/">b</a> <a href="https://c.example/">c</a>',
      footer: '© Каталог интернет-магазинов',
    });
    const url = 'https://shops-samara.example/';
    const pets = run(html, url, PETS);
    expect(pets.tier.value).toBe('D');
    expect(pets.tier.reasons.map((r) => r.key)).toContain('classify.tier.listingStructure');
    // The catalogue's rubric "Обувь" lists no shoe shop.
    expect(run(html, url, SHOES).tier.value).toBeNull();
    // The catalogue itself is no buyer.
    expect(pets.buyerType.value).toBe('unknown');
    expect(pets.buyerType.reasons[0]?.key).toBe('classify.buyer.listing');
  });

  it('gives no D to a listing without contacts', () => {
    const html = page([], {
      title: 'LED panels | europages',
      body: 'LED panels and downlights.',
      footer: '',
    });
    const s = run(html, 'https://www.europages.co.uk/x.html');
    expect(s.tier.value).toBeNull();
  });

  it('gives no tier to a news article about our products', () => {
    const html = page(['LED Panels'], { body: 'LED panels are booming.' }).replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LED panels"}</script></head>',
    );
    expect(run(html).tier.reasons[0]?.key).toBe('classify.tier.newsArticle');
  });

  it('says so when the range cannot be judged, instead of guessing', () => {
    const html = page(['ไฟ LED แผง', 'โคมไฟดาวน์ไลท์', 'หลอดไฟ', 'สายไฟ'], { lang: 'th' });
    const s = run(html, 'https://example.co.th/', BAGS);
    expect(s.tier.value).toBeNull();
    expect(s.tier.reasons[0]?.key).toMatch(/classify\.tier\.(unknownLanguage|noProducts)/);
  });
});

describe('re-grading a stored reading', () => {
  it('gives the same result as grading the pages, for any profile', () => {
    const captures = [captureHtml(page(['LED Panels', 'Downlights', 'Sofas']), 'https://example.co.uk/')];
    const scan = analyzeCaptures(captures);
    const reading = JSON.parse(JSON.stringify(readSite(captures, scan)));
    for (const profile of [LED, BAGS])
      expect(gradeReading(reading, profile, DEFAULT_THRESHOLDS)).toEqual(
        classify(captures, scan, profile, DEFAULT_THRESHOLDS),
      );
  });
});

describe('buyer type', () => {
  it.each([
    ['retailer (en)', 'Add to cart · Free shipping over £50 · Store locator', 'retailer'],
    ['wholesaler (de)', 'Großhandel für Fachbetriebe, Mindestbestellwert 250 €, Staffelpreise', 'wholesaler'],
    [
      'distributor (es)',
      'Distribuidor oficial y exclusivo para España. Red de distribuidores en 30 provincias.',
      'distributor',
    ],
    [
      'importer (fr)',
      'Nous importons directement : importateur depuis 1990, dédouanement inclus.',
      'importer',
    ],
    [
      'manufacturer (it)',
      'Produttore con fabbrica propria: il nostro stabilimento ha 6 linee di produzione.',
      'manufacturer',
    ],
    [
      'manufacturer (ru)',
      'Производитель светильников, собственное производство, наш завод в Туле.',
      'manufacturer',
    ],
    ['wholesaler (pt)', 'Venda por atacado, quantidade mínima 100 unidades.', 'wholesaler'],
    ['unknown (en)', 'We love light and good design.', 'unknown'],
  ])('%s', (name, body, expected) => {
    // A page is read in its own language (and English): the test page says which, as real pages do.
    const lang = /\((\w+)\)/.exec(name)?.[1] ?? 'en';
    expect(run(page(['LED Panels'], { body, lang })).buyerType.value).toBe(expected);
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

describe('range hygiene', () => {
  it('reads a product-zone block of many short lines as a menu, and a real card by its name', () => {
    const menu = Array.from(
      { length: 30 },
      (_, i) =>
        `Kategoria ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    menu.splice(5, 0, 'Narzędzia ręczne', 'Elektronarzędzia');
    const capture: PageCapture = {
      ...captureHtml('<html><body></body></html>', 'https://example.pl/'),
      blocks: [
        { zone: 'product', text: menu.join('\n') },
        { zone: 'product', text: 'Wiertarka udarowa 750 W\n249,00 zł\nDo koszyka' },
      ],
    };
    const texts = rangeCandidates([capture], 'pl').map((i) => i.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Narzędzia ręczne', 'Elektronarzędzia', 'Wiertarka udarowa 750 W']),
    );
    expect(texts).not.toContain('249,00 zł');
  });

  it.each([
    ['Diese Website verwendet Cookies.', 'sentence'],
    ['LED-Streifen unter Hängeschränken – welches Netzteil?', 'sentence'],
    ['Re: Einbaustrahler im Bad', 'sentence'],
    ['若經配送兩次無法送達，本公司將取消該筆訂單。', 'sentence'],
    ['熱いパンク・ロック番組！', 'sentence'],
    ['Chiamaci: 039 245 7788', 'contact'],
    ['sales@example.com', 'contact'],
    ['LeistungenProjekteBüroKontakt', 'glued'],
    ['Leistungen Projekte Büro Kontakt', 'glued'],
    ['LED Panels', null],
    ['Sedie da ufficio', null],
    ['Светодиодные ленты и профили', null],
  ])('%s → %s', (text, why) => {
    expect(notACategory(text, navWords('de'))).toBe(why);
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

describe('page furniture in headings', () => {
  it('reads no product into the cart drawer\'s heading ("Shopping Cart" is not Shopping Cart Covers)', () => {
    const baby: Profile = {
      id: 'baby',
      name: 'Baby',
      lines: [{ name: 'Baby products', keywords: ['baby products'] }],
      industryKeywords: [],
      excludeKeywords: [],
    };
    const html = page(['Phones', 'Headphones', 'Chargers', 'Cases'], {
      body: '</p><aside class="drawer"><h2>Shopping Cart</h2><p>Your cart is empty.',
    });
    const s = run(html, 'https://example.co.uk/', baby);
    expect(s.tier.value).toBeNull();
    expect(JSON.stringify(s.tier.reasons)).not.toMatch(/Shopping Cart/i);
  });
});

describe('buyer cues', () => {
  it('counts the longer, telling cue ("distribuidor autorizado"), not only its first word', () => {
    const s = run(
      page(['LED Panels'], { body: 'Somos distribuidor autorizado de tres marcas.', lang: 'es' }),
    );
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
        lang: 'de',
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
      page(['LED Panels'], {
        body: 'Venda por grosso. Encomenda mínima de 300 € para revendedores.',
        lang: 'pt',
      }),
    );
    expect(s.buyerType.value).toBe('wholesaler');
  });
});

describe('a trader with one service word', () => {
  it('grades a distributor whose page also names a law firm in passing', () => {
    const html = page(['LED panels', 'Downlights', 'Track lights'], {
      body: 'We are the authorised distributor of three European luminaire makers. Our neighbour is a law firm.',
    });
    const s = run(html);
    expect(s.buyerType.value).toBe('distributor');
    expect(s.tier.value).not.toBeNull();
  });

  it('still gives no tier to a law firm', () => {
    const s = run(
      page(['Practice areas', 'Our lawyers'], { body: 'An independent law firm in Leeds since 1962.' }),
    );
    expect(s.tier.value).toBeNull();
  });
});

describe('reasons render in both languages', () => {
  it.each<Reason>([
    {
      key: 'classify.tier.rangeShare',
      params: { matched: 3, total: 4, examples: 'LED Panels', examplesZh: 'LED Panels' },
    },
    { key: 'classify.tier.identityA', params: { lines: 'LED panels', pct: 50 } },
    { key: 'classify.tier.rangeNone', params: { total: 4 } },
    { key: 'classify.tier.newsArticle' },
    { key: 'classify.tier.notTrader', params: { cues: 'law firm' } },
    { key: 'classify.tier.unknownLanguage', params: { lang: 'th' } },
    { key: 'classify.tier.sizeLarge', params: { signals: '45 stores' } },
  ])('$key', (reason) => {
    for (const lang of ['en', 'zh'] as const) {
      const text = renderReason(reason, lang);
      expect(text).not.toContain('{');
      expect(text).not.toBe(reason.key);
    }
  });
});
