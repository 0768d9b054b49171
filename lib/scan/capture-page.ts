/**
 * Reads one page into a {@link PageCapture}: the part of the scanner that runs inside the visited page.
 *
 * Content-script safe on purpose: no Zod, tldts or libphonenumber (they would swell the injected bundle; the
 * analysis runs in the extension page or under Node), no layout APIs such as `innerText` (a forced layout costs
 * seconds on big pages, shared/DEPENDENCIES.md "Scan performance"), no observers, timers or network.
 * One bounded pass: high-value zones (title, meta, headings, menus, footer, address, product cards) are read first,
 * then the rest of the body until the character budget is spent.
 */
import type { PageCapture, PageLink, TextBlock, Zone } from '../model';

/** Characters of visible text read per page; the rest is dropped and the capture marked `truncated`. */
export const MAX_CAPTURE_CHARS = 400_000;
/** Share of the budget the high-value zones may use before the body walk starts. */
const ZONE_BUDGET = 150_000;
const MAX_BLOCK_CHARS = 4_000;
const MAX_JSONLD_CHARS = 50_000;
const MAX_JSONLD_SCRIPTS = 20;
const MAX_SITE_LINKS = 400;
const MAX_CONTACT_LINKS = 300;
/** Anchors examined per page (a directory or a 5 MB shop can have tens of thousands). */
const MAX_ANCHORS = 6_000;
const MAX_ITEMPROPS = 400;
const MAX_ENCODED = 200;

/** Subtrees whose text a visitor never reads as page text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
]);

/** Elements that start a new line of text (so "Tel:" in one cell and the number in the next stay apart from other lines). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'BUTTON',
  'OPTION',
  'CAPTION',
  'SUMMARY',
  'DETAILS',
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
 * Zones are found through the browser's own indexes (`getElementsByTagName`, `getElementsByClassName`,
 * `getElementById`): on a 5 MB page one `querySelectorAll` over a long selector list cost more than reading all
 * its text.
 */
const FOOTER_TAGS = ['footer', 'address'];
const FOOTER_CLASSES = ['footer', 'site-footer', 'site-info'];
const FOOTER_IDS = ['footer', 'colophon'];
const NAV_TAGS = ['nav'];
const NAV_CLASSES = ['navbar', 'main-nav', 'main-menu', 'mega-menu', 'nav-menu'];
const NAV_IDS = ['menu', 'nav', 'navigation'];
const PRODUCT_CLASSES = [
  'product-card',
  'product-item',
  'product-tile',
  'product-miniature',
  'grid-product',
  'type-product',
  'productCard',
  'product_item',
  'card-product',
];
const HEADING_TAGS = ['h1', 'h2', 'h3'];

const CONTACT_SCHEME = /^(?:mailto|tel|callto|sms|skype|viber|weixin|wechat|whatsapp):/i;
const CONTACT_HOST =
  /(?:^|\.)(?:wa\.me|whatsapp\.com|t\.me|telegram\.me|line\.me|linkedin\.com|facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|youtube\.com|youtu\.be|tiktok\.com|vk\.com|xing\.com|pinterest\.[a-z.]+)$/i;
const CART_HREF = /\/cart(?:\/|$|\?)|add-to-cart|warenkorb|carrito|panier|basket/i;
const CART_CLASS = /add[-_]?to[-_]?cart|addtocart|add_to_cart_button|single_add_to_cart/i;
const CART_TEXT =
  /add to (?:cart|basket|bag)|buy now|in den warenkorb|warenkorb|añadir al carrito|comprar ahora|ajouter au panier|aggiungi al carrello|in winkelwagen|adicionar ao carrinho|加入购物车|立即购买|в корзину|купить/i;

const NON_PAGE_EXTENSION =
  /\.(?:pdf|jpe?g|png|gif|webp|svg|zip|rar|docx?|xlsx?|pptx?|mp4|mp3|avi|mov|exe|dmg|ics)$/i;

/** Collapses runs of spaces inside lines and drops empty lines. */
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

