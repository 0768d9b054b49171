/**
 * The one pass over the page: depth-first through the safe `firstChild`/`nextSibling` readers (lib/scan/capture/
 * dom.ts; no recursion, so deep markup cannot overflow the stack; no `parentNode` per node, the stack says which
 * element is being left), tagging text with its zone and collecting anchors, controls, microdata and encoded
 * addresses as it goes.
 *
 * Every zone group has its own character, node and anchor budget, and each nav/footer/address root at most a share
 * of its group's: a 300k-link first `<footer>` is left once its share is spent and the real contact footer after it
 * is still read (issue 16). A wall-clock deadline, checked every few hundred nodes, bounds the whole walk.
 */
import type { Zone } from '../../model';
import type { SafeDom } from './dom';
import {
  BIDI_STYLE,
  CF_EMAIL_CLASS,
  type CaptureBudget,
  FLAGGED_SELECTOR,
  groupOf,
  HIDDEN_STYLE,
  isConsentBanner,
  isCookieDialog,
  isSideZone,
  Kind,
  kindOf,
  MARK_HINT,
  MAX_ENCODED,
  MAX_ITEMPROPS,
  oneLine,
  PRODUCT_CLASS,
  PRODUCT_TOKEN,
  PRODUCT_TYPE,
  TAG_ZONE,
  type ZoneGroup,
  zoneOfName,
} from './markup';
import type { TextSink } from './text-sink';

/** What is known about particular elements, before and during the walk. */
export interface Marks {
  /** Elements that open a zone by role or microdata (found before the walk). */
  zoneStart: Map<Element, Zone>;
  /** Footer/nav/address roots entered by the walk (the rest is read after a cut-off). */
  entered: Set<Element>;
  /** The zone each visited anchor sat in, for the link table. */
  anchorZones: Map<Element, Zone>;
  /**
   * The raw text of the anchors the walk entered (their text nodes as read, up to a few hundred characters), so the
   * link table need not ask `textContent` of every link again; anchors not entered (hidden ones) have none.
   */
  anchorText: Map<Element, string>;
  /** Anchors met inside subtrees hidden by `hidden` or an inline `display:none`: their contact links are not kept. */
  hiddenAnchors: Set<Element>;
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
   * On small pages, the body's elements that carry `hidden`, `aria-hidden`, `style`, `role`, `itemprop` or
   * `itemtype`, in document order (one native query, so the walk skips six attribute reads on every other
   * element), and the next one the walk will meet: the walk visits in the same order, so a flagged element is the
   * queue's head when reached (no set of elements to build or hash; heads inside subtrees it skips are dropped
   * as it skips them). Null on big pages, where that query would test every element of the page and the walk
   * asks `matches` for the part it visits, and for walks of other roots (the footer pass).
   */
  flagged: { list: ArrayLike<Element>; next: number } | null;
  /** Elements with an `itemprop` (microdata), read after the walk. */
  itemprops: Element[];
  /** Encoded addresses from attributes (Cloudflare `data-cfemail`, `data-user` + `data-domain`). */
  encoded: { kind: string; value: string }[];
  /** Text of elements reversed by CSS (`unicode-bidi: bidi-override`), a trick to hide addresses from scrapers. */
  reversed: string[];
}

/** The walk's shared state across the main pass and the footer pass after a cut-off. */
export interface WalkState {
  dom: SafeDom;
  sink: TextSink;
  marks: Marks;
  budget: CaptureBudget;
  /** Nodes visited and anchors kept per zone group. */
  nodes: Record<ZoneGroup, number>;
  anchors: Record<ZoneGroup, number>;
  now: () => number;
}

/** A side-zone root being read, and what its group had used when it was entered. */
interface RootFrame {
  depth: number;
  group: ZoneGroup;
  chars: number;
  nodes: number;
  anchors: number;
}

/** Why a walk ended. */
export type WalkEnd = 'done' | 'cut';

/** True for a text of whitespace only (as the sink's tidying treats it: spaces, tabs, line breaks, no-break spaces). */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first !== 10 && first !== 32 && first !== 9 && first !== 13 && first !== 0xa0) return false;
  return BLANK.test(value);
}
const BLANK = /^[ \t\n\f\v\r\u00a0\u2000-\u200b\u3000]*$/;

/** Characters of an anchor's own text kept for the link table (it keeps 120 after tidying). */
const ANCHOR_TEXT_CHARS = 480;

