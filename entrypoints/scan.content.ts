import { defineContentScript } from '#imports';
import { capturePage } from '@/lib/scan/capture-page';
import { captureSite, type SiteScanOptions } from '@/lib/scan/capture-site';
import { SCAN_GLOBAL, type ScanGlobal } from '@/lib/scan/scan-global';

// Injected on demand by lib/tabs.ts (activeTab + scripting); never registered in the manifest.
export default defineContentScript({
  registration: 'runtime',
  main() {
    // The site scan is called later through executeScript({ func }), which runs in this same isolated world.
    const api: ScanGlobal = {
      capture: () => capturePage(document, location.href),
      captureSite: (urls: string[], options?: SiteScanOptions) => captureSite(urls, location.origin, options),
    };
    (globalThis as Record<string, unknown>)[SCAN_GLOBAL] = api;
    return api.capture();
  },
});
