/**
 * Site scan from inside the visited page: fetches a few same-origin pages (contact, imprint, about…), parses them
 * with DOMParser and captures each with {@link capturePage}. Runs in the content script's isolated world, so the
 * requests carry the page's own origin and no host permission is needed beyond the tab itself.
 *
 * Polite on purpose (issue 16): no cookies (`credentials: 'omit'`: the rep may be logged in, and a fetched page must
 * not act on that session), and `mode: 'same-origin'`, under which the browser refuses a redirect to another
 * origin before sending the request there; the final URL is checked again before anything is parsed.
 * Content-script safe: no Zod, tldts or libphonenumber.
 */
import type { PageCapture } from '../model';
import { capturePage } from './capture';
import { isSessionPath } from './site-pages';

function isSameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** The last line of defence (the picker already skips them): no query strings, no session or account actions. */
function isPoliteUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return !u.search && !isSessionPath(u.pathname);
  } catch {
    return false;
  }
}

/** Bounds of a site scan. */
export interface SiteScanOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  /** Per-request limit, ms. */
  timeoutMs?: number;
  /** Limit for the whole site scan, ms; pages not started by then are reported as failures. */
  budgetMs?: number;
  /** Pages larger than this many bytes are cut before parsing. */
  maxBytes?: number;
}

/** What a site scan returns: one capture per page read, one failure per page that could not be. */
export interface SiteScanResult {
  captures: PageCapture[];
  failures: { url: string; error: string }[];
}

function charsetOf(contentType: string, head: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  try {
    return new TextDecoder(charsetOf(contentType, head)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function fetchPage(
  url: string,
  origin: string,
  timeoutMs: number,
  maxBytes: number,
): Promise<PageCapture> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        mode: 'same-origin',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      // A redirect to another origin ends as a network error under `mode: 'same-origin'`.
      if (!controller.signal.aborted) throw new Error('refused: redirect to another origin or network error');
      throw error;
    }
    const finalUrl = response.url || url;
    if (response.type === 'opaqueredirect' || !isSameOrigin(finalUrl, origin))
      throw new Error('refused: redirected to another origin');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
    const buffer = new Uint8Array(await response.arrayBuffer());
    const html = decode(buffer.length > maxBytes ? buffer.subarray(0, maxBytes) : buffer, type);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // A parsed document resolves links against the visited page; a <base> makes them resolve against their own page.
    if (!doc.querySelector('base[href]')) {
      const base = doc.createElement('base');
      base.setAttribute('href', finalUrl);
      (doc.head ?? doc.documentElement)?.prepend(base);
    }
    const capture = capturePage(doc, finalUrl);
    if (buffer.length > maxBytes) capture.truncated = true;
    return capture;
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`timed out after ${timeoutMs} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Captures the given same-origin URLs, a few at a time, within a time budget. Never throws: every URL ends up in
 * `captures` or in `failures` (other origins are refused, not fetched).
 * @param origin The page's origin (`location.origin`); URLs of any other origin fail.
 */
export async function captureSite(
  urls: string[],
  origin: string,
  options: SiteScanOptions = {},
): Promise<SiteScanResult> {
  const concurrency = Math.max(1, options.concurrency ?? 3);
  const timeoutMs = options.timeoutMs ?? 8_000;
  const budgetMs = options.budgetMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 5_000_000;
  const started = Date.now();
  const result: SiteScanResult = { captures: [], failures: [] };
  const queue = [...new Set(urls)];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        if (new URL(url).origin !== origin) throw new Error('other origin: not fetched');
        const left = budgetMs - (Date.now() - started);
        if (left <= 0) throw new Error('site scan time budget spent');
        if (!isPoliteUrl(url)) throw new Error('refused: not a page to fetch');
        result.captures.push(await fetchPage(url, origin, Math.min(timeoutMs, left), maxBytes));
      } catch (error) {
        result.failures.push({ url, error: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  // Keep the caller's order: the analysis reads earlier pages first.
  const rank = new Map(urls.map((u, i) => [u, i]));
  result.captures.sort((a, b) => (rank.get(a.url) ?? 99) - (rank.get(b.url) ?? 99));
  return result;
}
