/**
 * The link table of a capture: every anchor the walk kept, once — contact schemes, social and messenger profiles,
 * Cloudflare links, cart links and same-site pages.
 */
import type { PageCapture, PageLink } from '../../model';
import type { SafeDom } from './dom';
import {
  ABSOLUTE_HREF,
  CART_HREF,
  CONTACT_HOST,
  CONTACT_SCHEME,
  MAX_ANCHORS,
  MAX_CONTACT_LINKS,
  MAX_ENCODED,
  MAX_OUTLINKS,
  MAX_SITE_LINKS,
  NON_PAGE_EXTENSION,
  oneLine,
  UNSAFE_HREF,
} from './markup';
import type { Marks } from './walk';

/** Where links resolve: the page's host, the base URL and its origin, and whether `a.href` resolves the same. */
export interface LinkBase {
  pageHost: string;
  baseUrl: URL | null;
  baseOrigin: string;
  isNativeHref: boolean;
}

/** `https://www.x.de:8080/a` → `x.de` (lower-case, no port, no www), '' when not http(s). */
export function hostOf(href: string): string {
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

/**
 * An anchor's text (as the walk read it, else `textContent`), or its title / aria-label when it has none (icon
 * links).
 */
export function linkText(dom: SafeDom, a: Element, read?: string): string {
  return (
    (read ? oneLine(read, 120) : '') ||
    oneLine(dom.textContent(a), 120) ||
    oneLine(dom.attr(a, 'title') ?? dom.attr(a, 'aria-label') ?? dom.attr(a, 'data-original-title'), 120)
  );
}

/**
 * Fills `capture.links` (contact links first, then same-site pages) and Cloudflare-encoded addresses; returns the
 * cart-link and external-link counts. Contact links hidden from the reader (a `hidden` subtree, or CSS on a live
 * page) are dropped: a honeypot address is not the company's.
 */
export function readLinks(
  dom: SafeDom,
  marks: Marks,
  base: LinkBase,
  capture: PageCapture,
): { cartLinks: number; externalLinks: number } {
  let cartLinks = 0;
  let externalLinks = 0;
  const contactLinks: PageLink[] = [];
  const siteLinks = new Map<string, PageLink>();
  const outlinks: { href: string; text: string }[] = [];
  const seenContact = new Set<string>();
  const seen = new Set<Element>();
  for (const a of marks.anchors) {
    if (seen.size >= MAX_ANCHORS) {
      capture.truncated = true;
      break;
    }
    if (seen.has(a)) continue;
    seen.add(a);
    const raw = dom.attr(a, 'href');
    if (!raw) continue;
    const first = raw.charCodeAt(0);
    if (first === 35 /* # */) continue;
    if ((first === 106 || first === 74) /* j J */ && /^javascript:/i.test(raw)) continue;
    const zone = marks.anchorZones.get(a) ?? 'body';
    if (CONTACT_SCHEME.test(raw)) {
      const href = raw.trim().slice(0, 600);
      if (contactLinks.length < MAX_CONTACT_LINKS && !seenContact.has(href)) {
        if (marks.hiddenAnchors.has(a) || !dom.isRendered(a)) continue;
        seenContact.add(href);
        contactLinks.push({ href, text: linkText(dom, a, marks.anchorText.get(a)), zone });
      }
      continue;
    }
    // Root-relative and absolute http(s) links in plain ASCII without dot segments resolve by concatenation
    // (most links on a page; the native `a.href` getter serialises a URL per call); the rest by the URL parser.
    let href = '';
    if (!UNSAFE_HREF.test(raw)) {
      if (first === 47 /* / */ && raw.charCodeAt(1) !== 47)
        href = base.baseOrigin ? base.baseOrigin + raw : '';
      else if (ABSOLUTE_HREF.test(raw)) href = raw.indexOf('/', raw.indexOf('//') + 2) < 0 ? `${raw}/` : raw;
    }
    if (!href && base.isNativeHref) href = (a as HTMLAnchorElement).href;
    if (typeof href !== 'string' || !href.startsWith('http')) {
      try {
        href = base.baseUrl ? new URL(raw.trim(), base.baseUrl).href : new URL(raw.trim()).href;
      } catch {
        continue;
      }
    }
    const host = hostOf(href);
    if (!host) continue;
    if (CART_HREF.test(href)) cartLinks++;
    const hash = href.indexOf('#');
    if (hash >= 0 && capture.encoded.length < MAX_ENCODED && href.includes('/cdn-cgi/l/email-protection'))
      capture.encoded.push({ kind: 'cfemail', value: href.slice(hash + 1, hash + 400) });
    if (host === base.pageHost) {
      const clean = hash >= 0 ? href.slice(0, hash) : href;
      if (siteLinks.size < MAX_SITE_LINKS && !siteLinks.has(clean) && clean.length <= 2_000) {
        const pathStart = clean.indexOf('/', clean.indexOf('://') + 3);
        const path = pathStart < 0 ? '' : clean.slice(pathStart);
        const query = path.indexOf('?');
        if (!NON_PAGE_EXTENSION.test(query < 0 ? path : path.slice(0, query)))
          siteLinks.set(clean, { href: clean, text: linkText(dom, a, marks.anchorText.get(a)), zone });
      }
      continue;
    }
    externalLinks++;
    // A directory's company profile links the company's own site from its content, not from menus or footers.
    if (zone !== 'nav' && zone !== 'footer' && outlinks.length < MAX_OUTLINKS && href.length <= 600)
      outlinks.push({ href, text: linkText(dom, a, marks.anchorText.get(a)) });
    if (CONTACT_HOST.test(host) && contactLinks.length < MAX_CONTACT_LINKS && !seenContact.has(href)) {
      seenContact.add(href);
      contactLinks.push({ href: href.slice(0, 600), text: linkText(dom, a, marks.anchorText.get(a)), zone });
    }
  }
  capture.links = [...contactLinks, ...siteLinks.values()];
  if (outlinks.length > 0) capture.outlinks = outlinks;
  return { cartLinks, externalLinks };
}
