/**
 * Reads one page into a {@link PageCapture}: the part of the scanner that runs inside the visited page.
 *
 * Content-script safe on purpose: no Zod, tldts or libphonenumber (they would swell the injected bundle; the
 * analysis runs in the extension page or under Node), no layout APIs such as `innerText` (a forced layout costs
 * seconds on big pages), no observers, timers or network.
 *
 * Shape, chosen from profiles in Chromium (`npm run bench`) and under Node: ONE depth-first pass over the body
 * (./walk.ts) reads the text in document order, tagging it with its zone (nav, footer, address, heading, product
 * card); it skips hidden subtrees and cookie/consent banners, and collects anchors, form controls, microdata and
 * encoded addresses as it goes. Every DOM read goes through ./dom.ts, so a page's clobbered form or document cannot
 * steer it. When the body budget or the clock cuts the pass short (or it throws), the footer and address roots it
 * did not reach are still read, with a little extra time, and the capture says `truncated`.
 */
import { captureListing, mayBeListing } from '../../listing/capture';
import type { PageCapture, TextBlock, Zone } from '../../model';
import { type SafeDom, safeDom } from './dom';
import { readLinks } from './links';
import {
  type CaptureBudget,
  CART_CLASS,
  CART_HREF,
  CART_TEXT,
  DEFAULT_BUDGET,
  FLAGGED_SELECTOR,
  FOOTER_CLASSES,
  FOOTER_IDS,
  FOOTER_TAGS,
  ITEMPROPS,
  Kind,
  MAX_CONTROLS,
  MAX_ITEMPROPS,
  MAX_ENCODED,
  MAX_JSONLD_CHARS,
  MAX_JSONLD_SCRIPTS,
  MAX_SCRIPTS,
  META_KEYS,
  oneLine,
  SMALL_PAGE_ELEMENTS,
} from './markup';
import { TextSink } from './text-sink';
import { newMarks, type WalkState, walk } from './walk';

