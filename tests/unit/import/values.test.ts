import { describe, expect, it } from 'vitest';
import { countryName, countryOfCell, regionCodes } from '../../../lib/import/countries';
import {
  dateOrderOfLocale,
  excelSerialToIso,
  inferDateOrder,
  isoToExcelSerial,
  localDateText,
  localDateWriter,
  parseBuyerType,
  parseDate,
  parseOutreach,
  parseStatus,
  parseTier,
  splitList,
} from '../../../lib/import/values';

/** The ISO string of a local wall-clock time (the tests run in whatever zone the machine has). */
const local = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) =>
  new Date(y, m - 1, d, h, mi, s).toISOString();

describe('countries', () => {
  it.each([
    ['德国', 'DE'],
    ['西班牙', 'ES'],
    ['Germany', 'DE'],
    ['germany', 'DE'],
    ['Deutschland', 'DE'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['Polska', 'PL'],
    ['Türkiye', 'TR'],
    ['Italia', 'IT'],
    ['Россия', 'RU'],
    ['日本', 'JP'],
    ['美国', 'US'],
    ['英国', 'GB'],
    ['德國', 'DE'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['de', 'DE'],
    ['PL', 'PL'],
    [' Frankreich ', 'FR'],
    ['Brasil', 'BR'],
    ['Việt Nam', 'VN'],
  ])('%s → %s', (cell, code) => {
    expect(countryOfCell(cell)).toBe(code);
  });

  it.each(['Atlantis', 'XX', '火星', 'Europe'])('%s is no country', (cell) => {
    expect(countryOfCell(cell)).toBe('');
  });

  it('takes the code list from Intl, not a hand list', () => {
    const codes = regionCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(codes).toContain('DE');
    expect(codes).not.toContain('EU');
  });

  it('names countries in the UI language for exports', () => {
    expect(countryName('DE', 'zh')).toBe('德国');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryOfCell(countryName('CI', 'zh'))).toBe('CI');
  });
});

describe('splitList', () => {
  it.each([
    ['a@x.de；b@x.de', ['a@x.de', 'b@x.de']],
    ['a@x.de，b@x.de、c@x.de', ['a@x.de', 'b@x.de', 'c@x.de']],
    ['a@x.de; b@x.de, c@x.de', ['a@x.de', 'b@x.de', 'c@x.de']],
    ['a@x.de\nb@x.de\r\nc@x.de', ['a@x.de', 'b@x.de', 'c@x.de']],
    ['a@x.de / b@x.de', ['a@x.de', 'b@x.de']],
    ['a@x.de/b@x.de', ['a@x.de', 'b@x.de']],
    ['+49 30 1234 / +49 30 5678', ['+49 30 1234', '+49 30 5678']],
    ['030/1234567', ['030/1234567']],
    ['', []],
  ])('%j', (cell, parts) => {
    expect(splitList(cell)).toEqual(parts);
  });
});

describe('closed vocabularies, as the UI names them', () => {
  it.each([
    ['经销商', 'distributor'],
    ['贸易商', 'wholesaler'],
    ['零售商', 'retailer'],
    ['进口商', 'importer'],
    ['工厂', 'manufacturer'],
    ['制造商', 'manufacturer'],
    ['批发商', 'wholesaler'],
    ['分销商', 'distributor'],
    ['Distributor', 'distributor'],
    ['Trading company', 'wholesaler'],
    ['WHOLESALER', 'wholesaler'],
  ])('buyer type %s → %s', (cell, value) => {
    expect(parseBuyerType(cell)).toBe(value);
  });

  it.each([
    ['潜在客户', 'potential'],
    ['目标客户', 'target'],
    ['现有客户', 'customer'],
    ['流失客户', 'lost'],
    ['非客户', 'none'],
    ['Not a customer', 'none'],
    ['Customer', 'customer'],
  ])('status %s → %s', (cell, value) => {
    expect(parseStatus(cell)).toBe(value);
  });

  it.each([
    ['精发', 'fine'],
    ['粗发', 'rough'],
    ['已发', 'sent'],
    ['待定', 'todo'],
    ['Fine letter', 'fine'],
    ['Rough letter', 'rough'],
    ['rough', 'rough'],
  ])('outreach %s → %s', (cell, value) => {
    expect(parseOutreach(cell)).toBe(value);
  });

  it.each([
    ['A', 'A'],
    ['b', 'B'],
    ['3', 'C'],
    ['A类', 'A'],
    ['B级', 'B'],
    ['C类客户', 'C'],
    ['Grade D', 'D'],
    ['A · 产品相同', 'A'],
    ['Ａ', 'A'],
  ])('tier %s → %s', (cell, value) => {
    expect(parseTier(cell)).toBe(value);
  });

  it.each(['Z', '5', '好', 'Alpha'])('unknown tier %s', (cell) => {
    expect(parseTier(cell)).toBeUndefined();
  });

  it('rejects unknown words instead of guessing', () => {
    expect(parseBuyerType('朋友')).toBeUndefined();
    expect(parseStatus('maybe')).toBeUndefined();
    expect(parseOutreach('later')).toBeUndefined();
  });
});

describe('dates as Excel writes them', () => {
  it.each([
    ['2026/12/2', 'dmy', local(2026, 12, 2)],
    ['2026/12/2', 'mdy', local(2026, 12, 2)],
    ['2026-12-02 14:30', 'dmy', local(2026, 12, 2, 14, 30)],
    ['2026年12月2日', 'dmy', local(2026, 12, 2)],
    ['2.12.2026', 'mdy', local(2026, 12, 2)],
    ['02.12.2026 08:15:30', 'dmy', local(2026, 12, 2, 8, 15, 30)],
    ['12/2/2026', 'mdy', local(2026, 12, 2)],
    ['12/2/2026', 'dmy', local(2026, 2, 12)],
    ['2/12/26', 'dmy', local(2026, 12, 2)],
    ['46358', 'dmy', local(2026, 12, 2)],
    ['46358.5', 'dmy', local(2026, 12, 2, 12)],
    ['2026-12-02T09:00:00.000Z', 'dmy', '2026-12-02T09:00:00.000Z'],
  ] as const)('%s (%s)', (cell, order, iso) => {
    expect(parseDate(cell, order)).toBe(iso);
  });

  it.each(['2026/13/40', '31.2.2026', 'tomorrow', '12/2', '2026'])('%s is no date', (cell) => {
    expect(parseDate(cell, 'dmy')).toBeUndefined();
  });

  it('reads the day/month order from the column, else from the locale', () => {
    expect(inferDateOrder(['3/4/2026', '25/4/2026'], 'en-US')).toBe('dmy');
    expect(inferDateOrder(['3/4/2026', '4/25/2026'], 'de-DE')).toBe('mdy');
    expect(inferDateOrder(['3/4/2026'], 'en-US')).toBe('mdy');
    expect(inferDateOrder(['3/4/2026'], 'en-GB')).toBe('dmy');
    expect(dateOrderOfLocale('de-DE')).toBe('dmy');
    expect(dateOrderOfLocale('en-US')).toBe('mdy');
  });

  it('converts Excel serials both ways in local time', () => {
    const iso = local(2026, 12, 2, 14, 30);
    expect(isoToExcelSerial(iso)).toBeCloseTo(46358 + 14.5 / 24, 6);
    expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
  });

  it('writes local text that reads back', () => {
    const iso = local(2026, 3, 29, 2, 30, 5);
    expect(parseDate(localDateText(iso), 'dmy')).toBe(iso);
  });

  it('the export writer writes the same text as localDateText in zones with odd offsets and changes', () => {
    // Instants spread over 1000–9999, many near this decade, and every quarter hour around a few changes.
    const instants: string[] = [
      '',
      'not a date',
      '2026-12-02',
      '0999-12-31T23:59:59.999Z',
      '+010000-01-01T00:00:00Z',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 4000; i++) instants.push(new Date(-3e13 + next() * 2.8e14).toISOString());
    for (let i = 0; i < 4000; i++) instants.push(new Date(1.6e12 + next() * 3e11).toISOString());
    for (const change of [
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-04-04T15:00:00Z',
      '1900-01-01T00:00:00Z',
    ])
      for (let q = -12; q <= 12; q++)
        instants.push(new Date(Date.parse(change) + q * 900_000 - 1).toISOString());
    const zone = process.env.TZ;
    try {
      for (const tz of [
        'Europe/Berlin',
        'America/St_Johns',
        'Asia/Kathmandu',
        'Australia/Lord_Howe',
        'Europe/Amsterdam',
        'UTC',
      ]) {
        process.env.TZ = tz;
        // Node follows TZ set at run time; this shows the zone really changed.
        if (tz === 'Asia/Kathmandu') expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-345);
        const write = localDateWriter();
        for (const iso of instants) expect(write(iso), `${iso} in ${tz}`).toBe(localDateText(iso));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
