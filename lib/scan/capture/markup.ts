/**
 * What the capture knows about markup: element kinds, zone names, consent banners, the budgets and the patterns
 * the walk and the link table test. Constants only, plus a few pure helpers.
 */
import type { Zone } from '../../model';
import type { SafeDom } from './dom';

/**
 * Characters of visible text read per page; the rest is dropped and the capture marked `truncated`. 300K in all is
 * ten times a typical page; on the 5 MB bench page 250K of body text cost 3.3× the `textContent` baseline in the
 * content script's world, 200K 2.6×.
 */
export const MAX_CAPTURE_CHARS = 300_000;

/** The zones that each have a budget of their own: one huge menu cannot spend the footer's. */
export type ZoneGroup = 'main' | 'nav' | 'footer' | 'address';

/** Limits of one capture; every zone group has its own, and each side-zone root (one `<footer>`) a share of it. */
export interface CaptureBudget {
  /** Characters per zone group. */
  chars: Record<ZoneGroup, number>;
  /** Nodes visited per zone group. */
  nodes: Record<ZoneGroup, number>;
  /** Anchors kept per zone group. */
  anchors: Record<ZoneGroup, number>;
  /** Share of a side zone group's chars, nodes and anchors one root may use (a junk `<footer>` before the real one). */
  rootShare: number;
  /** Wall-clock limit of the walk, ms; the footers and addresses not reached get `graceMs` more. */
  ms: number;
  graceMs: number;
}

/** The default budget: 200K of body text, 100K of menus, footers and addresses together. */
export const DEFAULT_BUDGET: CaptureBudget = {
  chars: { main: 200_000, nav: 40_000, footer: 45_000, address: 15_000 },
  nodes: { main: 400_000, nav: 40_000, footer: 40_000, address: 10_000 },
  anchors: { main: 3_500, nav: 1_200, footer: 1_000, address: 300 },
  rootShare: 0.4,
  ms: 1_500,
  graceMs: 400,
};

/** The budget group of a zone. */
export function groupOf(zone: Zone): ZoneGroup {
  return zone === 'nav' || zone === 'footer' || zone === 'address' ? zone : 'main';
}

export const MAX_BLOCK_CHARS = 4_000;
export const MAX_JSONLD_CHARS = 50_000;
export const MAX_JSONLD_SCRIPTS = 20;
/** Script elements looked at for JSON-LD (a page can inline thousands of tracking snippets). */
export const MAX_SCRIPTS = 3_000;
export const MAX_SITE_LINKS = 400;
/** Outbound links of the page's content kept for the directory-profile check (lib/listing/profile.ts). */
export const MAX_OUTLINKS = 40;
export const MAX_CONTACT_LINKS = 300;
/** Anchors examined per page (a directory or a 5 MB shop can have tens of thousands). */
export const MAX_ANCHORS = 6_000;
export const MAX_ITEMPROPS = 400;
export const MAX_ENCODED = 200;
export const MAX_CONTROLS = 400;
/** A generic cookie/consent class on an element with more text than this is a page wrapper, not a banner. */
export const MAX_BANNER_CHARS = 6_000;

/** How an element separates its text from its neighbours'. */
export enum Kind {
  /** Text-level formatting (`<b>`, `<em>`, `<sup>` …): glued to its neighbours, as rendered. */
  Glue = 0,
  /** Inline items that sit side by side (links, spans, table cells, custom elements): a space. */
  Space = 1,
  /** Blocks, list items, rows, `<br>`: a line break. */
  Line = 2,
  /** Never read as page text. */
  Skip = 3,
}

/** Element kinds by upper-case tag name; anything else (spans, custom elements) is {@link Kind.Space}. */
export const KIND = new Map<string, Kind>();
for (const tag of 'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT SVG MATH IFRAME OBJECT EMBED CANVAS HEAD AUDIO VIDEO'.split(
  ' ',
))
  KIND.set(tag, Kind.Skip);
