/**
 * Picks the pages of the same site worth fetching in a site scan: contact, imprint, about and product pages,
 * recognised by link path or text in the languages the trade meets.
 */
import type { PageCapture } from '../model';

const KINDS: { kind: string; score: number; pattern: RegExp }[] = [
  {
    kind: 'contact',
    score: 100,
    pattern:
      /contact|kontakt|contacto|contatti|contato|contatto|neem-contact|yhteystiedot|kapcsolat|iletisim|iletişim|контакт|联系|聯繫|联络|お問い合わせ|問い合わせ|문의|get in touch|reach us|enquir|inquir|anfahrt|standort|locations?|where-to-buy|dealer|händler|distribuidores|revendeurs/i,
  },
  {
    kind: 'imprint',
    score: 90,
    pattern:
      /impressum|imprint|legal[-_ ]?notice|aviso[-_ ]?legal|mentions[-_ ]?l[ée]gales|note[-_ ]?legali|colofon|disclaimer|nota[-_ ]?legal|правов|реквизит/i,
  },
  {
    kind: 'about',
    score: 80,
    pattern:
      /about|ueber[-_ ]?uns|über[-_ ]?uns|unternehmen|firma|sobre[-_ ]?nosotros|quienes[-_ ]?somos|qui[ée]nes[-_ ]?somos|empresa|qui[-_ ]?sommes|a[-_ ]?propos|à propos|chi[-_ ]?siamo|azienda|over[-_ ]?ons|o[-_ ]?nas|о[-_ ]?(?:нас|компании)|关于|關於|公司简介|company[-_ ]?profile|who[-_ ]?we[-_ ]?are|our[-_ ]?story|profile/i,
  },
  {
    kind: 'products',
    score: 50,
    pattern:
      /products?|produkte|sortiment|productos|produits|prodotti|produtos|producten|catalog|katalog|catálogo|catalogue|shop|brands|marken|marcas|marques|продукц|каталог|产品|產品|range|collections?/i,
  },
];

const EXCLUDED =
  /login|log-in|signin|sign-in|register|account|konto|cart|basket|warenkorb|carrito|panier|checkout|kasse|wishlist|privacy|datenschutz|cookie|terms|agb|search|suche|buscar|\/tag\/|\/feed|\/wp-admin|\/wp-json|\/cdn-cgi\/|lang=|\/page\/\d|\?add-to-cart|\.(?:pdf|jpe?g|png|gif|zip|docx?|xlsx?)$/i;

/**
 * Pages that act on a session or an account: fetched with the rep's cookies they could sign out, cancel an order
 * or unsubscribe (a hostile site labels its `/signout` "Contact us", issue 16), so never fetched whatever the link
 * text says. A company's own "company profile" page stays allowed.
 */
const SESSION_PATH =
  /log-?out|log-?off|sign-?out|sign-?off|abmelden|ausloggen|d[ée]connexion|cerrar[-_]?sesi[oó]n|cancel|storn|delete|l[öo]schen|remove|unsubscribe|abbestellen|opt-?out|deactivate|account|konto|my-?profile|user-?profile|\/profile(?:\/|$)|\/(?:my|user|member|customer)[-_/]|orders?(?:\/|$)|bestellung|checkout|admin|dashboard/i;

/** True for a path that acts on a session or an account (see {@link SESSION_PATH}). */
export function isSessionPath(pathname: string): boolean {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Keep the encoded path.
  }
  return SESSION_PATH.test(path);
}

/**
 * Same-origin URLs of the site's contact / imprint / about / product pages, best first, at most `max`
 * (at most two per kind, so one long product menu cannot crowd out the imprint).
 * @example
 * pickSitePages(capture, 4); // ['https://x.de/kontakt', 'https://x.de/impressum', 'https://x.de/ueber-uns', …]
 */
export function pickSitePages(capture: PageCapture, max: number): string[] {
  let origin = '';
  let current = '';
  try {
    const page = new URL(capture.url);
    origin = page.origin;
    page.hash = '';
    current = page.href;
  } catch {
    return [];
  }
  const scored: { url: string; kind: string; score: number }[] = [];
  const seen = new Set<string>([current]);
  for (const link of capture.links) {
    let url: URL;
    try {
      url = new URL(link.href);
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    url.hash = '';
    const href = url.href;
    // Query-string pages are views of other pages (or actions: `?id=9`); the site's own section pages have none.
    if (seen.has(href) || url.search || isSessionPath(url.pathname) || EXCLUDED.test(url.pathname)) continue;
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Keep the encoded path.
    }
    const haystackPath = path.toLowerCase();
    const text = link.text.toLowerCase();
    for (const { kind, score, pattern } of KINDS) {
      const inPath = pattern.test(haystackPath);
      const inText = pattern.test(text);
      if (!inPath && !inText) continue;
      // Short paths are section pages (/kontakt), long ones are articles that merely mention the word.
      const depth = haystackPath.split('/').filter(Boolean).length;
      const bonus =
        (inPath && inText ? 10 : 0) + (link.zone === 'nav' || link.zone === 'footer' ? 5 : 0) - depth * 3;
      scored.push({ url: href, kind, score: score + bonus });
      seen.add(href);
      break;
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const perKind = new Map<string, number>();
  const out: string[] = [];
  for (const s of scored) {
    if (out.length >= max) break;
    const n = perKind.get(s.kind) ?? 0;
    if (n >= 2) continue;
    perKind.set(s.kind, n + 1);
    out.push(s.url);
  }
  return out;
}
