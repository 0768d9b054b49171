/**
 * `npx tsx tests/tools/build-listing-fixtures.ts` writes the labelled dealer-list fixtures of issue 10 and their
 * answer files (tests/fixtures/listings/<site>.json: every dealer's phones, faxes and e-mails as the page lists
 * them). Generated once and committed: a few hundred dealers are not worth typing, and the answers must be exact.
 * Deterministic (a seeded generator): running it again writes the same files.
 *
 * The pages follow real shapes:
 * - nordvik-lighting.com/en/where-to-buy: a Scandinavian lighting maker's "Where to buy" page (accordion of
 *   countries, a card per dealer: name, street, postcode and city, phone in the national or international form,
 *   sometimes fax, e-mail — some on free mail — and website), with two cards a CMS left empty.
 * - sedie-moretti.it/rivenditori: an Italian office-chair maker's dealer table (Ragione sociale, Indirizzo, Città,
 *   Telefono, E-mail), Italy, Switzerland (Ticino) and San Marino.
 * - aquaflux-pumps.com/distributors: a pump maker's distributor locator, server-rendered cards with the same data
 *   in a `application/json` block for its map script (USA, Canada, Mexico).
 * All names, numbers and addresses are invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

const ROOT = resolve(import.meta.dirname, '../fixtures');

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LabelledDealer {
  name: string;
  country: string;
  phones: string[];
  fax: string[];
  emails: string[];
  website: string;
}

interface Country {
  code: CountryCode;
  name: string;
  n: number;
  /** National significant numbers: area code choices and subscriber length. */
  areas: string[];
  digits: number;
  cities: [string, string][];
  streets: string[];
  first: string[];
  second: string[];
  forms: string[];
  tld: string;
  freeMail: string[];
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function phoneOf(c: Country, rand: () => number): { e164: string; national: string; intl: string } {
  for (let attempt = 0; ; attempt++) {
    if (attempt > 500) throw new Error(`no valid ${c.code} number from ${c.areas.join(' ')}`);
    const area = c.areas[Math.floor(rand() * c.areas.length)]!;
    let sub = String(2 + Math.floor(rand() * 8));
    while (sub.length < c.digits) sub += String(Math.floor(rand() * 10));
    const parsed = parsePhoneNumberFromString(`${area}${sub}`, c.code);
    if (parsed?.isValid() && parsed.country === c.code)
      return { e164: parsed.number, national: parsed.formatNational(), intl: parsed.formatInternational() };
  }
}

function dealersOf(
  c: Country,
  rand: () => number,
  used: Set<string>,
): (LabelledDealer & { street: string; zip: string; city: string; shown: { phone: string; fax: string } })[] {
  const out = [];
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  for (let attempt = 0; out.length < c.n; attempt++) {
    if (attempt > 20_000) throw new Error(`not enough ${c.code} names`);
    const [zip, city] = pick(c.cities);
    const name = `${pick(c.first)} ${pick(c.second)} ${pick(c.forms)}`.replace(/\s+/g, ' ').trim();
    if (used.has(name)) continue;
    used.add(name);
    const hasSite = rand() < 0.62;
    let domain = hasSite
      ? `${slug(name.replace(/ (GmbH|AG|KG|e\.U\.|OG|Srl|S\.r\.l\.|SA|Sàrl|BV|AB|ApS|AS|Ltd|LLC|Inc\.|S\.A\. de C\.V\.|Sp\. z o\.o\.|s\.r\.o\.|SL|SAS)$/, ''))}.${c.tld}`
      : '';
    // Two companies never share a website: the second one of a name takes its city into the domain.
    if (domain && used.has(domain)) domain = domain.replace('.', `-${slug(city)}.`);
    if (domain && used.has(domain)) domain = '';
    if (domain) used.add(domain);
    const phone = phoneOf(c, rand);
    const fax = rand() < 0.3 ? phoneOf(c, rand) : null;
    const mail = rand();
    const emails =
      mail < 0.6 && domain
        ? [`${pick(['info', 'office', 'verkauf', 'sales', 'kontakt'])}@${domain}`]
        : mail < 0.8
          ? [`${slug(name).split('-').slice(0, 2).join('.')}@${pick(c.freeMail)}`]
          : [];
    const style = rand();
    out.push({
      name,
      country: c.code,
      phones: [phone.e164],
      fax: fax ? [fax.e164] : [],
      emails,
      website: domain ? `https://www.${domain}` : '',
      street: `${pick(c.streets)} ${1 + Math.floor(rand() * 120)}`,
      zip,
      city,
      shown: {
        phone:
          style < 0.5
            ? phone.national
            : style < 0.8
              ? phone.intl
              : phone.intl.replace(/ /g, '.').replace(/^\+/, '00'),
        fax: fax ? (style < 0.5 ? fax.national : fax.intl) : '',
      },
    });
  }
  return out;
}

