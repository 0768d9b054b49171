import { describe, expect, it } from 'vitest';
import {
  addressInText,
  copyrightHolder,
  detectLanguage,
  jsonLdFacts,
  legalFormName,
  nameFromTitle,
  parseJsonLd,
} from '../../../lib/scan/company';
import {
  countryFromName,
  countryFromTld,
  countryOfAddress,
  regionFromLanguage,
} from '../../../lib/scan/countries';
import { registrableDomain } from '../../../lib/scan/domain';

describe('company name sources', () => {
  it.each([
    ['© 2024 Weber Großhandel GmbH. Alle Rechte vorbehalten.', 'Weber Großhandel GmbH'],
    [
      'Copyright © 2012-2024 Ningbo Hengda Valve Co., Ltd. All Rights Reserved.',
      'Ningbo Hengda Valve Co., Ltd',
    ],
    ['© 2024, Brewhaus Supply Co. Powered by Shopify', 'Brewhaus Supply Co'],
    ['(c) Atelier Lumière 2023 | Mentions légales', 'Atelier Lumière'],
    ['Copyright 2024 – All rights reserved', ''],
    ['No copyright line here', ''],
  ])('copyrightHolder(%s)', (text, expected) => {
    expect(copyrightHolder(text)).toBe(expected);
  });

  it.each([
    ['Kontakt – Weber Großhandel', 'grosshandel-weber', 'Weber Großhandel'],
    ['Acme Pumps | Quality since 1962', 'acmepumps', 'Acme Pumps'],
    ['Home | Brewhaus Supply Co.', 'brewhaus-supply', 'Brewhaus Supply Co.'],
    ['Contact Us', 'foo', ''],
    ['Quiet Meadow Journal', 'quiet-meadow-journal', 'Quiet Meadow Journal'],
  ])('nameFromTitle(%s)', (title, label, expected) => {
    expect(nameFromTitle(title, label)).toBe(expected);
  });

  it.each([
    ['Angaben gemäß § 5 TMG\nWeber Großhandel GmbH\nEckendorfer Straße 112', 'Weber Großhandel GmbH'],
    ['Importaciones Levante S.L. · CIF B-46123456', 'Importaciones Levante S.L.'],
    ['We sell things\nand more things', ''],
  ])('legalFormName(%j)', (text, expected) => {
    expect(legalFormName(text)).toBe(expected);
  });
});

describe('JSON-LD', () => {
  it('repairs trailing commas and comments, and gives nothing for garbage', () => {
    expect(parseJsonLd('{"@type":"Organization","name":"X",}')).toEqual({
      '@type': 'Organization',
      name: 'X',
    });
    expect(parseJsonLd('<!-- {"a":1} -->')).toEqual({ a: 1 });
    expect(parseJsonLd('{"@type": "Organization", "name": ')).toBeNull();
    expect(parseJsonLd('')).toBeNull();
  });

  it('reads the organisation of a @graph and skips organisations inside lists and products', () => {
    const facts = jsonLdFacts([
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Acme' },
          {
            '@type': 'Organization',
            name: 'Acme Pumps Ltd',
            address: {
              '@type': 'PostalAddress',
              streetAddress: '1 Mill Lane',
              postalCode: 'SN3 4DA',
              addressLocality: 'Swindon',
              addressCountry: 'GB',
            },
            contactPoint: {
              '@type': 'ContactPoint',
              telephone: '+44 1793 612481',
              email: 'trade@acme.co.uk',
            },
            sameAs: ['https://www.linkedin.com/company/acme'],
          },
          {
            '@type': 'ItemList',
            itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Organization', name: 'Listed Co' } }],
          },
          { '@type': 'Product', name: 'Pump', brand: { '@type': 'Organization', name: 'BrandCo' } },
        ],
      }),
      '{ broken',
      'null',
      '[1, "x", {"@type": 5}]',
    ]);
    expect(facts.orgNames).toEqual(['Acme Pumps Ltd']);
    expect(facts.siteNames).toEqual(['Acme']);
    expect(facts.addresses).toEqual([{ text: '1 Mill Lane, SN3 4DA Swindon', country: 'GB' }]);
    expect(facts.phones).toEqual([{ value: '+44 1793 612481', isFax: false }]);
    expect(facts.emails).toEqual(['trade@acme.co.uk']);
    expect(facts.sameAs).toEqual(['https://www.linkedin.com/company/acme']);
  });

  it('survives deeply nested JSON-LD', () => {
    const deep = `${'{"child":'.repeat(50_000)}{"@type":"Organization","name":"Deep"}${'}'.repeat(50_000)}`;
    expect(jsonLdFacts([deep]).orgNames).toEqual([]);
  });
});

