/**
 * Picks the pages of the same site worth fetching in a site scan: contact, imprint, about and product pages,
 * recognised by link path or text in the languages the trade meets.
 */
import type { PageCapture } from '../model';

/**
 * The pages worth a request, by kind. `words` match whole words of a link's text or of its path's last segment
 * (`/ueber-uns/`, `ContactUs.aspx`, `store-contact.php`), never a piece of a longer word: `imprint` is not in
 * `imprinting_glossary`, `about` not in `/aboutbonuses`, `firma` not in "Dekorasyon Firmaları". `cjk` match as
 * substrings (no spaces between words there). Measured on the real pages of the prospect corpus, where substring
 * matching sent the site scan to `/about/vacancy/`, news articles that begin "关于…" ("concerning…"), product
 * detail pages whose path ends in `Product.html` and "Learn more about our invite system".
 */
const KINDS: { kind: string; score: number; words: RegExp; cjk?: RegExp }[] = [
  {
    kind: 'contact',
    score: 100,
    words: wordsOf(
      'contact|contacts|contactus|contact us|contact form|kontakt|kontakte|kontaktformular|kontakty|kontaktai|contacto|contactos|contactanos|contáctenos|contactez nous|nous contacter|contatti|contato|contatos|fale conosco|neem contact|yhteystiedot|kapcsolat|iletisim|iletişim|контакт|контакты|контакти|связаться|get in touch|reach us|enquiry|enquiries|inquiry|inquiries|anfahrt|standort|standorte|location|locations|where to buy|dealer|dealers|händler|händlersuche|distribuidores|revendeurs|اتصل بنا|تواصل معنا',
    ),
    cjk: /联系|聯繫|联络|聯絡|お問い合わせ|問い合わせ|問合せ|연락처|문의|오시는 길/,
  },
  {
    kind: 'imprint',
    score: 90,
    words: wordsOf(
      'impressum|imprint|legal notice|legal|aviso legal|mentions legales|mentions légales|note legali|colofon|disclaimer|nota legal|правовая информация|реквизиты',
    ),
    cjk: /特定商取引|会社情報/,
  },
  {
    kind: 'about',
    score: 80,
    words: wordsOf(
      'about|about us|aboutus|about company|ueber uns|über uns|ueberuns|wir über uns|unternehmen|das unternehmen|firma|die firma|company|company profile|sobre nosotros|quienes somos|quiénes somos|empresa|la empresa|nuestra empresa|qui sommes nous|a propos|à propos|chi siamo|azienda|over ons|o nas|o firmie|o nás|o společnosti|om oss|om os|hakkımızda|hakkimizda|о нас|о компании|о фирме|про нас|who we are|our story|من نحن',
    ),
    cjk: /关于我们|關於我們|公司简介|公司簡介|公司介绍|企业简介|会社概要|会社案内|회사소개/,
  },
  {
    kind: 'products',
    score: 50,
    words: wordsOf(
      'products|product range|our products|all products|produkte|unsere produkte|sortiment|productos|produits|nos produits|prodotti|produtos|producten|produkty|catalog|catalogue|catalogo|catálogo|katalog|kataloge|shop|onlineshop|online shop|brands|marken|marcas|marques|merken|продукция|каталог|ürünler|urunler',
    ),
    cjk: /产品|產品|製品|商品一覧|제품/,
  },
];

/** A whole-word pattern from `|`-separated phrases (phrases' spaces also match `-`, `_` and nothing). */
function wordsOf(list: string): RegExp {
  const alternatives = list
    .split('|')
    .map((w) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/ /g, '[ ]?'))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** A path's last segment as words: `/about/ContactUs.aspx` → "contact us", `/ueber-uns/` → "ueber uns". */
function slugWords(path: string): string {
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  return last
    .replace(/\.(?:html?|php\d?|aspx?|jsp|cfm|shtml)$/i, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A link text that is a menu label: a few words ("Kontakt", "Contact Lundins", "Über uns"), not a sentence that
 * mentions the word ("Find out more about The Curiosity Shop", a news headline).
 */
function isLabel(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t))
    return t.length <= 8;
  return t.split(/\s+/).length <= 4 && t.length <= 40;
}

function matches(kind: (typeof KINDS)[number], text: string): boolean {
  return kind.words.test(text) || (kind.cjk?.test(text) ?? false);
}

/** True when the whole label is one of the kind's words ("Kontakt", "About us"), not just contains one. */
function isExactLabel(kind: (typeof KINDS)[number], text: string): boolean {
  const t = text.trim().toLowerCase();
  const m = kind.words.exec(t) ?? kind.cjk?.exec(t);
  return !!m && m[0].length >= t.length - 1;
}

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

/** One key for the spellings of one page: case, a trailing slash and a `.html` ending aside. */
function pathKey(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the encoded path.
  }
  return `${url.origin}${path
    .toLowerCase()
    .replace(/\.(?:html?|php|aspx?)$/, '')
    .replace(/\/+$/, '')}`;
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
  // The same page linked as `/contacts` and `/contacts/`, or as `/Kontakt` and `/kontakt.html`.
  const seenPaths = new Set<string>([pathKey(new URL(current))]);
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
    // A link with line breaks or padding inside its path is a template bug: the server answers 404.
    if (/[\s\p{Cc}]/u.test(path)) continue;
    const key = pathKey(url);
    if (seenPaths.has(key)) continue;
    const slug = slugWords(path);
    const text = isLabel(link.text) ? link.text : '';
    const depth = path.split('/').filter(Boolean).length;
    // A section page's slug is a word or two (`kontakt`, `contact-lundins`); a long one is an article or an item
    // that merely contains the word (`3221-the-curiosity-shop`). Product slugs are held to two words: every item
    // page of a shop has "product" or "shop" somewhere.
    const slugLength = slug.split(' ').filter(Boolean).length;
    for (const kind of KINDS) {
      const inPath = slug !== '' && slugLength <= (kind.kind === 'products' ? 2 : 3) && matches(kind, slug);
      const inText = text !== '' && matches(kind, text);
      if (!inPath && !inText) continue;
      // Menus and footers hold the site's own section pages; short paths are sections, long ones articles.
      const bonus =
        (inPath && inText ? 10 : 0) +
        (inText && isExactLabel(kind, text) ? 8 : 0) +
        (link.zone === 'nav' || link.zone === 'footer' ? 10 : 0) -
        depth * 3;
      scored.push({ url: href, kind: kind.kind, score: kind.score + bonus });
      seen.add(href);
      seenPaths.add(key);
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
