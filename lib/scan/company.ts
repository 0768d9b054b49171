/**
 * Company facts: JSON-LD reading (tolerant of broken bodies), name candidates (JSON-LD, og:site_name, copyright
 * line, legal-form names, title), postal address candidates (JSON-LD, microdata, `<address>`, footer text) and the
 * page language.
 */
import { countryFromName } from './countries';

/** Facts one JSON-LD body states about the organisation behind the page. */
export interface JsonLdFacts {
  orgNames: string[];
  siteNames: string[];
  addresses: { text: string; country: string }[];
  phones: { value: string; isFax: boolean }[];
  emails: string[];
  sameAs: string[];
}

const MAX_JSONLD_NODES = 2_000;
const NON_ORG_TYPES =
  /^(?:Product|Offer|AggregateOffer|WebPage|WebSite|BreadcrumbList|ListItem|Person|Event|Review|Rating|AggregateRating|ImageObject|VideoObject|Article|BlogPosting|NewsArticle|FAQPage|Question|Answer|SearchAction|ItemList|PropertyValue|PostalAddress|ContactPoint|GeoCoordinates|OpeningHoursSpecification|Brand|Thing|CollectionPage|ReadAction|EntryPoint|SiteNavigationElement|HowTo|Recipe|Course|JobPosting|Place)$/;

const FOREIGN_CONTAINERS =
  /^(?:ItemList|ListItem|Product|Offer|AggregateOffer|Review|Event|SearchResultsPage)$/;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return textOf((value as { name: unknown }).name);
  return '';
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function typesOf(node: Record<string, unknown>): string[] {
  return listOf(node['@type'])
    .map((t) => (typeof t === 'string' ? t.replace(/^https?:\/\/schema\.org\//, '') : ''))
    .filter(Boolean);
}

/** Parses a JSON-LD body, repairing the common breakages (comments, CDATA, trailing commas, raw newlines). */
export function parseJsonLd(body: string): unknown {
  const attempts = [
    body,
    body
      .replace(/^\s*(?:<!--|\/\/<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\]\]>|\]\]>)\s*$/, '')
      // Raw control characters (invalid inside JSON strings) become spaces.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
      .replace(/\r?\n/g, ' ')
      .replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt);
    } catch {
      // Try the next repair.
    }
  }
  return null;
}

function formatPostalAddress(value: unknown): { text: string; country: string } | null {
  if (typeof value === 'string') {
    const text = value.replace(/\s+/g, ' ').trim();
    return text ? { text, country: '' } : null;
  }
  if (!value || typeof value !== 'object') return null;
  const a = value as Record<string, unknown>;
  const countryRaw = textOf(a.addressCountry);
  const country = countryRaw ? countryFromName(countryRaw) : '';
  const cityLine = [textOf(a.postalCode), textOf(a.addressLocality)].filter(Boolean).join(' ');
  const parts = [
    textOf(a.streetAddress),
    cityLine,
    textOf(a.addressRegion),
    countryRaw.length > 2 ? countryRaw : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? { text, country } : null;
}

/** Collects organisation facts from JSON-LD bodies; broken or hostile bodies yield nothing. */
export function jsonLdFacts(bodies: string[]): JsonLdFacts {
  const facts: JsonLdFacts = {
    orgNames: [],
    siteNames: [],
    addresses: [],
    phones: [],
    emails: [],
    sameAs: [],
  };
  let visited = 0;
  // Organisations inside a list, product, offer or review are other companies (listed firms, brands, sellers).
  const visit = (value: unknown, depth: number, isForeign = false): void => {
    if (visited > MAX_JSONLD_NODES || depth > 8 || !value || typeof value !== 'object') return;
    visited++;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, isForeign);
      return;
    }
    const node = value as Record<string, unknown>;
    const types = typesOf(node);
    const childrenForeign = isForeign || types.some((t) => FOREIGN_CONTAINERS.test(t));
    const isOrg = !isForeign && types.length > 0 && types.some((t) => !NON_ORG_TYPES.test(t));
    if (types.includes('WebSite')) {
      const name = textOf(node.name);
      if (name) facts.siteNames.push(name);
    }
    if (isOrg) {
      for (const key of ['legalName', 'name']) {
        const name = textOf(node[key]);
        if (name && name.length <= 120) facts.orgNames.push(name);
      }
      for (const address of listOf(node.address)) {
        const formatted = formatPostalAddress(address);
        if (formatted) facts.addresses.push(formatted);
      }
      for (const url of listOf(node.sameAs)) if (typeof url === 'string') facts.sameAs.push(url);
    }
    if (isOrg || types.includes('ContactPoint')) {
      for (const tel of listOf(node.telephone)) {
        const t = textOf(tel);
        if (t) facts.phones.push({ value: t, isFax: false });
      }
      for (const fax of listOf(node.faxNumber)) {
        const t = textOf(fax);
        if (t) facts.phones.push({ value: t, isFax: true });
      }
      for (const email of listOf(node.email)) {
        const t = textOf(email).replace(/^mailto:/i, '');
        if (t) facts.emails.push(t);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === '@context' || key === '@type') continue;
      if (child && typeof child === 'object') visit(child, depth + 1, childrenForeign);
    }
  };
  for (const body of bodies) visit(parseJsonLd(body), 0);
  return facts;
}

