/**
 * Company facts: JSON-LD reading (tolerant of broken bodies), name candidates (JSON-LD, og:site_name, copyright
 * line, legal-form names, title parts) and their ranking by evidence (agreement with the domain and between
 * sources, recurrence on the page, signs of a page name), postal address candidates (JSON-LD, microdata,
 * `<address>`, footer text) and the page language.
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
  /(?:©|\(c\)|&copy;|copyright\s*(?=©|\(c\)|(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}))\s*(?:(?:©|\(c\)|copyright)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?(?:(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)?\d{2}|present|heute|today))?[ \t]*[,.:]?[ \t]*)?(?:by\s+)?([^\n|•·©]{2,90})/i;
const COPYRIGHT_TAIL =
  /\s*(?:[,.]?\s*(?:all rights|alle rechte|todos los derechos|tous droits|tutti i diritti|alle rechten|todos os direitos|版权所有|保留所有|все права|powered by|designed by|website by|made by|built by|site by|webdesign|design:|theme by|privacy|impressum|datenschutz)).*$|\s+[-–—|]\s.*$|\s*(?:19|20)\d{2}.*$|[.,;:\s]+$/i;

const PLATFORM_NAMES =
  /^(?:zen cart|wordpress|wix(?:\.com)?|shopify|joomla!?|drupal|squarespace|weebly|jimdo|godaddy|vetmatrix|prestashop|magento|oscommerce|bigcommerce|webflow|hubspot|yola|webnode|strato|ionos|1&1)\b/i;

/** The holder named in a copyright line (`© 2024 Weber Großhandel GmbH. Alle Rechte vorbehalten.`), '' if none. */
export function copyrightHolder(text: string): string {
  const m = COPYRIGHT.exec(text);
  if (!m) return '';
  const after = cleanHolder(m[1] ?? '');
  if (after) return after;
  // "McCain Foods Limited ©2011" closing its line: the holder is written before the sign (the next line is a
  // footer link such as "Legal Stuff", which the pattern cannot reach across the line break).
  const lineEnd = text.indexOf('\n', m.index);
  const restOfLine = text.slice(m.index, lineEnd < 0 ? text.length : lineEnd);
  if (!/^(?:©|\(c\)|&copy;|copyright|\s|\d|[-–—/,.:])*$/i.test(restOfLine)) return '';
  const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
  const before = /[^|•·]*$/.exec(text.slice(lineStart, m.index).replace(/\s*copyright\s*$/i, ''))?.[0] ?? '';
  return cleanHolder(before);
}

function cleanHolder(raw: string): string {
  const name = raw
    // A sentence after the name ("Marcia McMahon . Marcia McMahon is …").
    .replace(/\s\.\s.*$/, '')
    .replace(/\s(?:tel|tfno|tlf|phone|fax|telefon|tél|e-?mail)\b.*$/i, '')
    .replace(/\s\d{4,}.*$/, '')
    .replace(COPYRIGHT_TAIL, '')
    .replace(COPYRIGHT_TAIL, '')
    .replace(/[™®]/g, '')
    // The name ends at its legal form: "Ajinomoto North America, Inc., Ajinomoto is a registered trademark".
    .replace(
      /^(.{2,60}?[\s,](?:Inc|Ltd|LLC|GmbH|Corp|Co|Limited|Corporation|S\.?A|S\.?L|B\.?V|N\.?V|AG|AB|plc|Pty\.? Ltd)\.?)[,.;]\s(?!(?:Ltd|Limited|KG|Co|LLC)\b).*$/,
      '$1',
    )
    .trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return '';
  if (
    /^(?:all rights|alle rechte|copyright|the|by|www\.|all content|content|text|photos?|images?)$/i.test(name)
  )
    return '';
  // The site builder's credit, not the holder ("Website Designed and Maintained by …").
  if (/^(?:(?:web)?site|web design|designed|powered|hosted|created|developed|made)\b/i.test(name)) return '';
  // A month ("Copyright July 2013") or a site-builder product is not the company.
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i.test(name)) return '';
  if (PLATFORM_NAMES.test(name)) return '';
  return name;
}

