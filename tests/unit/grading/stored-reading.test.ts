/**
 * The stored reading (lib/grading/stored-reading.ts): a fixture site's reading, packed and unpacked, grades exactly
 * like the pages themselves; an oversized reading is bounded; a damaged or outdated one is refused.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify, gradeReading, prepareGrading, readSite } from '../../../lib/classify/index';
import { gradeScan } from '../../../lib/grading/pipeline';
import {
  decodeReading,
  encodeReading,
  MAX_STORED_READING_CHARS,
  StoredReadingSchema,
} from '../../../lib/grading/stored-reading';
import type { PageCapture, Profile } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureHtml } from '../../tools/scan-node';
import { readingOf } from '../prospect/fixtures';

const LED_EN: Profile = {
  id: 'led-en',
  name: 'LED lighting',
  lines: [
    { name: 'LED panels', keywords: ['LED panel', 'panel light'] },
    { name: 'Downlights', keywords: ['downlight'] },
    { name: 'Floodlights', keywords: ['floodlight'] },
    { name: 'LED strips', keywords: ['LED strip'] },
  ],
  industryKeywords: ['lighting', 'lamps'],
  excludeKeywords: [],
};

const SOFAS: Profile = {
  id: 'sofas',
  name: 'Sofas',
  lines: [{ name: 'Sofas', keywords: ['sofa', 'couch', '沙发'] }],
  industryKeywords: ['furniture'],
  excludeKeywords: [],
};

const SITES = ['svet-distribution.ru', 'grosshandel-weber.de', 'sofas-artesanos-yecla.es', 'kompass.com'];

function capturesOf(site: string): PageCapture[] {
  const html = readFileSync(`tests/fixtures/sites/${site}/index.html`, 'utf8');
  return [captureHtml(html, `https://${site}/`)];
}

beforeAll(async () => {
  await prepareGrading(['ru', 'de', 'es', 'en']);
});

describe('stored reading', () => {
  it.each(SITES)('%s: grading the stored form equals grading the pages, for any profile', (site) => {
    const captures = capturesOf(site);
    const scan = analyzeCaptures(captures);
    const stored = encodeReading(readSite(captures, scan), [scan.company.language], '2026-12-03T10:00:00Z');
    // Through JSON, as IndexedDB and a backup file would keep it.
    const back = decodeReading(JSON.parse(JSON.stringify(stored)));
    expect(back).not.toBeNull();
    for (const profile of [LED_EN, SOFAS])
      expect(gradeReading(back!.reading, profile, DEFAULT_THRESHOLDS)).toEqual(
        classify(captures, scan, profile, DEFAULT_THRESHOLDS),
      );
  });

  it('is compact: range entries are tuples, far below the bound on a typical page', () => {
    const captures = capturesOf('grosshandel-weber.de');
    const stored = encodeReading(
      readSite(captures, analyzeCaptures(captures)),
      ['de'],
      '2026-12-03T10:00:00Z',
    );
    expect(stored.items[0]).toEqual([expect.any(String), expect.any(String), expect.any(Number)]);
    expect(JSON.stringify(stored).length).toBeLessThan(MAX_STORED_READING_CHARS / 2);
  });

  it('bounds an oversized reading: the text sample goes first, then the lightest range entries', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      text: `Kategorie Nummer ${i} mit einem langen Namen`,
      zone: 'nav' as const,
      weight: i < 20 ? 3 : 1,
    }));
    const sample = Array.from({ length: 60 }, () => ({
      zone: 'body' as const,
      text: 'Lorem ipsum '.repeat(60),
    }));
    const stored = encodeReading(readingOf({ items, sample }), ['de'], '2026-12-03T10:00:00Z');
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(MAX_STORED_READING_CHARS);
    expect(stored.reading.sample).toEqual([]);
    // The 20 heaviest entries survive, in page order.
    expect(stored.items.slice(0, 20).map((i) => i[0])).toEqual(items.slice(0, 20).map((i) => i.text));
    expect(StoredReadingSchema.safeParse(stored).success).toBe(true);
  });

  it('keeps a site catalogue’s entries far down the page, so its stored form still grades D', () => {
    const rubric = (n: number) =>
      `<p>Рубрика ${n}: в каталоге собраны сайты магазинов, которые добавили их владельцы. Перед добавлением сайта прочитайте правила каталога, выберите подходящий раздел и укажите краткое описание магазина без ссылок и рекламы.</p>`;
    const entry = (name: string, text: string, n: number) =>
      `<div class="eBlock"><a href="http://${name.toLowerCase().replace(/\W/g, '')}.example.ru/">${name}</a>
        <div>${text}</div><div>Переходов: ${n} | Добавил: ${name} | Дата: 05.11.2014</div></div>`;
    const html = `<!doctype html><html lang="ru"><head><title>Каталог интернет-магазинов</title></head><body>
      <header><a href="/dir/0-0-0-0-1">[ Добавить сайт ]</a></header><main>
      ${Array.from({ length: 24 }, (_, i) => rubric(i)).join('')}
      ${entry('Air Fashion', 'Приглашаем Вас в магазин элитной обуви и сумок Air Fashion. Женская обувь из Италии.', 2)}
      ${entry('MmcParts', 'Автозапчасти Мицубиси оптом и в розницу.', 5)}
      ${entry('Lidaline', 'Пошив штор, покрывал и пледов на заказ.', 1)}
      ${entry('Tolstovki', 'Толстовки на заказ. Собственное производство.', 3)}
      </main><footer>Тел. +7 495 123-45-67</footer></body></html>`;
    const captures = [captureHtml(html, 'http://internet-magazi.example.ru/')];
    const scan = analyzeCaptures(captures);
    const reading = readSite(captures, scan);
    expect(reading.listing).not.toBeNull();
    const SHOES: Profile = {
      id: 'shoes',
      name: 'Shoes',
      lines: [{ name: 'Shoes', keywords: ['shoes', 'обувь'] }],
      industryKeywords: [],
      excludeKeywords: [],
    };
    const fresh = classify(captures, scan, SHOES, DEFAULT_THRESHOLDS);
    expect(fresh.tier.value).toBe('D');
    const back = decodeReading(JSON.parse(JSON.stringify(encodeReading(reading, ['ru'], 'x'))));
    expect(gradeReading(back!.reading, SHOES, DEFAULT_THRESHOLDS)).toEqual(fresh);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'not a reading'],
    ['a newer envelope', { ...encodeReading(readingOf(), ['de'], 'x'), format: 2 }],
    [
      'an older classifier reading',
      (() => {
        const s = encodeReading(readingOf(), ['de'], 'x');
        return { ...s, reading: { ...s.reading, version: 0 } };
      })(),
    ],
  ])('refuses %s (the prospect is then not re-gradable until revisited)', (_, value) => {
    expect(decodeReading(value)).toBeNull();
  });
});

describe('gradeScan, the popup and keyboard step', () => {
  it('gives the buyer type without a profile, and the stored reading either way', async () => {
    const captures = capturesOf('svet-distribution.ru');
    const scan = analyzeCaptures(captures);
    const without = await gradeScan(captures, scan, null, DEFAULT_THRESHOLDS);
    expect(without.suggestion).toBeNull();
    expect(without.buyerType.value).toBe('distributor');
    expect(without.stored.langs).toContain('ru');
    const withProfile = await gradeScan(captures, scan, LED_EN, DEFAULT_THRESHOLDS);
    expect(withProfile.suggestion).toEqual(classify(captures, scan, LED_EN, DEFAULT_THRESHOLDS));
    expect(withProfile.stored.items).toEqual(without.stored.items);
  });
});
