/**
 * `npm run bench` (manager part): 100,000 prospects in the extension's real IndexedDB in Chromium — time to first
 * rows, a filter change, a search keystroke, CSV export and CSV import, and the page's JS heap. Each time is printed
 * with a baseline measured in the same page and run (a plain IndexedDB `getAll` of 1,000 rows) as a ratio.
 * Targets (issue 6): first rows < 500 ms, filter/search < 100 ms, export < 2 s, import < 10 s, memory < 300 MB.
 * Reports only: no time is asserted (shared, noisy VM).
 *
 * `npm run build:e2e` sets NODE_ENV=production, so this measures the production React users run (WXT would
 * otherwise set NODE_ENV to the mode name and ship React's development build).
 * Diagnostics: `BENCH_PROFILE=1` prints a CPU profile of one filter change, `BENCH_HEAP=1` a heap summary.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { DEFAULT_VALUE_SETTINGS, type Valuation } from '../../lib/crm/schema';
import { scoreCustomers } from '../../lib/crm/value';

const TOTAL = 100_000;
const BATCH = 5_000;

/** Writes `count` generated prospects into IndexedDB from the page, in batches (one transaction each). */
/** The year's figures the seed gives row `i` (every fifth customer), or undefined. */
function figuresOf(i: number) {
  return i % 25 === 2
    ? {
        year: 2026,
        orderAmount: 10_000 + ((i * 7919) % 990_000),
        profit: 1_000 + ((i * 104_729) % 99_000),
        daysLate: i % 90,
      }
    : undefined;
}

/**
 * The valuations the manager would store for the seeded customers, computed here with the same pure function, so
 * the bench measures the steady state (grades current, nothing to regrade on open) and not a one-off regrade.
 */
function seededValuations(count: number): Map<number, Valuation> {
  const customers: { domain: string; figures: ReturnType<typeof figuresOf> }[] = [];
  for (let i = 2; i < count; i += 5) customers.push({ domain: String(i), figures: figuresOf(i) });
  const scored = scoreCustomers(customers, DEFAULT_VALUE_SETTINGS);
  return new Map([...scored].map(([d, v]) => [Number(d), v]));
}

