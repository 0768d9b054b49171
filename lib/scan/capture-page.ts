/**
 * Reads one page into a {@link PageCapture}: the part of the scanner that runs inside the visited page.
 *
 * Content-script safe on purpose: no Zod, tldts or libphonenumber (they would swell the injected bundle; the
 * analysis runs in the extension page or under Node), no layout APIs such as `innerText` (a forced layout costs
 * seconds on big pages, shared/DEPENDENCIES.md "Scan performance"), no observers, timers or network.
 *
 * Shape, chosen from profiles in Chromium (`npm run bench`) and under Node: ONE depth-first pass over the body reads
 * the text in document order, tagging it with its zone (nav, footer, address, heading, product card) and putting
 * line breaks at block boundaries and spaces between adjacent inline items (menu links, a product name and its
 * price), as a reader sees them; it skips hidden subtrees and cookie/consent banners, and collects anchors, form
 * controls, microdata and encoded addresses as it goes. Each full-page `querySelectorAll` cost 2–11 ms on the 5 MB
 * bench page (more than reading all its text), so class, id and attributes are read per visited element; only small
 * pages get one native query that tells the walk which few elements carry the rarer attributes.
 * Navigation, footer and address text have a budget of their own; when the body budget runs out on a huge page the
 * pass stops and only the footer and address roots it did not reach are read, so a long body cannot push the
 * contact details out.
 */
import type { PageCapture, PageLink, TextBlock, Zone } from '../model';

/**
 * Characters of visible text read per page; the rest is dropped and the capture marked `truncated`. 300K (200K of
 * body, 100K of menus, footers and addresses) is ten times a typical page; on the 5 MB bench page 250K of body
 * text cost 3.3× the `textContent` baseline in the content script's world, 200K 2.6×.
 */
export const MAX_CAPTURE_CHARS = 300_000;
/** Share of the budget kept for navigation, footer and address text. */
const ZONE_BUDGET = 100_000;
const MAX_BLOCK_CHARS = 4_000;
const MAX_JSONLD_CHARS = 50_000;
const MAX_JSONLD_SCRIPTS = 20;
/** Script elements looked at for JSON-LD (a page can inline thousands of tracking snippets). */
const MAX_SCRIPTS = 3_000;
const MAX_SITE_LINKS = 400;
const MAX_CONTACT_LINKS = 300;
/** Anchors examined per page (a directory or a 5 MB shop can have tens of thousands). */
const MAX_ANCHORS = 6_000;
const MAX_ITEMPROPS = 400;
const MAX_ENCODED = 200;
const MAX_CONTROLS = 400;
/** A generic cookie/consent class on an element with more text than this is a page wrapper, not a banner. */
const MAX_BANNER_CHARS = 6_000;

