/**
 * `npm run bench` (scanner part): main-thread time of the page capture in real Chromium, as a ratio to one
 * TreeWalker pass over the page's text nodes (the least any scan that reads the text must do) measured in the same
 * page and run. On ~20 real pages of the prospects corpus (read at run time, see corpus-pages.ts): cold (the
 * injection's own first capture on a freshly loaded page, against a first text pass in the page's main world) and
 * warm (the fastest batch of repeated calls, robust to a loaded machine), median and worst. On a generated 5 MB
 * shop page: warm, with how much of the page's text the capture read, so a capture cut by its budget does not pass
 * as fast. Each line ends with the machine's load average.
 * Targets (issue 16): ≤ 3× median on real pages, ≤ 2× on the 5 MB page. Reports only: no time is asserted.
 */
import { cpus, loadavg } from 'node:os';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { corpusPages } from './corpus-pages';
import { shopPage } from './shop-page';

const RUNS = 5;
const COLD_RUNS = 3;
const SCAN_GLOBAL = 'TierScoutPageScan';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Serves `html` at `url` and nothing else (a saved page's images, scripts and fonts are not fetched). */
async function openSaved(page: Page, url: string, html: string | Buffer): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          // The page's own scripts stay off, as in the saved copy: one would otherwise navigate or rewrite it mid-run.
          headers: { 'content-security-policy': "script-src 'none'" },
          body: html,
        })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'load' });
}

/** Warm figures: each the per-call time of the fastest batch of calls over ~120 ms (see `perCall`). */
async function warm(sw: Worker, tabId: number) {
  await sw.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/scan.js'] });
  }, tabId);
  const runs: { capture: number; baseline: number; chars: number; text: number; truncated: boolean }[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(
      (await sw.evaluate(
        async ({ id, globalName }) => {
          const [injection] = await chrome.scripting.executeScript({
            target: { tabId: id },
            func: (g: string) => {
              const api = (
                globalThis as unknown as Record<string, { capture(): { chars: number; truncated: boolean } }>
              )[g]!;
              const textPass = () => {
                const walker = document.createTreeWalker(
                  document.body ?? document.documentElement,
                  NodeFilter.SHOW_TEXT,
                );
                let n = 0;
                for (let node = walker.nextNode(); node; node = walker.nextNode())
                  n += node.nodeValue?.length ?? 0;
                return n;
              };
              // Batches of calls of at least 2 ms each (performance.now() is coarsened to 0.1 ms), ~120 ms in
              // all; the fastest batch counts: on a shared, loaded machine a batch that another process preempted
              // says nothing about the code, and both sides of the ratio are measured the same way.
              const perCall = (fn: () => unknown) => {
                let size = 1;
                for (;;) {
                  const start = performance.now();
                  for (let i = 0; i < size; i++) fn();
                  if (performance.now() - start >= 2 || size >= 1 << 16) break;
                  size *= 2;
                }
                let best = Number.POSITIVE_INFINITY;
                const end = performance.now() + 120;
                do {
                  const start = performance.now();
                  for (let i = 0; i < size; i++) fn();
                  best = Math.min(best, (performance.now() - start) / size);
                } while (performance.now() < end);
                return best;
              };
              let text = 0;
              const baseline = perCall(() => {
                text = textPass();
              });
              let result = { chars: 0, truncated: false };
              const capture = perCall(() => {
                result = api.capture();
              });
              return { baseline, capture, chars: result.chars, text, truncated: result.truncated };
            },
            args: [globalName],
          });
          return injection?.result as unknown;
        },
        { id: tabId, globalName: SCAN_GLOBAL },
      )) as { capture: number; baseline: number; chars: number; text: number; truncated: boolean },
    );
  }
  return {
    capture: median(runs.map((r) => r.capture)),
    baseline: Math.max(median(runs.map((r) => r.baseline)), 0.001),
    chars: runs[0]!.chars,
    text: runs[0]!.text,
    truncated: runs[0]!.truncated,
  };
}