async function seed(page: Page, count: number): Promise<void> {
  const valuations = seededValuations(count);
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const batchValuations: Record<number, Valuation> = {};
    for (let i = start; i < start + n; i++) {
      const v = valuations.get(i);
      if (v) batchValuations[i] = v;
    }
    const batchFigures: Record<number, ReturnType<typeof figuresOf>> = {};
    for (let i = start; i < start + n; i++) if (figuresOf(i)) batchFigures[i] = figuresOf(i);
    await page.evaluate(
      async ({ start, n, batchValuations, batchFigures }) => {
        const db = await new Promise<IDBDatabase>((ok, ko) => {
          const r = indexedDB.open('tierscout');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
        const tiers = ['A', 'B', 'C', 'D', null] as const;
        const buyers = ['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer', 'unknown'];
        const statuses = ['potential', 'target', 'customer', 'lost', 'none'];
        const outreach = ['todo', 'fine', 'rough', 'sent'];
        const countries = ['DE', 'FR', 'ES', 'IT', 'PL', 'CN', 'US', 'GB', 'NL', 'SE'];
        const names = [
          'Weber Großhandel',
          'Luz y Diseño',
          'Éclairage Dupont',
          '深圳光明照明',
          'Nordlicht Handel',
          'Lampen Meier',
          'Illuminazione Rossi',
        ];
        const tx = db.transaction('prospects', 'readwrite');
        const store = tx.objectStore('prospects');
        for (let i = start; i < start + n; i++) {
          const domain = `firma-${i}.${countries[i % 10]!.toLowerCase()}`;
          const at = new Date(Date.UTC(2026, 0, 1) + (i % 330) * 86_400_000 + i).toISOString();
          const suggested = tiers[i % 5]!;
          const tier = i % 3 === 0 ? tiers[(i >> 2) % 4]! : null;
          store.put({
            domain,
            url: `https://www.${domain}/`,
            company: {
              name: `${names[i % names.length]} ${i}`,
              address: `Hauptstraße ${i % 200}, 10115 Berlin`,
              country: countries[i % 10],
              language: 'de',
            },
            contacts: {
              emails: [
                {
                  value: `info@${domain}`,
                  isRole: true,
                  isOwnDomain: true,
                  evidence: [{ page: `https://www.${domain}/kontakt`, source: 'mailto' }],
                },
                ...(i % 2
                  ? [{ value: `einkauf@${domain}`, isRole: true, isOwnDomain: true, evidence: [] }]
                  : []),
              ],
              phones: [
                {
                  value: `+4930${String(1000000 + i)}`,
                  kind: 'phone',
                  country: 'DE',
                  raw: `+49 30 ${1000000 + i}`,
                  evidence: [],
                },
              ],
              messengers: [],
              socials: [],
            },
            suggestedTier: suggested,
            suggestedBuyerType: buyers[i % 6],
            reasons: [{ key: 'tier.share', params: { n: i % 12, total: 12 } }],
            tier,
            buyerType: null,
            status: statuses[i % 5],
            outreach: outreach[i % 4],
            region: ['DACH', 'Benelux', 'Iberia', '华东'][i % 4],
            searchPlan: ['LED panels DE', 'Messe 2026', 'Google Maps FR'][i % 3],
            tags: i % 7 === 0 ? ['messe'] : [],
            notes: i % 4 === 0 ? 'Asked for the price list; call back after the fair.' : '',
            firstSeen: at,
            updatedAt: at,
            history: [{ at, field: 'created', from: '', to: `https://www.${domain}/` }],
            effectiveTier: tier ?? suggested ?? 'none',
            // The customer file (issue 14) on a realistic share: loyalty on every customer and target, the year's
            // figures on every fifth customer (4,000, which the manager grades on load), a follow-up on every
            // tenth row (10,000, some overdue), a contact person on every twentieth.
            ...(i % 5 === 1 || i % 5 === 2 || i % 10 === 0 || i % 20 === 3
              ? {
                  crm: {
                    ...(i % 5 === 1 || i % 5 === 2
                      ? { loyalty: ['loyal', 'old', 'new', 'potential'][i % 4] }
                      : {}),
                    ...(batchFigures[i] ? { figures: batchFigures[i], valuation: batchValuations[i] } : {}),
                    ...(i % 25 === 7 ? { judgedGrade: ['vip', 'important', 'ordinary'][i % 3] } : {}),
                    ...(i % 10 === 0
                      ? { nextContact: new Date(Date.UTC(2026, 11, 1) + (i % 60) * 86_400_000).toISOString() }
                      : {}),
                    ...(i % 20 === 3
                      ? {
                          people: [
                            {
                              name: `Max Muster ${i}`,
                              salutation: 'mr',
                              title: 'Einkauf',
                              email: `einkauf@${domain}`,
                              phone: '',
                              language: 'de',
                              notes: '',
                              source: 'scan',
                            },
                          ],
                        }
                      : {}),
                  },
                }
              : {}),
          });
        }
        await new Promise<void>((ok, ko) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => ko(tx.error);
        });
        db.close();
      },
      { start, n, batchValuations, batchFigures },
    );
  }
}

/** Median of a few in-page `getAll(count 1000)` runs: the baseline every figure is divided by. */
async function baseline(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('tierscout');
      r.onsuccess = () => ok(r.result);
    });
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      await new Promise((ok) => {
        const r = db.transaction('prospects').objectStore('prospects').getAll(undefined, 1000);
        r.onsuccess = () => ok(r.result);
      });
      times.push(performance.now() - t0);
    }
    db.close();
    return times.sort((a, b) => a - b)[2]!;
  });
}