const EU_FIRST = [
  'Licht',
  'Lampen',
  'Elektro',
  'Leuchten',
  'Lumen',
  'Lux',
  'Helios',
  'Nova',
  'Alpen',
  'Stern',
  'Sonnen',
  'Berg',
  'Ried',
  'Tal',
  'Fels',
];
const COUNTRIES: Country[] = [
  {
    code: 'DE',
    name: 'Germany',
    n: 96,
    areas: ['30', '40', '89', '221', '69', '711', '211', '351', '341', '511', '911', '421'],
    digits: 7,
    cities: [
      ['10115', 'Berlin'],
      ['20095', 'Hamburg'],
      ['80331', 'München'],
      ['50667', 'Köln'],
      ['60311', 'Frankfurt am Main'],
      ['70173', 'Stuttgart'],
      ['40213', 'Düsseldorf'],
      ['01067', 'Dresden'],
      ['04109', 'Leipzig'],
      ['30159', 'Hannover'],
      ['90402', 'Nürnberg'],
      ['28195', 'Bremen'],
    ],
    streets: ['Hauptstraße', 'Industriestraße', 'Bahnhofstraße', 'Gewerbering', 'Am Markt', 'Lindenallee'],
    first: [...EU_FIRST, 'Weber', 'Schulz', 'Krüger', 'Hartmann', 'Wagner'],
    second: [
      'Lichttechnik',
      'Elektrohandel',
      'Leuchtenhaus',
      'Elektrogroßhandel',
      'Beleuchtung',
      'Lichtdesign',
      'Elektro',
    ],
    forms: ['GmbH', 'GmbH & Co. KG', 'KG', 'e.K.', 'AG'],
    tld: 'de',
    freeMail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
  },
  {
    code: 'AT',
    name: 'Austria',
    n: 20,
    areas: ['1', '316', '512', '662', '732', '463', '5574', '2742'],
    digits: 6,
    cities: [
      ['1010', 'Wien'],
      ['8010', 'Graz'],
      ['6020', 'Innsbruck'],
      ['5020', 'Salzburg'],
      ['4020', 'Linz'],
      ['9020', 'Klagenfurt'],
      ['6900', 'Bregenz'],
      ['3100', 'St. Pölten'],
    ],
    streets: ['Hauptplatz', 'Wiener Straße', 'Landstraße', 'Industriezeile', 'Gewerbepark'],
    first: ['Lichthaus', 'Elektro', 'Leuchten', 'Licht', 'Lampen', 'Alpenlicht', 'Donau'],
    second: [
      'Gruber',
      'Huber',
      'Steiner',
      'Pichler',
      'Moser',
      'Hofer',
      'Leitner',
      'Eder',
      'Wimmer',
      'Brunner',
      'Lechner',
      'Fuchs',
      'Bauer',
      'Wallner',
    ],
    forms: ['GmbH', 'e.U.', 'OG', 'KG'],
    tld: 'at',
    freeMail: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    n: 24,
    areas: ['44', '31', '61', '22', '41', '71', '52'],
    digits: 7,
    cities: [
      ['8001', 'Zürich'],
      ['3011', 'Bern'],
      ['4051', 'Basel'],
      ['1201', 'Genève'],
      ['6003', 'Luzern'],
      ['9000', 'St. Gallen'],
      ['8400', 'Winterthur'],
    ],
    streets: ['Bahnhofstrasse', 'Industriestrasse', 'Rue du Rhône', 'Seestrasse', 'Dorfstrasse'],
    first: EU_FIRST,
    second: ['Lichtsysteme', 'Elektro', 'Leuchten', 'Lumière', 'Beleuchtung'],
    forms: ['AG', 'GmbH', 'SA', 'Sàrl'],
    tld: 'ch',
    freeMail: ['bluewin.ch', 'gmx.ch', 'gmail.com'],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    n: 30,
    areas: ['20', '10', '30', '40', '50', '70', '76'],
    digits: 7,
    cities: [
      ['1012 AB', 'Amsterdam'],
      ['3011 AD', 'Rotterdam'],
      ['3511 AX', 'Utrecht'],
      ['5611 AB', 'Eindhoven'],
      ['9711 AA', 'Groningen'],
      ['2511 AA', 'Den Haag'],
      ['4811 AA', 'Breda'],
    ],
    streets: ['Hoofdstraat', 'Industrieweg', 'Kerkstraat', 'Stationsplein', 'Havenweg'],
    first: ['Licht', 'Lampen', 'Lumen', 'Van Dijk', 'De Vries', 'Bakker', 'Visser', 'Smit', 'Mulder'],
    second: ['Verlichting', 'Elektrotechniek', 'Lichtgroothandel', 'Installatietechniek', 'Lichtadvies'],
    forms: ['BV', 'BV', 'VOF'],
    tld: 'nl',
    freeMail: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.com'],
  },
  {
    code: 'FR',
    name: 'France',
    n: 44,
    areas: ['1', '4', '3', '5', '2'],
    digits: 8,
    cities: [
      ['75011', 'Paris'],
      ['69002', 'Lyon'],
      ['13001', 'Marseille'],
      ['31000', 'Toulouse'],
      ['33000', 'Bordeaux'],
      ['59000', 'Lille'],
      ['44000', 'Nantes'],
      ['67000', 'Strasbourg'],
    ],
    streets: [
      'rue de la République',
      'avenue Jean Jaurès',
      'rue Victor Hugo',
      'boulevard Pasteur',
      'ZI des Écluses',
    ],
    first: [
      'Lumière',
      'Électro',
      'Luminaires',
      'Éclairage',
      'Lux',
      'Clarté',
      'Dupont',
      'Martin',
      'Bernard',
      'Moreau',
    ],
    second: ['Distribution', 'Services', 'Négoce', 'Diffusion', 'Pro', 'Concept'],
    forms: ['SAS', 'SARL', 'SA'],
    tld: 'fr',
    freeMail: ['orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net'],
  },
  {
    code: 'PL',
    name: 'Poland',
    n: 36,
    areas: ['22', '12', '61', '71', '58', '42', '32'],
    digits: 7,
    cities: [
      ['00-001', 'Warszawa'],
      ['30-001', 'Kraków'],
      ['60-001', 'Poznań'],
      ['50-001', 'Wrocław'],
      ['80-001', 'Gdańsk'],
      ['90-001', 'Łódź'],
      ['40-001', 'Katowice'],
    ],
    streets: ['ul. Marszałkowska', 'ul. Przemysłowa', 'ul. Długa', 'al. Jana Pawła II', 'ul. Polna'],
    first: ['Elektro', 'Lumen', 'Świat', 'Lampy', 'Oświetlenie', 'Elmax', 'Luxon', 'Kowalski', 'Nowak'],
    second: ['Hurt', 'Dystrybucja', 'Światła', 'Instal', 'Handel', 'Serwis'],
    forms: ['Sp. z o.o.', 'Sp. z o.o.', 's.c.'],
    tld: 'pl',
    freeMail: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'],
  },
  {
    code: 'SE',
    name: 'Sweden',
    n: 28,
    areas: ['8', '31', '40', '18', '90', '13'],
    digits: 7,
    cities: [
      ['111 20', 'Stockholm'],
      ['411 01', 'Göteborg'],
      ['211 20', 'Malmö'],
      ['753 20', 'Uppsala'],
      ['903 26', 'Umeå'],
      ['582 24', 'Linköping'],
    ],
    streets: ['Storgatan', 'Industrivägen', 'Kungsgatan', 'Drottninggatan', 'Hamngatan'],
    first: ['Ljus', 'Belysning', 'El', 'Lampa', 'Nord', 'Norrsken', 'Lindqvist', 'Berg', 'Ek'],
    second: ['Grossisten', 'Elhandel', 'Ljusteknik', 'Belysning', 'Elektro'],
    forms: ['AB', 'AB', 'HB'],
    tld: 'se',
    freeMail: ['telia.com', 'gmail.com', 'hotmail.com'],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    n: 40,
    areas: ['20', '161', '121', '113', '141', '117', '131'],
    digits: 7,
    cities: [
      ['EC1V 2NX', 'London'],
      ['M1 1AE', 'Manchester'],
      ['B1 1BB', 'Birmingham'],
      ['LS1 4AP', 'Leeds'],
      ['G1 1XQ', 'Glasgow'],
      ['BS1 4DJ', 'Bristol'],
      ['EH1 1YZ', 'Edinburgh'],
    ],
    streets: [
      'High Street',
      'Station Road',
      'Mill Lane',
      'Unit 4, Riverside Industrial Estate',
      'Church Street',
    ],
    first: [
      'Bright',
      'Lumen',
      'Lighting',
      'Electric',
      'Northern',
      'Thames',
      'Pennine',
      'Clyde',
      'Harrison',
      'Walker',
    ],
    second: [
      'Lighting Supplies',
      'Electrical Wholesale',
      'Lighting Solutions',
      'Electrical Distributors',
      'Lamps & Lighting',
    ],
    forms: ['Ltd', 'Ltd', 'LLP'],
    tld: 'co.uk',
    freeMail: ['btinternet.com', 'gmail.com', 'outlook.com', 'yahoo.co.uk'],
  },
];