// ───────────────────────────── Names ─────────────────────────────

const COPYRIGHT =
  /(?:©|\(c\)|&copy;|copyright\s*(?=©|\(c\)|(?:19|20)\d{2}))\s*(?:(?:©|\(c\))\s*)?(?:(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)?\d{2}|present|heute|today))?\s*[,.:]?\s*)?(?:by\s+)?([^\n|•·©]{2,90})/i;
const COPYRIGHT_TAIL =
  /\s*(?:[,.]?\s*(?:all rights|alle rechte|todos los derechos|tous droits|tutti i diritti|alle rechten|todos os direitos|版权所有|保留所有|все права|powered by|designed by|website by|made by|built by|site by|webdesign|design:|theme by|privacy|impressum|datenschutz)).*$|\s+[-–—|]\s.*$|\s*(?:19|20)\d{2}.*$|[.,;:\s]+$/i;

const PLATFORM_NAMES =
  /^(?:zen cart|wordpress|wix(?:\.com)?|shopify|joomla!?|drupal|squarespace|weebly|jimdo|godaddy|vetmatrix|prestashop|magento|oscommerce|bigcommerce|webflow|hubspot|yola|webnode|strato|ionos|1&1)\b/i;

/** The holder named in a copyright line (`© 2024 Weber Großhandel GmbH. Alle Rechte vorbehalten.`), '' if none. */
export function copyrightHolder(text: string): string {
  const m = COPYRIGHT.exec(text);
  if (!m?.[1]) return '';
  const name = m[1]
    .replace(/\s(?:tel|tfno|tlf|phone|fax|telefon|tél|e-?mail)\b.*$/i, '')
    .replace(/\s\d{4,}.*$/, '')
    .replace(COPYRIGHT_TAIL, '')
    .replace(COPYRIGHT_TAIL, '')
    .replace(/[™®]/g, '')
    .trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return '';
  if (/^(?:all rights|alle rechte|copyright|the|by|www\.)$/i.test(name)) return '';
  // A month ("Copyright July 2013") or a site-builder product is not the company.
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i.test(name)) return '';
  if (PLATFORM_NAMES.test(name)) return '';
  return name;
}