/** Nodes between two clock reads. */
const CLOCK_EVERY = 256;

export function newMarks(): Marks {
  return {
    zoneStart: new Map(),
    entered: new Set(),
    anchorZones: new Map(),
    anchorText: new Map(),
    hiddenAnchors: new Set(),
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
}

/** Reads an address encoded in attributes: Cloudflare's `data-cfemail`, or `data-user` + `data-domain`. */
function readEncoded(dom: SafeDom, el: Element, cls: string, marks: Marks): void {
  if (marks.encoded.length >= MAX_ENCODED) return;
  if (CF_EMAIL_CLASS.test(cls)) {
    const cf = dom.attr(el, 'data-cfemail');
    if (cf && !marks.encoded.some((e) => e.value === cf)) marks.encoded.push({ kind: 'cfemail', value: cf });
    return;
  }
  const domain = dom.attr(el, 'data-domain');
  const user = domain ? dom.attr(el, 'data-user') : null;
  if (domain && user) marks.encoded.push({ kind: 'split', value: `${user}@${domain}` });
}

/**
 * Reads `root`'s subtree (not `root` itself) in zone `rootZone` until `deadline`. Returns 'cut' when the body
 * budget or the deadline stopped it; side-zone roots that spend their share are left early (and the capture marked
 * truncated) without stopping the walk.
 */
export function walk(root: Element, rootZone: Zone, st: WalkState, deadline: number): WalkEnd {
  const { dom, sink, marks, budget } = st;
  const elements: Element[] = [];
  const kinds: Kind[] = [];
  const zones: Zone[] = [];
  const frames: RootFrame[] = [];
  const share = budget.rootShare;
  const hasZoneStarts = marks.zoneStart.size > 0;
  const flagged = marks.flagged;
  let zone = rootZone;
  let group = groupOf(zone);
  let frame: RootFrame | null = null;
  const openFrame = (depth: number, g: ZoneGroup) => {
    frame = { depth, group: g, chars: sink.used[g], nodes: st.nodes[g], anchors: st.anchors[g] };
    frames.push(frame);
  };
  // The footer pass reads a side root itself: spending its share ends that walk (depth -1: no element to leave).
  if (isSideZone(rootZone)) openFrame(-1, group);
  const keepAnchor = (a: Element, hidden: boolean): boolean => {
    const limit = budget.anchors[group];
    if (st.anchors[group] >= limit) return false;
    if (frame && st.anchors[group] - frame.anchors >= limit * share) return false;
    st.anchors[group]++;
    marks.anchors.push(a);
    if (hidden) marks.hiddenAnchors.add(a);
    return true;
  };
  // The anchor being read (at stack depth `anchorDepth`) and its text so far.
  let anchor: Element | null = null;
  let anchorDepth = 0;
  let anchorText = '';
  // What the sink had written when the last anchor closed: links with nothing but markup between them are a
  // menu's entries, one per line, even where CSS (which the walk does not read) is what stacks them.
  let anchorEndWrites = -1;
  const closeAnchor = () => {
    if (anchor && elements.length <= anchorDepth) {
      marks.anchorText.set(anchor, anchorText);
      anchor = null;
      anchorEndWrites = sink.writes;
    }
  };
  let tick = 0;
  let node: Node | null = dom.firstChild(root);
  while (node) {
    st.nodes[group]++;
    if (++tick >= CLOCK_EVERY) {
      tick = 0;
      if (st.now() > deadline) return 'cut';
    }
    if (group === 'main' && st.nodes.main > budget.nodes.main) return 'cut';
    const type = dom.nodeType(node);
    let descend: Element | null = null;
    let inner = zone;
    let kind = Kind.Glue;
    let isAnchor = false;
    if (type === 3) {
      const value = dom.data(node);
      if (anchor && value && anchorText.length < ANCHOR_TEXT_CHARS) anchorText += value;
      if (value && isBlank(value)) {
        // Markup indentation between tags: only a boundary, as the text's own tidying would make of it (a line
        // break when it holds one, else a space). Half the text nodes of a saved page are these; pushing them into
        // the sink and tidying them away afterwards was a fifth of the capture's time.
        sink.boundary(value.includes('\n') ? Kind.Line : Kind.Space);
      } else if (value) {
        const holder = elements[elements.length - 1] ?? root;
        // Cloudflare replaces an address with "[email protected]" and keeps it encoded on the element.
        if (value.length < 40 && value.includes('protected]')) {
          const cf = dom.attr(holder, 'data-cfemail');
          if (cf && !marks.encoded.some((e) => e.value === cf) && marks.encoded.length < MAX_ENCODED)
            marks.encoded.push({ kind: 'cfemail', value: cf });
        }
        // An address that CSS hides (a honeypot for scrapers) is not the company's: only a live page can tell.
        const isHoneypot = value.includes('@') && !dom.isRendered(holder);
        if (!isHoneypot) {
          const room = frame ? budget.chars[group] * share - (sink.used[group] - frame.chars) : undefined;
          sink.add(value, zone, room);
          if (group === 'main' && sink.isFull('main')) return 'cut';
        }
      }
    } else if (type === 1) {
      const el = node as Element;
      const name = dom.tagName(el);
      kind = kindOf(name);
      if (kind !== Kind.Skip) {
        const upper = name.length <= 8 ? name.toUpperCase() : name;
        // Per element: class, id and the few attributes that hide or mark it (a native query per attribute would
        // test all 100k elements of a huge page; the walk reads only what it visits).
        const cls = dom.className(el);
        const id = dom.id(el);
        // Whether the element carries any of the rarer attributes at all: on a small page a native pass listed them;
        // on a big one a single native `matches` replaces six attribute reads.
        let isFlagged: boolean;
        if (flagged === null) isFlagged = dom.matches(el, FLAGGED_SELECTOR);
        else {
          isFlagged = flagged.list[flagged.next] === el;
          if (isFlagged) flagged.next++;
        }
        const style = isFlagged ? dom.attr(el, 'style') : null;
        const role = isFlagged ? dom.attr(el, 'role') : null;
        const isHidden =
          (isFlagged && dom.hasAttr(el, 'hidden')) ||
          (style !== null && style.length > 10 && HIDDEN_STYLE.test(style));
        const isSkipped =
          isHidden ||
          (isFlagged && dom.attr(el, 'aria-hidden') === 'true') ||
          (upper === 'DIALOG' && !dom.hasAttr(el, 'open'));
        let isBanner = false;
        let named: Zone | null = null;
        if (!isSkipped) {
          if ((cls.length > 2 && MARK_HINT.test(cls)) || (id.length > 2 && MARK_HINT.test(id))) {
            isBanner = isConsentBanner(dom, el, upper, cls, id);
            if (!isBanner) named = zoneOfName(name, cls, id);
          }
          if (role !== null && !isBanner) {
            if (role === 'navigation' || role === 'menubar') named = 'nav';
            else if (role === 'contentinfo') named = 'footer';
            else if (role === 'dialog' || role === 'alertdialog') isBanner = isCookieDialog(dom, el);
          } else if (upper === 'DIALOG' && !isBanner) isBanner = isCookieDialog(dom, el);
          if (isFlagged) {
            const itemprop = dom.attr(el, 'itemprop');
            if (itemprop !== null && marks.itemprops.length < MAX_ITEMPROPS) marks.itemprops.push(el);
            const itemtype = dom.attr(el, 'itemtype');
            if (itemtype !== null && named === null && PRODUCT_TYPE.test(itemtype)) named = 'product';
          }
          if (named === null && cls.length > 4 && /mail/i.test(cls)) readEncoded(dom, el, cls, marks);
          if (style !== null && BIDI_STYLE.test(style)) {
            const text = oneLine(dom.textContent(el), 200);
            if (text) marks.reversed.push(text);
          }
        }
        if (isSkipped) {
          // Hidden menus and icon links still carry links (a mobile menu's "Contact", an aria-hidden social icon).
          if (upper === 'A') keepAnchor(el, isHidden);
          // Hidden microdata is still the site's own statement (SEO markup often carries the phone this way).
          if (isFlagged && dom.attr(el, 'itemprop') !== null && marks.itemprops.length < MAX_ITEMPROPS)
            marks.itemprops.push(el);
          // Most hidden elements are leaves (an `aria-hidden` icon): two native queries each would cost more than
          // the rest of their visit.
          const child = dom.firstChild(el);
          if (child && (dom.nextSibling(child) || dom.nodeType(child) === 1)) {
            const links = dom.byTag(el, 'a');
            for (let i = 0; i < links.length; i++) if (!keepAnchor(links[i] as Element, isHidden)) break;
            const props = dom.queryAll(el, '[itemprop]');
            for (let i = 0; i < props.length && marks.itemprops.length < MAX_ITEMPROPS; i++)
              marks.itemprops.push(props[i] as Element);
          }
        } else if (!isBanner) {
          if (upper === 'ADDRESS') inner = 'address';
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
            } else inner = start ?? TAG_ZONE.get(upper) ?? zone;
          }
          if (inner !== zone && isSideZone(inner)) marks.entered.add(el);
          if (upper === 'A') {
            isAnchor = true;
            if (anchorEndWrites === sink.writes) kind = Kind.Line;
            marks.anchorZones.set(el, inner);
            const outer = group;
            group = groupOf(inner);
            keepAnchor(el, false);
            group = outer;
          } else if (upper === 'BUTTON' || upper === 'INPUT') marks.controls.push(el);
          else if (upper === 'FORM') {
            marks.forms++;
            marks.controls.push(el);
          }
          sink.boundary(kind);
          descend = el;
        }
      }
    }
    let next: Node | null = null;
    if (flagged !== null && descend === null && type === 1) passFlagged(node as Element);
    if (descend) {
      const child = dom.firstChild(descend);
      if (child) {
        if (isAnchor && !anchor) {
          anchor = descend;
          anchorDepth = elements.length;
          anchorText = '';
        }
        elements.push(descend);
        kinds.push(kind);
        zones.push(zone);
        if (inner !== zone && isSideZone(inner)) openFrame(elements.length - 1, groupOf(inner));
        zone = inner;
        group = groupOf(zone);
        node = child;
        // A side root that spent its share (or its group that spent its budget) is left here, below.
        if (!frame || !isSpent(st, frame)) continue;
        sink.truncated = true;
        node = leave(frame.depth);
        continue;
      }
      sink.boundary(kind);
    }
    if (frame && isSpent(st, frame)) {
      sink.truncated = true;
      node = leave(frame.depth);
      continue;
    }
    next = dom.nextSibling(node);
    while (!next) {
      const parent = elements.pop();
      if (!parent) return 'done';
      if (anchor) closeAnchor();
      sink.boundary(kinds.pop() ?? Kind.Glue);
      zone = zones.pop() ?? rootZone;
      group = groupOf(zone);
      if (frame && frame.depth === elements.length) {
        frames.pop();
        frame = frames[frames.length - 1] ?? null;
      }
      next = dom.nextSibling(parent);
    }
    node = next;
  }
  return 'done';

  /** Drops the queue heads of {@link Marks.flagged} inside `el`, a subtree the walk does not enter. */
  function passFlagged(el: Element): void {
    if (flagged === null) return;
    const { list } = flagged;
    while (flagged.next < list.length && dom.contains(el, list[flagged.next] as Element)) flagged.next++;
  }

  /** Leaves the subtree of the element at `depth` in the stack: returns the node to read next (null at the end). */
  function leave(depth: number): Node | null {
    if (depth < 0) return null;
    const left = elements[depth];
    if (flagged !== null && left) passFlagged(left);
    while (elements.length > depth) {
      const parent = elements.pop();
      if (!parent) return null;
      if (anchor) closeAnchor();
      sink.boundary(kinds.pop() ?? Kind.Glue);
      zone = zones.pop() ?? rootZone;
      group = groupOf(zone);
      while (frame && frame.depth >= elements.length) {
        frames.pop();
        frame = frames[frames.length - 1] ?? null;
      }
      if (elements.length === depth) {
        let next = dom.nextSibling(parent);
        while (!next) {
          const up = elements.pop();
          if (!up) return null;
          if (anchor) closeAnchor();
          sink.boundary(kinds.pop() ?? Kind.Glue);
          zone = zones.pop() ?? rootZone;
          group = groupOf(zone);
          if (frame && frame.depth === elements.length) {
            frames.pop();
            frame = frames[frames.length - 1] ?? null;
          }
          next = dom.nextSibling(up);
        }
        return next;
      }
    }
    return null;
  }
}

/** Whether a side root used its share of its group's budget, or the group its whole budget. */
function isSpent(st: WalkState, frame: RootFrame): boolean {
  const g = frame.group;
  const { budget } = st;
  const chars = st.sink.used[g];
  const nodes = st.nodes[g];
  return (
    chars >= budget.chars[g] ||
    nodes >= budget.nodes[g] ||
    chars - frame.chars >= budget.chars[g] * budget.rootShare ||
    nodes - frame.nodes >= budget.nodes[g] * budget.rootShare
  );
}
