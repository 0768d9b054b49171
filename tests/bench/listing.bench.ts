/**
 * `npm run bench` (listing part, issue 10): a dealer list of 1,000 entries read in the page and shown in the popup.
 * Two main-thread figures, each beside a baseline measured in the same run and printed as a ratio:
 * - in the visited page, the capture (text walk + listing read), against one `document.body.textContent` read;
 * - in the popup, main-thread task time (CDP `Performance.getMetrics` TaskDuration; and ThreadTime, its CPU time)
 *   from opening it until the list shows (the count of 1,000 and its first 100 rows), and until every entry is
 *   graded, against opening a blank extension page the same way.
 * Issue 10's target: under 300 ms of popup main-thread time. Reported, never asserted (shared, noisy machines).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';

const ENTRIES = 1_000;
const RUNS = 5;
const COUNTRIES = [
  ['Germany', 'DE', '+49 30 ', '10115 Berlin'],
  ['Austria', 'AT', '+43 1 ', '1010 Wien'],
  ['France', 'FR', '+33 1 ', '75011 Paris'],
  ['Poland', 'PL', '+48 22 ', '00-001 Warszawa'],
] as const;

/** A "where to buy" page: an accordion per country, a card per dealer (name, address, phone, e-mail, website). */
function dealerPage(n: number): string {
  const per = Math.ceil(n / COUNTRIES.length);
  const groups = COUNTRIES.map(([name, code, prefix, city], g) => {
    const cards = Array.from({ length: per }, (_, i) => {
      const k = g * per + i;
      const sub = String(2000000 + k * 7919).slice(0, 7);
      return `<article class="dealer-card"><h3 class="dealer-card__name">Dealer ${k} Lighting ${code} GmbH</h3>
<p class="dealer-card__address">Street ${k}<br>${city}</p><ul class="dealer-card__contact">
<li>Phone: <a href="tel:${prefix.replace(/ /g, '')}${sub}">${prefix}${sub}</a></li>
<li><a href="mailto:info@dealer${k}-lighting.${code.toLowerCase()}">info@dealer${k}-lighting.${code.toLowerCase()}</a></li>
<li><a href="https://www.dealer${k}-lighting.${code.toLowerCase()}" rel="nofollow">www.dealer${k}-lighting.${code.toLowerCase()}</a></li></ul>
<p class="dealer-card__range">Stocks: LED downlights · LED panels</p></article>`;
    }).join('\n');
    return `<details class="dealer-country"><summary>${name} (${per} dealers)</summary><div class="dealer-grid">${cards}</div></details>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Where to buy – Bench Lighting</title></head>
<body><header><nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/where-to-buy">Where to buy</a></nav></header>
<main><h1>Where to buy</h1>${groups}</main><footer><p>Bench Lighting AB · +46 13 15 04 00 · info@bench-lighting.example.se</p></footer></body></html>`;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Main-thread task time (ms) of a new page from opening `url` until `ready` resolves, and until `after` resolves
 * (the same as `ready` without one); `check` then runs outside the measured span.
 */
async function taskTime(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  after?: (page: Page) => Promise<unknown>,
  check?: (page: Page) => Promise<unknown>,
): Promise<{ ready: number; after: number; cpuReady: number; cpuAfter: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // TaskDuration: wall time of the main thread's tasks (stretched when other processes take the cores);
  // ThreadTime: the main thread's CPU time, steadier on a loaded machine.
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
    return [value('TaskDuration'), value('ThreadTime')] as const;
  };
  const before = await read();
  await page.goto(url);
  await ready(page);
  const atReady = await read();
  if (after) await after(page);
  const atAfter = after ? await read() : atReady;
  await check?.(page);
  await page.close();
  return {
    ready: (atReady[0] - before[0]) * 1000,
    after: (atAfter[0] - before[0]) * 1000,
    cpuReady: (atReady[1] - before[1]) * 1000,
    cpuAfter: (atAfter[1] - before[1]) * 1000,
  };
}

/**
 * Resolves once the popup has set a performance mark, polled every 100 ms. Not a retrying assertion: each failed
 * retry of `toHaveText` computes an ARIA snapshot in the popup's own main thread (measured: ~250 ms of a 1.5 s
 * run), which the figure would count as the popup's work.
 */
const markSet = (page: Page, ...names: string[]) =>
  page.waitForFunction((list) => list.some((n) => performance.getEntriesByName(n).length > 0), names, {
    timeout: 60_000,
    polling: 100,
  });

test(`listing of ${ENTRIES} entries: page capture and popup`, async ({
  context,
  sw,
  tabIdOf,
  extensionId,
}) => {
  await sw.evaluate(() =>
    chrome.storage.local.set({
      profiles: [
        {
          id: 'led',
          name: 'LED lighting',
          lines: [{ name: 'Downlights', keywords: ['downlight'] }],
          industryKeywords: ['lighting'],
          excludeKeywords: [],
        },
      ],
      activeProfileId: 'led',
    }),
  );
  const body = dealerPage(ENTRIES);
  const url = 'http://bench-lighting.example.se/where-to-buy';
  const tab = await context.newPage();
  await tab.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
  await tab.goto(url);
  const tabId = await tabIdOf(tab);

  // In the page: the capture with its listing read, against one textContent read.
  await sw.evaluate(
    (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/scan.js'] }),
    tabId,
  );
  const capture: number[] = [];
  const baseline: number[] = [];
  let read = 0;
  for (let run = 0; run < RUNS; run++) {
    const t = (await sw.evaluate(async (id) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const api = (globalThis as Record<string, unknown>).TierScoutPageScan as {
            capture(): { listing?: { entries: unknown[] } };
          };
          const t0 = performance.now();
          const c = api.capture();
          const t1 = performance.now();
          const text = document.body.textContent ?? '';
          const t2 = performance.now();
          return {
            capture: t1 - t0,
            base: t2 - t1,
            entries: c.listing?.entries.length ?? 0,
            chars: text.length,
          };
        },
      });
      return injection?.result;
    }, tabId)) as { capture: number; base: number; entries: number };
    capture.push(t.capture);
    baseline.push(t.base);
    read = t.entries;
  }
  expect(read).toBe(ENTRIES);

  // In the popup: opening it until the 1,000 companies are listed, against a blank extension page.
  const popup: number[] = [];
  const graded: number[] = [];
  const blank: number[] = [];
  const cpu: number[] = [];
  const cpuBlank: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const b = await taskTime(context, `chrome-extension://${extensionId}/icon/128.png`, (p) =>
      p.waitForLoadState('load'),
    );
    const p = await taskTime(
      context,
      `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`,
      (page) => markSet(page, 'tierscout:listing-shown'),
      // Every entry graded: the panel says `data-graded="false"` while it still grades (a build that grades
      // every entry before it shows the list never does).
      (page) =>
        page.waitForFunction(
          () => !document.querySelector('[data-testid="listing"][data-graded="false"]'),
          null,
          {
            timeout: 60_000,
            polling: 100,
          },
        ),
      async (page) => {
        await expect(page.getByTestId('listing-count')).toHaveText(
          `This page lists ${ENTRIES.toLocaleString('en')} companies`,
        );
        await expect(page.getByTestId('listing-entry')).toHaveCount(100);
      },
    );
    if (run === 0) continue; // warms the worker, the disk cache and the vocabulary
    blank.push(b.ready);
    popup.push(p.ready);
    graded.push(p.after);
    cpu.push(p.cpuReady);
    cpuBlank.push(b.cpuReady);
  }
  const [c, cb, pm, pg, bm, pc, bc] = [capture, baseline, popup, graded, blank, cpu, cpuBlank].map(
    median,
  ) as number[];
  console.log(
    `listing ${ENTRIES} entries, page capture: median ${c!.toFixed(1)} ms vs textContent ${cb!.toFixed(2)} ms (${(c! / cb!).toFixed(0)}×); ` +
      `popup main-thread task time to the list shown: median ${pm!.toFixed(0)} ms vs blank extension page ${bm!.toFixed(0)} ms (${(pm! / bm!).toFixed(1)}×), ` +
      `to every entry graded ${pg!.toFixed(0)} ms (${(pg! / bm!).toFixed(1)}×); main-thread CPU time to the list shown ${pc!.toFixed(0)} ms vs blank ${bc!.toFixed(0)} ms; ` +
      `over ${RUNS} runs; target < 300 ms`,
  );
  expect(popup).toHaveLength(RUNS);
});