function nordvikPage(): { html: string; labels: LabelledDealer[]; broken: number } {
  const rand = rng(10);
  const used = new Set<string>();
  const labels: LabelledDealer[] = [];
  const groups = COUNTRIES.map((c) => {
    const dealers = dealersOf(c, rand, used);
    // The dealer whose own site is a fixture too: the e2e revisits it.
    if (c.code === 'AT') {
      const d = dealers[0]!;
      d.name = 'Lichthaus Gruber GmbH';
      d.website = 'https://www.lichthaus-gruber.at';
      d.emails = ['office@lichthaus-gruber.at'];
      d.phones = ['+4373277450'];
      d.shown.phone = '0732 77450';
      d.fax = [];
      d.street = 'Landstraße 48';
      d.zip = '4020';
      d.city = 'Linz';
    }
    labels.push(
      ...dealers.map(({ name, country, phones, fax, emails, website }) => ({
        name,
        country,
        phones,
        fax,
        emails,
        website,
      })),
    );
    const cards = dealers
      .map((d, i) => {
        const lines = [
          `<h3 class="dealer-card__name">${esc(d.name)}</h3>`,
          `<p class="dealer-card__address">${esc(d.street)}<br>${esc(d.zip)} ${esc(d.city)}</p>`,
          `<ul class="dealer-card__contact">`,
          `<li><span class="icon icon-phone" aria-hidden="true"></span>Phone: <a href="tel:${d.phones[0]}">${esc(d.shown.phone)}</a></li>`,
          d.fax.length
            ? `<li><span class="icon icon-fax" aria-hidden="true"></span>Fax: ${esc(d.shown.fax)}</li>`
            : '',
          d.emails.length
            ? `<li><span class="icon icon-mail" aria-hidden="true"></span><a href="mailto:${d.emails[0]}">${esc(d.emails[0]!)}</a></li>`
            : '',
          d.website
            ? `<li><span class="icon icon-web" aria-hidden="true"></span><a href="${d.website}" target="_blank" rel="noopener nofollow">${esc(d.website.replace(/^https:\/\//, ''))}</a></li>`
            : '',
          `</ul>`,
          i % 3 !== 1
            ? `<p class="dealer-card__range">Stocks: ${['LED downlights', 'LED panels', 'track lights', 'outdoor luminaires', 'LED strips'].filter((_, j) => (i + j) % 2 === 0).join(' · ')}</p>`
            : '',
          i % 5 === 0
            ? `<p class="dealer-card__tags"><span class="tag">Showroom</span> <span class="tag">Nordvik Pro Partner</span></p>`
            : '',
          `<a class="dealer-card__route" href="https://www.google.com/maps/dir/?api=1&amp;destination=${encodeURIComponent(`${d.street}, ${d.zip} ${d.city}`)}" target="_blank" rel="noopener">Route planner</a>`,
        ];
        return `        <article class="dealer-card" data-lat="${(45 + rand() * 15).toFixed(4)}" data-lng="${(rand() * 20).toFixed(4)}">\n          ${lines.filter(Boolean).join('\n          ')}\n        </article>`;
      })
      .join('\n');
    const brokenCard =
      c.code === 'DE' || c.code === 'FR'
        ? `\n        <article class="dealer-card" data-lat="" data-lng="">\n          <h3 class="dealer-card__name"></h3>\n          <p class="dealer-card__address"><br> </p>\n          <ul class="dealer-card__contact">\n          <li>Phone: </li>\n          <li>E-mail: </li>\n          </ul>\n        </article>`
        : '';
    return `    <details class="dealer-country"${c.code === 'DE' ? ' open' : ''}>\n      <summary>${c.name} <span class="count">(${c.n} dealers)</span></summary>\n      <div class="dealer-grid">\n${cards}${brokenCard}\n      </div>\n    </details>`;
  });
  const total = labels.length;
  const html = `<!doctype html>
<!--
  Models: a Scandinavian lighting manufacturer's "Where to buy" page (WordPress with a store-locator plugin), the
  kind a rep finds searching "LED downlight dealers Europe": an accordion of countries, a card per dealer with name,
  address, phone, sometimes fax, e-mail (some on free mail) and website, and a route link. ${total} dealers in
  ${COUNTRIES.length} countries; two cards the plugin left empty. Generated by tests/tools/build-listing-fixtures.ts;
  all names, numbers and addresses are invented. Lichthaus Gruber GmbH is also a fixture site (lichthaus-gruber.at).
-->
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Where to buy – Nordvik Lighting | Scandinavian LED luminaires</title>
  <meta name="description" content="Find a Nordvik Lighting dealer near you: LED downlights, LED panels and track lights from ${total} authorised dealers across Europe.">
  <link rel="canonical" href="https://www.nordvik-lighting.com/en/where-to-buy">
</head>
<body class="page-template-store-locator">
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>We use cookies to improve your experience and to show our dealers on a map. <a href="/en/privacy-policy">Privacy policy</a></p><button class="accept">Accept</button><button class="reject">Only necessary</button></div>
<header class="site-header">
  <a class="logo" href="/en/"><img src="/wp-content/uploads/nordvik-logo.svg" alt="Nordvik Lighting"></a>
  <nav class="main-navigation"><ul class="menu">
    <li><a href="/en/products/downlights">Downlights</a></li><li><a href="/en/products/led-panels">LED panels</a></li><li><a href="/en/products/track-lights">Track lights</a></li>
    <li><a href="/en/products/outdoor">Outdoor</a></li><li><a href="/en/projects">Projects</a></li><li><a href="/en/where-to-buy" aria-current="page">Where to buy</a></li><li><a href="/en/contact">Contact</a></li>
  </ul></nav>
</header>
<main id="main" class="site-main">
  <h1>Where to buy</h1>
  <p class="intro">Nordvik luminaires are sold through authorised electrical wholesalers and lighting shops. Choose your country to see the dealers near you, or contact our export team.</p>
  <form class="store-locator-search" role="search"><label>Postcode or city <input type="search" name="q"></label><button type="submit">Search</button></form>
  <section class="dealer-locator">
${groups.join('\n')}
  </section>
  <aside class="become-dealer"><h2>Become a dealer</h2><p>Interested in selling Nordvik? Write to <a href="mailto:partners@nordvik-lighting.com">partners@nordvik-lighting.com</a>.</p></aside>
</main>
<footer class="site-footer">
  <p>Nordvik Lighting AB · Industrigatan 14 · 582 77 Linköping · Sweden</p>
  <p>Phone +46 13 15 04 00 · <a href="mailto:info@nordvik-lighting.com">info@nordvik-lighting.com</a></p>
  <p><a href="https://www.linkedin.com/company/nordvik-lighting">LinkedIn</a> · <a href="https://www.instagram.com/nordviklighting">Instagram</a> · <a href="/en/imprint">Imprint</a></p>
</footer>
</body>
</html>
`;
  return { html, labels, broken: 2 };
}