const LEGAL_FORM =
  /(?:^|\n)\s*(\p{Lu}[\p{L}\d&.,'’+\- ]{1,60}?\s(?:GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|KG|OHG|e\.\s?K\.|UG(?: \(haftungsbeschränkt\))?|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|(?<=[\p{L}&]\s)Co\.(?![ \t]*\p{Lu}\p{Ll})|S\.L\.U?\.?|S\.A\.U?\.?|SL|SA|SAS|SARL|S\.r\.l\.|Srl|S\.p\.A\.|B\.V\.|BV|N\.V\.|Oy|AB|A\/S|ApS|Sp\. z o\.o\.|Pty\.? Ltd\.?|LLP|PLC|plc))(?=[\s,.]|$)/u;

/** A company name with its legal form written on a line of its own (Impressum, footer), '' if none. */
export function legalFormName(text: string): string {
  const m = LEGAL_FORM.exec(text);
  // "Sweet Caroline - Babs Paylink AB": a page title or caption before a dash is not part of the name.
  return m?.[1] ? (m[1].split(/\s[-–—|]\s/).pop() ?? '').trim() : '';
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

// ───────────────────────────── Choosing the name ─────────────────────────────

/** A possible company name and where it was read. */
export interface NameCandidate {
  name: string;
  page: string;
  /**
   * `jsonld` (Organization), `meta` (og:site_name), `copyright`, `text` (a name with its legal form), `site`
   * (JSON-LD WebSite), `title` (the title part {@link nameFromTitle} picks), `title-part` (the title's other parts).
   */
  source: string;
  /** Zone of the block a `text` candidate came from. */
  zone?: string;
}

/** What the page says besides the candidates, used as evidence for or against each. */
export interface NameEvidence {
  /** Registrable domain (`axioma.be`), '' when unknown. */
  domain: string;
  /** Titles of every scanned page of the site. */
  titles: string[];
  /** Visible text outside titles and menus (headings, body, footer, address). */
  text: string;
  /** Menu item texts: a title part that is also a menu item names a page, not the company. */
  navItems: string[];
}

/** Trust in each source before any evidence, so a tie keeps the historical order. */
const SOURCE_TRUST: Record<string, number> = {
  jsonld: 10,
  meta: 8,
  copyright: 6,
  site: 5,
  text: 5,
  'domain-text': 3,
  title: 3,
  'title-part': 2,
  'domain-phrase': 1,
};

/** Legal forms and filler words that say nothing about which company a name means. */
const LEGAL_TOKENS = new Set(
  'gmbh ag kg ohg ug ek ltd limited llc inc incorporated corp corporation co company cia sl slu sa sau sas sarl srl spa sro bv nv vof oy ab as aps pty plc llp lp pllc pc kft zrt sp zoo group holding holdings the'.split(
    ' ',
  ),
);
const FILLER_TOKENS = new Set(
  'and und en et y e i of de der die das van von du des la le el di da do'.split(' '),
);

/**
 * Page names in the languages the trade meets: a title part, copyright line or heading reading only this is a
 * page of the site, not its owner.
 */
const GENERIC_PAGE_NAMES = new Set(
  [
    // en
    'home homepage home page start index welcome about about us who we are our company company company profile profile history our history company history contact contact us contacts get in touch products our products product services our services solutions gallery photo gallery portfolio projects references clients customers partners news latest news blog events careers jobs team our team faq faqs downloads download links sitemap site map search login register privacy privacy policy terms terms of use terms and conditions legal legal notice legal stuff imprint disclaimer shop store online shop cart catalog catalogue media press testimonials support locations location offices directions hours tags archive archives category categories overview introduction service',
    // de
    'startseite über uns ueber uns unternehmen firma geschichte historie kontakt kontakte produkte leistungen dienstleistungen referenzen projekte aktuelles neuigkeiten karriere jobs team datenschutz impressum galerie anfahrt agb',
    // nl
    'openingstijden öffnungszeiten horaires horario orari godziny otwarcia hours opening hours',
    'over ons geschiedenis producten diensten projecten realisaties referenties nieuws vacatures privacybeleid algemene voorwaarden gebruikersovereenkomst disclaimer welkom',
    // fr
    'accueil qui sommes-nous qui sommes nous historique histoire produits réalisations références actualités nous contacter mentions légales plan du site bienvenue société entreprise',
    // es, it, pt
    'inicio quiénes somos quienes somos empresa historia productos servicios proyectos noticias contacto contactenos contáctenos aviso legal galería bienvenidos bienvenido chi siamo storia prodotti servizi progetti notizie contatti azienda benvenuti início quem somos história produtos serviços contato notícias',
    // sv, da, pl
    'hem om oss kontakta oss produkter tjänster nyheter om os kontakt os o nas kontakt produkty usługi aktualności oferta',
    // ru, zh
    'главная о компании о нас контакты продукция услуги история новости 首页 关于我们 联系我们 产品中心 产品展示 新闻中心 公司简介 企业简介',
  ]
    .join(' ')
    // Multi-word entries are listed as runs above; keep single words and the known phrases.
    .split(' '),
);
const GENERIC_PAGE_PHRASES =
  /^(?:home ?page|about us|who we are|our (?:company|history|products|services|team|story)|company (?:history|profile)|contact us|get in touch|photo gallery|latest news|site ?map|privacy policy|terms(?: of use| and conditions)?|legal (?:notice|stuff)|online shop|über uns|ueber uns|over ons|algemene voorwaarden|qui sommes[- ]nous|nous contacter|mentions légales|plan du site|quiénes somos|quienes somos|aviso legal|chi siamo|quem somos|om oss|kontakta oss|om os|kontakt os|o nas|o firmie|mapa (?:strony|serwisu)|office locations|our offices|о компании|о нас|official (?:site|website)|offizielle website)$/;

const CYRILLIC_LATIN: Record<string, string> = Object.fromEntries(
  'а a|б b|в v|г g|д d|е e|ё e|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х h|ц ts|ч ch|ш sh|щ sch|ъ |ы y|ь |э e|ю yu|я ya|і i|ї yi|є ye|ґ g'
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** The Latin spelling Russian and Ukrainian domains commonly use: `Лунафон` → `lunafon`. */
export function transliterate(text: string): string {
  return text.toLowerCase().replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC_LATIN[ch] ?? ch);
}

/** Folds case and diacritics: `Großhandel Müller` → `grosshandel muller`. */
function foldName(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function nameTokens(s: string): string[] {
  return foldName(s)
    .replace(/(?<=\b\p{L})\.(?=\p{L}\b)/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The tokens that tell companies apart: legal forms and filler words dropped. */
function coreTokens(s: string): string[] {
  return nameTokens(s).filter((t) => !LEGAL_TOKENS.has(t) && !FILLER_TOKENS.has(t));
}

/** True when the text is only a page name ("History", "Over ons", "Contact us", "Tags: Statistics"). */
export function isGenericPageName(name: string): boolean {
  const folded = name
    .toLowerCase()
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/^[\s\p{P}]+/u, '')
    .replace(/\s+/g, ' ');
  if (!folded) return true;
  if (
    /^(?:tags?|tagged|category|categories|archives?|tag archives?|search results?)\s*(?::|for\b)/.test(folded)
  )
    return true;
  if (GENERIC_PAGE_PHRASES.test(folded) || GENERIC_TITLE.test(folded) || ONLY_DESCRIPTOR.test(folded))
    return true;
  // "Contact and About Me", "News & Events", "Products and Services": page words only.
  const words = folded.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return words.every((w) => GENERIC_PAGE_NAMES.has(w) || FILLER_TOKENS.has(w) || PAGE_FILLER.has(w));
}

/** Words that join page words in a menu or title ("About me", "Our services", "More info"). */
const PAGE_FILLER = new Set('us me our my page info information more your we'.split(' '));

/**
 * What a shop calls itself instead of its name ("Интернет-магазин", "Online Shop", "Official website"), in the
 * languages of the trade; a title often wraps the name in one.
 */
const SHOP_DESCRIPTOR =
  '(?:официальный\\s+|фирменный\\s+)*(?:интернет|онлайн)[- ]?магазин(?:ы|а)?|официальный\\s+сайт|интернет[- ]?магазин(?:ы|а)?|online[- ]?(?:shop|store|winkel)|web[- ]?(?:shop|store|winkel)|e-?shop|official\\s+(?:web\\s*)?(?:site|store|shop)|offizielle\\s+website|tienda\\s+(?:online|en\\s+l[ií]nea)|loja\\s+(?:online|virtual)|boutique\\s+en\\s+ligne|negozio\\s+online|sklep\\s+internetowy|internetowy\\s+sklep|sklep\\s+online|online\\s+ma[gğ]aza|网上商城|官方网站|官网|官方旗舰店';
const LEADING_DESCRIPTOR = new RegExp(`^(?:${SHOP_DESCRIPTOR})(?:\\s*[-–—:|,.]\\s*|\\s+)(?=\\S)`, 'iu');
// After a separator the descriptor may run on ("… – интернет-магазин спортивных товаров"); without one it must
// end the name ("Acme Online Shop"), so "The Official Website of Arlington…" keeps its name.
const TRAILING_DESCRIPTOR = new RegExp(
  `(?<=\\S)(?:\\s*[-–—:|,]\\s*(?:${SHOP_DESCRIPTOR})(?:\\s.*)?|\\s+(?:${SHOP_DESCRIPTOR}))$`,
  'iu',
);
const ONLY_DESCRIPTOR = new RegExp(`^(?:${SHOP_DESCRIPTOR})$`, 'iu');
// "Большой интернет-магазин игрушек Детям всё": an adjective before the descriptor and what the shop sells after it,
// in lower case, up to the name's capital letter or opening quote.
const LEADING_DESCRIPTOR_RUN = new RegExp(
  `^(?:\\p{L}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\\s+)?(?:${SHOP_DESCRIPTOR})(?:\\s+\\p{Ll}[\\p{Ll}-]*)+\\s+(?=[\\p{Lu}«"„])`,
  'u',
);

/** "Интернет-магазин 1-Sad" → "1-Sad", "Sportsatu.kz-интернет магазин спортивных товаров" → "Sportsatu.kz". */
export function stripShopDescriptor(name: string): string {
  const trimmed = name.trim();
  // The run is matched case-sensitively (the name's capital ends it), so the title's own capital comes off first.
  const run = LEADING_DESCRIPTOR_RUN.exec(trimmed.charAt(0).toLowerCase() + trimmed.slice(1));
  const out = (run ? trimmed.slice(run[0].length) : trimmed)
    .replace(LEADING_DESCRIPTOR, '')
    .replace(TRAILING_DESCRIPTOR, '')
    .trim();
  return out.length >= 2 ? out : name.trim();
}

/**
 * Removes the page-name words pages wrap a name in: "Welcome to Austim" → "Austim", "McCain Foods Limited Contact"
 * → "McCain Foods Limited", "Contact Acme" → "Acme".
 */
export function cleanNameCandidate(name: string): string {
  return (
    name
      .replace(
        /^(?:welcome to(?: the)?|willkommen (?:bei|bei der|beim|auf)|bienvenue (?:chez|à|sur)|bienvenid[oa]s? a(?:l)?|welkom (?:bij|op)|benvenuti (?:da|in|su)|bem-vindo (?:à|ao))\s+/i,
        '',
      )
      .replace(/^(?:[Cc]ontact [Uu]s|[Aa]bout [Uu]s)\s+(?=\p{Lu})/u, '')
      // "Contact USA", "Kontakt Nordlicht": one word after the page word; "Contact Lens Direct" stays whole.
      .replace(/^(?:[Cc]ontact|[Aa]bout|[Kk]ontakt|[Cc]ontacto|[Cc]ontactez)\s+(?=\p{Lu}\S*$)/u, '')
      .replace(/\s+(?:contact(?: us)?|about(?: us)?|kontakt|contacto|home(?:page)?)$/i, '')
      // "Vof Bodbijl, diervoeders": what follows a comma in lower case says what the company does (after one word
      // alone, "Penninx, schoenen" is as likely a keyword list).
      .replace(/^(\S+\s+[^,]+),\s+\p{Ll}[\p{L}\s-]*$/u, '$1')
      // "Braun-Mall.ru. Премьер-дистрибьютор в России": a web address ends the name, a sentence follows.
      .replace(/^([\p{L}\p{N}-]+\.\p{L}{2,6})\.\s+\p{Lu}.*$/u, '$1')
      .replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»,;:]+$/g, '')
      .trim()
      .replace(/.+/s, closeQuotes)
  );
}

/** Puts back the closing quote the trim took from a quoted name at the end: "ООО «СветОптима»", 'ООО "Ромашка"'. */
function closeQuotes(name: string): string {
  const count = (mark: string) => name.split(mark).length - 1;
  if (count('«') > count('»')) return `${name}»`;
  if (count('„') > count('“')) return `${name}“`;
  if (count('"') % 2 === 1 && !name.startsWith('"')) return `${name}"`;
  return name;
}

/**
 * How well a name agrees with the registrable domain: 2 when the domain label spells it out (`audiologicltd.com`
 * for "Audio Logic Ltd", `nyu.edu` for "New York University", `augemt.com` for "Auge Marketing y Servicios
 * Tecnológicos"), 1 when they share a distinctive word, 0 otherwise.
 */
export function domainAgreement(name: string, domain: string): 0 | 1 | 2 {
  const label = foldName(domain.split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  if (label.length < 2) return 0;
  // "Река Снов" on rekasnov.ru: a Cyrillic name is compared in the Latin spelling its domain uses; a name
  // written as its domain ("Braun-Mall.ru") without the TLD.
  if (/\p{Script=Cyrillic}/u.test(name)) name = transliterate(name);
  name = name.replace(/\.(?:[a-z]{2,6}|рф|ру)$/iu, '');
  const tokens = coreTokens(name);
  if (tokens.length === 0) return 0;
  const withLegal = nameTokens(name).filter((t) => !FILLER_TOKENS.has(t));
  // The label may carry the legal form or a filler the name omits ("audiologicltd", "thebakery").
  const labels = new Set([label]);
  for (const t of LEGAL_TOKENS) {
    if (label.length - t.length >= 3 && label.endsWith(t)) labels.add(label.slice(0, -t.length));
    if (label.length - t.length >= 3 && label.startsWith(t)) labels.add(label.slice(t.length));
  }
  for (const l of labels) {
    if (tokens.join('') === l || withLegal.join('') === l) return 2;
    if (tokens.length >= 3 && l.length >= 3 && tokens.map((t) => t[0]).join('') === l) return 2;
    if (spellsOut(l, withLegal)) return 2;
  }
  for (const l of labels) {
    if (tokens.some((t) => t.length >= 4 && l.includes(t))) return 1;
    if (l.length >= 4 && tokens.join('').includes(l)) return 1;
  }
  return 0;
}

/**
 * Runs of one to four words inside running text that spell the domain label exactly ("20 jaar Penninx Schoenen" on
 * penninxschoenen.nl → "Penninx Schoenen"), for pages whose title, headings and footer never name the company.
 * Strict (the whole label, six letters or more) because it reads sentences.
 */
export function domainPhrases(text: string, domain: string, max = 2): string[] {
  const label = foldName(domain.split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  if (label.length < 6) return [];
  const out: string[] = [];
  const words = [...text.slice(0, 20_000).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu)];
  for (let i = 0; i < words.length && out.length < max; i++) {
    let joined = '';
    for (let k = i; k < Math.min(words.length, i + 4); k++) {
      joined += foldName(words[k]![0]).replace(/[^a-z0-9]/g, '');
      if (!label.startsWith(joined)) break;
      if (joined === label) {
        const phrase = text
          .slice(words[i]!.index, words[k]!.index! + words[k]![0].length)
          .replace(/[.'’-]+$/, '');
        if (!out.includes(phrase)) out.push(phrase);
        break;
      }
    }
  }
  return out;
}

/**
 * True when `label` is the name's words abbreviated in order, each to a prefix or skipped ("augemt" = auge +
 * m(arketing) + t(ecnológicos)), with at least one word kept to three letters so initials alone do not match by
 * chance.
 */
function spellsOut(label: string, tokens: string[]): boolean {
  if (label.length < 4 || tokens.length > 12) return false;
  const memo = new Map<number, boolean>();
  const go = (at: number, token: number, hasLongPart: boolean): boolean => {
    if (at === label.length) return hasLongPart;
    if (token >= tokens.length) return false;
    const key = (at * 16 + token) * 2 + Number(hasLongPart);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = tokens[token] ?? '';
    let ok = go(at, token + 1, hasLongPart);
    for (let k = 1; !ok && k <= word.length && at + k <= label.length; k++) {
      if (label[at + k - 1] !== word[k - 1]) break;
      ok = go(at + k, token + 1, hasLongPart || k >= 3);
    }
    memo.set(key, ok);
    return ok;
  };
  // The first letter of the label must come from the name's first distinctive word.
  return label[0] === tokens[0]?.[0] && go(0, 0, false);
}

/** Splits a page title into its parts ("Page | Site", "Site – slogan"); long parts also give their head. */
export function titleSegments(title: string, domain = ''): string[] {
  const parts = title
    .split(/\s+[|–—\-·:»•~/]\s+|\s*[|»•·]\s*|\s+-\s*|\s*::\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
  const out: string[] = [];
  const push = (s: string) => {
    const t = s.trim().replace(/[\s!.,;:]+$/u, '');
    if (t.length >= 2 && t.length <= 80 && !out.includes(t)) out.push(t);
  };
  for (const part of parts) {
    if (part.length <= 80) out.push(part);
    // "Audio Logic, Audio solutions and products for …": the name heads a long descriptive part.
    const head = part.length > 40 ? (part.split(/,\s/)[0] ?? '') : '';
    if (head && head !== part && head.length >= 2 && head.length <= 40) out.push(head);
    // "Аксессуары для телефонов. Telecover. Большой выбор.", "Unsere Highlights, RC-Race-Shop.de": each sentence
    // or comma part may be the name (the ranking's domain and echo evidence decides).
    // or comma part may be the name, when it agrees with the domain ("Restaurant Software, POS, ERP" has no name).
    const pieces = domain ? part.split(/(?<=\p{L}{2}|\))[.,]\s+(?=\S)/u) : [];
    if (pieces.length > 1) for (const piece of pieces) if (domainAgreement(piece, domain)) push(piece);
    for (const inner of wrappedNames(part)) push(inner);
  }
  return out;
}

/**
 * The names a title part or copyright line wraps in other words: a name in quotes ("Интернет-магазин «ОЛСКА»",
 * closing quote optional), a domain written out ("Dekorasyon Mimarı Tek Site CixDekorasyon.Com"), the text without
 * a shop descriptor ("Интернет-магазин 1-Sad").
 */
export function wrappedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[«"“„]\s*([^«»"“”„]{2,40}?)\s*(?:[»"”“]|$)/gu)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/(?:^|\s)([\p{L}\d][\p{L}\d-]{1,40}\.(?:[a-z]{2,6}|рф|ру))(?=\s|$)/giu))
    out.push(m[1] ?? '');
  const stripped = stripShopDescriptor(text);
  if (stripped !== text) out.push(stripped);
  return out.map((n) => n.trim()).filter((n) => n.length >= 2 && n !== text);
}

function sameName(a: string, b: string): boolean {
  const x = coreTokens(a).join(' ');
  const y = coreTokens(b).join(' ');
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

/** Whole-word occurrences of `needle` in `haystack` (both folded), counted up to `cap`. */
function occurrences(haystack: string, needle: string, cap = 12): number {
  if (needle.length < 2) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && count < cap; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) count++;
  }
  return count;
}

/**
 * Scores every candidate: the source's trust, plus agreement with the registrable domain, with other sources and
 * with the rest of the page (a company name recurs in footer and body; a page name recurs in the menu), minus
 * the signs of a page name or slogan (menu item, generic page word, all lower case, a sentence).
 * @returns candidates with a usable name, best first (ties keep the order of trust).
 */
export function rankNameCandidates(
  candidates: NameCandidate[],
  evidence: NameEvidence,
): (NameCandidate & { score: number })[] {
  const cleaned = candidates
    .map((c) => ({ ...c, name: cleanNameCandidate(c.name) }))
    .filter(
      (c) =>
        c.name.length >= 2 &&
        !isGenericPageName(c.name) &&
        // A bare country in a title ("Contact USA") is where the page is about, not who; structured data that
        // names an organisation "Jordan" is taken at its word.
        !((c.source === 'title' || c.source === 'title-part') && countryFromName(c.name)),
    );
  const text = foldName(evidence.text);
  const nav = new Set(evidence.navItems.map((n) => coreTokens(n).join(' ')).filter(Boolean));
  const titleParts = evidence.titles.map((t) => titleSegments(t).map((s) => coreTokens(s).join(' ')));
  const family = (source: string) => (source === 'title-part' ? 'title' : source);
  const scored = cleaned.map((c) => {
    let score = SOURCE_TRUST[c.source] ?? 1;
    // A name with its legal form inside body text is as often a client, supplier or landlord as the owner.
    if (c.source === 'text' && c.zone !== 'footer' && c.zone !== 'address') score -= 2;
    const core = coreTokens(c.name).join(' ');
    const agreement = evidence.domain ? domainAgreement(c.name, evidence.domain) : 0;
    score += agreement === 2 ? 6 : agreement === 1 ? 3 : 0;
    const agreeing = new Set(
      cleaned
        .filter((o) => family(o.source) !== family(c.source) && sameName(o.name, c.name))
        .map((o) => family(o.source)),
    );
    score += Math.min(6, 2 * agreeing.size);
    const echo = occurrences(text, foldName(c.name));
    score += echo >= 8 ? 3 : echo >= 4 ? 2 : echo >= 2 ? 1 : 0;
    if (evidence.titles.length >= 2 && titleParts.filter((parts) => parts.includes(core)).length >= 2)
      score += 3;
    if (core && nav.has(core)) score -= 3;
    const isTitle = c.source === 'title' || c.source === 'title-part';
    // Title parts in lower case are page names ("realisaties", "sample systems"); a copyright line may be lower.
    if (isTitle && /\p{Ll}/u.test(c.name) && !/\p{Lu}/u.test(c.name) && /[a-z]/i.test(c.name)) score -= 3;
    const words = c.name.split(/\s+/).length;
    if (words > 6 || c.name.length > 60) score -= 3;
    // "General Principles of EDTP | EDTP": the part that contains another part of the same title is the page's.
    if (isTitle) {
      const containsOther = titleParts.some((parts) =>
        parts.some((p) => p && p !== core && p.length >= 3 && ` ${core} `.includes(` ${p} `)),
      );
      if (containsOther) score -= 2;
    }
    return { ...c, score };
  });
  const ranked = scored
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.i - b.i)
    .map(({ c }) => c);
  // Evidence decides which company; the most trusted source decides how to spell it (JSON-LD's legalName
  // "Aquaflow Pumps Limited" over the footer's "Aquaflow Pumps Ltd").
  const top = ranked[0];
  if (top) {
    const core = coreTokens(top.name).join(' ');
    const spelling = scored
      .filter((c) => coreTokens(c.name).join(' ') === core)
      .sort((a, b) => (SOURCE_TRUST[b.source] ?? 1) - (SOURCE_TRUST[a.source] ?? 1))[0];
    if (spelling && spelling !== top)
      return [{ ...spelling, score: top.score }, ...ranked.filter((c) => c !== spelling)];
  }
  return ranked;
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
  // Each distinct line once: a shop template's English strings repeated on every card ("4.7 out of 5 Customer
  // Rating", "Price reduced from … to") must not outvote the page's own sentences.
  const text = [...new Set(sample.slice(0, 6000).split('\n'))].join('\n');
  // Letters glued to digits are units and sizes ("16W X 12H"), not the one-letter words of Polish or Spanish.
  const words = text.toLowerCase().match(/(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])/gu) ?? [];
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
