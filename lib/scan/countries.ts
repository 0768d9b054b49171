/**
 * Countries: names in several languages → ISO 3166-1 alpha-2, ccTLD → country, language → likely region.
 * Names come from `Intl.DisplayNames` (no data shipped) over libphonenumber-js's region list.
 */
import { type CountryCode, getCountries } from 'libphonenumber-js/max';

const NAME_LOCALES = ['en', 'de', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'zh', 'pl', 'tr', 'ja'];

/** Names that `Intl.DisplayNames` does not give but pages use. */
const ALIASES: Record<string, string> = {
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.a': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  nederland: 'NL',
  deutschland: 'DE',
  'federal republic of germany': 'DE',
  brd: 'DE',
  españa: 'ES',
  espana: 'ES',
  prc: 'CN',
  'p.r. china': 'CN',
  'p.r.china': 'CN',
  "people's republic of china": 'CN',
  'peoples republic of china': 'CN',
  'mainland china': 'CN',
  中国: 'CN',
  中國: 'CN',
  türkiye: 'TR',
  turkey: 'TR',
  korea: 'KR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  russia: 'RU',
  'russian federation': 'RU',
  россия: 'RU',
  uae: 'AE',
  'u.a.e.': 'AE',
  emirates: 'AE',
  'czech republic': 'CZ',
  czechia: 'CZ',
  vietnam: 'VN',
  'viet nam': 'VN',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  österreich: 'AT',
  oesterreich: 'AT',
  italia: 'IT',
  brasil: 'BR',
  méxico: 'MX',
  mexico: 'MX',
  polska: 'PL',
  belgië: 'BE',
  belgique: 'BE',
  belgien: 'BE',
  danmark: 'DK',
  sverige: 'SE',
  norge: 'NO',
  suomi: 'FI',
  'hong kong': 'HK',
  'hong kong sar': 'HK',
  taiwan: 'TW',
  'ivory coast': 'CI',
};

let nameTable: Map<string, string> | null = null;

/** Lower-case country name (any supported language) → ISO2. Built once, lazily. */
function countryNames(): Map<string, string> {
  if (nameTable) return nameTable;
  const table = new Map<string, string>();
  let codes: string[] = [];
  try {
    codes = getCountries();
  } catch {
    codes = [];
  }
  for (const locale of NAME_LOCALES) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    if (!names) continue;
    for (const code of codes) {
      const name = names.of(code);
      if (name && name !== code && !table.has(name.toLowerCase())) table.set(name.toLowerCase(), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) table.set(alias, code);
  nameTable = table;
  return table;
}

/** ISO2 of a country name or code as written on a page (`Deutschland`, `USA`, `DE`, `中国`), '' if unknown. */
export function countryFromName(name: string): string {
  const clean = name
    .trim()
    .replace(/[.,;:]+$/, '')
    .toLowerCase();
  if (!clean) return '';
  if (/^[a-z]{2}$/.test(clean)) {
    const upper = clean.toUpperCase();
    return isKnownRegion(upper) ? upper : '';
  }
  return countryNames().get(clean) ?? '';
}

/** True for a region libphonenumber knows (a proxy for a real ISO2 code). */
export function isKnownRegion(code: string): boolean {
  if (!regionSet) {
    try {
      regionSet = new Set(getCountries());
    } catch {
      regionSet = new Set();
    }
  }
  return regionSet.has(code);
}
let regionSet: Set<string> | null = null;

/**
 * Finds a country name at the end of an address line or as a whole line: `…, 10115 Berlin, Germany`.
 * Only whole names count, so a street named after a country is not read as one.
 */
export function countryInText(text: string): string {
  const lines = text.split(/\n/).slice(-12);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const parts = line.split(/[,|·•–—-]/).map((p) => p.trim());
    for (let j = parts.length - 1; j >= 0; j--) {
      const part = parts[j] ?? '';
      if (part.length < 2 || part.length > 40 || /^[a-z]{2}$/i.test(part)) continue;
      const code = countryNames().get(part.toLowerCase());
      if (code) return code;
    }
  }
  return '';
}

/** Country-code TLDs that are sold worldwide as generic names: they say nothing about where a company is. */
const GENERIC_CCTLDS = new Set([
  'io',
  'co',
  'me',
  'tv',
  'ai',
  'eu',
  'fm',
  'ly',
  'to',
  'cc',
  'ws',
  'gg',
  'app',
  'sh',
  'ac',
  'nu',
  'tk',
  'asia',
]);

