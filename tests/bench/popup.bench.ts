/**
 * Popup speed: time from opening the popup to the moment the rep can decide (scan shown, suggestion computed:
 * the `tierscout:ready` performance mark), on a typical fixture page, against a baseline measured in the same
 * run: opening a static extension resource in a new page (what any extension page costs on this machine).
 * Target from issue 5: < 150 ms median. Reported, never asserted (shared, noisy machines).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';

const RUNS = 12;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function readyMark(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('tierscout:ready').length > 0);
  return page.evaluate(() => performance.getEntriesByName('tierscout:ready')[0]!.startTime);
}

test('popup: open → suggestion shown', async ({ context, sw, site, tabIdOf, extensionId }) => {
  await sw.evaluate(async () => {
    await chrome.storage.local.set({
      profiles: [
        {
          id: 'led',
          name: 'LED lighting',
          lines: [
            { name: 'LED panels', keywords: ['LED panel', 'LED-Panel'] },
            { name: 'Downlights', keywords: ['downlight'] },
          ],
          industryKeywords: ['lighting', 'Leuchte'],
          excludeKeywords: [],
        },
      ],
      activeProfileId: 'led',
    });
  });
  const tab = await context.newPage();
  await tab.goto(site('lichtwerk-handel.de', '/'));
  const tabId = await tabIdOf(tab);

  const popupTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const base = await context.newPage();
    await base.goto(`chrome-extension://${extensionId}/icon/128.png`);
    const baseMs = await base.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.loadEventEnd || performance.now();
    });
    await base.close();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const ms = await readyMark(popup);
    await expect(popup.getByTestId('company-name')).toHaveText('Lichtwerk Handel GmbH');
    await expect(popup.getByTestId('suggested-tier')).toBeVisible();
    await popup.close();
    if (i === 0) continue; // first run warms the service worker and disk cache
    popupTimes.push(ms);
    baseTimes.push(baseMs);
  }
  const p = median(popupTimes);
  const b = median(baseTimes);
  console.log(
    `popup open → suggestion: median ${p.toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...popupTimes).toFixed(1)}, max ${Math.max(...popupTimes).toFixed(1)}); ` +
      `baseline (blank extension page load) median ${b.toFixed(1)} ms; ratio ${(p / b).toFixed(1)}×; target < 150 ms`,
  );
  expect(popupTimes).toHaveLength(RUNS);
});
