/**
 * Loads saved HTML under Node for the scanner (CLI, eval, unit tests): bytes → text by BOM / `<meta charset>`,
 * text → Document with happy-dom's DOMParser (the same API the site scan uses in the page), then the very same
 * `capturePage` the content script runs.
 *
 * Why happy-dom and not linkedom: on the 195 WebStruct pages linkedom was ~5× faster (0.5 s vs 2.5 s to parse all)
 * but its non-HTML5 parser lost most of the body text of 100 pages with malformed tables (`</tr></a></td>`),
 * where happy-dom, like a browser, kept it all.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { type CaptureBudget, capturePage, DEFAULT_BUDGET } from '../../lib/scan/capture';
import type { PageCapture } from '../../lib/model';

/** Decodes page bytes as a browser would: BOM first, then `<meta charset>`, then UTF-8, then windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

let parser: { parseFromString(html: string, type: 'text/html'): unknown } | null = null;
let window: Window | null = null;

/**
 * Closes the happy-dom window and its parser; the next page gets a fresh one. A window keeps every document it
 * parsed (about 11 MB a page on the prospects corpus), so a long batch recycles it every few dozen pages to run in
 * flat memory.
 */
export async function recycleParser(): Promise<void> {
  const old = window;
  parser = null;
  window = null;
  // Only a closed window lets its documents go: dropping the reference alone kept all of them (measured: 850 MB
  // after 80 corpus pages either way, 20 MB when each window was awaited closed every 20 pages).
  await old?.happyDOM.close().catch(() => undefined);
}

/** Parses HTML text into a DOM Document; one script-less happy-dom window serves every page until recycled. */
export function parseDocument(html: string): Document {
  if (!parser) {
    window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
        handleDisabledFileLoadingAsSuccess: true,
      },
    });
    parser = new window.DOMParser();
  }
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** Captures saved page bytes as if the page were open at `url`. */
/**
 * The capture budget under Node: the browser's character, node and anchor limits, without its clock, so CLI and
 * eval results do not depend on how loaded the machine is (happy-dom walks far slower than Chromium).
 */
export const NODE_BUDGET: CaptureBudget = {
  ...DEFAULT_BUDGET,
  ms: Number.POSITIVE_INFINITY,
  graceMs: Number.POSITIVE_INFINITY,
};

export function captureHtml(bytes: Uint8Array | string, url: string): PageCapture {
  const html = typeof bytes === 'string' ? bytes : decodeHtml(bytes);
  return capturePage(parseDocument(html), url, NODE_BUDGET);
}

/** Captures a saved page file as if it were open at `url`. */
export function captureFile(path: string, url: string): PageCapture {
  return captureHtml(readFileSync(path), url);
}
