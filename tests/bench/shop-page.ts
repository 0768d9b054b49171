/** The generated shop page of the benches (the 5 MB page is `shopPage(8000)`). */

/** A shop category page in the shape real ones have: mega menu, product grid, long footer. */
export function shopPage(products: number): string {
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