/** Runs one step of the capture; a step that fails (hostile markup, a DOM's recursion limit) is skipped alone. */
function attempt(step: () => void, capture: PageCapture): void {
  try {
    step();
  } catch {
    capture.truncated = true;
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

function readItemprop(dom: SafeDom, el: Element, capture: PageCapture): void {
  const props = (dom.attr(el, 'itemprop') ?? '').split(/\s+/, 20).filter((p) => ITEMPROPS.has(p));
  if (props.length === 0) return;
  const tag = dom.tagName(el).toUpperCase();
  let value = dom.attr(el, 'content') ?? '';
  if (!value && (tag === 'A' || tag === 'LINK')) value = dom.attr(el, 'href') ?? '';
  if (!value && tag === 'META') return;
  if (!value) {
    // A container such as `address` with its own itemprop children is read through the children.
    if (dom.query(el, '[itemprop]')) return;
    value = dom.textContent(el) ?? '';
  }
  value = oneLine(value, 300);
  if (value) for (const prop of props) capture.itemprops.push({ prop, value });
}

function isCartControl(dom: SafeDom, el: Element, label: string | null): boolean {
  const name = dom.attr(el, 'name');
  return (
    name === 'add' ||
    name === 'add-to-cart' ||
    CART_CLASS.test(dom.attr(el, 'class') ?? '') ||
    (!!label && CART_TEXT.test(label.length > 200 ? label.slice(0, 200) : label))
  );
}

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Captures one page: text by zone, contact/social/same-site links, encoded e-mail attributes, JSON-LD bodies,
 * microdata and the counts the classifier reads. Total: returns what it could read and never throws, and ends
 * within the budget's time (plus the footer grace) whatever the page holds.
 *
 * @param doc The page's document (the live `document` in the content script, a DOMParser result for fetched
 *   pages, or a happy-dom document under Node).
 * @param url The page's URL; relative links resolve against it (or against `<base href>`).
 * @param budget Limits per zone group; tests and the bench pass smaller or larger ones.
 * @example
 * const capture = capturePage(document, location.href);
 */
export function capturePage(doc: Document, url: string, budget: CaptureBudget = DEFAULT_BUDGET): PageCapture {
  const capture = emptyCapture(url);
  try {
    capturePageUnsafe(safeDom(doc), doc, capture, budget);
  } catch {
    capture.truncated = true;
  }
  return capture;
}

function capturePageUnsafe(dom: SafeDom, doc: Document, capture: PageCapture, budget: CaptureBudget): void {
  const started = clock();
  const url = capture.url;
  let pageUrl: URL | null = null;
  try {
    pageUrl = new URL(url);
  } catch {
    pageUrl = null;
  }
  let baseUrl = pageUrl;
  attempt(() => {
    const head = dom.head(doc);
    const baseHref = dom.query(head ?? doc, 'base[href]');
    const href = baseHref ? dom.attr(baseHref, 'href') : null;
    if (href) baseUrl = new URL(href, pageUrl ?? undefined);
  }, capture);
  // The browser resolves `a.href` natively (fast) when the document's own base is the page's; otherwise (Node DOMs,
  // parsed documents without a base) links are resolved here.
  let isNativeHref = false;
  attempt(() => {
    isNativeHref = !!baseUrl && dom.baseURI(doc) === (baseUrl as URL).href;
  }, capture);
  const pageHost = pageUrl ? hostOfUrl(pageUrl) : '';
  let baseOrigin = '';
  attempt(() => {
    const origin = (baseUrl as URL | null)?.origin;
    baseOrigin = origin && origin !== 'null' ? origin : '';
  }, capture);

  const sink = new TextSink(budget.chars);
  const headBlocks: TextBlock[] = [];

  // Title and meta first: they name the company and its trade in few words.
  attempt(() => {
    const title = dom.byTag(doc, 'title')[0];
    capture.title = title ? oneLine(dom.textContent(title), 500) : '';
  }, capture);
  if (capture.title) headBlocks.push({ zone: 'title', text: capture.title });
  let headChars = capture.title.length;
  attempt(() => {
    const metaText: string[] = [];
    const metas = dom.byTag(doc, 'meta');
    for (let i = 0; i < metas.length && i < 2_000; i++) {
      const el = metas[i] as Element;
      const key = (dom.attr(el, 'property') || dom.attr(el, 'name') || dom.attr(el, 'http-equiv') || '')
        .trim()
        .toLowerCase();
      if (!key || !META_KEYS.has(key) || key in capture.meta) continue;
      const value = oneLine(dom.attr(el, 'content'), 1000);
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
    const html = dom.documentElement(doc);
    const lang =
      (html && (dom.attr(html, 'lang') || dom.attr(html, 'xml:lang'))) || capture.meta['og:locale'] || '';
    capture.lang = lang.trim().toLowerCase().replace(/_/g, '-').slice(0, 20);
  }, capture);

  const marks = newMarks();
  const st: WalkState = {
    dom,
    sink,
    marks,
    budget,
    nodes: { main: 0, nav: 0, footer: 0, address: 0 },
    anchors: { main: 0, nav: 0, footer: 0, address: 0 },
    now: clock,
  };

  // One pass over the body in reading order; a pass that throws counts as cut off.
  let isComplete = false;
  attempt(() => {
    const body = dom.body(doc) ?? dom.documentElement(doc);
    if (!body) return;
    // `[n]` on the live collection stops counting at n: a cheap "is this page big?" test.
    // A query that fails (happy-dom's selector engine recurses, and overflows on very deep markup) leaves the
    // walk to ask `matches` per element.
    attempt(() => {
      if (!dom.byTag(doc, '*')[SMALL_PAGE_ELEMENTS])
        marks.flagged = { list: dom.queryAll(body, FLAGGED_SELECTOR), next: 0 };
    }, capture);
    isComplete = walk(body, 'body', st, started + budget.ms) === 'done';
  }, capture);
  // Other roots are walked out of document order: they ask `matches` per element.
  marks.flagged = null;
  // Cut off: read the footers and addresses the pass did not reach (few, wherever they sit), with some extra time.
  if (!isComplete) readMissedFooters(dom, doc, st, clock() + budget.graceMs, capture);
  sink.flush();

  // Side zones first (the company-name and address finders take the first footer match), then the body.
  capture.blocks = [...headBlocks, ...sink.sideBlocks, ...sink.mainBlocks];
  capture.chars = headChars + sink.chars;
  capture.truncated = capture.truncated || sink.truncated || !isComplete;
  // A cut-off pass saw only part of the grid: the cards matched by class are the better count then.
  let productCards = marks.productCards;
  if (!isComplete)
    attempt(() => {
      // Only the card class this page was seen to use: one native count instead of one per known class.
      const used = marks.productClass;
      if (used) productCards = Math.max(productCards, dom.byClass(doc, used).length);
    }, capture);

  let cartControls = 0;
  let externalLinks = 0;
  attempt(() => {
    const counts = readLinks(dom, marks, { pageHost, baseUrl, baseOrigin, isNativeHref }, capture);
    cartControls += counts.cartLinks;
    externalLinks = counts.externalLinks;
  }, capture);

  attempt(() => {
    for (const el of marks.itemprops) {
      if (capture.itemprops.length >= MAX_ITEMPROPS) break;
      readItemprop(dom, el, capture);
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
    const scripts = dom.byTag(doc, 'script');
    for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
      if (capture.jsonld.length >= MAX_JSONLD_SCRIPTS) break;
      const el = scripts[i] as Element;
      const type = dom.attr(el, 'type');
      if (!type || !/^\s*application\/ld\+json/i.test(type)) continue;
      const text = dom.textContent(el) ?? '';
      if (!text.trim()) continue;
      if (text.length > MAX_JSONLD_CHARS) capture.truncated = true;
      capture.jsonld.push(text.slice(0, MAX_JSONLD_CHARS));
    }
  }, capture);

  attempt(() => {
    let checked = 0;
    for (const el of marks.controls) {
      if (checked++ >= MAX_CONTROLS) break;
      const name = dom.tagName(el).toUpperCase();
      if (name === 'FORM') {
        if (CART_HREF.test(dom.attr(el, 'action') ?? '')) cartControls++;
      } else if (name === 'BUTTON') {
        if (isCartControl(dom, el, dom.textContent(el))) cartControls++;
      } else {
        const type = (dom.attr(el, 'type') ?? '').toLowerCase();
        if ((type === 'submit' || type === 'button') && isCartControl(dom, el, dom.attr(el, 'value')))
          cartControls++;
      }
    }
    // A cut-off walk saw only some forms; the browser counts the rest natively.
    const forms = isComplete ? marks.forms : dom.byTag(doc, 'form').length;
    capture.counts = { forms, cartControls, productCards, externalLinks };
  }, capture);

  // Many companies on one page (a dealer locator, an exhibitor list): read each entry, but only when the text
  // already read shows contacts of several companies (issue 10); an ordinary page skips this walk.
  attempt(() => {
    if (!mayBeListing(capture)) return;
    const listing = captureListing(doc, url);
    if (listing.source !== 'none') capture.listing = listing;
  }, capture);
}

function hostOfUrl(url: URL): string {
  const host = url.hostname.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * After a cut-off: the footer and address roots (by tag, class or id, through the browser's own indexes) that the
 * pass did not enter, in document order, each walked in its own zone until `deadline`.
 */
function readMissedFooters(
  dom: SafeDom,
  doc: Document,
  st: WalkState,
  deadline: number,
  capture: PageCapture,
): void {
  attempt(() => {
    const { marks, sink } = st;
    const isInEntered = (el: Element) => {
      for (let up: Element | null = el; up; up = dom.parentElement(up))
        if (marks.entered.has(up)) return true;
      return false;
    };
    const found: Element[] = [];
    const take = (list: ArrayLike<Element>) => {
      for (let i = 0; i < list.length && i < 200; i++) found.push(list[i] as Element);
    };
    for (const tag of FOOTER_TAGS) take(dom.byTag(doc, tag));
    for (const cls of FOOTER_CLASSES) take(dom.byClass(doc, cls));
    for (const id of FOOTER_IDS) {
      const el = dom.byId(doc, id);
      if (el) found.push(el);
    }
    const roots = [...new Set(found)].filter((el) => !isInEntered(el));
    roots.sort((x, y) => (x === y ? 0 : dom.follows(x, y) ? -1 : 1));
    let last: Element | null = null;
    for (const el of roots) {
      if (st.now() > deadline) break;
      if (last && dom.contains(last, el)) continue;
      if (dom.hasAttr(el, 'hidden') || dom.attr(el, 'aria-hidden') === 'true') continue;
      last = el;
      const zone: Zone = dom.tagName(el).toUpperCase() === 'ADDRESS' ? 'address' : 'footer';
      if (sink.isFull(zone)) continue;
      marks.entered.add(el);
      sink.boundary(Kind.Line);
      attempt(() => {
        walk(el, zone, st, deadline);
      }, capture);
      sink.flush();
    }
  }, capture);
}