/** How an element separates its text from its neighbours'. */
enum Kind {
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
const KIND = new Map<string, Kind>();
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
const TAG_ZONE = new Map<string, Zone>([
  ['FOOTER', 'footer'],
  ['NAV', 'nav'],
  ['H1', 'heading'],
  ['H2', 'heading'],
  ['H3', 'heading'],
]);

const META_KEYS = new Set([
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

const ITEMPROPS = new Set([
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
const MARK_HINT =
  /__cf_email__|mail|foot|site-info|colophon|nav|menu|product|cookie|consent|gdpr|dsgvo|rgpd|cmp|cky-|klaro|osano|didomi|iubenda|usercentrics|onetrust|borlabs|truste|termly|shopify-pc/i;
const FOOTER_CLASS = /(?:^|\s)(?:footer|site-footer|site-info)(?:\s|$)/;
const FOOTER_ID = /^(?:footer|colophon)$/;
const NAV_CLASS = /(?:^|\s)(?:navbar|main-nav|main-menu|mega-menu|nav-menu)(?:\s|$)/;
const NAV_ID = /^(?:menu|nav|navigation)$/;
const PRODUCT_CLASS =
  /(?:^|\s)(product-card|product-item|product-tile|product-miniature|grid-product|type-product|productCard|product_item|card-product)(?:\s|$)/;
const PRODUCT_TOKEN = /(?:^|\s)product(?:\s|$)/;
/**
 * Consent managers by their own markup: Cookiebot, OneTrust, Complianz, Borlabs, CookieYes, Cookie Notice,
 * Usercentrics, Didomi, iubenda, Quantcast, Osano, TrustArc, Termly, Klaro, Shopify's privacy banner, Moove GDPR.
 * Skipped whatever their size (a preference centre lists hundreds of vendors).
 */
const CMP_NAME =
  /^(?:CybotCookiebot(?:Dialog|Widget)|onetrust-(?:consent|banner|pc)-sdk|cmplz-cookiebanner(?:-container)?|BorlabsCookie(?:Box|Widget)|cky-(?:consent-container|modal)|cookie-notice|cookie-law-info-bar|usercentrics-root|didomi-(?:host|popup|notice)|iubenda-cs-banner|qc-cmp2-container|osano-cm-window|truste-consent-track|termly-code-snippet-support|klaro|shopify-pc__banner|moove_gdpr_cookie_info_bar)$/;
const CMP_HINT =
  /cookie|consent|gdpr|dsgvo|rgpd|cmp|cky-|klaro|osano|didomi|iubenda|usercentrics|onetrust|borlabs|truste|termly|shopify-pc/i;
/** Generic banner markup: ids and classes naming cookies, consent or GDPR. Skipped when banner-sized. */
const CONSENT_NAME = /cookie|consent|gdpr|dsgvo|rgpd/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const BIDI_STYLE = /bidi-override/i;
/** Pages up to this many elements get the native pre-pass for rare attributes (see `Marks.flagged`). */
const SMALL_PAGE_ELEMENTS = 6_000;
const FLAGGED_SELECTOR = '[hidden],[aria-hidden],[style],[role],[itemprop],[itemtype]';
const PRODUCT_TYPE = /schema\.org\/Product$/i;
/** Cloudflare's e-mail protection always marks its elements with this class. */
const CF_EMAIL_CLASS = /(?:^|\s)__cf_email__(?:\s|$)/;
/**
 * Only when a huge page cut the walk short: footer roots by tag, class or id, through the browser's own indexes
 * (a `querySelectorAll` with this list cost 8–11 ms on the 5 MB bench page, more than reading all its text).
 */
const FOOTER_TAGS = ['footer', 'address'];
const FOOTER_CLASSES = ['footer', 'site-footer', 'site-info'];
const FOOTER_IDS = ['footer', 'colophon'];
/**
 * Text that makes a cookie-named element a banner: it speaks of cookies or consent AND asks for a choice or points
 * to a policy (a bakery's "cookie-card" product tile says neither "accept" nor "privacy").
 */
const CONSENT_TEXT = /cookie|consent|gdpr|dsgvo|rgpd|クッキー|куки|隐私|隱私/i;
const CONSENT_ACTION =
  /(?:\buse|\busing|verwende|nutze|utiliz|utilis|gebruik|\busa|использ)\p{L}*\s+(?:\S+\s+){0,3}cookie|accept|agree|allow|consent|decline|reject|refuse|settings|preferences|privacy|policy|akzept|zustimm|einverstanden|ablehnen|einstellungen|datenschutz|acept|rechaz|configura|privacidad|política|accepter|refuser|paramètres|confidentialité|politique|accett|rifiut|impostazioni|informativa|akkoord|accepteer|weiger|instellingen|同意|接受|拒绝|设置|隐私|隱私|принять|согласен|отклонить|настройки|конфиденциальн/iu;

/** Hrefs the shortcut in the link loop must leave to the URL parser: spaces, non-ASCII, dot segments, backslashes. */
const UNSAFE_HREF = /[^\x21-\x7e]|\/\.\.?(?:[/?#]|$)|\\/;
const ABSOLUTE_HREF = /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#]|$)/;
const CONTACT_SCHEME = /^(?:mailto|tel|callto|sms|skype|viber|weixin|wechat|whatsapp):/i;
const CONTACT_HOST =
  /(?:^|\.)(?:wa\.me|whatsapp\.com|t\.me|telegram\.me|line\.me|linkedin\.com|facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|youtube\.com|youtu\.be|tiktok\.com|vk\.com|xing\.com|pinterest\.[a-z.]+)$/i;
const CART_HREF = /\/cart(?:\/|$|\?)|add-to-cart|warenkorb|carrito|panier|basket/i;
const CART_CLASS = /add[-_]?to[-_]?cart|addtocart|add_to_cart_button|single_add_to_cart/i;
const CART_TEXT =
  /add to (?:cart|basket|bag)|buy now|in den warenkorb|warenkorb|añadir al carrito|comprar ahora|ajouter au panier|aggiungi al carrello|in winkelwagen|adicionar ao carrinho|加入购物车|立即购买|в корзину|купить/i;

const NON_PAGE_EXTENSION =
  /\.(?:pdf|jpe?g|png|gif|webp|svg|zip|rar|docx?|xlsx?|pptx?|mp4|mp3|avi|mov|exe|dmg|ics)$/i;

/** Collapses runs of spaces inside lines, trims lines and drops empty ones. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\r\u00a0\u2000-\u200b\u3000]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
}

function oneLine(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const s = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}

/** True for zones with their own budget (read even after the body budget is spent). */
const isSideZone = (zone: Zone) => zone === 'footer' || zone === 'nav' || zone === 'address';

/**
 * First characters that take no space before them when an inline boundary falls just in front ("<a>here</a>.").
 * Char codes: . , ; : ! ? ) ] } % and the closing guillemet/quotes.
 */
function isClosingPunctuation(code: number): boolean {
  return (
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 41 ||
    code === 93 ||
    code === 125 ||
    code === 37 ||
    code === 0xbb ||
    code === 0x201d ||
    code === 0x2019
  );
}

/** Last characters that take no space after them: ( [ { „ “ ‘ « and the slash. */
function isOpeningPunctuation(code: number): boolean {
  return (
    code === 40 ||
    code === 91 ||
    code === 123 ||
    code === 0x201e ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 47
  );
}

/**
 * Accumulates text into zone-tagged blocks under two character budgets (body-like zones and side zones).
 * Separators are pending until the next text arrives, so leading and trailing boundaries cost nothing.
 */
class TextSink {
  readonly sideBlocks: TextBlock[] = [];
  readonly mainBlocks: TextBlock[] = [];
  mainChars = 0;
  sideChars = 0;
  truncated = false;
  private zone: Zone | null = null;
  private parts: string[] = [];
  private partChars = 0;
  /** Separator owed before the next text: 0 none, 1 space, 2 line break. */
  pending = 0;
  /** Last character written, so no space follows an opening bracket. */
  private lastCode = 0;

  constructor(
    private readonly mainLimit: number,
    private readonly sideLimit: number,
  ) {}

  get isMainFull(): boolean {
    return this.mainChars >= this.mainLimit;
  }

  get isSideFull(): boolean {
    return this.sideChars >= this.sideLimit;
  }

  /** Marks a boundary: the stronger of what is owed and `kind` wins. */
  boundary(kind: number): void {
    if (kind > this.pending) this.pending = kind;
  }

  add(text: string, zone: Zone): void {
    const side = isSideZone(zone);
    const used = side ? this.sideChars : this.mainChars;
    const limit = side ? this.sideLimit : this.mainLimit;
    if (used >= limit) {
      this.truncated = true;
      return;
    }
    if (zone !== this.zone || this.partChars > MAX_BLOCK_CHARS) {
      this.flush(zone);
      this.pending = 0;
    }
    if (this.pending !== 0) {
      if (this.pending === Kind.Line) this.parts.push('\n');
      else if (!isClosingPunctuation(text.charCodeAt(0)) && !isOpeningPunctuation(this.lastCode))
        this.parts.push(' ');
      this.pending = 0;
    }
    let piece = text;
    if (used + piece.length > limit) {
      piece = piece.slice(0, limit - used);
      this.truncated = true;
    }
    this.parts.push(piece);
    this.lastCode = piece.charCodeAt(piece.length - 1);
    this.partChars += piece.length;
    if (side) this.sideChars += piece.length;
    else this.mainChars += piece.length;
  }

  flush(next: Zone | null = null): void {
    if (this.zone && this.parts.length > 0) {
      const text = tidy(this.parts.join(''));
      if (text) (isSideZone(this.zone) ? this.sideBlocks : this.mainBlocks).push({ zone: this.zone, text });
    }
    this.parts = [];
    this.partChars = 0;
    this.zone = next;
    this.pending = 0;
  }
}

/** What is known about particular elements, before and during the walk. */
interface Marks {
  /** Elements that open a zone by role or microdata (found before the walk). */
  zoneStart: Map<Element, Zone>;
  /** Footer/nav/address roots entered by the walk (the rest is read after a cut-off). */
  entered: Set<Element>;
  /** The zone each visited anchor sat in, for the link table. */
  anchorZones: Map<Element, Zone>;
  /** Product cards entered outside another card. */
  productCards: number;
  /** The class the first product card was recognised by (counted natively when the walk is cut off). */
  productClass: string;
  /** Anchors met by the walk (including those in hidden subtrees), in document order. */
  anchors: Element[];
  /** Buttons, inputs and forms met by the walk (the cart-control count reads them). */
  controls: Element[];
  forms: number;
  /**
   * On small pages, the elements that carry `hidden`, `aria-hidden`, `style`, `role`, `itemprop` or `itemtype`
   * (found by one native query, so the walk skips six attribute reads on every other element); null on big pages,
   * where that query would test every element of the page and the walk asks `el.matches` for the part it visits.
   */
  flagged: Set<Element> | null;
  /** Elements with an `itemprop` (microdata), read after the walk. */
  itemprops: Element[];
  /** Encoded addresses from attributes (Cloudflare `data-cfemail`, `data-user` + `data-domain`). */
  encoded: { kind: string; value: string }[];
  /** Text of elements reversed by CSS (`unicode-bidi: bidi-override`), a trick to hide addresses from scrapers. */
  reversed: string[];
}

function kindOf(name: string): Kind {
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
function isConsentBanner(el: Element, cls: string, id: string): boolean {
  if (!CMP_HINT.test(cls) && !CMP_HINT.test(id)) return false;
  if (CMP_NAME.test(id)) return true;
  if (cls) for (const token of cls.split(/\s+/)) if (CMP_NAME.test(token)) return true;
  if (!CONSENT_NAME.test(cls) && !CONSENT_NAME.test(id)) return false;
  const name = el.nodeName.toUpperCase();
  if (name === 'BODY' || name === 'HTML' || name === 'MAIN' || name === 'A' || name === 'BUTTON')
    return false;
  const text = el.textContent ?? '';
  return text.length <= MAX_BANNER_CHARS && CONSENT_TEXT.test(text) && CONSENT_ACTION.test(text);
}

/** A dialog (`<dialog>`, `role="dialog"`) whose text is about cookies is a consent banner. */
function isCookieDialog(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= MAX_BANNER_CHARS * 3 && CONSENT_TEXT.test(text) && CONSENT_ACTION.test(text);
}

/** Zone named by an element's class or id (`.site-footer`, `#navigation`, `.product-card`), or null. */
function zoneOfName(name: string, cls: string, id: string): Zone | null {
  if (FOOTER_CLASS.test(cls) || FOOTER_ID.test(id)) return 'footer';
  if (NAV_CLASS.test(cls) || NAV_ID.test(id)) return 'nav';
  if (PRODUCT_CLASS.test(cls)) return 'product';
  if (PRODUCT_TOKEN.test(cls)) {
    const upper = name.toUpperCase();
    if (upper === 'LI' || upper === 'ARTICLE') return 'product';
  }
  return null;
}

/**
 * Reads `root`'s subtree depth-first through `firstChild`/`nextSibling` (no recursion: deep markup cannot overflow
 * the stack; no `parentNode` per node: the stack says which element is being left), until the budget of the zone
 * being read is spent. Returns false when the walk was cut off by the body budget.
 */
function walk(root: Element, rootZone: Zone, sink: TextSink, marks: Marks): boolean {
  const elements: Node[] = [];
  const kinds: Kind[] = [];
  const zones: Zone[] = [];
  const hasZoneStarts = marks.zoneStart.size > 0;
  const flagged = marks.flagged;
  let zone = rootZone;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3) {
      const value = node.nodeValue;
      if (value) {
        // Cloudflare replaces an address with "[email protected]" and keeps it encoded on the element.
        if (value.length < 40 && value.includes('protected]')) {
          const holder = node.parentNode as Element | null;
          const cf = holder?.getAttribute?.('data-cfemail');
          if (cf && !marks.encoded.some((e) => e.value === cf) && marks.encoded.length < MAX_ENCODED)
            marks.encoded.push({ kind: 'cfemail', value: cf });
        }
        sink.add(value, zone);
        if (sink.isMainFull && !isSideZone(zone)) return false;
      }
    } else if (type === 1) {
      const el = node as Element;
      const name = el.nodeName;
      const kind = kindOf(name);
      if (kind !== Kind.Skip) {
        // Per element: class, id and the few attributes that hide or mark it (a native query per attribute would
        // test all 100k elements of a huge page; the walk reads only what it visits).
        const rawClass = (el as HTMLElement).className;
        const cls = typeof rawClass === 'string' ? rawClass : '';
        const id = el.id;
        // Whether the element carries any of the rarer attributes at all: on a small page a native pass listed them;
        // on a big one a single native `matches` replaces six attribute reads.
        const isFlagged = flagged === null ? el.matches(FLAGGED_SELECTOR) : flagged.has(el);
        const style = isFlagged ? el.getAttribute('style') : null;
        const role = isFlagged ? el.getAttribute('role') : null;
        const isSkipped =
          (isFlagged && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) ||
          (style !== null && style.length > 10 && HIDDEN_STYLE.test(style)) ||
          ((name === 'DIALOG' || name === 'dialog') && !el.hasAttribute('open'));
        let isBanner = false;
        let named: Zone | null = null;
        if (!isSkipped) {
          if ((cls.length > 2 && MARK_HINT.test(cls)) || (id.length > 2 && MARK_HINT.test(id))) {
            isBanner = isConsentBanner(el, cls, id);
            if (!isBanner) named = zoneOfName(name, cls, id);
          }
          if (role !== null && !isBanner) {
            if (role === 'navigation' || role === 'menubar') named = 'nav';
            else if (role === 'contentinfo') named = 'footer';
            else if (role === 'dialog' || role === 'alertdialog') isBanner = isCookieDialog(el);
          } else if ((name === 'DIALOG' || name === 'dialog') && !isBanner) isBanner = isCookieDialog(el);
          if (isFlagged) {
            const itemprop = el.getAttribute('itemprop');
            if (itemprop !== null && marks.itemprops.length < MAX_ITEMPROPS) marks.itemprops.push(el);
            const itemtype = el.getAttribute('itemtype');
            if (itemtype !== null && named === null && PRODUCT_TYPE.test(itemtype)) named = 'product';
          }
          if (named === null && cls.length > 4 && /mail/i.test(cls)) readEncoded(el, cls, marks);
          if (style !== null && BIDI_STYLE.test(style)) {
            const text = oneLine(el.textContent, 200);
            if (text) marks.reversed.push(text);
          }
        }
        if (isSkipped) {
          // Hidden menus and icon links still carry links (a mobile menu's "Contact", an aria-hidden social icon).
          if (name === 'A' || name === 'a') marks.anchors.push(el);
          const inner = el.getElementsByTagName('a');
          for (let i = 0; i < inner.length && marks.anchors.length < MAX_ANCHORS; i++)
            marks.anchors.push(inner[i] as Element);
          // Hidden microdata is still the site's own statement (SEO markup often carries the phone this way).
          if (el.getAttribute('itemprop') !== null && marks.itemprops.length < MAX_ITEMPROPS)
            marks.itemprops.push(el);
          for (const prop of safeAll(el, '[itemprop]'))
            if (marks.itemprops.length < MAX_ITEMPROPS) marks.itemprops.push(prop);
        } else if (!isBanner) {
          let inner = zone;
          if (name === 'ADDRESS' || name === 'address') inner = 'address';
          else if (zone === 'body' || zone === 'heading') {
            const start = named ?? (hasZoneStarts ? marks.zoneStart.get(el) : undefined);
            if (start === 'product') {
              if (zone === 'body') {
                inner = 'product';
                marks.productCards++;
                if (!marks.productClass && named === 'product')
                  marks.productClass =
                    PRODUCT_CLASS.exec(cls)?.[1] ?? (PRODUCT_TOKEN.test(cls) ? 'product' : '');
              }
            } else inner = start ?? TAG_ZONE.get(name) ?? zone;
          }
          if (inner !== zone && isSideZone(inner)) marks.entered.add(el);
          if (name.length <= 6) {
            const upper = name.toUpperCase();
            if (upper === 'A') {
              marks.anchorZones.set(el, inner);
              marks.anchors.push(el);
            } else if (upper === 'BUTTON' || upper === 'INPUT') marks.controls.push(el);
            else if (upper === 'FORM') {
              marks.forms++;
              marks.controls.push(el);
            }
          }
          sink.boundary(kind);
          const child = el.firstChild;
          if (child) {
            elements.push(el);
            kinds.push(kind);
            zones.push(zone);
            zone = inner;
            node = child;
            continue;
          }
          sink.boundary(kind);
        }
      }
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      const parent = elements.pop();
      if (!parent) return true;
      sink.boundary(kinds.pop() ?? Kind.Glue);
      zone = zones.pop() ?? rootZone;
      next = parent.nextSibling;
    }
    node = next;
  }
  return true;
}

/** Runs one step of the capture; a step that fails (hostile markup, a DOM's recursion limit) is skipped alone. */
function attempt(step: () => void, capture: PageCapture): void {
  try {
    step();
  } catch {
    capture.truncated = true;
  }
}

function safeAll(root: ParentNode, selector: string): NodeListOf<Element> | Element[] {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return [];
  }
}

function emptyCapture(url: string): PageCapture {
  return {
    url,
    title: '',
    lang: '',
    meta: {},
    jsonld: [],
    blocks: [],
    links: [],
    encoded: [],
    itemprops: [],
    counts: { forms: 0, cartControls: 0, productCards: 0, externalLinks: 0 },
    truncated: false,
    chars: 0,
  };
}

/** `https://www.x.de:8080/a` → `x.de` (lower-case, no port, no www), '' when not http(s). */
function hostOf(href: string): string {
  const scheme = href.indexOf('://');
  if (scheme < 4 || scheme > 5) return '';
  const start = scheme + 3;
  let end = start;
  while (end < href.length) {
    const c = href.charCodeAt(end);
    if (c === 47 || c === 58 || c === 63 || c === 35) break; // / : ? #
    end++;
  }
  const host = href.slice(start, end).toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** Reads an address encoded in attributes: Cloudflare's `data-cfemail`, or `data-user` + `data-domain`. */
function readEncoded(el: Element, cls: string, marks: Marks): void {
  if (marks.encoded.length >= MAX_ENCODED) return;
  if (CF_EMAIL_CLASS.test(cls)) {
    const cf = el.getAttribute('data-cfemail');
    if (cf && !marks.encoded.some((e) => e.value === cf)) marks.encoded.push({ kind: 'cfemail', value: cf });
    return;
  }
  const domain = el.getAttribute('data-domain');
  const user = domain ? el.getAttribute('data-user') : null;
  if (domain && user) marks.encoded.push({ kind: 'split', value: `${user}@${domain}` });
}

function readItemprop(el: Element, itemprop: string, capture: PageCapture): void {
  const props = itemprop.split(/\s+/).filter((p) => ITEMPROPS.has(p));
  if (props.length === 0) return;
  const tag = el.nodeName.toUpperCase();
  let value = el.getAttribute('content') ?? '';
  if (!value && (tag === 'A' || tag === 'LINK')) value = el.getAttribute('href') ?? '';
  if (!value && tag === 'META') return;
  if (!value) {
    // A container such as `address` with its own itemprop children is read through the children.
    if (el.querySelector('[itemprop]')) return;
    value = el.textContent ?? '';
  }
  value = oneLine(value, 300);
  if (value) for (const prop of props) capture.itemprops.push({ prop, value });
}

/**
 * Captures one page: text by zone, contact/social/same-site links, encoded e-mail attributes, JSON-LD bodies,
 * microdata and the counts the classifier reads. Total: returns what it could read and never throws.
 *
 * @param doc The page's document (the live `document` in the content script, a DOMParser result for fetched
 *   pages, or a happy-dom document under Node).
 * @param url The page's URL; relative links resolve against it (or against `<base href>`).
 * @example
 * const capture = capturePage(document, location.href);
 */
export function capturePage(doc: Document, url: string): PageCapture {
  try {
    return capturePageUnsafe(doc, url);
  } catch {
    return emptyCapture(url);
  }
}

function capturePageUnsafe(doc: Document, url: string): PageCapture {
  const capture = emptyCapture(url);
  let pageUrl: URL | null = null;
  try {
    pageUrl = new URL(url);
  } catch {
    pageUrl = null;
  }
  let baseUrl = pageUrl;
  attempt(() => {
    const baseHref = (doc.head ?? doc).querySelector('base[href]')?.getAttribute('href');
    if (baseHref) baseUrl = new URL(baseHref, pageUrl ?? undefined);
  }, capture);
  // The browser resolves `a.href` natively (fast) when the document's own base is the page's; otherwise (Node DOMs,
  // parsed documents without a base) links are resolved here.
  let isNativeHref = false;
  attempt(() => {
    isNativeHref = !!baseUrl && doc.baseURI === baseUrl.href;
  }, capture);
  const pageHost = pageUrl ? hostOf(pageUrl.href) : '';
  let baseOrigin = '';
  attempt(() => {
    const origin = (baseUrl as URL | null)?.origin;
    baseOrigin = origin && origin !== 'null' ? origin : '';
  }, capture);

  const sink = new TextSink(MAX_CAPTURE_CHARS - ZONE_BUDGET, ZONE_BUDGET);
  const headBlocks: TextBlock[] = [];

  // Title and meta first: they name the company and its trade in few words.
  attempt(() => {
    capture.title = oneLine(doc.querySelector('title')?.textContent, 500);
  }, capture);
  if (capture.title) headBlocks.push({ zone: 'title', text: capture.title });
  let headChars = capture.title.length;
  attempt(() => {
    const metaText: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName('meta'))) {
      const key = (
        el.getAttribute('property') ||
        el.getAttribute('name') ||
        el.getAttribute('http-equiv') ||
        ''
      )
        .trim()
        .toLowerCase();
      if (!key || !META_KEYS.has(key) || key in capture.meta) continue;
      const value = oneLine(el.getAttribute('content'), 1000);
      if (!value) continue;
      capture.meta[key] = value;
      if (key === 'description' || key === 'keywords' || key === 'og:description') metaText.push(value);
    }
    if (metaText.length > 0) {
      const text = metaText.join('\n');
      headBlocks.push({ zone: 'meta', text });
      headChars += text.length;
    }
  }, capture);

  attempt(() => {
    const html = doc.documentElement;
    const lang =
      html?.getAttribute('lang') || html?.getAttribute('xml:lang') || capture.meta['og:locale'] || '';
    capture.lang = lang.trim().toLowerCase().replace(/_/g, '-').slice(0, 20);
  }, capture);

  const marks: Marks = {
    zoneStart: new Map(),
    entered: new Set(),
    anchorZones: new Map(),
    productCards: 0,
    productClass: '',
    anchors: [],
    controls: [],
    forms: 0,
    flagged: null,
    itemprops: [],
    encoded: [],
    reversed: [],
  };

  attempt(() => {
    // `[n]` on the live collection stops counting at n: a cheap "is this page big?" test.
    if (!doc.getElementsByTagName('*')[SMALL_PAGE_ELEMENTS])
      marks.flagged = new Set(safeAll(doc, FLAGGED_SELECTOR));
  }, capture);

  // One pass over the body in reading order.
  let isComplete = true;
  attempt(() => {
    const body = doc.body ?? doc.documentElement;
    if (body) isComplete = walk(body, 'body', sink, marks);
  }, capture);
  // Cut off on a huge page: read the footers, addresses and menus the pass did not reach (few, wherever they sit).
  if (!isComplete) {
    attempt(() => {
      const isInEntered = (el: Element) => {
        for (let up: Element | null = el; up; up = up.parentElement) if (marks.entered.has(up)) return true;
        return false;
      };
      const found: Element[] = [];
      for (const tag of FOOTER_TAGS) found.push(...Array.from(doc.getElementsByTagName(tag)));
      for (const cls of FOOTER_CLASSES) found.push(...Array.from(doc.getElementsByClassName(cls)));
      for (const id of FOOTER_IDS) {
        const el = doc.getElementById(id);
        if (el) found.push(el);
      }
      const roots = [...new Set(found)].filter((el) => !isInEntered(el));
      roots.sort((x, y) => (x === y ? 0 : x.compareDocumentPosition(y) & 4 /* y follows x */ ? -1 : 1));
      let last: Element | null = null;
      for (const el of roots) {
        if (sink.isSideFull) break;
        if (last?.contains(el) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')
          continue;
        last = el;
        const zone: Zone = el.nodeName.toUpperCase() === 'ADDRESS' ? 'address' : 'footer';
        marks.entered.add(el);
        sink.boundary(Kind.Line);
        walk(el, zone, sink, marks);
        sink.flush();
      }
    }, capture);
  }
  sink.flush();

  // Side zones first (as read before the body in earlier versions; the company-name and address finders take the
  // first footer match), then the body in reading order.
  capture.blocks = [...headBlocks, ...sink.sideBlocks, ...sink.mainBlocks];
  capture.chars = headChars + sink.mainChars + sink.sideChars;
  capture.truncated = capture.truncated || sink.truncated || !isComplete;
  // A cut-off pass saw only part of the grid: the cards matched by class are the better count then.
  let productCards = marks.productCards;
  if (!isComplete)
    attempt(() => {
      // Only the card class this page was seen to use: one native count instead of one per known class.
      const used = marks.productClass;
      if (used) productCards = Math.max(productCards, doc.getElementsByClassName(used).length);
    }, capture);

  // Every anchor once: contact schemes, social and messenger profiles, Cloudflare links, cart links, same-site pages.
  let cartControls = 0;
  let externalLinks = 0;
  attempt(() => {
    const contactLinks: PageLink[] = [];
    const siteLinks = new Map<string, PageLink>();
    const seenContact = new Set<string>();
    const seen = new Set<Element>();
    for (const item of marks.anchors) {
      if (seen.size >= MAX_ANCHORS) {
        capture.truncated = true;
        break;
      }
      if (seen.has(item)) continue;
      seen.add(item);
      const a = item as HTMLAnchorElement;
      const raw = a.getAttribute('href');
      if (!raw) continue;
      const first = raw.charCodeAt(0);
      if (first === 35 /* # */) continue;
      if ((first === 106 || first === 74) /* j J */ && /^javascript:/i.test(raw)) continue;
      const zone = marks.anchorZones.get(a) ?? 'body';
      if (CONTACT_SCHEME.test(raw)) {
        const href = raw.trim();
        if (contactLinks.length < MAX_CONTACT_LINKS && !seenContact.has(href)) {
          seenContact.add(href);
          contactLinks.push({ href, text: linkText(a), zone });
        }
        continue;
      }
      // Root-relative and absolute http(s) links in plain ASCII without dot segments resolve by concatenation
      // (most links on a page; the native `a.href` getter serialises a URL per call); the rest by the URL parser.
      let href = '';
      if (!UNSAFE_HREF.test(raw)) {
        if (first === 47 /* / */ && raw.charCodeAt(1) !== 47) href = baseOrigin ? baseOrigin + raw : '';
        else if (ABSOLUTE_HREF.test(raw))
          href = raw.indexOf('/', raw.indexOf('//') + 2) < 0 ? `${raw}/` : raw;
      }
      if (!href && isNativeHref) href = a.href;
      if (!href.startsWith('http')) {
        try {
          href = baseUrl ? new URL(raw.trim(), baseUrl).href : new URL(raw.trim()).href;
        } catch {
          continue;
        }
      }
      const host = hostOf(href);
      if (!host) continue;
      if (CART_HREF.test(href)) cartControls++;
      const hash = href.indexOf('#');
      if (hash >= 0 && capture.encoded.length < MAX_ENCODED && href.includes('/cdn-cgi/l/email-protection'))
        capture.encoded.push({ kind: 'cfemail', value: href.slice(hash + 1) });
      if (host === pageHost) {
        const clean = hash >= 0 ? href.slice(0, hash) : href;
        if (siteLinks.size < MAX_SITE_LINKS && !siteLinks.has(clean)) {
          const pathStart = clean.indexOf('/', clean.indexOf('://') + 3);
          const path = pathStart < 0 ? '' : clean.slice(pathStart);
          const query = path.indexOf('?');
          if (!NON_PAGE_EXTENSION.test(query < 0 ? path : path.slice(0, query)))
            siteLinks.set(clean, { href: clean, text: linkText(a), zone });
        }
        continue;
      }
      externalLinks++;
      if (CONTACT_HOST.test(host) && contactLinks.length < MAX_CONTACT_LINKS && !seenContact.has(href)) {
        seenContact.add(href);
        contactLinks.push({ href, text: linkText(a), zone });
      }
    }
    capture.links = [...contactLinks, ...siteLinks.values()];
  }, capture);

  attempt(() => {
    for (const el of marks.itemprops) {
      if (capture.itemprops.length >= MAX_ITEMPROPS) break;
      readItemprop(el, el.getAttribute('itemprop') ?? '', capture);
    }
  }, capture);
  for (const item of marks.encoded)
    if (capture.encoded.length < MAX_ENCODED && !capture.encoded.some((e) => e.value === item.value))
      capture.encoded.push(item);
  for (const value of marks.reversed)
    if (capture.encoded.length < MAX_ENCODED) capture.encoded.push({ kind: 'reversed', value });

  // JSON-LD bodies, capped (a shop can embed megabytes of product JSON).
  attempt(() => {
    // The tag index, not an attribute selector: the latter tests every element of the page.
    const scripts = doc.getElementsByTagName('script');
    for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
      if (capture.jsonld.length >= MAX_JSONLD_SCRIPTS) break;
      const el = scripts[i] as Element;
      const type = el.getAttribute('type');
      if (!type || !/^\s*application\/ld\+json/i.test(type)) continue;
      const text = el.textContent ?? '';
      if (!text.trim()) continue;
      if (text.length > MAX_JSONLD_CHARS) capture.truncated = true;
      capture.jsonld.push(text.slice(0, MAX_JSONLD_CHARS));
    }
  }, capture);

  attempt(() => {
    let checked = 0;
    for (const el of marks.controls) {
      if (checked++ >= MAX_CONTROLS) break;
      const name = el.nodeName.toUpperCase();
      if (name === 'FORM') {
        if (CART_HREF.test(el.getAttribute('action') ?? '')) cartControls++;
      } else if (name === 'BUTTON') {
        if (isCartControl(el, el.textContent)) cartControls++;
      } else {
        const type = (el.getAttribute('type') ?? '').toLowerCase();
        if ((type === 'submit' || type === 'button') && isCartControl(el, el.getAttribute('value')))
          cartControls++;
      }
    }
    // A cut-off walk saw only some forms; the browser counts the rest natively.
    const forms = isComplete ? marks.forms : doc.getElementsByTagName('form').length;
    capture.counts = { forms, cartControls, productCards, externalLinks };
  }, capture);
  return capture;
}

function linkText(a: Element): string {
  return (
    oneLine(a.textContent, 120) ||
    oneLine(
      a.getAttribute('title') ?? a.getAttribute('aria-label') ?? a.getAttribute('data-original-title'),
      120,
    )
  );
}

function isCartControl(el: Element, label: string | null): boolean {
  const name = el.getAttribute('name');
  return (
    name === 'add' ||
    name === 'add-to-cart' ||
    CART_CLASS.test(el.getAttribute('class') ?? '') ||
    (!!label && CART_TEXT.test(label.length > 200 ? label.slice(0, 200) : label))
  );
}
