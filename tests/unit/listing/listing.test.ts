import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeListing, entryKey, isEntryKey } from '../../../lib/listing/analyze';
import { captureListing } from '../../../lib/listing/capture';
import { captureHtml, parseDocument } from '../../tools/scan-node';

const site = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/sites', path), 'utf8');
const read = (html: string, url: string) => analyzeListing(captureListing(parseDocument(html), url), '');

describe('dealer locator (accordion of cards grouped by country)', () => {
  const listing = analyzeListing(
    captureListing(
      parseDocument(site('lumatec-leuchten.de/haendler.html')),
      'https://www.lumatec-leuchten.de/haendler',
    ),
    'DE',
  );
  it('finds every dealer', () => {
    expect(listing.entries).toHaveLength(41);
    expect(listing.skipped).toBe(0);
  });
  it('reads name, phone, e-mail, website and country of each', () => {
    const mueller = listing.entries.find((e) => e.name === 'Leuchten Müller GmbH')!;
    expect(mueller.key).toBe('leuchten-mueller.de');
    expect(mueller.website).toBe('https://www.leuchten-mueller.de');
    expect(mueller.phones.map((p) => p.value)).toContain('+492214477310');
    expect(mueller.phones.find((p) => p.kind === 'fax')?.value).toBe('+492214477319');
    expect(mueller.emails).toEqual(['info@leuchten-mueller.de']);
    expect(mueller.country).toBe('DE');
    expect(mueller.city).toBe('Köln');
    const austrian = listing.entries.filter((e) => e.country === 'AT');
    expect(austrian.length).toBeGreaterThan(3);
    for (const e of austrian) expect(e.phones[0]?.value.startsWith('+43')).toBe(true);
  });
  it('never keys a dealer by a free-mail domain', () => {
    const free = listing.entries.filter((e) => e.emails.some((m) => /@gmx\./.test(m)));
    expect(free.length).toBeGreaterThan(0);
    for (const e of free) {
      expect(isEntryKey(e.key)).toBe(true);
      expect(e.key).not.toMatch(/gmx/);
    }
  });
  it('keys the same entry the same way on every visit', () => {
    const again = read(site('lumatec-leuchten.de/haendler.html'), 'https://www.lumatec-leuchten.de/haendler');
    expect(again.entries.map((e) => e.key)).toEqual(listing.entries.map((e) => e.key));
  });
});

describe('tables, JSON-LD and locator JSON', () => {
  it('reads an exhibitor table', () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) =>
        `<tr class="row"><td class="name"><strong>Exhibitor ${i} Lighting Ltd</strong></td><td>Hall 5.${i}, Stand A${i}</td><td>+44 20 7946 01${i}${i}</td><td><a href="https://exhibitor${i}-lighting.co.uk/">exhibitor${i}-lighting.co.uk</a></td></tr>`,
    ).join('');
    const html = `<html><body><h1>Exhibitor list</h1><table><thead><tr><th>Company</th><th>Stand</th><th>Phone</th><th>Web</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
    const listing = read(html, 'https://www.lightfair-expo.com/exhibitors');
    expect(listing.entries).toHaveLength(6);
    expect(listing.entries[2]).toMatchObject({
      name: 'Exhibitor 2 Lighting Ltd',
      key: 'exhibitor2-lighting.co.uk',
      phones: [{ value: '+442079460122', kind: 'phone' }],
    });
  });

  it('reads a JSON-LD ItemList of local businesses', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'LocalBusiness',
        name: `Ferretería ${i}`,
        telephone: `+34 91 123 45 6${i}`,
        address: { '@type': 'PostalAddress', addressLocality: 'Madrid', addressCountry: 'ES' },
      },
    }));
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'ItemList', itemListElement: items })}</script></head><body></body></html>`;
    const listing = read(html, 'https://www.directorio-ferreterias.es/madrid');
    expect(listing.entries).toHaveLength(5);
    expect(listing.entries[0]).toMatchObject({
      name: 'Ferretería 0',
      country: 'ES',
      phones: [{ value: '+34911234560' }],
    });
    expect(isEntryKey(listing.entries[0]!.key)).toBe(true);
  });

  it('reads a locator JSON block', () => {
    const dealers = Array.from({ length: 4 }, (_, i) => ({
      name: `Autopeças ${i}`,
      phone: `(11) 3456-789${i}`,
      city: 'São Paulo',
      country: 'Brasil',
    }));
    const html = `<html><body><div id="map"></div><script type="application/json" id="dealers">${JSON.stringify({ dealers })}</script></body></html>`;
    const listing = read(html, 'https://www.marca-freios.com.br/revendedores');
    expect(listing.entries.map((e) => e.phones[0]?.value)).toEqual([
      '+551134567890',
      '+551134567891',
      '+551134567892',
      '+551134567893',
    ]);
  });
});

