import { describe, expect, it } from 'vitest';
import { GLOSSARY, ZH_FORBIDDEN_PUNCTUATION } from '../../../lib/i18n/glossary';
import { formatDate, registeredTables, t } from '../../../lib/i18n/index';
// Every area's strings register themselves on import.
import '../../../lib/i18n/strings/classify';
import '../../../lib/i18n/strings/crm';
import '../../../lib/i18n/strings/manager';
import '../../../lib/i18n/strings/options';
import '../../../lib/i18n/strings/popup';
import '../../../lib/i18n/strings/profiles';
import '../../../lib/i18n/strings/shortcuts';
import '../../../lib/i18n/strings/listing';

const tables = registeredTables();
/** English-only plural forms ('.one'); Chinese has a single form, the plain key. */
const isPluralForm = (key: string) => /\.(zero|one|two|few|many)$/.test(key);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every UI string exists in English and Chinese', () => {
  it('has the string modules registered', () => {
    expect(tables.length).toBeGreaterThanOrEqual(7);
  });

  it.each(tables.map((table, i) => [i, table] as const))('table %i: the same keys in both', (_i, table) => {
    const en = Object.keys(table.en)
      .filter((k) => !isPluralForm(k))
      .sort();
    const zh = Object.keys(table.zh).sort();
    expect(en.filter((k) => !(k in table.zh))).toEqual([]);
    expect(zh.filter((k) => !(k in table.en))).toEqual([]);
    for (const key of zh) {
      expect(placeholders(table.zh[key]!), key).toEqual(
        // Chinese reasons take the Chinese example list ({examplesZh}) where English takes {examples}.
        placeholders(table.en[key]!).map((p) =>
          p === 'examples' && table.zh[key]!.includes('{examplesZh}') ? 'examplesZh' : p,
        ),
      );
    }
  });

  it('every plural form has its plain key beside it', () => {
    for (const table of tables) {
      for (const key of Object.keys(table.en).filter(isPluralForm)) {
        expect(table.en[key.replace(/\.\w+$/, '')], key).toBeDefined();
      }
    }
  });
});

describe('the glossary is the only vocabulary', () => {
  const zhStrings = tables.flatMap((table) => Object.entries(table.zh));
  const enStrings = tables.flatMap((table) => Object.entries(table.en));

  it.each(GLOSSARY.map((term) => [term.concept, term] as const))('%s', (_concept, term) => {
    for (const variant of term.zhForbidden) {
      expect(
        zhStrings.filter(([, text]) => text.includes(variant)).map(([key]) => key),
        variant,
      ).toEqual([]);
    }
    for (const variant of term.enForbidden ?? []) {
      expect(
        enStrings.filter(([, text]) => text.includes(variant)).map(([key]) => key),
        variant,
      ).toEqual([]);
    }
  });

  it('uses the glossary terms where the concepts appear', () => {
    expect(t('zh', 'popup.buyerType')).toBe('客户类型');
    expect(t('zh', 'manager.col.buyerType')).toBe('客户类型');
    expect(t('zh', 'popup.region')).toBe(t('zh', 'manager.col.region'));
    expect(t('zh', 'popup.searchPlan')).toBe(t('zh', 'manager.col.searchPlan'));
    expect(t('zh', 'manager.title')).toBe(t('zh', 'popup.manager'));
    expect(t('zh', 'tier.D')).toBe('D · 仅见于名录');
  });

  it('Chinese text has no English comma-space or ampersand (JSON examples aside)', () => {
    const prose = zhStrings.filter(([, text]) => !text.includes('{"'));
    for (const mark of ZH_FORBIDDEN_PUNCTUATION) {
      expect(
        prose.filter(([, text]) => text.includes(mark)).map(([key]) => key),
        mark,
      ).toEqual([]);
    }
  });
});

describe('plurals and dates through Intl', () => {
  it.each([
    ['popup.siteScanned', { ok: 1 }, '1 page read'],
    ['popup.siteScanned', { ok: 3 }, '3 pages read'],
    ['classify.tier.industryItems', { n: 1, examples: 'x' }, '1 other category is our trade: x'],
    ['classify.tier.industryItems', { n: 2, examples: 'x' }, '2 other categories are our trade: x'],
    ['profiles.imported', { n: 1 }, 'Imported 1 profile.'],
  ])('en %s %o', (key, params, expected) => {
    expect(t('en', key, params)).toBe(expected);
  });

  it('Chinese has one form for every count', () => {
    expect(t('zh', 'popup.siteScanned', { ok: 1 })).toBe('已读取 1 个页面');
    expect(t('zh', 'popup.siteScanned', { ok: 5 })).toBe('已读取 5 个页面');
  });

  it('formats dates in the UI language, never as 12/2/2026', () => {
    const iso = '2026-12-02T10:00:00.000Z';
    expect(formatDate('en', iso)).toBe('Dec 2, 2026');
    expect(formatDate('zh', iso)).toBe('2026年12月2日');
  });
});