const IT: Country = {
  code: 'IT',
  name: 'Italia',
  n: 96,
  areas: ['02', '06', '011', '051', '055', '041', '081', '030'],
  digits: 6,
  cities: [
    ['20121', 'Milano (MI)'],
    ['00184', 'Roma (RM)'],
    ['10121', 'Torino (TO)'],
    ['40121', 'Bologna (BO)'],
    ['50123', 'Firenze (FI)'],
    ['30121', 'Venezia (VE)'],
    ['80133', 'Napoli (NA)'],
    ['25121', 'Brescia (BS)'],
  ],
  streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Viale dell’Industria', 'Via Mazzini'],
  first: [
    'Ufficio',
    'Arredo',
    'Sedute',
    'Mobili',
    'Office',
    'Rossi',
    'Bianchi',
    'Colombo',
    'Ferrari',
    'Esposito',
  ],
  second: ['Arredamenti', 'Forniture', 'Design', 'Contract', 'Ufficio Service', 'Mobili per Ufficio'],
  forms: ['Srl', 'S.r.l.', 'snc', 'SpA'],
  tld: 'it',
  freeMail: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
};
const CH_TI: Country = {
  ...COUNTRIES[2]!,
  n: 12,
  cities: [
    ['6900', 'Lugano'],
    ['6500', 'Bellinzona'],
    ['6600', 'Locarno'],
    ['6850', 'Mendrisio'],
  ],
  areas: ['91'],
  streets: ['Via Nassa', 'Via Cantonale', 'Piazza Grande'],
  first: ['Arredo', 'Ufficio', 'Ticino'],
  second: ['Mobili', 'Design', 'Forniture'],
  forms: ['SA', 'Sagl'],
};
const SM: Country = {
  code: 'SM',
  name: 'San Marino',
  n: 4,
  areas: ['0549'],
  digits: 6,
  cities: [
    ['47890', 'San Marino'],
    ['47899', 'Serravalle'],
  ],
  streets: ['Via III Settembre', 'Strada Cà Ragni'],
  first: ['Titano', 'Sammarinese', 'Monte'],
  second: ['Forniture Ufficio', 'Contract', 'Arredi'],
  forms: ['Srl', 'SpA'],
  tld: 'sm',
  freeMail: ['omniway.sm', 'gmail.com'],
};