/** Runs `act` in the page and resolves with the ms until the count line changes (the re-render is on screen). */
async function timeUntilCountChanges(page: Page, act: string, value: string): Promise<number> {
  return page.evaluate(
    ({ act, value }) =>
      new Promise<number>((resolve) => {
        const count = document.querySelector('[data-testid="count"]')!;
        const before = count.textContent;
        const observer = new MutationObserver(() => {
          if (count.textContent !== before) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        observer.observe(count, { childList: true, subtree: true, characterData: true });
        const el = document.querySelector(act) as HTMLInputElement | HTMLSelectElement;
        const t0 = performance.now();
        const proto =
          el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
        el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      }),
    { act, value },
  );
}

/**
 * The page's live JS heap after a forced full GC, through CDP: `HeapProfiler.collectGarbage`, then
 * `Runtime.getHeapUsage`. `performance.measureUserAgentSpecificMemory()` would be the web API for this, but it
 * needs a cross-origin-isolated page, which an extension page is not. Besides the V8 heap (`usedSize`, the same
 * figure as `Performance.getMetrics`' JSHeapUsedSize) it reports the embedder (Blink) heap and ArrayBuffer
 * backing stores, so a buffer kept alive outside the JS heap shows too. Blob bytes live in the browser's blob
 * storage and are not counted by either.
 */
async function heapMb(page: Page): Promise<{ js: number; embedder: number; buffers: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
    backingStorageSize?: number;
  };
  await cdp.detach();
  return {
    js: usage.usedSize / 1e6,
    embedder: (usage.embedderHeapUsedSize ?? 0) / 1e6,
    buffers: (usage.backingStorageSize ?? 0) / 1e6,
  };
}

async function reportHeap(page: Page, when: string): Promise<void> {
  const h = await heapMb(page);
  console.log(
    `page JS heap ${when}: ${h.js.toFixed(0)} MB (target < 300 MB; + Blink heap ${h.embedder.toFixed(0)} MB, ` +
      `ArrayBuffers ${h.buffers.toFixed(0)} MB)`,
  );
}

/**
 * With `BENCH_HEAP=1`: a heap snapshot of the page (CDP HeapProfiler), printed as the node kinds holding the most
 * memory (count and self size by type and constructor). A diagnostic for when the heap figure grows.
 */
async function heapSummary(page: Page, when: string): Promise<void> {
  if (!process.env.BENCH_HEAP) return;
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const byKind = new Map<string, { n: number; bytes: number }>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + iType]!]!;
    const name = type === 'object' || type === 'closure' ? snap.strings[snap.nodes[i + iName]!]! : '';
    const key = `${type} ${name}`.trim().slice(0, 60);
    const entry = byKind.get(key) ?? { n: 0, bytes: 0 };
    entry.n++;
    entry.bytes += snap.nodes[i + iSize]!;
    byKind.set(key, entry);
  }
  console.log(`heap snapshot ${when}:`);
  for (const [key, { n, bytes }] of [...byKind.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 14))
    console.log(`  ${(bytes / 1e6).toFixed(1).padStart(7)} MB ${String(n).padStart(9)}×  ${key}`);
}

/**
 * With `BENCH_PROFILE=1`: a CPU profile (CDP Profiler) of one action, printed as the functions with the most
 * self time. A diagnostic for when a figure misses its target; off by default because profiling slows the page.
 */
async function profile(page: Page, name: string, action: () => Promise<unknown>): Promise<void> {
  if (!process.env.BENCH_PROFILE) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile: prof } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const dt = (prof.endTime - prof.startTime) / 1000 / Math.max(1, prof.samples?.length ?? 1);
  const self = new Map<string, number>();
  for (const node of prof.nodes) {
    const f = node.callFrame;
    const where = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (node.hitCount ?? 0) * dt);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`profile of ${name}:`);
  for (const [where, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${where}`);
}

/**
 * With `BENCH_PROFILE=1`: the same for the sheet worker (the export's CSV is written there). Playwright gives no CDP
 * session to a worker, so this attaches through the page's session (`Target.setAutoAttach`, unflattened) and talks
 * to the worker with `Target.sendMessageToTarget`. The worker is made on the first export, so run one before.
 */
async function profileWorker(page: Page, name: string, action: () => Promise<unknown>): Promise<void> {
  if (!process.env.BENCH_PROFILE) return;
  const cdp = await page.context().newCDPSession(page);
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  let workerSession = '';
  const attached = new Promise<void>((resolve) => {
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker' && !workerSession) {
        workerSession = e.sessionId;
        resolve();
      }
    });
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId: workerSession,
        message: JSON.stringify({ id, method, params }),
      });
    });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await attached;
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  await action();
  const { profile: prof } = (await send('Profiler.stop')) as {
    profile: {
      nodes: { callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
      startTime: number;
      endTime: number;
      samples?: number[];
    };
  };
  await cdp.detach();
  const dt = (prof.endTime - prof.startTime) / 1000 / Math.max(1, prof.samples?.length ?? 1);
  const self = new Map<string, number>();
  for (const node of prof.nodes) {
    const f = node.callFrame;
    const where = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (node.hitCount ?? 0) * dt);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16);
  console.log(`worker profile of ${name}:`);
  for (const [where, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${where}`);
}