describe('a directory of shops by name and address', () => {
  // The shape of a town or island business directory: a card per shop with a thumbnail, the name linking to the
  // shop's page on the directory, an <address> line and a teaser; no phone or e-mail in the list (each shop's own
  // page on the directory has them). Invented shops.
  const card = (i: number, street: string) =>
    `<div id="business-${i}" class="clearfix thumbnail"><div class="span2"><a href="/shops/fashion/${i}-shop.html"><img alt="Shop ${i}" src="/media/${i}.jpg"></a></div>
<div class="span9 caption"><header class="place"><strong class="bold upper"><a href="/shops/fashion/${i}-shop.html">Boutique Number ${i}</a></strong>
<address class="truncate small"><i class="icon-map-marker"> </i> ${street}, Chora, Naxos, Greece</address></header>
<p class="truncate small">Handmade leather sandals, bags and beachwear since 19${80 + i}.</p></div>
<div class="span1"><ul class="unstyled"><li><span class="stars"></span>luxury</li><li><span class="stars"></span>popularity</li></ul></div></div>`;
  const streets = [
    'Agiou Nikolaou 4',
    'Market Street 12',
    'Old Town Square',
    'Harbour Road 7',
    'Kastro Lane 2',
    'Paralia 19',
    'Plateia 3',
  ];
  const html = `<html lang="en"><body><header><nav><a href="/">Home</a> <a href="/shops">Shops</a></nav></header>
<main><h1>${streets.length} Fashion Stores in Naxos</h1><div class="listing">${streets.map((s, i) => card(i, s)).join('\n')}</div></main>
<footer><address>Naxos Guide, Chora, Naxos, Greece</address></footer></body></html>`;

  it('is read as companies, each with its marked address and country, from the page capture', () => {
    const capture = captureHtml(html, 'https://www.naxos-guide.example/shops/fashion.html');
    const listing = analyzeListing(capture.listing!, '');
    expect(listing.entries.map((e) => e.name)).toEqual(streets.map((_, i) => `Boutique Number ${i}`));
    expect(listing.entries[1]).toMatchObject({
      address: 'Market Street 12, Chora, Naxos, Greece',
      country: 'GR',
      website: '',
    });
    for (const e of listing.entries) expect(isEntryKey(e.key)).toBe(true);
  });

  it('but a blog index with a byline is not, nor cards classed "address" that hold everything', () => {
    const posts = Array.from(
      { length: 6 },
      (_, i) =>
        `<article class="post"><h2><a href="/blog/${i}">Summer look ${i}</a></h2><p class="meta">By Anna · 12.0${i}.2024</p><p>Ten sandals for the beach…</p></article>`,
    ).join('');
    expect(
      captureHtml(`<html><body><main>${posts}</main></body></html>`, 'https://blog.example/').listing,
    ).toBeUndefined();
    const cards = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="address-card"><div class="address">${'Wide card text of a product teaser that runs on and on. '.repeat(6)}${i}</div></div>`,
    ).join('');
    const listing = captureListing(
      parseDocument(`<html><body>${cards}</body></html>`),
      'https://shop.example/',
    );
    expect(listing.entries).toEqual([]);
  });
});

describe('pages that only look like lists', () => {
  it('does not offer a product grid as companies', () => {
    const cards = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="product-card"><h3>LED Panel ${i}</h3><span class="price">€ ${20 + i},99</span><a href="/p/${i}">Details</a></div>`,
    ).join('');
    expect(
      read(`<html><body><div class="grid">${cards}</div></body></html>`, 'https://shop.example.de/').entries,
    ).toEqual([]);
  });
  it('does not offer a blog index as companies', () => {
    const posts = Array.from(
      { length: 8 },
      (_, i) =>
        `<article class="post"><h2><a href="/blog/${i}">How to light a hallway, part ${i}</a></h2><p>Posted 12.03.2024 by Anna</p></article>`,
    ).join('');
    expect(
      read(`<html><body><main>${posts}</main></body></html>`, 'https://blog.example.com/').entries,
    ).toEqual([]);
  });
  it('skips a broken entry with a count instead of failing the page', () => {
    const cards = [
      ...Array.from(
        { length: 5 },
        (_, i) => `<li class="member"><b>Member ${i} GmbH</b> Tel. +49 30 1234 56${i}0</li>`,
      ),
      '<li class="member">   </li>',
    ].join('');
    const listing = read(
      `<html><body><ul>${cards}</ul></body></html>`,
      'https://verband.example.de/mitglieder',
    );
    expect(listing.entries).toHaveLength(5);
  });
});

describe('entry keys', () => {
  it('are stable and readable', () => {
    expect(entryKey('europages.com', 'Müller Leuchten GmbH', 'Köln')).toBe(
      'listing:europages.com/muller-leuchten-gmbh--koln',
    );
  });
});