/** Accumulates text into zone-tagged blocks under a character budget. */
class TextSink {
  readonly blocks: TextBlock[] = [];
  chars = 0;
  truncated = false;
  private zone: Zone | null = null;
  private parts: string[] = [];
  private partChars = 0;

  constructor(private readonly limit: number) {}

  get isFull(): boolean {
    return this.chars >= this.limit;
  }

  add(text: string, zone: Zone): void {
    if (this.chars >= this.limit) {
      this.truncated = true;
      return;
    }
    if (zone !== this.zone || this.partChars > MAX_BLOCK_CHARS) this.flush(zone);
    let piece = text;
    if (this.chars + piece.length > this.limit) {
      piece = piece.slice(0, this.limit - this.chars);
      this.truncated = true;
    }
    this.parts.push(piece);
    this.partChars += piece.length;
    this.chars += piece.length;
  }

  newline(): void {
    if (this.parts.length > 0 && this.parts[this.parts.length - 1] !== '\n') this.parts.push('\n');
  }

  flush(next: Zone | null = null): void {
    if (this.zone && this.parts.length > 0) {
      const text = tidy(this.parts.join(''));
      if (text) this.blocks.push({ zone: this.zone, text });
    }
    this.parts = [];
    this.partChars = 0;
    this.zone = next;
  }
}

interface WalkContext {
  doc: Document;
  sink: TextSink;
  /** Elements not to enter: the zone roots already read (in the body walk). */
  skip: Set<Element>;
  /** Elements that start a zone of their own inside the body walk (headings, product cards). */
  zoneStarts: Map<Element, Zone>;
  /** The zone each visited anchor sat in, for the link table. */
  anchorZones: Map<Element, Zone>;
}

/** Hidden by attribute or inline style. Most elements carry no attributes, so those cost one property read. */
function isHiddenElement(el: Element): boolean {
  if (el.attributes.length === 0) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Zone of an element inside a zone root: semantic tags only (class-named zones come from the selectors). */
function nestedZone(tag: string, parent: Zone): Zone {
  if (tag === 'ADDRESS') return 'address';
  if (parent !== 'body' && parent !== 'heading') return parent;
  if (tag === 'FOOTER') return 'footer';
  if (tag === 'NAV') return 'nav';
  if (tag === 'H1' || tag === 'H2' || tag === 'H3') return 'heading';
  return parent;
}

/** Moves the walker past the current node's subtree; null at the end of the root. */
function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}

/**
 * Walks `root`'s subtree with a native TreeWalker (no filter function: measured many times faster), without
 * recursion (deep markup cannot overflow the stack), skipping invisible subtrees, until the sink is full.
 */
function walk(root: Element, rootZone: Zone, ctx: WalkContext): void {
  const { sink } = ctx;
  const walker = ctx.doc.createTreeWalker(root, 0x1 | 0x4);
  const open: Node[] = [root];
  const zones: Zone[] = [rootZone];
  let node = walker.nextNode();
  while (node) {
    if (sink.isFull) {
      sink.truncated = true;
      return;
    }
    const parent = node.parentNode;
    while (open.length > 1 && open[open.length - 1] !== parent) {
      const left = open.pop();
      zones.pop();
      if (left && BLOCK_TAGS.has(left.nodeName.toUpperCase())) sink.newline();
    }
    const zone = zones[zones.length - 1] ?? rootZone;
    if (node.nodeType === 3) {
      const value = node.nodeValue;
      if (value) sink.add(value, zone);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const tag = el.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag) || ctx.skip.has(el) || isHiddenElement(el)) {
      node = skipSubtree(walker);
      continue;
    }
    const childZone = (zone === 'body' && ctx.zoneStarts.get(el)) || nestedZone(tag, zone);
    if (BLOCK_TAGS.has(tag)) sink.newline();
    if (tag === 'A') ctx.anchorZones.set(el, childZone);
    open.push(el);
    zones.push(childZone);
    node = walker.nextNode();
  }
}

