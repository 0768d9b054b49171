/**
 * Text hygiene of capturePage: where words break (blocks, inline neighbours, `<br>`, table cells), which markup is
 * glued as rendered (`<b>`, `<sup>`), and cookie/consent banners left out of the page text. The classifier reads
 * these blocks as product categories and headings, so "LeistungenProjekteBüroKontakt" or a cookie notice as a
 * heading is a wrong category there.
 */
import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../../../lib/model';
import { capturePage } from '../../../lib/scan/capture';
import { NODE_BUDGET, parseDocument } from '../../tools/scan-node';

const capture = (body: string, head = '<title>Firma</title>') =>
  capturePage(
    parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`),
    'https://firma.de/',
    NODE_BUDGET,
  );

const textOf = (c: PageCapture, zone?: string) =>
  c.blocks
    .filter((b) => !zone || b.zone === zone)
    .map((b) => b.text)
    .join('\n');

describe('word and line boundaries', () => {
  it('puts menu links that sit side by side without whitespace in the markup on lines of their own (Squarespace-style header)', () => {
    const c = capture(
      '<header><a href="/">BERGER</a><nav class="Header-nav"><a href="/leistungen">Leistungen</a><a href="/projekte">Projekte</a><a href="/buero">Büro</a><a href="/kontakt">Kontakt</a></nav></header>',
    );
    expect(textOf(c, 'nav')).toBe('Leistungen\nProjekte\nBüro\nKontakt');
  });

  it('keeps links inside a sentence in their sentence', () => {
    const c = capture(
      '<main><p>Wir liefern <a href="/armaturen">Armaturen</a> und <a href="/pumpen">Pumpen</a> an Installateure.</p></main>',
    );
    expect(textOf(c)).toContain('Wir liefern Armaturen und Pumpen an Installateure.');
  });

  it('keeps a product name apart from its price (Shopify grid card)', () => {
    const c = capture(
      '<div class="grid"><div class="grid-product"><a href="/products/ergo-one">Sedia da ufficio Ergo One</a><span>189,00 €</span><button>Aggiungi al carrello</button></div></div>',
    );
    const product = textOf(c, 'product');
    expect(product).toContain('Sedia da ufficio Ergo One 189,00 €');
    expect(product).not.toContain('One189');
  });

  it('puts every block, list item and table row on its own line', () => {
    const c = capture(
      '<main><div>Kugelhähne</div><div>Absperrklappen</div><ul><li>Messing</li><li>Edelstahl</li></ul><p>Erster Absatz</p><p>Zweiter Absatz</p><h4>Service</h4><section>Reparatur</section></main>',
    );
    expect(textOf(c, 'body').split('\n')).toEqual([
      'Kugelhähne',
      'Absperrklappen',
      'Messing',
      'Edelstahl',
      'Erster Absatz',
      'Zweiter Absatz',
      'Service',
      'Reparatur',
    ]);
  });

  it('breaks lines at <br> (an address block) and keeps table cells of one row together', () => {
    const c = capture(
      '<address>Weber GmbH<br>Eckendorfer Straße 112<br/>33609 Bielefeld</address><table><tr><td>Tel.</td><td>0521 987650</td></tr><tr><td>Fax</td><td>0521 987659</td></tr></table>',
    );
    expect(textOf(c, 'address')).toBe('Weber GmbH\nEckendorfer Straße 112\n33609 Bielefeld');
    expect(textOf(c, 'body')).toBe('Tel. 0521 987650\nFax 0521 987659');
  });

  it('glues text-level formatting as rendered and puts no space before closing punctuation', () => {
    const c = capture(
      '<p>Groß<b>handel</b> für <em>Armaturen</em>, Preise ab 9<sup>90</sup> €. Mehr <a href="/info">hier</a>. Fragen (<a href="/faq">FAQ</a>)?</p>',
    );
    expect(textOf(c, 'body')).toBe('Großhandel für Armaturen, Preise ab 990 €. Mehr hier. Fragen (FAQ)?');
  });

  it('separates spans laid out as separate items (label and value, mega-menu columns)', () => {
    const c = capture(
      '<div class="contact"><span class="label">Telefon:</span><span class="value">+49 521 987650</span></div><div class="cols"><span>Sanitär</span><span>Heizung</span><span>Elektro</span></div>',
    );
    expect(textOf(c, 'body')).toBe('Telefon: +49 521 987650\nSanitär Heizung Elektro');
  });

  it('reads text of custom elements as separate items', () => {
    const c = capture(
      '<main><product-title>Ventil V2</product-title><product-price>12,50 €</product-price></main>',
    );
    expect(textOf(c, 'body')).toBe('Ventil V2 12,50 €');
  });
});

describe('cookie and consent banners', () => {
  const page = (banner: string) =>
    capture(
      `${banner}<header><nav><a href="/produkte">Produkte</a> <a href="/kontakt">Kontakt</a></nav></header><main><h1>Armaturen für Profis</h1><p>Großhandel seit 1978.</p></main><footer>Weber GmbH · Tel. +49 521 987650</footer>`,
    );
  const banners: [string, string][] = [
    [
      'a builder banner named by class (Squarespace)',
      '<div class="sqs-cookie-banner-v2">Diese Website verwendet Cookies. <button>Akzeptieren</button></div>',
    ],
    [
      'Cookiebot',
      '<div id="CybotCookiebotDialog" role="dialog"><h2 id="CybotCookiebotDialogBodyContentTitle">Diese Webseite verwendet Cookies</h2><div>Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.</div><a id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" href="#">Alle zulassen</a></div>',
    ],
    [
      'OneTrust with its own heading and a long preference centre',
      `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our partners use cookies.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div><div id="onetrust-pc-sdk">${'<p>Vendor purpose description. </p>'.repeat(400)}</div></div>`,
    ],
    [
      'Complianz',
      '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-title">Cookie-Zustimmung verwalten</div><div class="cmplz-message">Um dir ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies.</div><button class="cmplz-accept">Akzeptieren</button></div></div>',
    ],
    [
      'Borlabs Cookie',
      '<div id="BorlabsCookieBox" class="BorlabsCookie"><div class="_brlbs-box"><h3>Datenschutzeinstellungen</h3><p>Wir nutzen Cookies auf unserer Website.</p><a class="_brlbs-btn-accept-all" href="#">Ich akzeptiere</a></div></div>',
    ],
    [
      'a dialog about cookies with no telling class',
      '<div role="dialog" aria-modal="true" class="modal"><h2>Privacy settings</h2><p>This site uses cookies to analyse traffic.</p><button>Accept</button><button>Reject</button></div>',
    ],
    [
      'a Shopware cookie bar',
      '<div class="cookie-permission-container"><div class="cookie-permission-content">Diese Website verwendet Cookies, um Ihnen ein optimales Einkaufserlebnis zu bieten. <a href="/datenschutz">Mehr Informationen</a></div><button class="btn js-cookie-permission-button">Alle akzeptieren</button></div>',
    ],
  ];

  for (const [name, banner] of banners)
    it(`leaves out ${name}`, () => {
      const c = page(banner);
      const all = textOf(c);
      expect(all).not.toMatch(/cookie|privacy|Datenschutzeinstellungen|Vendor purpose/i);
      expect(textOf(c, 'heading')).toBe('Armaturen für Profis');
      expect(textOf(c, 'nav')).toBe('Produkte\nKontakt');
      expect(textOf(c, 'footer')).toContain('+49 521 987650');
    });

  it('still reads a page whose wrapper or body class mentions cookies', () => {
    const c = capturePage(
      parseDocument(
        '<html><body class="cookies-accepted cookie-consent-given"><div id="page" class="has-cookie-bar"><main><h1>Armaturen</h1><p>Wir verwenden Messing und Edelstahl. Datenschutz ist uns wichtig.</p></main></div></body></html>',
      ),
      'https://firma.de/',
    );
    expect(textOf(c, 'heading')).toBe('Armaturen');
    expect(textOf(c, 'body')).toContain('Messing und Edelstahl');
  });

  it("keeps a bakery's cookie products and a login dialog", () => {
    const c = capture(
      '<div class="product-grid"><div class="product-card cookie-card"><h3>Chocolate chip cookies</h3><span>4,99 €</span></div></div><div role="dialog"><h2>Login</h2><p>Kundennummer und Passwort</p></div>',
    );
    expect(textOf(c, 'product')).toBe('Chocolate chip cookies\n4,99 €');
    expect(textOf(c)).toContain('Kundennummer und Passwort');
  });
});

describe('hidden markup', () => {
  it('skips hidden text but keeps the links inside it (an aria-hidden social icon, a collapsed mobile menu)', () => {
    const c = capture(
      '<div class="mobile-menu" style="display: none"><a href="/kontakt">Kontakt</a></div><footer><a aria-hidden="true" href="https://www.facebook.com/weber.armaturen"><i class="icon-facebook"></i></a> Weber GmbH</footer><dialog><p>Newsletter abonnieren</p></dialog>',
    );
    expect(textOf(c)).not.toContain('Kontakt');
    expect(textOf(c)).not.toContain('Newsletter');
    const hrefs = c.links.map((l) => l.href);
    expect(hrefs).toContain('https://firma.de/kontakt');
    expect(hrefs).toContain('https://www.facebook.com/weber.armaturen');
  });

  it('opens a product zone for schema.org/Product microdata and counts the cards once', () => {
    const card = (n: number) =>
      `<div itemscope itemtype="https://schema.org/Product"><div class="product-item"><span itemprop="name">Kugelhahn ${n}</span><span itemprop="price" content="12.50">12,50 €</span></div></div>`;
    const c = capture(`<main>${card(1)}${card(2)}${card(3)}</main>`);
    expect(c.counts.productCards).toBe(3);
    expect(textOf(c, 'product')).toContain('Kugelhahn 2 12,50 €');
    expect(c.itemprops).toContainEqual({ prop: 'price', value: '12.50' });
  });
});

describe('a page longer than the budget', () => {
  it('stops reading the grid, still reads the footer, and counts every card of the grid natively', () => {
    const card = (n: number) =>
      `<div class="product-card"><h3><a href="/p/${n}">Edelstahl-Kugelhahn DN${n % 80} PN40 mit Vollbohrung, Modell ${n}</a></h3><span class="price">${n % 500},90 €</span><p>Geeignet für Trinkwasser, Heizung und Druckluft. Lieferzeit 2–3 Werktage. Staffelpreise ab 10 Stück, Mengenrabatt auf Anfrage.</p></div>`;
    const cards = Array.from({ length: 1200 }, (_, n) => card(n)).join('');
    const c = capture(
      `<main><h1>Kugelhähne</h1><div class="grid">${cards}</div></main><footer class="site-footer">Weber GmbH · Tel. +49 521 987650</footer>`,
    );
    expect(c.truncated).toBe(true);
    expect(textOf(c, 'product')).not.toContain('Modell 1199');
    expect(textOf(c, 'footer')).toContain('+49 521 987650');
    expect(c.counts.productCards).toBe(1200);
  });
});