function morettiPage(): { html: string; labels: LabelledDealer[] } {
  const rand = rng(20);
  const used = new Set<string>();
  const labels: LabelledDealer[] = [];
  const rows = [IT, CH_TI, SM]
    .flatMap((c) => dealersOf(c, rand, used))
    .map((d) => {
      labels.push({
        name: d.name,
        country: d.country,
        phones: d.phones,
        fax: d.fax,
        emails: d.emails,
        website: d.website,
      });
      const country = d.country === 'IT' ? '' : d.country === 'CH' ? ' – Svizzera' : ' – San Marino';
      return `      <tr class="riv-row">
        <td class="riv-nome"><strong>${esc(d.name)}</strong>${d.website ? `<br><a href="${d.website}" target="_blank" rel="nofollow">${esc(d.website.replace(/^https:\/\/www\./, ''))}</a>` : ''}</td>
        <td>${esc(d.street)}<br>${esc(d.zip)} ${esc(d.city)}${country}</td>
        <td>Tel. ${esc(d.shown.phone)}${d.fax.length ? `<br>Fax ${esc(d.shown.fax)}` : ''}</td>
        <td>${d.emails.length ? `<a href="mailto:${d.emails[0]}">${esc(d.emails[0]!)}</a>` : '–'}</td>
      </tr>`;
    })
    .join('\n');
  const html = `<!doctype html>
<!--
  Models: an Italian office-chair maker's "Rivenditori" page (a Joomla table of dealers: Ragione sociale, Indirizzo,
  Telefono, E-mail), Italy plus Ticino and San Marino, numbers in the national form. ${labels.length} dealers.
  Generated by tests/tools/build-listing-fixtures.ts; all names, numbers and addresses are invented.
-->
<html lang="it">
<head>
  <meta charset="utf-8">
  <title>Rivenditori autorizzati | Sedie Moretti – sedute per ufficio dal 1968</title>
  <meta name="description" content="Trova il rivenditore Sedie Moretti più vicino: sedie operative, poltrone direzionali e sedute per sale riunioni.">
</head>
<body class="com-content view-article">
<div class="cc-banner">Questo sito utilizza cookie tecnici e di terze parti. <a href="/privacy">Informativa</a> <button>Accetto</button></div>
<header id="header"><a href="/" class="brand">Sedie Moretti</a>
  <nav class="nav-main"><a href="/sedie-operative">Sedie operative</a> <a href="/poltrone-direzionali">Poltrone direzionali</a> <a href="/sedute-attesa">Sedute attesa</a> <a href="/rivenditori">Rivenditori</a> <a href="/contatti">Contatti</a></nav>
</header>
<main id="content">
  <h1>Rivenditori autorizzati</h1>
  <p>I nostri prodotti sono in vendita presso i rivenditori autorizzati elencati qui sotto. Per forniture contract contattate l’ufficio commerciale.</p>
  <table class="table table-striped rivenditori">
    <thead><tr><th>Ragione sociale</th><th>Indirizzo</th><th>Telefono</th><th>E-mail</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</main>
<footer id="footer"><p>Sedie Moretti S.p.A. · Via dell’Artigianato 21 · 33044 Manzano (UD) · P.IVA 01234560307</p><p>Tel. 0432 750 210 · <a href="mailto:info@sedie-moretti.it">info@sedie-moretti.it</a></p></footer>
</body>
</html>
`;
  return { html, labels };
}