/** Runs one step of the capture; a step that fails (hostile markup, a DOM's recursion limit) is skipped alone. */
function attempt(step: () => void, capture: PageCapture): void {
  try {
    step();
  } catch {
    capture.truncated = true;
  }
}

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
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
  return href
    .slice(start, end)
    .toLowerCase()
    .replace(/^www\./, '');
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
    const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
    if (baseHref) baseUrl = new URL(baseHref, pageUrl ?? undefined);
  }, capture);
  // The browser resolves `a.href` natively (fast) when the document's own base is the page's; otherwise (Node DOMs,
  // parsed documents without a base) links are resolved here.
  let isNativeHref = false;
  attempt(() => {
    isNativeHref = !!baseUrl && doc.baseURI === baseUrl.href;
  }, capture);
  const pageHost = pageUrl ? pageUrl.hostname.toLowerCase().replace(/^www\./, '') : '';

  const sink = new TextSink(MAX_CAPTURE_CHARS);

  // Title and meta first: they name the company and its trade in few words.
  attempt(() => {
    capture.title = oneLine(doc.querySelector('title')?.textContent, 500);
  }, capture);
  if (capture.title) sink.add(capture.title, 'title');
  sink.flush();
  attempt(() => {
    for (const el of Array.from(doc.getElementsByTagName('meta'))) {
      const key = (
        el.getAttribute('property') ||
        el.getAttribute('name') ||
        el.getAttribute('http-equiv') ||
        ''
      )
        .trim()
        .toLowerCase();
      const value = oneLine(el.getAttribute('content'), 1000);
      if (!key || !value || !META_KEYS.has(key) || key in capture.meta) continue;
      capture.meta[key] = value;
      if (key === 'description' || key === 'keywords' || key === 'og:description')
        sink.add(`${value}\n`, 'meta');
    }
  }, capture);
  sink.flush();

  attempt(() => {
    const html = doc.documentElement;
    const lang =
      html?.getAttribute('lang') || html?.getAttribute('xml:lang') || capture.meta['og:locale'] || '';
    capture.lang = lang.trim().toLowerCase().replace(/_/g, '-').slice(0, 20);
  }, capture);

  const ctx: WalkContext = { doc, sink, skip: new Set(), zoneStarts: new Map(), anchorZones: new Map() };
  const byTag = (tags: string[]) => tags.flatMap((t) => Array.from(doc.getElementsByTagName(t)));
  const byClass = (classes: string[]) => classes.flatMap((c) => Array.from(doc.getElementsByClassName(c)));
  const byId = (ids: string[]) =>
    ids.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => !!el);

  // Footers, addresses and menus first (few per page, wherever they sit), under their own budget, so a long body
  // cannot push the contact details out of the capture.
  const zoneSink = new TextSink(ZONE_BUDGET);
  const zoneRoots: Element[] = [];
  attempt(() => {
    const zoneOfRoot = new Map<Element, Zone>();
    for (const el of [...byTag(FOOTER_TAGS), ...byClass(FOOTER_CLASSES), ...byId(FOOTER_IDS)])
      zoneOfRoot.set(el, el.nodeName.toUpperCase() === 'ADDRESS' ? 'address' : 'footer');
    for (const el of [...byTag(NAV_TAGS), ...byClass(NAV_CLASSES), ...byId(NAV_IDS)])
      if (!zoneOfRoot.has(el)) zoneOfRoot.set(el, 'nav');
    for (const el of Array.from(
      doc.querySelectorAll('[role="navigation"],[role="menubar"],[role="contentinfo"]'),
    ))
      if (!zoneOfRoot.has(el))
        zoneOfRoot.set(el, el.getAttribute('role') === 'contentinfo' ? 'footer' : 'nav');
    // Few elements: sorting them into document order and dropping nested ones is cheap.
    const sorted = [...zoneOfRoot.keys()].sort((x, y) =>
      x === y ? 0 : x.compareDocumentPosition(y) & 4 /* y follows x */ ? -1 : 1,
    );
    for (const el of sorted) {
      const last = zoneRoots[zoneRoots.length - 1];
      if (last?.contains(el)) continue;
      zoneRoots.push(el);
    }
    const zoneCtx: WalkContext = { ...ctx, sink: zoneSink };
    for (const el of zoneRoots) {
      if (zoneSink.isFull) break;
      if (SKIP_TAGS.has(el.nodeName.toUpperCase()) || isHiddenElement(el)) continue;
      zoneSink.newline();
      walk(el, zoneOfRoot.get(el) ?? 'footer', zoneCtx);
      zoneSink.newline();
    }
  }, capture);
  zoneSink.flush();
  for (const block of zoneSink.blocks) sink.blocks.push(block);
  sink.chars += zoneSink.chars;

  // Then the body in reading order; headings and product cards start zones of their own.
  let productCards = 0;
  attempt(() => {
    for (const el of byTag(HEADING_TAGS)) ctx.zoneStarts.set(el, 'heading');
    const products = new Set<Element>(byClass(PRODUCT_CLASSES));
    for (const el of Array.from(doc.querySelectorAll('[itemtype]')))
      if (/schema\.org\/Product$/i.test(el.getAttribute('itemtype') ?? '')) products.add(el);
    for (const el of doc.getElementsByClassName('product'))
      if (el.nodeName.toUpperCase() === 'LI' || el.nodeName.toUpperCase() === 'ARTICLE') products.add(el);
    // Nested matches (a card inside a card's wrapper) count once.
    for (const el of products) {
      let parent = el.parentElement;
      let isNested = false;
      for (let depth = 0; parent && depth < 6; depth++, parent = parent.parentElement)
        if (products.has(parent)) {
          isNested = true;
          break;
        }
      if (!isNested) {
        productCards++;
        ctx.zoneStarts.set(el, 'product');
      }
    }
  }, capture);
  for (const el of zoneRoots) ctx.skip.add(el);
  attempt(() => {
    const body = doc.body ?? doc.documentElement;
    if (body) walk(body, 'body', ctx);
  }, capture);
  sink.flush();

  capture.blocks = sink.blocks;
  capture.chars = sink.chars;
  capture.truncated = capture.truncated || sink.truncated || zoneSink.truncated;

  // Every anchor once: contact schemes, social and messenger profiles, Cloudflare links, cart links, same-site pages.
  let cartControls = 0;
  let externalLinks = 0;
  attempt(() => {
    const contactLinks: PageLink[] = [];
    const siteLinks = new Map<string, PageLink>();
    const seenContact = new Set<string>();
    const anchors = doc.getElementsByTagName('a');
    const count = Math.min(anchors.length, MAX_ANCHORS);
    if (anchors.length > MAX_ANCHORS) capture.truncated = true;
    const linkText = (a: Element) =>
      oneLine(a.textContent, 120) ||
      oneLine(
        a.getAttribute('title') ?? a.getAttribute('aria-label') ?? a.getAttribute('data-original-title'),
        120,
      );
    for (let i = 0; i < count; i++) {
      const a = anchors[i] as HTMLAnchorElement | undefined;
      if (!a) continue;
      const raw = a.getAttribute('href')?.trim();
      if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) continue;
      const zone = ctx.anchorZones.get(a) ?? 'body';
      if (CONTACT_SCHEME.test(raw)) {
        if (contactLinks.length < MAX_CONTACT_LINKS && !seenContact.has(raw)) {
          seenContact.add(raw);
          contactLinks.push({ href: raw, text: linkText(a), zone });
        }
        continue;
      }
      let href = isNativeHref ? a.href : '';
      if (!href.startsWith('http')) {
        try {
          href = baseUrl ? new URL(raw, baseUrl).href : new URL(raw).href;
        } catch {
          continue;
        }
      }
      const host = hostOf(href);
      if (!host) continue;
      if (CART_HREF.test(href)) cartControls++;
      const hash = href.indexOf('#');
      if (href.includes('/cdn-cgi/l/email-protection') && hash >= 0 && capture.encoded.length < MAX_ENCODED)
        capture.encoded.push({ kind: 'cfemail', value: href.slice(hash + 1) });
      if (host === pageHost) {
        const clean = hash >= 0 ? href.slice(0, hash) : href;
        if (siteLinks.size < MAX_SITE_LINKS && !siteLinks.has(clean)) {
          const path = clean.slice(clean.indexOf('/', clean.indexOf('://') + 3) >>> 0);
          if (!NON_PAGE_EXTENSION.test(path.split('?')[0] ?? ''))
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

  // Encoded addresses: Cloudflare e-mail protection, split data attributes, text reversed by CSS.
  attempt(() => {
    for (const el of safeAll(doc, '[data-cfemail]')) {
      if (capture.encoded.length >= MAX_ENCODED) break;
      const value = el.getAttribute('data-cfemail');
      if (value && !capture.encoded.some((e) => e.value === value))
        capture.encoded.push({ kind: 'cfemail', value });
    }
    for (const el of safeAll(doc, '[data-user][data-domain]')) {
      if (capture.encoded.length >= MAX_ENCODED) break;
      capture.encoded.push({
        kind: 'split',
        value: `${el.getAttribute('data-user')}@${el.getAttribute('data-domain')}`,
      });
    }
    for (const el of safeAll(doc, '[style*="bidi-override"]')) {
      if (capture.encoded.length >= MAX_ENCODED) break;
      const text = oneLine(el.textContent, 200);
      if (text) capture.encoded.push({ kind: 'reversed', value: text });
    }
  }, capture);

  // JSON-LD bodies, capped (a shop can embed megabytes of product JSON).
  attempt(() => {
    const scripts = Array.from(doc.getElementsByTagName('script')).filter((el) =>
      /^application\/ld\+json/i.test((el.getAttribute('type') ?? '').trim()),
    );
    for (const el of scripts.slice(0, MAX_JSONLD_SCRIPTS)) {
      const text = el.textContent ?? '';
      if (!text.trim()) continue;
      if (text.length > MAX_JSONLD_CHARS) capture.truncated = true;
      capture.jsonld.push(text.slice(0, MAX_JSONLD_CHARS));
    }
  }, capture);

  attempt(() => {
    for (const el of safeAll(doc, '[itemprop]')) {
      if (capture.itemprops.length >= MAX_ITEMPROPS) break;
      const props = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter((p) => ITEMPROPS.has(p));
      if (props.length === 0) continue;
      const tag = el.nodeName.toUpperCase();
      let value = el.getAttribute('content') ?? '';
      if (!value && (tag === 'A' || tag === 'LINK')) value = el.getAttribute('href') ?? '';
      if (!value && tag === 'META') continue;
      if (!value) {
        // A container such as `address` with its own itemprop children is read through the children.
        if (el.querySelector('[itemprop]')) continue;
        value = el.textContent ?? '';
      }
      value = oneLine(value, 300);
      if (value) for (const prop of props) capture.itemprops.push({ prop, value });
    }
  }, capture);

  attempt(() => {
    const buttons = doc.getElementsByTagName('button');
    const inputs = doc.getElementsByTagName('input');
    const controls: Element[] = [];
    for (let i = 0; i < buttons.length && controls.length < 400; i++) controls.push(buttons[i] as Element);
    for (let i = 0; i < inputs.length && controls.length < 600; i++) {
      const type = (inputs[i] as Element).getAttribute('type');
      if (type === 'submit' || type === 'button') controls.push(inputs[i] as Element);
    }
    for (const el of controls) {
      const isInput = el.nodeName.toUpperCase() === 'INPUT';
      const label = isInput ? el.getAttribute('value') : el.textContent;
      const name = el.getAttribute('name') ?? '';
      if (
        name === 'add' ||
        name === 'add-to-cart' ||
        CART_CLASS.test(el.getAttribute('class') ?? '') ||
        (label && CART_TEXT.test(label.slice(0, 200)))
      )
        cartControls++;
    }
    for (const form of safeAll(doc, 'form[action]'))
      if (CART_HREF.test(form.getAttribute('action') ?? '')) cartControls++;
  }, capture);
  attempt(() => {
    capture.counts = {
      forms: doc.getElementsByTagName('form').length,
      cartControls,
      productCards,
      externalLinks,
    };
  }, capture);
  return capture;
}
