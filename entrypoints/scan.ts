import { defineUnlistedScript } from '#imports';
import { capturePage } from '@/lib/scan/capture';
import { captureSite, type SiteScanOptions } from '@/lib/scan/capture-site';
import { SCAN_GLOBAL, type ScanGlobal } from '@/lib/scan/scan-global';

// Injected on demand by lib/tabs.ts (activeTab + scripting); never registered in the manifest. An unlisted script,
// not a content script: WXT's ContentScriptContext announces every start to the page (a `postMessage(…, '*')` and
// a document event, both named with the extension id), and a scanned page must not learn it was scanned (issue 16).
export default defineUnlistedScript(() => {
  // The site scan is called later through executeScript({ func }), which runs in this same isolated world.
  const api: ScanGlobal = {
    capture: () => capturePage(document, location.href),
    captureSite: (urls: string[], options?: SiteScanOptions) => captureSite(urls, location.origin, options),
    firstCaptureMs: 0,
  };
  (globalThis as Record<string, unknown>)[SCAN_GLOBAL] = api;
  const started = performance.now();
  const capture = api.capture();
  api.firstCaptureMs = performance.now() - started;
  return capture;
});