const NA: Country[] = [
  {
    code: 'US',
    name: 'United States',
    n: 52,
    areas: ['212', '312', '713', '404', '206', '617', '303', '602', '214', '305'],
    digits: 7,
    cities: [
      ['NY 10001', 'New York'],
      ['IL 60601', 'Chicago'],
      ['TX 77002', 'Houston'],
      ['GA 30303', 'Atlanta'],
      ['WA 98101', 'Seattle'],
      ['MA 02108', 'Boston'],
      ['CO 80202', 'Denver'],
      ['AZ 85004', 'Phoenix'],
    ],
    streets: ['Industrial Blvd', 'Commerce Dr', 'Main St', 'Enterprise Way', 'Harbor Rd'],
    first: [
      'Apex',
      'Summit',
      'Liberty',
      'Pioneer',
      'Keystone',
      'Great Lakes',
      'Gulf Coast',
      'Pacific',
      'Frontier',
    ],
    second: ['Pump & Supply', 'Water Systems', 'Fluid Solutions', 'Pump Service', 'Irrigation Supply'],
    forms: ['Inc.', 'LLC', 'Co.'],
    tld: 'com',
    freeMail: ['gmail.com', 'yahoo.com', 'aol.com', 'outlook.com'],
  },
  {
    code: 'CA',
    name: 'Canada',
    n: 18,
    areas: ['416', '604', '514', '403', '613'],
    digits: 7,
    cities: [
      ['ON M5H 2N2', 'Toronto'],
      ['BC V6B 1A1', 'Vancouver'],
      ['QC H2Y 1C6', 'Montréal'],
      ['AB T2P 1J9', 'Calgary'],
      ['ON K1P 1J1', 'Ottawa'],
    ],
    streets: ['King St W', 'Industrial Ave', 'Rue Notre-Dame', 'Commerce Crt'],
    first: ['Maple', 'Northern', 'Laurentian', 'Prairie', 'Coastal'],
    second: ['Pumps', 'Water Equipment', 'Fluid Power', 'Pompes et Filtration'],
    forms: ['Ltd.', 'Inc.'],
    tld: 'ca',
    freeMail: ['gmail.com', 'sympatico.ca', 'shaw.ca'],
  },
  {
    code: 'MX',
    name: 'Mexico',
    n: 16,
    areas: ['55', '33', '81'],
    digits: 8,
    cities: [
      ['06600', 'Ciudad de México'],
      ['44100', 'Guadalajara'],
      ['64000', 'Monterrey'],
      ['72000', 'Puebla'],
    ],
    streets: ['Av. Insurgentes Sur', 'Calle Industria', 'Blvd. Díaz Ordaz', 'Av. Juárez'],
    first: ['Bombas', 'Hidro', 'Aqua', 'Riego'],
    second: ['del Norte', 'Industriales', 'y Equipos', 'Soluciones'],
    forms: ['S.A. de C.V.'],
    tld: 'com.mx',
    freeMail: ['hotmail.com', 'prodigy.net.mx', 'gmail.com'],
  },
];

