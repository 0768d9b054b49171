/**
 * Tells an error page (404, 403, 500, a CMS's "page not found") from a company page, so neither the popup nor a
 * keyboard command saves "404 Not Found" as a company. Pure; the HTTP status comes from the page's own
 * navigation timing where the browser knows it (`readHttpStatus` in lib/page-status.ts).
 */
import type { PageCapture } from './model';

/** Why a page was taken for an error page: the HTTP status, or the words of its title or main heading. */
export interface ErrorPageVerdict {
  status?: number;
  cue: string;
}

// Titles and headings of error pages in the languages of the fixture corpus and the usual CMS defaults.
const ERROR_WORDS = [
  'not found',
  'page not found',
  'page cannot be found',
  "page can't be found",
  'page does not exist',
  'forbidden',
  'access denied',
  'internal server error',
  'bad gateway',
  'service unavailable',
  'seite nicht gefunden',
  'nicht gefunden',
  'seite existiert nicht',
  'página no encontrada',
  'pagina no encontrada',
  'página não encontrada',
  'pagina non trovata',
  'page introuvable',
  'page non trouvée',
  'страница не найдена',
  'side ikke fundet',
  'pagina niet gevonden',
  'sayfa bulunamadı',
  '页面不存在',
  '页面未找到',
  '找不到页面',
  '找不到该页面',
];
const ERROR_CODE = /(?:^|[^\d.,])(40[0-4]|410|5\d\d)(?:[^\d.,]|$)/;
const ERROR_WORD = new RegExp(
  ERROR_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);

/** True when a short text (a title, a heading) reads as an error: "404", "Error 500", "Seite nicht gefunden". */
function isErrorText(text: string): boolean {
  const short = text.trim().slice(0, 120);
  if (!short) return false;
  // A bare number in a long product title ("Downlight 403 mm") is no error: the code must stand with few words.
  const code = ERROR_CODE.test(short) && short.split(/\s+/).length <= 8;
  return code || ERROR_WORD.test(short);
}

/**
 * The verdict on one captured page, or null for an ordinary page.
 * @param status the HTTP status of the page's navigation when known (0 or undefined when not).
 * @example errorPageOf({ title: '404 Not Found', blocks: [] } as PageCapture) // { cue: '404 Not Found' }
 */
export function errorPageOf(
  capture: Pick<PageCapture, 'title' | 'blocks'>,
  status?: number,
): ErrorPageVerdict | null {
  if (status !== undefined && status >= 400) return { status, cue: `HTTP ${status}` };
  if (isErrorText(capture.title)) return { ...(status ? { status } : {}), cue: capture.title.trim() };
  const heading = capture.blocks.find((b) => b.zone === 'heading');
  if (heading && heading.text.length <= 80 && isErrorText(heading.text)) {
    return { ...(status ? { status } : {}), cue: heading.text.trim() };
  }
  return null;
}
