/**
 * Spreadsheets at scale in the real manager page (issue 12): import and export of 100,000 prospects as .xlsx and
 * CSV — seconds, the page's JS heap, and how long the page's main thread was blocked at most meanwhile (the longest
 * gap between animation frames: the reading and converting run in the sheet worker). The baseline, measured in
 * the same page and run, is a JSON round trip of 100,000 small objects (what this machine does in the page at
 * all). `tests/tools/bench-sheets.ts` times the same pipeline under Node. Reported, never asserted on time.
 */
import writeExcelFile from 'write-excel-file/node';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';

const N = Number(process.env.BENCH_SHEET_ROWS ?? 100_000);
/** Which parts to run, e.g. `BENCH_SHEET_PARTS=import-csv` to re-measure one: import-csv, import-xlsx, export-csv, export-xlsx. */
const PARTS = new Set(
  (process.env.BENCH_SHEET_PARTS ?? 'import-csv,import-xlsx,export-csv,export-xlsx').split(','),
);

function rowsOf(n: number): string[][] {
  const countries = ['Deutschland', '德国', 'Spain', 'España', 'United Kingdom', '英国'];
  return Array.from({ length: n }, (_, i) => [
    `Leuchtenhandel ${i} GmbH`,
    `www.leuchtenhandel-${i}.de`,
    `einkauf@leuchtenhandel-${i}.de；info@leuchtenhandel-${i}.de`,
    `+49 40 ${String(2_000_000 + i)}`,
    countries[i % countries.length]!,
    ['A', 'B', 'C', 'D', 'B级', '潜在客户'][i % 6]!,
    ['经销商', 'Wholesaler', '零售商', 'importer'][i % 4]!,
    `2026/${(i % 12) + 1}/${(i % 28) + 1}`,
    i % 3 ? '' : `Messe Frankfurt ${i % 50}, Halle ${i % 12}`,
  ]);
}
const HEADER = ['公司名称', '官网', '邮箱', '电话', '国家', '客户等级', '客户类型', '添加日期', '备注'];

/**
 * Starts recording the longest gap between animation frames in the page, and every main-thread task over 200 ms
 * (Long Tasks API) with its start, so a block can be placed in a phase of the import.
 */
const watchFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      __gap: number;
      __last: number;
      __on: boolean;
      __t0: number;
      __long: { at: number; ms: number }[];
      __obs?: PerformanceObserver;
    };
    w.__gap = 0;
    w.__last = performance.now();
    w.__t0 = w.__last;
    w.__on = true;
    w.__long = [];
    w.__obs?.disconnect();
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.duration > 200) w.__long.push({ at: e.startTime - w.__t0, ms: e.duration });
    });
    w.__obs.observe({ type: 'longtask', buffered: false });
    const tick = (now: number) => {
      w.__gap = Math.max(w.__gap, now - w.__last);
      w.__last = now;
      if (w.__on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
/** Stops the recording: the longest frame gap and the long tasks ("2.1 s at +40.3 s", longest first, at most 6). */
const stopFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      __gap: number;
      __on: boolean;
      __long: { at: number; ms: number }[];
      __obs?: PerformanceObserver;
    };
    w.__on = false;
    w.__obs?.disconnect();
    const long = [...w.__long]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6)
      .map((x) => `${(x.ms / 1000).toFixed(2)} s at +${(x.at / 1000).toFixed(1)} s`);
    return {
      gap: w.__gap,
      long: `${w.__long.length} task(s) over 200 ms${long.length ? `: ${long.join(', ')}` : ''}`,
    };
  });
const heapMb = (page: Page) =>
  page.evaluate(
    () =>
      ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) /
      2 ** 20,
  );

test(`sheets: import and export of ${N.toLocaleString('en')} prospects as .xlsx and CSV`, async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  const rows = rowsOf(N);
  const csvPath = testInfo.outputPath('kunden.csv');
  await writeFile(
    csvPath,
    `\ufeff${[HEADER, ...rows].map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c}"` : c)).join(',')).join('\r\n')}`,
  );
  const xlsxPath = testInfo.outputPath('kunden.xlsx');
  await writeExcelFile([HEADER, ...rows].map((r) => r.map((value) => ({ value })))).toFile(xlsxPath);
  const page = await openExtensionPage('prospects.html');
  const baseline = await page.evaluate((n) => {
    const started = performance.now();
    JSON.parse(JSON.stringify(Array.from({ length: n }, (_, i) => ({ i, name: `Firma ${i}`, tags: ['a'] }))));
    return performance.now() - started;
  }, N);
  const lines: string[] = [
    `baseline: JSON round trip of ${N.toLocaleString('en')} objects in the page ${baseline.toFixed(0)} ms`,
  ];

  for (const [format, path] of [
    ['CSV', csvPath],
    ['.xlsx', xlsxPath],
  ] as const) {
    if (!PARTS.has(`import-${format === 'CSV' ? 'csv' : 'xlsx'}`)) continue;
    await sw.evaluate(() =>
      (
        globalThis as unknown as { __tierscout: { db: { prospects: { clear(): Promise<void> } } } }
      ).__tierscout.db.prospects.clear(),
    );
    await page.reload();
    await watchFrames(page);
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(path);
    await expect(page.getByTestId('import-run')).toBeVisible({ timeout: 300_000 });
    const read = Date.now() - started;
    await page.getByTestId('import-run').click();
    // The summary reads "100,000 rows imported or merged; …" (it read "100000 row(s) imported" once).
    await expect(page.getByTestId('import-summary')).toContainText(
      `${N.toLocaleString('en-US')} rows imported`,
      {
        timeout: 600_000,
      },
    );
    const total = Date.now() - started;
    const { gap, long } = await stopFrames(page);
    const heap = await heapMb(page);
    lines.push(
      `import ${format}: ${(total / 1000).toFixed(1)} s (${(total / baseline).toFixed(0)}× baseline; file read ${(read / 1000).toFixed(1)} s, write from +${(read / 1000).toFixed(1)} s), page heap ${heap.toFixed(0)} MB, longest main-thread block ${gap.toFixed(0)} ms; ${long}`,
    );
    await page.getByTestId('import-close').click();
    // The list holds every imported row before anything else is measured (the exports write what it holds).
    await expect(page.getByTestId('count')).toHaveText(
      new RegExp(`^${N.toLocaleString('en-US')} (of|/) ${N.toLocaleString('en-US')}$`),
      { timeout: 300_000 },
    );
  }

  for (const [label, format] of [
    ['CSV', 'csv'],
    ['.xlsx', 'xlsx'],
  ] as const) {
    if (!PARTS.has(`export-${format}`)) continue;
    await page.getByTestId('export-format').selectOption(format);
    await watchFrames(page);
    const download = page.waitForEvent('download', { timeout: 600_000 });
    const started = Date.now();
    await page.getByTestId('export-all').click();
    await (await download).path();
    const took = Date.now() - started;
    const { gap, long } = await stopFrames(page);
    lines.push(
      `export ${label}: ${(took / 1000).toFixed(1)} s (${(took / baseline).toFixed(0)}× baseline), page heap ${(await heapMb(page)).toFixed(0)} MB, longest main-thread block ${gap.toFixed(0)} ms; ${long}`,
    );
  }
  console.log(lines.join('\n'));
  expect(lines).toHaveLength(1 + PARTS.size);
});