function aquafluxPage(): { html: string; labels: LabelledDealer[] } {
  const rand = rng(30);
  const used = new Set<string>();
  const labels: LabelledDealer[] = [];
  const data: Record<string, string>[] = [];
  const cards = NA.flatMap((c) => dealersOf(c, rand, used))
    .map((d) => {
      labels.push({
        name: d.name,
        country: d.country,
        phones: d.phones,
        fax: d.fax,
        emails: d.emails,
        website: d.website,
      });
      data.push({
        name: d.name,
        street: d.street,
        city: d.city,
        zip: d.zip,
        country: d.country,
        phone: d.shown.phone,
        ...(d.fax.length ? { fax: d.shown.fax } : {}),
        ...(d.emails[0] ? { email: d.emails[0] } : {}),
        ...(d.website ? { website: d.website } : {}),
      });
      return `    <li class="locator-result" data-country="${d.country}">
      <div class="locator-result__title">${esc(d.name)}</div>
      <address>${esc(d.street)}, ${esc(d.city)}, ${esc(d.zip)}, ${d.country === 'US' ? 'USA' : NA.find((c) => c.code === d.country)!.name}</address>
      <div class="locator-result__phone"><a href="tel:${d.phones[0]}">${esc(d.shown.phone)}</a></div>${d.fax.length ? `\n      <div class="locator-result__fax">Fax ${esc(d.shown.fax)}</div>` : ''}${d.emails.length ? `\n      <div class="locator-result__email"><a href="mailto:${d.emails[0]}">${esc(d.emails[0]!)}</a></div>` : ''}${d.website ? `\n      <div class="locator-result__web"><a href="${d.website}" rel="nofollow noopener" target="_blank">Visit website</a></div>` : ''}
    </li>`;
    })
    .join('\n');
  const html = `<!doctype html>
<!--
  Models: a US pump maker's distributor locator (a React map widget, server-rendered result list, the same data in an
  application/json block for the map), distributors in the USA, Canada and Mexico. ${labels.length} distributors.
  Generated by tests/tools/build-listing-fixtures.ts; all names, numbers and addresses are invented.
-->
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>Find a Distributor | AquaFlux Pumps</title>
  <meta name="description" content="Find an authorized AquaFlux distributor for submersible, booster and irrigation pumps in North America.">
  <script id="locator-data" type="application/json">${JSON.stringify({ version: 3, distributors: data })}</script>
</head>
<body>
<header class="site-header"><a href="/" class="logo">AquaFlux Pumps</a>
  <nav><a href="/products/submersible">Submersible pumps</a> <a href="/products/booster">Booster sets</a> <a href="/products/irrigation">Irrigation</a> <a href="/distributors">Find a distributor</a> <a href="/support">Support</a></nav>
</header>
<main>
  <h1>Find a distributor</h1>
  <div class="locator"><div class="locator__map" aria-label="Map of distributors"></div>
  <ol class="locator__results">
${cards}
  </ol></div>
</main>
<footer><p>AquaFlux Pumps Inc. · 4400 Riverside Pkwy · Grand Rapids, MI 49512 · (616) 555-0100</p><p><a href="mailto:sales@aquaflux-pumps.com">sales@aquaflux-pumps.com</a></p></footer>
</body>
</html>
`;
  return { html, labels };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export const LISTING_FIXTURES = [
  {
    site: 'nordvik-lighting.com',
    page: 'en/where-to-buy.html',
    url: 'https://www.nordvik-lighting.com/en/where-to-buy',
  },
  { site: 'sedie-moretti.it', page: 'rivenditori.html', url: 'https://www.sedie-moretti.it/rivenditori' },
  {
    site: 'aquaflux-pumps.com',
    page: 'distributors.html',
    url: 'https://www.aquaflux-pumps.com/distributors',
  },
] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = [nordvikPage(), morettiPage(), aquafluxPage()];
  LISTING_FIXTURES.forEach((f, i) => {
    const page = built[i]!;
    write(resolve(ROOT, 'sites', f.site, f.page), page.html);
    write(
      resolve(ROOT, 'listings', `${f.site}.json`),
      `${JSON.stringify({ url: f.url, page: `${f.site}/${f.page}`, broken: 'broken' in page ? page.broken : 0, dealers: page.labels }, null, 1)}\n`,
    );
    console.log(`${f.site}: ${page.labels.length} dealers`);
  });
}