const LEGAL_FORM =
  /(?:^|\n)\s*(\p{Lu}[\p{L}\d&.,'’+\- ]{1,60}?\s(?:GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|KG|OHG|e\.\s?K\.|UG(?: \(haftungsbeschränkt\))?|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|S\.L\.U?\.?|S\.A\.U?\.?|SL|SA|SAS|SARL|S\.r\.l\.|Srl|S\.p\.A\.|B\.V\.|BV|N\.V\.|Oy|AB|A\/S|ApS|Sp\. z o\.o\.|Pty\.? Ltd\.?|LLP|PLC|plc))(?=[\s,.]|$)/u;

/** A company name with its legal form written on a line of its own (Impressum, footer), '' if none. */
export function legalFormName(text: string): string {
  const m = LEGAL_FORM.exec(text);
  return m?.[1] ? m[1].trim() : '';
}

const GENERIC_TITLE =
  /^(?:home(?:page)?|start(?:seite)?|index|welcome|willkommen|bienvenid[oa]s?|bienvenue|benvenuti|inicio|accueil|contact(?:\s*us)?|contact(?:o|ez-nous|eer)?|kontakt(?:e)?|about(?:\s*us)?|über uns|ueber uns|sobre nosotros|quiénes somos|qui sommes-nous|chi siamo|over ons|impressum|imprint|legal notice|aviso legal|mentions légales|products?|produkte|productos|produits|shop|store|news|blog|home page|главная|контакты|首页|联系我们|关于我们|official (?:site|website)|offizielle website)$/i;

function alnum(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Picks the company part of a page title: `Kontakt – Weber Großhandel` → `Weber Großhandel`,
 * `Acme Pumps | Quality since 1962` → `Acme Pumps` (the part resembling the domain wins, else the first
 * non-generic part).
 */
export function nameFromTitle(title: string, domainLabel: string): string {
  const segments = title
    .split(/\s+[|–—\-·:»•~/]\s+|\s*[|»•·]\s*|\s+-\s*|\s*::\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2 && s.length <= 80);
  if (segments.length === 0) return '';
  const label = alnum(domainLabel);
  if (label.length >= 3) {
    const match = segments.find((s) => {
      const a = alnum(s);
      return a.length >= 3 && (a.includes(label) || label.includes(a) || a.startsWith(label.slice(0, 5)));
    });
    if (match) return match;
  }
  const meaningful = segments.filter((s) => !GENERIC_TITLE.test(s));
  if (meaningful.length === 0) return '';
  if (segments.length === 1) return meaningful[0] ?? '';
  // "Page – Company" is the common CMS default; slogans are long, names short.
  const shortest = [...meaningful].sort((a, b) => a.length - b.length)[0] ?? '';
  return meaningful.length === segments.length ? (meaningful[0] ?? '') : shortest;
}

// ───────────────────────────── Addresses ─────────────────────────────

/** Postcode shapes, most specific first: a US "City, ST 12345" line beats a street number that looks like a zip. */
const POSTCODE_LINE = [
  /\b\p{Lu}[\p{L} .'-]{1,30},?\s+(?:[A-Z]{2}|[A-Z][a-z]+)\.?\s+\d{5}(?:-\d{4})?\b/u, // US: Chicago, IL 60614
  /\b\d{4}\s?[A-Z]{2}\s+\p{Lu}[\p{L}.'\- ]{1,40}/u, // NL: 1011 MH Amsterdam
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/, // UK: SW1A 1AA
  /\b\d{5}\s+\p{Lu}[\p{L}.'\- ]{1,40}/u, // DE/FR/ES/IT/FI…: 10115 Berlin
  /\b\d{3}-\d{4}\b.*[都道府県市区]/u, // JP
  /(?:省|市|区|县|路|号).{0,20}\d{6}|\d{6}.{0,20}(?:省|市|区|县|路|号)/u, // CN
  /\b(?:industrial (?:park|zone|district)|economic (?:development )?zone|district|province|county)\b.{0,60}\b(?:china|p\.?\s?r\.?\s?c\.?)\b/i,
  /\b\d{4}\s+\p{Lu}[\p{L}.'\- ]{1,30}/u, // AT/CH/BE/DK: 1010 Wien (least specific: last)
];
const STREET_LINE =
  /\p{L}{2,}[\s-]?(?:straße|strasse|str\.|weg|allee|platz|ring|damm|gasse|ufer|straat|laan|gracht|plein|kade|singel|dijk|vej|gatan|gade)\s*\d|\b(?:calle|c\/|avda\.?|avenida|paseo|plaza|carrer|rue|avenue|boulevard|bd|chemin|via|viale|piazza|corso|rua|ul\.|улица|ул\.)\s+\p{L}|^\s*\d{1,5}[a-z]?\s+\p{L}[\p{L} .]{2,40}\b(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|dr\.?|lane|ln\.?|way|place|pl\.?|court|ct\.?|suite|parkway|pkwy|highway|hwy)\b|\bno\.?\s?\d+.{0,40}\b(?:road|rd|street|avenue)\b|\p{L}+\s(?:street|road|avenue)\b/iu;

/**
 * Finds a postal address in free text (footer, contact page): a line with a postcode, joined with the street line
 * before it and a country line after it. Returns '' when none looks like an address.
 */
export function addressInText(text: string): string {
  // Sites also separate address parts with bullets or pipes on one line.
  const lines = text
    .split(/\n|\s[|•·◊]\s|[◊•]/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const postcode of POSTCODE_LINE) {
    const found = findAddressLines(lines, postcode);
    if (found) return found;
  }
  return '';
}

function findAddressLines(lines: string[], postcode: RegExp): string {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 160) continue;
    if (!postcode.test(line)) continue;
    if (
      /(?:tel|phone|fax|telefon|mob|whatsapp|wechat|skype|©|copyright|iban|ust|vat)/i.test(line) &&
      !STREET_LINE.test(line)
    )
      continue;
    const parts: string[] = [];
    const prev = lines[i - 1] ?? '';
    if (!STREET_LINE.test(line) && STREET_LINE.test(prev) && prev.length <= 100) parts.push(prev);
    parts.push(line);
    const next = lines[i + 1] ?? '';
    if (next && next.length <= 40 && countryFromName(next)) parts.push(next);
    return (
      parts
        .join(', ')
        .replace(/\s+/g, ' ')
        .replace(
          /^(?:add|addr|address|adresse|anschrift|dirección|direccion|domicilio|indirizzo|adres|endereço|адрес|地址|住所)\s*[:：.]\s*/i,
          '',
        )
        // Any other short label before the address ("Showroom:", "Head office:").
        .replace(/^[\p{L}][\p{L} ]{1,24}[:：]\s*(?=[\p{L}\p{N}])/u, '')
        .slice(0, 200)
    );
  }
  return '';
}

// ───────────────────────────── Language ─────────────────────────────

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'with', 'our', 'you', 'is', 'are', 'we', 'your'],
  de: ['und', 'der', 'die', 'das', 'mit', 'für', 'wir', 'sie', 'ist', 'nicht', 'auf', 'ihre', 'unsere'],
  es: ['el', 'los', 'las', 'y', 'de', 'del', 'para', 'con', 'nuestros', 'que', 'por', 'una', 'es'],
  fr: ['le', 'les', 'et', 'des', 'du', 'pour', 'avec', 'nous', 'vous', 'est', 'une', 'sur', 'nos'],
  nl: ['de', 'het', 'en', 'van', 'een', 'voor', 'met', 'wij', 'onze', 'uw', 'is', 'zijn', 'op'],
  it: ['il', 'gli', 'e', 'di', 'della', 'per', 'con', 'che', 'sono', 'una', 'nostri', 'del'],
  pt: ['o', 'os', 'e', 'de', 'da', 'do', 'para', 'com', 'que', 'uma', 'nossos', 'são'],
  pl: ['i', 'w', 'na', 'z', 'do', 'jest', 'oraz', 'dla', 'się', 'nie', 'nasze'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'daha', 'çok', 'ürünler'],
};

/** Guesses the primary language of a text sample by script, then by common words. '' when unsure. */
export function detectLanguage(sample: string): string {
  return languageGuess(sample).language;
}

/**
 * Language guess with its margin: `english` is the share of English common words relative to the winner's, so a
 * caller can refuse to overrule a declared `en` on weak evidence.
 */
export function languageGuess(sample: string): { language: string; english: number; words: number } {
  const language = detectByScript(sample);
  if (language) return { language, english: 0, words: 0 };
  return detectByWords(sample);
}

function detectByScript(sample: string): string {
  const text = sample.slice(0, 6000);
  if (!text.trim()) return '';
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const letters = count(/\p{L}/gu) || 1;
  const kana = count(/[\u3040-\u30ff]/g);
  const han = count(/[\u4e00-\u9fff]/g);
  if (kana / letters > 0.05) return 'ja';
  if (han / letters > 0.2) return 'zh';
  if (count(/[\uac00-\ud7af]/g) / letters > 0.2) return 'ko';
  const cyr = count(/[\u0400-\u04ff]/g);
  if (cyr / letters > 0.3) return count(/[іїєґ]/g) > 3 ? 'uk' : 'ru';
  if (count(/[\u0600-\u06ff]/g) / letters > 0.3) return 'ar';
  if (count(/[\u0370-\u03ff]/g) / letters > 0.3) return 'el';
  if (count(/[\u0e00-\u0e7f]/g) / letters > 0.3) return 'th';
  if (count(/[\u0590-\u05ff]/g) / letters > 0.3) return 'he';
  return '';
}

function detectByWords(sample: string): { language: string; english: number; words: number } {
  const text = sample.slice(0, 6000);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best = '';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((sum, w) => sum + (freq.get(w) ?? 0), 0) / list.length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  const englishScore = (STOPWORDS.en ?? []).reduce((sum, w) => sum + (freq.get(w) ?? 0), 0) / 12;
  return {
    language: bestScore * 12 >= 3 ? best : '',
    english: bestScore > 0 ? englishScore / bestScore : 0,
    words: words.length,
  };
}