/** ISO2 from the hostname's country-code TLD (`.uk` → GB, `.de` → DE; `.io`/`.co`/… → ''). */
export function countryFromTld(hostname: string): string {
  const tld = hostname.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return '';
  if (tld === 'uk') return 'GB';
  const upper = tld.toUpperCase();
  return isKnownRegion(upper) ? upper : '';
}

/** A region to read national phone numbers in when a page gives only a language (`de` → DE, `en-gb` → GB). */
export function regionFromLanguage(lang: string): string {
  const [primary = '', region = ''] = lang.toLowerCase().split('-');
  if (region.length === 2 && isKnownRegion(region.toUpperCase())) return region.toUpperCase();
  const byLanguage: Record<string, string> = {
    de: 'DE',
    nl: 'NL',
    fr: 'FR',
    it: 'IT',
    es: 'ES',
    pl: 'PL',
    cs: 'CZ',
    sk: 'SK',
    hu: 'HU',
    ro: 'RO',
    bg: 'BG',
    el: 'GR',
    tr: 'TR',
    ru: 'RU',
    uk: 'UA',
    ja: 'JP',
    ko: 'KR',
    zh: 'CN',
    vi: 'VN',
    th: 'TH',
    id: 'ID',
    da: 'DK',
    sv: 'SE',
    nb: 'NO',
    no: 'NO',
    fi: 'FI',
    he: 'IL',
    pt: 'PT',
  };
  return byLanguage[primary] ?? '';
}

export type { CountryCode };

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const US_ADDRESS = new RegExp(`\\b(?:${US_STATES})\\.?,?\\s+\\d{5}(?:-\\d{4})?\\b`);
const CA_ADDRESS =
  /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Ontario|Quebec|Québec|Alberta|British Columbia)\b,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;

/**
 * The country of a postal address: a country name in it, else the shape of a US (state + ZIP), Canadian
 * (province + postal code) or UK (postcode) address. '' when the address does not tell.
 */
export function countryOfAddress(address: string): string {
  const named = countryInText(address.replace(/,\s*/g, '\n'));
  if (named) return named;
  if (CA_ADDRESS.test(address)) return 'CA';
  if (US_ADDRESS.test(address)) return 'US';
  if (UK_POSTCODE.test(address)) return 'GB';
  return '';
}

/** A language-region locale in the address (`ar-sa.namshi.com`, `/US/en-US/ContactUs`), '' when none. */
export function countryFromUrlLocale(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const sub = /^([a-z]{2})-([a-z]{2})\./i.exec(parsed.hostname);
  const path = /\/[a-z]{2}[-_]([a-z]{2})(?=\/|$)/i.exec(parsed.pathname);
  const region = (sub?.[2] ?? path?.[1] ?? '').toUpperCase();
  return region && isKnownRegion(region) ? region : '';
}

/** Currencies that belong to one country, as shops write prices. */
const CURRENCY_COUNTRY: [RegExp, string][] = [
  [/₽|\d\s?руб\.?(?![\p{L}])/gu, 'RU'],
  [/₴|\d\s?грн(?![\p{L}])/gu, 'UA'],
  [/₸|\d\s?тг(?![\p{L}])/gu, 'KZ'],
  [/₺|\d\s?TL(?![\p{L}])/gu, 'TR'],
  [/£\s?\d/g, 'GB'],
  [/R\$\s?\d/g, 'BR'],
  [/₹\s?\d/g, 'IN'],
  [/₩\s?\d|\d\s?원(?![\p{L}])/gu, 'KR'],
  [/\d\s?zł(?![\p{L}])/gu, 'PL'],
  [/\d\s?Kč(?![\p{L}])/gu, 'CZ'],
  [/\bAED\s?\d|\d\s?AED\b|د\.إ/g, 'AE'],
  [/\bSAR\s?\d|\d\s?SAR\b|ر\.س/g, 'SA'],
  [/\bCHF\s?\d|\d\s?CHF\b/g, 'CH'],
];

/** The country of the currency a page prices in, when one clearly dominates (two hits or more), else ''. */
export function countryFromCurrency(text: string): string {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let best = '';
  let bestHits = 1;
  for (const [re, country] of CURRENCY_COUNTRY) {
    re.lastIndex = 0;
    let hits = 0;
    while (re.exec(sample) && hits < 50) hits++;
    if (hits > bestHits) {
      best = country;
      bestHits = hits;
    }
  }
  return best;
}