function report(name: string, ms: number, base: number, target: string): void {
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms  = ${(ms / base).toFixed(1).padStart(7)}× baseline   (target ${target})`,
  );
}

test('manager with 100,000 prospects', async ({ openExtensionPage, context }) => {
  test.setTimeout(900_000);
  const setup = await openExtensionPage('prospects.html');
  await expect(setup.getByTestId('empty-state')).toBeVisible();
  const t0 = Date.now();
  await seed(setup, TOTAL);
  console.log(`seeded ${TOTAL} prospects in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const base = await baseline(setup);
  console.log(`baseline: IndexedDB getAll of 1,000 rows = ${base.toFixed(1)} ms (median of 5)`);
  await setup.close();

  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstRows?: number };
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="table-body"] [role="option"]')) {
        w.__firstRows = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(setup.url());
  await expect(page.locator('[data-testid="table-body"] [role="option"]').first()).toBeVisible();
  const firstRows = await page.evaluate(() => (window as unknown as { __firstRows: number }).__firstRows);
  await expect(page.getByTestId('count')).toHaveText('100,000 of 100,000', { timeout: 120_000 });
  const allLoaded = await page.evaluate(() => performance.now());
  report('first rows shown', firstRows, base, '< 500 ms');
  report('all 100,000 loaded', allLoaded, base, 'none');
  await reportHeap(page, 'after load');
  await heapSummary(page, 'after load');

  // Each interaction three times, median reported (GC pauses on this shared VM make single runs jumpy).
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const runs = {
    toA: [] as number[],
    toAny: [] as number[],
    firstKey: [] as number[],
    nextKey: [] as number[],
  };
  for (let k = 0; k < 3; k++) {
    runs.toA.push(await timeUntilCountChanges(page, '[data-testid="filter-tiers"]', 'A'));
    runs.toAny.push(await timeUntilCountChanges(page, '[data-testid="filter-tiers"]', ''));
    runs.firstKey.push(await timeUntilCountChanges(page, '[data-testid="search"]', '深'));
    await timeUntilCountChanges(page, '[data-testid="search"]', '');
    await timeUntilCountChanges(page, '[data-testid="search"]', 'firma-12');
    runs.nextKey.push(await timeUntilCountChanges(page, '[data-testid="search"]', 'firma-123'));
    await timeUntilCountChanges(page, '[data-testid="search"]', '');
  }
  await profile(page, 'filter any → A', () =>
    timeUntilCountChanges(page, '[data-testid="filter-tiers"]', 'A'),
  );
  await profile(page, 'filter A → any', () =>
    timeUntilCountChanges(page, '[data-testid="filter-tiers"]', ''),
  );
  report('filter change (any → A)', median(runs.toA), base, '< 100 ms');
  report('filter change (A → any)', median(runs.toAny), base, '< 100 ms');
  report('search, first key (full)', median(runs.firstKey), base, '< 100 ms');
  report('search, next key (refine)', median(runs.nextKey), base, '< 100 ms');
  console.log(
    `  all runs (ms): ${JSON.stringify(runs, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
  );

  // Until the file's Blob is handed to the download (works whether the export is synchronous or not). The format
  // is chosen explicitly: the manager's default is .xlsx, and before 2026-12-06 this line timed that default
  // under the name "CSV export" (the 8.4 s of the README was an .xlsx export).
  const timeExport = (format: 'csv' | 'csv-raw' | 'xlsx') =>
    page.evaluate(
      (format) =>
        new Promise<{ ms: number; bytes: number; type: string }>((resolve) => {
          const select = document.querySelector('[data-testid="export-format"]') as HTMLSelectElement;
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, format);
          select.dispatchEvent(new Event('change', { bubbles: true }));
          // One frame for React to take the new format before the click.
          requestAnimationFrame(() =>
            setTimeout(() => {
              const original = URL.createObjectURL;
              const t0 = performance.now();
              URL.createObjectURL = (blob: Blob) => {
                URL.createObjectURL = original;
                resolve({ ms: performance.now() - t0, bytes: blob.size, type: blob.type });
                return original.call(URL, blob);
              };
              (document.querySelector('[data-testid="export-all"]') as HTMLButtonElement).click();
            }),
          );
        }),
      format,
    );
  // The CSV exports three times each, median reported (like the interactions above); the .xlsx once.
  for (const [label, format, runs] of [
    ['CSV export (100,000 rows)', 'csv', 3],
    ['raw CSV export', 'csv-raw', 3],
    ['.xlsx export (reference)', 'xlsx', 1],
  ] as const) {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const exported = await timeExport(format);
      if (k === 0)
        console.log(`export file (${format}): ${(exported.bytes / 1e6).toFixed(1)} MB, ${exported.type}`);
      times.push(exported.ms);
    }
    report(label, median(times), base, format === 'xlsx' ? 'none' : '< 2 s');
    if (runs > 1) console.log(`  runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
  }
  // One more CSV export, not timed: how long the page's main thread was blocked at most meanwhile (the longest gap
  // between animation frames, and the Long Tasks API's tasks over 50 ms), for the "never blocked > 100 ms" target.
  await page.getByTestId('export-format').selectOption('csv');
  const blocked = await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __on: boolean; __long: number[] };
    w.__gap = 0;
    w.__on = true;
    w.__long = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.__gap = Math.max(w.__gap, now - last);
      last = now;
      if (w.__on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    });
    obs.observe({ type: 'longtask' });
    return new Promise<{ gap: number; long: number[] }>((resolve) => {
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        URL.createObjectURL = original;
        const url = original.call(URL, blob);
        // Two frames more, so a block right after the hand-over counts too.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            w.__on = false;
            obs.disconnect();
            resolve({ gap: w.__gap, long: w.__long });
          }),
        );
        return url;
      };
      (document.querySelector('[data-testid="export-all"]') as HTMLButtonElement).click();
    });
  });
  console.log(
    `CSV export, longest main-thread block: ${blocked.gap.toFixed(0)} ms between frames (target < 100 ms); ` +
      `${blocked.long.length} long task(s) over 50 ms${blocked.long.length ? `: ${blocked.long.map((ms) => ms.toFixed(0)).join(', ')} ms` : ''}`,
  );
  // The page's side of one more CSV export (the worker's CPU is not in this profile).
  await profile(page, 'CSV export (page side)', () => timeExport('csv'));
  await profileWorker(page, 'CSV export (worker side)', () => timeExport('csv'));
  await reportHeap(page, 'after export');

  // The value column: sort 100,000 rows by grade and score (issue 14), against a sort by company in the same run.
  const companyHeader = page.getByRole('button', { name: /^Company/ });
  const companyStart = Date.now();
  await companyHeader.click();
  await expect(companyHeader).toHaveAttribute('aria-pressed', 'true');
  report('sort by company (reference)', Date.now() - companyStart, base, 'none');
  const valueHeader = page.getByRole('button', { name: /^Value/ });
  const sortStart = Date.now();
  await valueHeader.click();
  await expect(valueHeader).toHaveAttribute('aria-pressed', 'true');
  report('sort by value grade', Date.now() - sortStart, base, '< 500 ms (as a first render)');
  await page.getByRole('button', { name: /^Updated/ }).click();
  // The follow-ups view over 10,000 follow-ups.
  const followStart = Date.now();
  await page.getByTestId('tab-followups').click();
  await expect(page.getByTestId('followups')).toBeVisible();
  report('follow-ups view shown', Date.now() - followStart, base, '< 500 ms (as a first render)');
  await page.getByTestId('tab-table').click();

  // One tier key on the first row: the write goes through the store and comes back as a one-row patch.
  const first = page.locator('[data-testid="table-body"] [role="option"]').first();
  const domain = (await first.getAttribute('data-domain'))!;
  await first.click();
  const tierBefore = (await first.locator('.tier').textContent())!;
  const key = tierBefore === 'B' ? 'c' : 'b';
  const tierStart = Date.now();
  await page.keyboard.press(key);
  await expect(page.locator(`[role="option"][data-domain="${domain}"] .tier`)).toHaveText(key.toUpperCase());
  report('tier key → row updated', Date.now() - tierStart, base, 'none (was a full reload)');
  await reportHeap(page, 'after a tier key');

  // Import: a 10,000-row sheet in another layout (half new domains, half already saved → merged).
  const lines = ['Firma;Webseite;E-Mail;Land;Notiz'];
  for (let i = 0; i < 10_000; i++) {
    const id = i % 2 ? 200_000 + i : i * 7;
    lines.push(`Firma ${id};https://www.firma-${id}.de/;verkauf@firma-${id}.de;DE;Import ${i}`);
  }
  const file = test.info().outputPath('import-10k.csv');
  await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  const importStart = Date.now();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 300_000 });
  const importMs = Date.now() - importStart;
  report('CSV import (10,000 rows)', importMs, base, '< 10 s');
  console.log(`import report: ${await page.getByTestId('import-report').locator('p').first().textContent()}`);
  // 10,000 rows: 5,000 new domains plus 5,000 of which the saved ones are merged; wait for the table to reload.
  await expect(page.getByTestId('count')).not.toHaveText('100,000 of 100,000', { timeout: 120_000 });
  console.log(`after import: ${await page.getByTestId('count').textContent()}`);
  await reportHeap(page, 'after export and import');
  await heapSummary(page, 'after export and import');
});