for (const tag of 'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN MENU NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR UL OPTION CAPTION SUMMARY DETAILS LEGEND CENTER BODY DIALOG BUTTON'.split(
  ' ',
))
  KIND.set(tag, Kind.Line);
for (const tag of 'B STRONG I EM U S SMALL BIG SUB SUP MARK ABBR ACRONYM CODE KBD SAMP VAR TT FONT Q CITE DFN TIME DATA BDI BDO WBR INS DEL STRIKE NOBR'.split(
  ' ',
))
  KIND.set(tag, Kind.Glue);
// Table cells sit side by side in their row ("Tel." | "0521 987650"): a space, the row ends the line.
KIND.set('TD', Kind.Space);
KIND.set('TH', Kind.Space);

/** Zones that semantic tags open (from body or heading text; inside another zone the outer one holds). */
export const TAG_ZONE = new Map<string, Zone>([
  ['FOOTER', 'footer'],
  ['NAV', 'nav'],
  ['H1', 'heading'],
  ['H2', 'heading'],
  ['H3', 'heading'],
]);

export const META_KEYS = new Set([
  'description',
  'keywords',
  'author',
  'generator',
  'application-name',
  'og:site_name',
  'og:title',
  'og:description',
  'og:locale',
  'og:type',
  'og:url',
  'og:email',
  'og:phone_number',
  'og:country-name',
  'og:locality',
  'og:street-address',
  'og:postal-code',
  'business:contact_data:street_address',
  'business:contact_data:locality',
  'business:contact_data:postal_code',
  'business:contact_data:country_name',
  'business:contact_data:email',
  'business:contact_data:phone_number',
  'geo.region',
  'geo.placename',
  'twitter:site',
  'twitter:title',
  'dc.language',
  'language',
  'content-language',
]);

export const ITEMPROPS = new Set([
  'name',
  'legalName',
  'alternateName',
  'telephone',
  'faxNumber',
  'email',
  'address',
  'streetAddress',
  'postalCode',
  'addressLocality',
  'addressRegion',
  'addressCountry',
  'postOfficeBoxNumber',
  'url',
  'sameAs',
  'brand',
  'priceCurrency',
  'price',
  'vatID',
  'taxID',
]);

/**
 * Class and id names read during the walk (one property read per element: measured cheaper in Chromium than a
 * `querySelectorAll` per group, which tests every element of the page against every selector in its list).
 * `MARK_HINT` is a cheap first filter; the exact token tests below decide.
 */
export const MARK_HINT =
  /__cf_email__|mail|foot|site-info|colophon|nav|menu|gnb|lnb|product|cookie|consent|gdpr|dsgvo|rgpd|cmp|cky-|klaro|osano|didomi|iubenda|usercentrics|onetrust|borlabs|truste|termly|shopify-pc/i;
export const FOOTER_CLASS = /(?:^|\s)(?:footer|site-footer|site-info)(?:\s|$)/;
export const FOOTER_ID = /^(?:footer|colophon)$/;
/** Menus by class: the usual names, or a class ending in nav / navigation / gnb / lnb (Korean "global" and "local" navigation bars); never `nav-box`-style wrappers, which hold the whole page. */
export const NAV_CLASS =
  /(?:^|\s)(?:navbar|main-nav|main-menu|mega-menu|nav-menu)(?:\s|$)|(?:^|[\s_-])(?:nav|navigation|gnb|lnb)(?:\s|$)/;
export const NAV_ID = /^(?:menu|nav|navigation)$/;
export const PRODUCT_CLASS =
  /(?:^|\s)(product-card|product-item|product-tile|product-miniature|grid-product|type-product|productCard|product_item|card-product)(?:\s|$)/;
export const PRODUCT_TOKEN = /(?:^|\s)product(?:\s|$)/;
/**
 * Consent managers by their own markup: Cookiebot, OneTrust, Complianz, Borlabs, CookieYes, Cookie Notice,
 * Usercentrics, Didomi, iubenda, Quantcast, Osano, TrustArc, Termly, Klaro, Shopify's privacy banner, Moove GDPR.
 * Skipped whatever their size (a preference centre lists hundreds of vendors).
 */