/** Cold figures on a freshly loaded page: the first text pass (main world) and the injection's first capture. */
async function cold(sw: Worker, tabId: number) {
  return (await sw.evaluate(
    async ({ id, globalName }) => {
      const [base] = await chrome.scripting.executeScript({
        target: { tabId: id },
        world: 'MAIN',
        func: () => {
          const start = performance.now();
          const walker = document.createTreeWalker(
            document.body ?? document.documentElement,
            NodeFilter.SHOW_TEXT,
          );
          let n = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.nodeValue?.length ?? 0;
          return { ms: performance.now() - start, n };
        },
      });
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/scan.js'] });
      const [first] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: (g: string) =>
          (globalThis as unknown as Record<string, { firstCaptureMs: number }>)[g]!.firstCaptureMs,
        args: [globalName],
      });
      return {
        baseline: (base?.result as { ms: number } | undefined)?.ms ?? Number.NaN,
        capture: first?.result as number,
      };
    },
    { id: tabId, globalName: SCAN_GLOBAL },
  )) as { baseline: number; capture: number };
}

const ratio = (a: number, b: number) => a / Math.max(b, 0.05);
const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} on ${cpus().length} cores`;
const fmt = (x: number) => `${x.toFixed(2)}×`;

test('scan capture vs one TreeWalker text pass: real corpus pages, cold and warm', async ({
  context,
  sw,
  tabIdOf,
}) => {
  const pages = corpusPages(20);
  test.skip(pages.length === 0, 'no prospects corpus beside the checkout (set TIERSCOUT_CORPUS)');
  const warmRatios: number[] = [];
  const coldRatios: number[] = [];
  // A capture cut by its budget read less than the page holds: counted, so a fast figure cannot hide it.
  let truncated = 0;
  for (const { id, url: saved, html } of pages) {
    // The e2e build may read http:// pages only (its host permission): an https page is served on http.
    const url = saved.replace(/^https:/, 'http:');
    const page = await context.newPage();
    await openSaved(page, url, html);
    const tabId = await tabIdOf(page);
    const w = await warm(sw, tabId);
    const colds: { baseline: number; capture: number }[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      colds.push(await cold(sw, tabId));
    }
    const c = {
      baseline: median(colds.map((x) => x.baseline)),
      capture: median(colds.map((x) => x.capture)),
    };
    await page.close();
    if (w.truncated) truncated++;
    warmRatios.push(ratio(w.capture, w.baseline));
    coldRatios.push(ratio(c.capture, c.baseline));
    console.log(
      `[bench] ${id.padEnd(34)} ${(html.length / 1024).toFixed(0).padStart(4)} KB: warm ${w.capture.toFixed(2)} / ${w.baseline.toFixed(2)} ms = ${fmt(ratio(w.capture, w.baseline))}, cold ${c.capture.toFixed(1)} / ${c.baseline.toFixed(1)} ms = ${fmt(ratio(c.capture, c.baseline))}; read ${w.chars} of ${w.text} text chars${w.truncated ? ' (truncated)' : ''}`,
    );
  }
  console.log(
    `[bench] capture / TreeWalker text pass on ${pages.length} real pages: warm median ${fmt(median(warmRatios))}, worst ${fmt(Math.max(...warmRatios))}; cold median ${fmt(median(coldRatios))}, worst ${fmt(Math.max(...coldRatios))} (target ≤ 3× median); ${truncated} of ${pages.length} captures cut by a budget; ${load()}`,
  );
  expect(warmRatios).toHaveLength(pages.length);
});

test('scan capture vs one TreeWalker text pass: 5 MB generated shop page', async ({
  context,
  sw,
  tabIdOf,
}) => {
  const body = shopPage(8000);
  const page = await context.newPage();
  await openSaved(page, 'http://bench-5mb.example-shop.de/kategorie', body);
  const w = await warm(sw, await tabIdOf(page));
  console.log(
    `[bench] 5 MB page ${(body.length / 1024 / 1024).toFixed(1)} MB: capture ${w.capture.toFixed(1)} ms, text pass ${w.baseline.toFixed(1)} ms, ratio ${fmt(ratio(w.capture, w.baseline))} (target ≤ 2×); read ${w.chars} of ${w.text} text chars (${((100 * w.chars) / Math.max(w.text, 1)).toFixed(0)} %)${w.truncated ? ', truncated at its budget' : ''}; ${load()}`,
  );
  expect(w.text).toBeGreaterThan(0);
});
