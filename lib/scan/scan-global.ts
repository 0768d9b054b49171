/**
 * The name and shape of what the injected scan script leaves on the page's isolated-world `globalThis`, so
 * `lib/tabs.ts` can call it through `executeScript({ func })`. Content-script safe (types and a constant only).
 */
import type { PageCapture } from '../model';
import type { SiteScanOptions, SiteScanResult } from './capture-site';

/** Property of the isolated world's `globalThis` that holds {@link ScanGlobal}. */
export const SCAN_GLOBAL = 'TierScoutPageScan';

/** What the injected scan script exposes. */
export interface ScanGlobal {
  capture(): PageCapture;
  captureSite(urls: string[], options?: SiteScanOptions): Promise<SiteScanResult>;
  /**
   * How long the injection's own first capture took, ms: the cold figure `npm run bench` reads. Kept in the
   * isolated world only (a performance mark would tell the page it was scanned).
   */
  firstCaptureMs: number;
}
