/**
 * Choosing the company name among its candidates. Invented companies; the markup follows the shapes real small
 * business sites use: WordPress "Page | Site" titles whose page part is also a menu item, a Dutch builder that
 * writes its page names in lower case, an old "Welcome to …" title, a German events firm listing its clients'
 * legal names in the body, footers with "Name ©2011" closing the line and the builder's credit after the year.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { capturePage } from '../../../lib/scan/capture';
import {
  cleanNameCandidate,
  copyrightHolder,
  domainAgreement,
  domainPhrases,
  isGenericPageName,
  legalFormName,
  rankNameCandidates,
  stripShopDescriptor,
  titleSegments,
  transliterate,
  wrappedNames,
} from '../../../lib/scan/company';
import { parseDocument } from '../../tools/scan-node';

const nameOf = (pages: { html: string; url: string }[]) =>
  analyzeCaptures(pages.map((p) => capturePage(parseDocument(p.html), p.url))).company.name;

describe('agreement with the registrable domain', () => {
  it.each([
    ['Audio Logic', 'audiologicltd.com', 2],
    ['New York University', 'nyu.edu', 2],
    ['Auge Marketing y Servicios Tecnológicos S.L.U.', 'augemt.com', 2],
    ['Weber Großhandel GmbH', 'grosshandel-weber.de', 1],
    ['Müller Büromöbel', 'mueller-bueromoebel.de', 0],
    ['Müller Büromöbel', 'muller-buromobel.de', 2],
    ['The Birbari Wealth Management Group', 'michaelbirbari.com', 1],
    ['Axioma nv', 'axioma.be', 2],
    ['Enterprise Server', 'autosoln.com', 0],
    ['Sample Systems', 'audiologicltd.com', 0],
    ['Acme', '', 0],
  ] as const)('%s ~ %s → %i', (name, domain, expected) => {
    expect(domainAgreement(name, domain)).toBe(expected);
  });

  it('does not match initials by chance', () => {
    // "ab" could be the initials of many names: two letters are too few to count.
    expect(domainAgreement('Anders Berg', 'ab.se')).toBe(0);
    expect(domainAgreement('Global Solutions', 'gs-parts.com')).toBe(0);
  });
});

describe('page names are not company names', () => {
  it.each([
    'History',
    'Over ons',
    'realisaties',
    'Contact and About Me',
    'Tags: Statistics',
    'Mapa serwisu',
    'Office Locations',
    'Legal Stuff',
    'Quiénes somos',
    '联系我们',
  ])('%s is a page name', (name) => {
    expect(isGenericPageName(name)).toBe(true);
  });

  it.each(['Bailey Bridge', 'History Press Ltd', 'Contact Lens Direct', 'Axioma'])('%s is not', (name) => {
    expect(isGenericPageName(name)).toBe(false);
  });

  it.each([
    ['Welcome to Austim', 'Austim'],
    ['McCain Foods Limited Contact', 'McCain Foods Limited'],
    ['Contact USA', 'USA'],
    ['Willkommen bei Weber Großhandel', 'Weber Großhandel'],
    ['Contact Lens Direct', 'Contact Lens Direct'],
    ['Hoeve de Linde, paardenvoer en dierenspeciaalzaak', 'Hoeve de Linde'],
    ['Smith, Jones & Partners', 'Smith, Jones & Partners'],
    ['Penninx, schoenen', 'Penninx, schoenen'],
    ['Lampy-Market.ru. Официальный дилер в Москве', 'Lampy-Market.ru'],
    ['ООО «СветОптима»', 'ООО «СветОптима»'],
    ['ООО "Ромашка"', 'ООО "Ромашка"'],
    ['«ОЛСКА»', 'ОЛСКА'],
    ['"Acme Pumps"', 'Acme Pumps'],
  ])('cleanNameCandidate(%s) → %s', (raw, clean) => {
    expect(cleanNameCandidate(raw)).toBe(clean);
  });

  it('splits a title into parts, and gives the head of a long descriptive part', () => {
    expect(
      titleSegments(
        'sample systems : Audio Logic, Audio solutions and products for professional audio visual and installation contractors',
      ),
    ).toEqual(['sample systems', 'Audio Logic']);
  });
});

describe('copyright and legal-form lines', () => {
  it.each([
    ['FAQ\nMcCain Foods Limited ©2011\nLegal Stuff\nPrivacy', 'McCain Foods Limited'],
    ['Follow us:\n© Copyright July, 2013 New York University', 'New York University'],
    ['(Copyright © 2004 Marcia McMahon . Marcia McMahon is a channel for …)', 'Marcia McMahon'],
    [
      '© 2013 Ajinomoto North America,Inc., Ajinomoto is a registered trademark. Terms of Use',
      'Ajinomoto North America,Inc.',
    ],
    ['© 2013 Website Designed and Maintained by Dallas Dines Out', ''],
    ['All content © 2012', ''],
    [
      'Copyright © 2012-2024 Ningbo Hengda Valve Co., Ltd. All Rights Reserved.',
      'Ningbo Hengda Valve Co., Ltd',
    ],
  ])('copyrightHolder(%j) → %s', (text, expected) => {
    expect(copyrightHolder(text)).toBe(expected);
  });

  it('reads "Co." as a legal form, but not an Irish county', () => {
    expect(legalFormName('Kubat Equipment & Service Co.\n1070 South Galapago Street')).toBe(
      'Kubat Equipment & Service Co.',
    );
    expect(legalFormName('Unit 7 Link Road\nBallincollig Co. Cork')).toBe('');
  });

  it('drops a caption written before a dash on the legal-form line', () => {
    expect(legalFormName('Sweet Caroline - Babs Paylink AB')).toBe('Babs Paylink AB');
  });
});

describe('ranking the candidates', () => {
  const evidence = { domain: '', titles: [], text: '', navItems: [] };

  it('prefers several sources that agree over one more trusted source alone', () => {
    const ranked = rankNameCandidates(
      [
        { name: 'Wiktor Leo Burnett, Ltd.', page: 'p', source: 'text', zone: 'body' },
        { name: 'AVI Studio', page: 'p', source: 'title' },
        { name: 'AVI Studio s.r.o.', page: 'p', source: 'copyright' },
      ],
      evidence,
    );
    expect(ranked[0]?.name).toBe('AVI Studio s.r.o.');
  });

  it('spells the chosen company as its most trusted source does', () => {
    const ranked = rankNameCandidates(
      [
        { name: 'Aquaflow Pumps Limited', page: 'p', source: 'jsonld' },
        { name: 'Aquaflow Pumps Ltd', page: 'p', source: 'jsonld' },
        { name: 'Aquaflow Pumps Ltd', page: 'p', source: 'copyright' },
      ],
      { ...evidence, text: 'Aquaflow Pumps Ltd\nUnit 4, Mill Lane\n© 2024 Aquaflow Pumps Ltd' },
    );
    expect(ranked[0]?.name).toBe('Aquaflow Pumps Limited');
  });
});

describe('company name on whole pages', () => {
  it('skips the page part of a WordPress title when it is also a menu item', () => {
    const html = `<!doctype html><html lang="nl"><head><title>Aandachtsgebieden | Bailey Bridge</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Bailey Bridge"></a>
      <nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/over">Over ons</a></li>
      <li><a href="/aandachtsgebieden">Aandachtsgebieden</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
      <main><h1>Aandachtsgebieden</h1><p>Bailey Bridge begeleidt organisaties bij verandertrajecten. Bij Bailey Bridge
      staan mensen centraal.</p></main>
      <footer><p>Bailey Bridge · Dorpsstraat 12 · 6634 AG Batenburg</p></footer></body></html>`;
    expect(nameOf([{ html, url: 'http://page-1.invalid/aandachtsgebieden' }])).toBe('Bailey Bridge');
  });

  it('drops a lower-case page name and a "Welcome to" prefix', () => {
    const projects = `<html><head><title>realisaties - Axioma</title></head><body>
      <nav><a href="/">home</a> <a href="/realisaties">realisaties</a></nav><h1>Axioma</h1>
      <p>Een greep uit onze realisaties voor klanten in Vlaanderen.</p><p>Axioma nv, Industrieweg 4, 9080 Lochristi</p></body></html>`;
    expect(nameOf([{ html: projects, url: 'http://page-2.invalid/' }])).toBe('Axioma');
    const history = `<html><head><title>History | Welcome to Austim</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/history">History</a></li></ul></nav>
      <h2>OUR COMPANY HISTORY</h2><p>Austim was founded in 1983 to import timber products.</p></body></html>`;
    expect(nameOf([{ html: history, url: 'http://page-3.invalid/' }])).toBe('Austim');
  });

  it('prefers the title brand that matches the domain over a client named with its legal form in the body', () => {
    const html = `<html lang="de"><head><title>Referenzen | Nordlicht Audio</title></head><body>
      <nav><a href="/">Start</a> <a href="/referenzen">Referenzen</a> <a href="/kontakt">Kontakt</a></nav>
      <main><h1>Referenzen</h1><p>Für diese Kunden haben wir Beschallung geplant:</p>
      <p>Müller Veranstaltungstechnik GmbH\nStadthalle Bielefeld</p></main>
      <footer><p>Nordlicht Audio · Am Hafen 3 · 28217 Bremen</p></footer></body></html>`;
    expect(nameOf([{ html, url: 'https://www.nordlicht-audio.de/referenzen' }])).toBe('Nordlicht Audio');
  });

  it('takes the title part repeated on every scanned page of the site', () => {
    const page = (title: string, h1: string) =>
      `<html><head><title>${title}</title></head><body><h1>${h1}</h1><p>${h1} — read more.</p></body></html>`;
    expect(
      nameOf([
        {
          html: page('Pressure Washers - Karlsson Maskin', 'Pressure Washers'),
          url: 'http://page-4.invalid/',
        },
        { html: page('Spare Parts - Karlsson Maskin', 'Spare Parts'), url: 'http://page-4.invalid/parts' },
        { html: page('Dealers - Karlsson Maskin', 'Dealers'), url: 'http://page-4.invalid/dealers' },
      ]),
    ).toBe('Karlsson Maskin');
  });

  it('reads the holder written before a copyright sign that closes its line', () => {
    const html = `<html><head><title>McCain Foods Limited Contact</title></head><body>
      <main><h2>Contact us</h2><p>Call 1-800-555-0199</p></main>
      <footer><ul><li>History</li><li>FAQ</li></ul><p>McCain Foods Limited ©2011</p><p><a href="/legal">Legal Stuff</a></p></footer>
      </body></html>`;
    expect(nameOf([{ html, url: 'http://page-5.invalid/' }])).toBe('McCain Foods Limited');
  });
});

describe('country names', () => {
  it('drops a bare country from a title but keeps an organisation that structured data names so', () => {
    const evidence = { domain: '', titles: [], text: '', navItems: [] };
    expect(
      rankNameCandidates(
        [
          { name: 'Contact USA', page: 'p', source: 'title' },
          { name: 'Hair Care', page: 'p', source: 'title-part' },
        ],
        evidence,
      )[0]?.name,
    ).toBe('Hair Care');
    expect(rankNameCandidates([{ name: 'Jordan', page: 'p', source: 'meta' }], evidence)[0]?.name).toBe(
      'Jordan',
    );
  });
});

describe('names wrapped in shop descriptors, quotes and other scripts', () => {
  it('compares a Cyrillic name with its Latin domain', () => {
    expect(transliterate('Лунафон')).toBe('lunafon');
    expect(domainAgreement('Река Снов', 'rekasnov.ru')).toBe(2);
    expect(domainAgreement('Braun-Mall.ru', 'braun-mall.ru')).toBe(2);
  });

  it.each([
    ['Интернет-магазин 1-Sad', '1-Sad'],
    ['Sportsatu.kz-интернет магазин спортивных товаров', 'Sportsatu.kz'],
    ['Acme Online Shop', 'Acme'],
    [
      'The Official Website of Arlington National Cemetery',
      'The Official Website of Arlington National Cemetery',
    ],
    ['Интернет-магазин', 'Интернет-магазин'],
    // An adjective before the descriptor and the goods after it, up to the name's capital or quote.
    ['Большой интернет магазин игрушек Детям все', 'Детям все'],
    ['Интернет магазин мебели «Столплит»', '«Столплит»'],
    ['Online shop for lighting Lampenwelt', 'Lampenwelt'],
    // A name before the descriptor stays whole.
    ['Ozon интернет-магазин товаров Россия', 'Ozon интернет-магазин товаров Россия'],
  ])('stripShopDescriptor(%s) → %s', (raw, clean) => {
    expect(stripShopDescriptor(raw)).toBe(clean);
  });

  it('finds quoted names and domains written in a title or copyright line', () => {
    expect(wrappedNames('ИНТЕРНЕТ-МАГАЗИН "ОЛСКА')).toContain('ОЛСКА');
    expect(wrappedNames('Интернет магазин товаров для детей «ДЕТИ»')).toContain('ДЕТИ');
    expect(wrappedNames('Dekorasyon Mimarı Tek Site CixDekorasyon.Com')).toContain('CixDekorasyon.Com');
    expect(isGenericPageName('Интернет-магазин')).toBe(true);
  });

  it('splits sentence and comma parts of a title only where they agree with the domain', () => {
    expect(titleSegments('Аксессуары для телефонов. Telecover. Большой выбор.', 'telecover.ru')).toContain(
      'Telecover',
    );
    expect(
      titleSegments('Restaurant Management Software, POS, ERP in Sialkot', 'awmsystems.com'),
    ).not.toContain('POS');
  });

  it('names a shop by its title over a copyright line that wraps the name', () => {
    const html = `<html><head><title>Лунафон - интернет-магазин мобильных телефонов</title></head><body>
      <nav><a href="/">Главная</a><a href="/contacts">Контакты</a></nav><h1>Смартфоны</h1>
      <footer>© Интернет-магазин " Лунафон.ру "<br>Адрес: Проспект Энгельса, 1</footer></body></html>`;
    expect(nameOf([{ html, url: 'https://lunafon.ru/' }])).toMatch(/^Лунафон/);
  });
});

describe('domainPhrases', () => {
  it.each<[string, string, string[]]>([
    [
      'Activiteiten 4 oktober: 25 jaar Verhoeven Schoenen... Extra geopend',
      'verhoevenschoenen.nl',
      ['Verhoeven Schoenen'],
    ],
    ['Bienvenido a Tecno-Sur, tu tienda de PC en Santiago.', 'tecnosur.cl', ['Tecno-Sur']],
    ['We ship across Europe from Kiel.', 'windundwelle.de', []],
    // Too short a label to trust inside a sentence.
    ['Play the game at Play.com today', 'play.com', []],
  ])('%j on %s', (text, domain, expected) => {
    expect(domainPhrases(text, domain)).toEqual(expected);
  });
});