describe('addresses and countries', () => {
  it.each([
    [
      'Weber Großhandel GmbH\nEckendorfer Straße 112\n33609 Bielefeld\nDeutschland',
      'Eckendorfer Straße 112, 33609 Bielefeld, Deutschland',
    ],
    ['Calle de Colón 18, 3º\n46004 Valencia\nEspaña', 'Calle de Colón 18, 3º, 46004 Valencia, España'],
    ['Showroom: 2217 SE Division St, Portland, OR 97202', '2217 SE Division St, Portland, OR 97202'],
    ['Valkenburgerstraat 103\n1011 MH Amsterdam', 'Valkenburgerstraat 103, 1011 MH Amsterdam'],
    ['Open Monday to Friday', ''],
  ])('addressInText(%j)', (text, expected) => {
    expect(addressInText(text)).toBe(expected);
  });

  it.each([
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['España', 'ES'],
    ['USA', 'US'],
    ['P.R. China', 'CN'],
    ['中国', 'CN'],
    ['United Kingdom', 'GB'],
    ['Atlantis', ''],
  ])('countryFromName(%s) → %s', (name, code) => {
    expect(countryFromName(name)).toBe(code);
  });

  it.each([
    ['grosshandel-weber.de', 'DE'],
    ['shop.acme.co.uk', 'GB'],
    ['harbor-lighting.com.au', 'AU'],
    ['startup.io', ''],
    ['brand.co', ''],
    ['agency.eu', ''],
    ['stream.tv', ''],
    ['shop.com', ''],
  ])('countryFromTld(%s) → %s', (host, code) => {
    expect(countryFromTld(host)).toBe(code);
  });

  it.each([
    ['1723 North Halsted, Chicago, IL 60614', 'US'],
    ['100 King St W, Toronto, ON M5X 1A9', 'CA'],
    ['Unit 4, Mill Lane, Swindon SN3 4DA', 'GB'],
    ['33609 Bielefeld, Deutschland', 'DE'],
    ['somewhere', ''],
  ])('countryOfAddress(%s) → %s', (address, code) => {
    expect(countryOfAddress(address)).toBe(code);
  });

  it.each([
    ['de', 'DE'],
    ['en-GB', 'GB'],
    ['zh-cn', 'CN'],
    ['en', ''],
    ['', ''],
  ])('regionFromLanguage(%s) → %s', (lang, code) => {
    expect(regionFromLanguage(lang)).toBe(code);
  });
});

describe('language and domain', () => {
  it.each([
    [
      'Wir liefern Armaturen und Pumpen für das Handwerk und die Industrie, mit der besten Beratung für Sie.',
      'de',
    ],
    [
      'Importamos y distribuimos menaje para las tiendas de España y Portugal con los mejores precios del sector.',
      'es',
    ],
    ['We supply pumps and valves to the trade and our customers across the UK and Ireland.', 'en'],
    ['我们是一家专业生产球阀、闸阀和止回阀的工厂', 'zh'],
    ['Мы поставляем насосы и арматуру для строительства', 'ru'],
    ['', ''],
  ])('detectLanguage(%j) → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads a Spanish shop as Spanish though its template repeats English strings on every card', () => {
    const card = (name: string) =>
      `${name}\n$5.809\nPrice reduced from\n$8.299\nto\n4.7 out of 5 Customer Rating`;
    const text = [
      'Descripción',
      'Los botines Puma Future fueron creados para brindarte control y estabilidad mientras entrenas y jugas al máximo.',
      'El peso del calzado puede variar según el número solicitado. Los talles corresponden a la numeración de Argentina.',
      ...['Zapatillas Nike Downshifter 9', 'Botines Nike Superfly 7', 'Zapatillas Adidas Duramo 9'].map(card),
      ...['Botines Puma Ultra', 'Zapatillas Puma Smash', 'Botines Adidas Predator'].map(card),
    ].join('\n');
    expect(detectLanguage(text)).toBe('es');
  });

  it('does not take sizes (16W X 12H) for Polish one-letter words', () => {
    const text = ['Messenger Bag', 'Recycled P.E.T. Bag', '16W X 5 X 12H', 'Eco Shopper', '13W X 6 X 15 3/4H']
      .concat(['14W X 10 X 15 1/2H', '16W X 6 X 12H', 'Please select your country of origin:'])
      .concat(['Bag Makers Introduces 6 New Products with the best quality for you and your customers'])
      .join('\n');
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    ['https://shop.example.co.uk/x', 'example.co.uk'],
    ['https://www.grosshandel-weber.de/', 'grosshandel-weber.de'],
    ['https://acme.myshopify.com/products/x', 'acme.myshopify.com'],
    ['https://bücher-müller.de/', 'xn--bcher-mller-thbg.de'],
    ['http://192.168.1.10:8080/', '192.168.1.10'],
    ['not a url', ''],
  ])('registrableDomain(%s) → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });
});