export const CMP_NAME =
  /^(?:CybotCookiebot(?:Dialog|Widget)|onetrust-(?:consent|banner|pc)-sdk|cmplz-cookiebanner(?:-container)?|BorlabsCookie(?:Box|Widget)|cky-(?:consent-container|modal)|cookie-notice|cookie-law-info-bar|usercentrics-root|didomi-(?:host|popup|notice)|iubenda-cs-banner|qc-cmp2-container|osano-cm-window|truste-consent-track|termly-code-snippet-support|klaro|shopify-pc__banner|moove_gdpr_cookie_info_bar)$/;
export const CMP_HINT =
  /cookie|consent|gdpr|dsgvo|rgpd|cmp|cky-|klaro|osano|didomi|iubenda|usercentrics|onetrust|borlabs|truste|termly|shopify-pc/i;
/** Generic banner markup: ids and classes naming cookies, consent or GDPR. Skipped when banner-sized. */
export const CONSENT_NAME = /cookie|consent|gdpr|dsgvo|rgpd/i;
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
export const BIDI_STYLE = /bidi-override/i;
/** Pages up to this many elements get the native pre-pass for rare attributes (see `Marks.flagged`). */
export const SMALL_PAGE_ELEMENTS = 6_000;
export const FLAGGED_SELECTOR = '[hidden],[aria-hidden],[style],[role],[itemprop],[itemtype]';
export const PRODUCT_TYPE = /schema\.org\/Product$/i;
/** Cloudflare's e-mail protection always marks its elements with this class. */
export const CF_EMAIL_CLASS = /(?:^|\s)__cf_email__(?:\s|$)/;
/**
 * Only when a huge page cut the walk short: footer roots by tag, class or id, through the browser's own indexes
 * (a `querySelectorAll` with this list cost 8–11 ms on the 5 MB bench page, more than reading all its text).
 */
export const FOOTER_TAGS = ['footer', 'address'];
export const FOOTER_CLASSES = ['footer', 'site-footer', 'site-info'];
export const FOOTER_IDS = ['footer', 'colophon'];
/**
 * Text that makes a cookie-named element a banner: it speaks of cookies or consent AND asks for a choice or points
 * to a policy (a bakery's "cookie-card" product tile says neither "accept" nor "privacy").
 */
export const CONSENT_TEXT = /cookie|consent|gdpr|dsgvo|rgpd|クッキー|куки|隐私|隱私/i;
export const CONSENT_ACTION =
  /(?:\buse|\busing|verwende|nutze|utiliz|utilis|gebruik|\busa|использ)\p{L}*\s+(?:\S+\s+){0,3}cookie|accept|agree|allow|consent|decline|reject|refuse|settings|preferences|privacy|policy|akzept|zustimm|einverstanden|ablehnen|einstellungen|datenschutz|acept|rechaz|configura|privacidad|política|accepter|refuser|paramètres|confidentialité|politique|accett|rifiut|impostazioni|informativa|akkoord|accepteer|weiger|instellingen|同意|接受|拒绝|设置|隐私|隱私|принять|согласен|отклонить|настройки|конфиденциальн/iu;

