import { describe, expect, it } from 'vitest';
import { GLOSSARY, ZH_FORBIDDEN_PUNCTUATION } from '../../../lib/i18n/glossary';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  formatDate,
  formatDayMonth,
  formatNumber,
  localizeParams,
  messageParams,
  nameWithDomain,
  registeredTables,
  t,
} from '../../../lib/i18n/index';
// Every area's strings register themselves on import: all of them, or the checks below miss a screen.
import '../../../lib/i18n/strings/classify';
import '../../../lib/i18n/strings/crm';
import '../../../lib/i18n/strings/grading';
import '../../../lib/i18n/strings/data-safety';
import '../../../lib/i18n/strings/inquiries';
import '../../../lib/i18n/strings/sheets';
import '../../../lib/i18n/strings/manager';
import '../../../lib/i18n/strings/options';
import '../../../lib/i18n/strings/popup';
import '../../../lib/i18n/strings/profiles';
import '../../../lib/i18n/strings/shortcuts';
import '../../../lib/i18n/strings/listing';

const tables = registeredTables();
/** English-only plural forms ('.one'); Chinese has a single form, the plain key. */
const isPluralForm = (key: string) => /\.(zero|one|two|few|many)$/.test(key);
const placeholders = messageParams;

describe('every UI string exists in English and Chinese', () => {
  it('has every string module registered (common + one per file in lib/i18n/strings)', () => {
    const files = readdirSync(resolve(__dirname, '../../../lib/i18n/strings')).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(tables.length).toBe(files.length);
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

  it('docs/glossary.md and lib/i18n/glossary.ts list the same terms and forbidden variants', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/glossary.md'), 'utf8');
    const rows = doc
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').map((c) => c.trim()));
    for (const term of GLOSSARY) {
      const row = rows.find(
        (cells) =>
          cells[3]?.startsWith(term.zh.split('（')[0]!) && cells[2]?.includes(term.en.split(' / ')[0]!),
      );
      expect(row, term.concept).toBeDefined();
      for (const variant of term.zhForbidden)
        expect(row![4], `${term.concept}: ${variant}`).toContain(variant);
    }
  });

  it('every screen names the prospect list (and its tab title) with the glossary term', () => {
    for (const lang of ['en', 'zh'] as const) {
      const name = t(lang, 'manager.title');
      expect(name).toBe(lang === 'en' ? 'Prospect list' : '客户列表');
      for (const key of ['popup.manager', 'inquiry.manager']) expect(t(lang, key), key).toBe(name);
      for (const key of ['options.manager', 'shortcuts.action.openManager'])
        expect(t(lang, key), key).toContain(lang === 'en' ? name.toLowerCase() : name);
    }
    const titles = readdirSync(resolve(__dirname, '../../../entrypoints'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(resolve(__dirname, '../../../entrypoints', d.name, 'index.html'), 'utf8'))
      .map((html) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
    expect(titles).toContain('TierScout – Prospect list');
    expect(titles.filter((title) => /Prospects$/.test(title))).toEqual([]);
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

describe('reason parameters in Chinese', () => {
  it("read the classifier's lists with the enumeration comma and leave names from the page alone", () => {
    expect(
      localizeParams('zh', { lines: 'LED-Panels, Downlights', company: 'Müller GmbH & Co. KG' }),
    ).toEqual({
      lines: 'LED-Panels、Downlights',
      company: 'Müller GmbH & Co. KG',
    });
    expect(localizeParams('en', { lines: 'LED-Panels, Downlights' })).toEqual({
      lines: 'LED-Panels, Downlights',
    });
  });
});

describe('plurals and dates through Intl', () => {
  it.each([
    ['popup.siteScanned', { ok: 1 }, '1 page read'],
    ['popup.siteScanned', { ok: 3 }, '3 pages read'],
    ['classify.tier.industryItems', { n: 1, examples: 'x' }, '1 other category is our trade: x'],
    ['classify.tier.industryItems', { n: 2, examples: 'x' }, '2 other categories are our trade: x'],
    ['profiles.imported', { n: 1 }, 'Imported 1 profile.'],
    ['stats.total', { n: 1 }, '1 prospect in this filter'],
    ['stats.total', { n: 1500 }, '1,500 prospects in this filter'],
    ['manager.count', { shown: 1234, total: 100000 }, '1,234 of 100,000'],
    [
      'import.flagged',
      { n: 1, cells: 1, held: 1 },
      '1 row imported or merged; 1 cell could not be read and was left empty; 1 row waiting for a fix.',
    ],
    [
      'import.flagged',
      { n: 2500, cells: 3, held: 0 },
      '2,500 rows imported or merged; 3 cells could not be read and were left empty; 0 rows waiting for a fix.',
    ],
    ['import.progress', { done: 1, total: 1 }, 'Importing… 1 of 1 prospect'],
    [
      'export.progress',
      { file: 'a.xlsx', done: 1200, total: 5000 },
      'Writing a.xlsx… 1,200 of 5,000 prospects',
    ],
    [
      'classify.tier.rangeShare',
      { matched: 1, total: 13, examples: 'x' },
      '1 of 13 product categories matches: x',
    ],
    [
      'classify.tier.rangeShare',
      { matched: 6, total: 13, examples: 'x' },
      '6 of 13 product categories match: x',
    ],
    [
      'restore.holds',
      { date: 'Dec 3, 2026', n: 1, profiles: 2 },
      'The backup of Dec 3, 2026 holds 1 prospect and 2 product profiles.',
    ],
    ['import.done', { n: 1, rejected: 1 }, '1 prospect imported or merged; 1 row rejected.'],
    ['manager.tags', { n: 1 }, 'Tag added to 1 prospect.'],
  ])('en %s %o', (key, params, expected) => {
    expect(t('en', key, params)).toBe(expected);
  });

  it('no English message writes a plural as "(s)": counts choose their form through Intl.PluralRules', () => {
    const en = tables.flatMap((table) => Object.entries(table.en));
    expect(en.filter(([, text]) => /\w\(s\)/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('writes numbers with the UI language’s thousands separators', () => {
    expect(formatNumber('en', 100000)).toBe('100,000');
    expect(formatNumber('zh', 100000)).toBe('100,000');
    expect(t('zh', 'stats.total', { n: 1500 })).toContain('1,500');
    expect(t('zh', 'import.flagged', { n: 2500, cells: 1, held: 0 })).toBe(
      '已导入或合并 2,500 行；1 个单元格无法识别，已留空；0 行等待修正。',
    );
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

  it.each([
    ['en', '2026-12-03T10:00:00.000Z', 'Dec 3'],
    ['zh', '2026-12-03T10:00:00.000Z', '12月3日'],
    ['en', '2025-01-02T10:00:00.000Z', 'Jan 2, 2025'],
    ['zh', '2025-01-02T10:00:00.000Z', '2025年1月2日'],
  ] as const)(
    'short dates ("saved Dec 3") in %s: %s → %s, the year only when not this year',
    (lang, iso, out) => {
      expect(formatDayMonth(lang, iso, new Date('2026-12-04T00:00:00.000Z'))).toBe(out);
    },
  );

  it('names a company with its domain in the language’s brackets', () => {
    expect(nameWithDomain('en', 'ACME GmbH', 'acme.de')).toBe('ACME GmbH (acme.de)');
    expect(nameWithDomain('zh', 'ACME GmbH', 'acme.de')).toBe('ACME GmbH（acme.de）');
    expect(nameWithDomain('zh', '', 'acme.de')).toBe('acme.de');
  });
});
