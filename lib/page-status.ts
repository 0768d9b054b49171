/**
 * The HTTP status of the page a tab shows, read from its navigation timing (Chrome 109+ reports
 * `responseStatus`). Used with lib/error-page.ts so a 404 is never saved as a company.
 */
import { browser } from '#imports';

/** The tab's HTTP status, or undefined when the browser does not say (older browsers, cached pages, no access). */
export async function readHttpStatus(tabId: number): Promise<number | undefined> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        const nav = performance.getEntriesByType('navigation')[0] as
          | (PerformanceEntry & { responseStatus?: number })
          | undefined;
        return nav?.responseStatus ?? 0;
      },
    });
    const status = injection?.result;
    return typeof status === 'number' && status > 0 ? status : undefined;
  } catch {
    return undefined;
  }
}