/** Hrefs the shortcut in the link loop must leave to the URL parser: spaces, non-ASCII, dot segments, backslashes. */
export const UNSAFE_HREF = /[^\x21-\x7e]|\/\.\.?(?:[/?#]|$)|\\/;
export const ABSOLUTE_HREF = /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#]|$)/;
export const CONTACT_SCHEME = /^(?:mailto|tel|callto|sms|skype|viber|weixin|wechat|whatsapp):/i;
export const CONTACT_HOST =
  /(?:^|\.)(?:wa\.me|whatsapp\.com|t\.me|telegram\.me|line\.me|linkedin\.com|facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|youtube\.com|youtu\.be|tiktok\.com|vk\.com|xing\.com|pinterest\.[a-z.]+)$/i;
export const CART_HREF = /\/cart(?:\/|$|\?)|add-to-cart|warenkorb|carrito|panier|basket/i;
export const CART_CLASS = /add[-_]?to[-_]?cart|addtocart|add_to_cart_button|single_add_to_cart/i;
export const CART_TEXT =
  /add to (?:cart|basket|bag)|buy now|in den warenkorb|warenkorb|añadir al carrito|comprar ahora|ajouter au panier|aggiungi al carrello|in winkelwagen|adicionar ao carrinho|加入购物车|立即购买|в корзину|купить/i;

export const NON_PAGE_EXTENSION =
  /\.(?:pdf|jpe?g|png|gif|webp|svg|zip|rar|docx?|xlsx?|pptx?|mp4|mp3|avi|mov|exe|dmg|ics)$/i;

const ODD_SPACE =
  /[\t\f\v\r\u00a0\u2000-\u200b\u3000][ \t\f\v\r\u00a0\u2000-\u200b\u3000]*| [ \t\f\v\r\u00a0\u2000-\u200b\u3000]+/g;
/** Spaces around a line break, and the empty lines after it. */
const LINE_SPACE = / ?\n[ \n]*/g;

/** Collapses runs of spaces inside lines, trims lines and drops empty ones. */
export function tidy(text: string): string {
  // A lone plain space is left alone: matching every word gap only to put the same space back was most of the cost.
  return text.replace(ODD_SPACE, ' ').replace(LINE_SPACE, '\n').trim();
}

export function oneLine(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const s = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}

/** True for zones with their own budget (read even after the body budget is spent). */
export const isSideZone = (zone: Zone) => zone === 'footer' || zone === 'nav' || zone === 'address';

export function kindOf(name: string): Kind {
  const kind = KIND.get(name);
  if (kind !== undefined) return kind;
  // XHTML and foreign content report lower- or mixed-case names.
  return KIND.get(name.toUpperCase()) ?? Kind.Space;
}

/**
 * Whether an element whose class or id names cookies/consent is a banner: a known consent manager always; any other
 * only when it is banner-sized and its text is about cookies (a `<body class="cookies-accepted">` or a bakery's
 * `cookie-box` product grid is read).
 */
export function isConsentBanner(dom: SafeDom, el: Element, name: string, cls: string, id: string): boolean {
  if (!CMP_HINT.test(cls) && !CMP_HINT.test(id)) return false;
  if (CMP_NAME.test(id)) return true;
  if (cls) for (const token of cls.split(/\s+/)) if (CMP_NAME.test(token)) return true;
  if (!CONSENT_NAME.test(cls) && !CONSENT_NAME.test(id)) return false;
  if (name === 'BODY' || name === 'HTML' || name === 'MAIN' || name === 'A' || name === 'BUTTON')
    return false;
  const text = dom.textContent(el) ?? '';
  return text.length <= MAX_BANNER_CHARS && CONSENT_TEXT.test(text) && CONSENT_ACTION.test(text);
}

/** A dialog (`<dialog>`, `role="dialog"`) whose text is about cookies is a consent banner. */
export function isCookieDialog(dom: SafeDom, el: Element): boolean {
  const text = dom.textContent(el) ?? '';
  return text.length <= MAX_BANNER_CHARS * 3 && CONSENT_TEXT.test(text) && CONSENT_ACTION.test(text);
}

/** Zone named by an element's class or id (`.site-footer`, `#navigation`, `.product-card`), or null. */
export function zoneOfName(name: string, cls: string, id: string): Zone | null {
  if (FOOTER_CLASS.test(cls) || FOOTER_ID.test(id)) return 'footer';
  if (NAV_CLASS.test(cls) || NAV_ID.test(id)) return 'nav';
  if (PRODUCT_CLASS.test(cls)) return 'product';
  if (PRODUCT_TOKEN.test(cls)) {
    const upper = name.toUpperCase();
    if (upper === 'LI' || upper === 'ARTICLE') return 'product';
  }
  return null;
}
