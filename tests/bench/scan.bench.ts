/**
 * `npm run bench` (scanner part): main-thread time of the page capture in real Chromium on a small, a typical and a
 * generated 5 MB page, each printed as a ratio to reading `document.body.textContent` once in the same page and run.
 * Target (issue 3): at most 3× that baseline on every page. Reports only: no time is asserted (shared, noisy VM).
 */
import { expect, test } from '../e2e/fixtures';

const RUNS = 7;
const SCAN_GLOBAL = 'TierScoutPageScan';

/** A shop category page in the shape real ones have: mega menu, product grid, long footer. */
function shopPage(products: number): string {
  const menu = Array.from({ length: 12 }, (_, i) => {
    const sub = Array.from(
      { length: 14 },
      (_, j) => `<li><a href="/c/${i}/${j}">Kategorie ${i}.${j} Armaturen und Zubehör</a></li>`,
    ).join('');
    return `<li><a href="/c/${i}">Bereich ${i}</a><ul class="mega-menu">${sub}</ul></li>`;
  }).join('');
  const cards = Array.from(
    { length: products },
    (
      _,
      i,
    ) => `<div class="product-card" data-product-id="${i}"><a href="/p/${i}"><img src="/img/${i}@2x.jpg" alt="Produkt ${i}"></a>
<h3 class="product-title"><a href="/p/${i}">Edelstahl-Kugelhahn DN${(i % 80) + 10} PN40 mit Vollbohrung, Modell ${i}</a></h3>
<div class="rating" aria-hidden="true">★★★★☆</div><span class="price">${(i % 500) + 9},90 €</span><span class="sku">Art.-Nr. ${100000 + i}</span>
<p class="desc">Geeignet für Trinkwasser, Heizung und Druckluft. Lieferzeit 2–3 Werktage. Staffelpreise ab 10 Stück.</p>
<form action="/cart/add" method="post"><input type="hidden" name="id" value="${i}"><button class="add-to-cart">In den Warenkorb</button></form></div>`,
  ).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kugelhähne – Weber Großhandel</title>
<meta name="description" content="Kugelhähne aus Messing und Edelstahl"><script>window.dataLayer=[];${'var x=1;'.repeat(2000)}</script>
<style>${'.c{color:red}'.repeat(2000)}</style></head><body>
<div class="cookie-banner">Wir verwenden Cookies. <button>OK</button></div>
<header><nav class="main-nav"><ul>${menu}</ul></nav></header>
<main><h1>Kugelhähne</h1><div class="product-grid">${cards}</div></main>
<footer class="site-footer"><p>Weber Großhandel GmbH · Eckendorfer Straße 112 · 33609 Bielefeld</p>
<p>Telefon: +49 521 987650 · <a href="mailto:info@grosshandel-weber.de">info@grosshandel-weber.de</a></p></footer></body></html>`;
}

const PAGES: { name: string; html: () => string }[] = [
  {
    name: 'small',
    html: () =>
      '<!doctype html><html lang="en"><head><title>Contact – Acme</title></head><body><h1>Contact</h1><p>Call +44 1793 612480 or write to sales@acme-pumps.co.uk.</p><footer>© 2024 Acme Pumps Ltd</footer></body></html>',
  },
  { name: 'typical', html: () => shopPage(110) },
  { name: '5 MB', html: () => shopPage(8000) },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

for (const { name, html } of PAGES) {
  test(`scan capture vs textContent: ${name} page`, async ({ context, sw, tabIdOf }) => {
    const body = html();
    const url = `http://bench-${name.replace(/\W/g, '')}.example-shop.de/kategorie`;
    const page = await context.newPage();
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    await page.goto(url);
    const tabId = await tabIdOf(page);
    await sw.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/scan.js'] });
    }, tabId);
    const capture: number[] = [];
    const baseline: number[] = [];
    let elements = 0;
    let chars = 0;
    let truncated = false;
    for (let run = 0; run < RUNS; run++) {
      const timing = (await sw.evaluate(
        async ({ id, globalName }) => {
          const [injection] = await chrome.scripting.executeScript({
            target: { tabId: id },
            func: (g: string) => {
              const api = (
                globalThis as unknown as Record<string, { capture(): { chars: number; truncated: boolean } }>
              )[g]!;
              // performance.now() is coarsened to 0.1 ms here, so each figure is the mean over as many calls as fit
              // in ~60 ms (at least one).
              const perCall = (fn: () => unknown) => {
                let calls = 0;
                const start = performance.now();
                let elapsed = 0;
                do {
                  fn();
                  calls++;
                  elapsed = performance.now() - start;
                } while (elapsed < 60);
                return elapsed / calls;
              };
              const baseline = perCall(() => document.body.textContent?.length ?? 0);
              let result = { chars: 0, truncated: false };
              const capture = perCall(() => {
                result = api.capture();
              });
              return {
                baseline,
                capture,
                elements: document.getElementsByTagName('*').length,
                chars: result.chars,
                truncated: result.truncated,
              };
            },
            args: [globalName],
          });
          return injection?.result as unknown;
        },
        { id: tabId, globalName: SCAN_GLOBAL },
      )) as { baseline: number; capture: number; elements: number; chars: number; truncated: boolean };
      capture.push(timing.capture);
      baseline.push(timing.baseline);
      elements = timing.elements;
      chars = timing.chars;
      truncated = timing.truncated;
    }
    const c = median(capture);
    const b = Math.max(median(baseline), 0.001);
    console.log(
      `[bench] ${name.padEnd(7)} ${(body.length / 1024).toFixed(0).padStart(5)} KB ${String(elements).padStart(6)} elements: capture ${c.toFixed(3)} ms, textContent ${b.toFixed(3)} ms, ratio ${(c / b).toFixed(2)}× (target ≤ 3×), chars read ${chars}${truncated ? ' (truncated)' : ''}, median of ${RUNS}`,
    );
    expect(capture).toHaveLength(RUNS);
  });
}
