/**
 * A tiny typed dictionary for the UI in English and Simplified Chinese. chrome.i18n cannot switch language at
 * run time, and the rep may choose a language other than the browser's in options, so strings live here.
 *
 * Each UI area owns one file under `strings/` with `{ en: {...}, zh: {...} }`; a key missing in `zh`
 * falls back to English, and a key missing in both renders as the key itself (visible, never blank).
 */
import { common } from './strings/common';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

type Dict = Record<string, string>;
const tables: { en: Dict; zh: Dict }[] = [common];

// Texts already looked up, by language and key (cleared when a table is added, which may override a key): a
// localised export names four values a row in 100,000 rows, and each lookup went through every table.
const found: Record<Lang, Map<string, string | undefined>> = { en: new Map(), zh: new Map() };

/** Adds an area's strings (called once at module load by the area's strings file importer). */
export function registerStrings(table: { en: Dict; zh: Dict }): void {
  tables.push(table);
  found.en.clear();
  found.zh.clear();
}

/** Resolves 'auto' to the browser's UI language: Chinese for any zh-*, English otherwise. */
export function resolveLang(setting: string, uiLanguage: string): Lang {
  if (setting === 'en' || setting === 'zh') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function lookup(lang: Lang, key: string): string | undefined {
  const memo = found[lang];
  if (memo.has(key)) return memo.get(key);
  let text: string | undefined;
  for (let i = tables.length - 1; i >= 0 && text === undefined; i--) text = tables[i]![lang][key];
  // Bounded: keys are the tables' own, plus what data builds them from (a buyer type read from a sheet).
  if (memo.size < 10_000) memo.set(key, text);
  return text;
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  zh: new Intl.PluralRules('zh-CN'),
};

/** The count a message's plural form follows: `n`, else the first numeric parameter. */
function countOf(params: Record<string, string | number>): number | undefined {
  if (typeof params.n === 'number') return params.n;
  for (const value of Object.values(params)) if (typeof value === 'number') return value;
  return undefined;
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en'),
  zh: new Intl.NumberFormat('zh-CN'),
};

/**
 * A number in the UI language, with its thousands separators: "1,500" (both languages group by thousands).
 * @example formatNumber('en', 100000) // '100,000'
 */
export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}

/** `{name, plural, one {…} other {…}}`: a plural choice inside a message; `#` in a form is the number. */
const INLINE_PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(\w+) \{([^{}]*)\}/g;

/**
 * The parameters a message takes, once each and sorted; an inline plural counts as its parameter. For the tests
 * that English and Chinese take the same ones.
 * @example messageParams('{n, plural, one {# row} other {# rows}} of {total}') // ['n', 'total']
 */
export function messageParams(text: string): string[] {
  const plain = text.replace(INLINE_PLURAL, (_whole, name: string) => `{${name}}`);
  return [...new Set([...plain.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/**
 * Looks a key up and fills `{name}` placeholders; numbers are written in the UI language ("1,500"). A message
 * with one count has plural forms chosen by `Intl.PluralRules` in the UI language: `key.one`, `key.other`, …
 * beside the plain `key` (the fallback), so English says "1 page read" and "3 pages read" while Chinese needs
 * one form. A message with several counts chooses inside the text, ICU style:
 * `{held, plural, one {# row waits} other {# rows wait}}`.
 * @example t('en', 'popup.siteScanned', { ok: 1 }) // '1 page read'
 */
export function t(lang: Lang, key: string, params?: Record<string, string | number>): string {
  let text: string | undefined;
  const count = params ? countOf(params) : undefined;
  if (count !== undefined) {
    const form = `${key}.${pluralRules[lang].select(count)}`;
    text = lookup(lang, form);
  }
  text ??= lookup(lang, key) ?? lookup('en', key) ?? key;
  if (!params) return text;
  const shown = (name: string): string | undefined => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  };
  return text
    .replace(INLINE_PLURAL, (whole, name: string, body: string) => {
      const value = params[name];
      if (typeof value !== 'number') return whole;
      const forms = new Map([...body.matchAll(PLURAL_FORM)].map((m) => [m[1]!, m[2]!]));
      const chosen = forms.get(pluralRules[lang].select(value)) ?? forms.get('other') ?? '';
      return chosen.replace(/#/g, formatNumber(lang, value));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => shown(name) ?? whole);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in the UI language: "Dec 2, 2026" in English, "2026年12月2日" in Chinese (never the ambiguous 12/2/2026).
 * @example formatDate('zh', '2026-12-02T08:00:00.000Z') // '2026年12月2日'
 */
export function formatDate(lang: Lang, iso: string): string {
  const key = lang;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium' });
    dateFormats.set(key, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : format.format(date);
}

const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A short date in the UI language for "saved Dec 3" ("12月3日" in Chinese), in the order `formatDate` uses; the year is added when it is not this
 * year's, so an old save never reads as a recent one.
 * @example formatDayMonth('en', '2026-12-03T08:00:00.000Z', new Date('2026-12-04')) // 'Dec 3'
 */
export function formatDayMonth(lang: Lang, iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const withYear = date.getFullYear() !== now.getFullYear();
  const key = `${lang}|${withYear}`;
  let format = dayMonthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dayMonthFormats.set(key, format);
  }
  return format.format(date);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the UI language ("Dec 2, 2026, 9:05 AM", "2026年12月2日 09:05"), for history entries. */
export function formatDateTime(lang: Lang, iso: string): string {
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(lang, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/**
 * Reason parameters for display: lists the classifier joins with ", " read with the Chinese enumeration comma
 * in Chinese ("LED-Panels、Downlights"), so no English punctuation shows in Chinese text. An ampersand stays: it
 * belongs to the names quoted from the page ("Müller GmbH & Co. KG", "Bath & Body"), not to our punctuation.
 */
export function localizeParams(
  lang: Lang,
  params: Record<string, string | number> | undefined,
): Record<string, string | number> | undefined {
  if (!params || lang !== 'zh') return params;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/, /g, '、') : v]),
  );
}

/**
 * Items as a list in the UI language: "LED panels, downlights" and "LED 面板、筒灯" (the enumeration comma; no
 * English comma in Chinese text).
 */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/**
 * A company named with its domain, in the language's brackets: "ACME GmbH (acme.de)", "ACME GmbH（acme.de）";
 * the domain alone when the name is unknown.
 */
export function nameWithDomain(lang: Lang, name: string, domain: string): string {
  if (!name) return domain;
  return lang === 'zh' ? `${name}（${domain}）` : `${name} (${domain})`;
}

/** Every registered table, for the completeness and glossary tests. */
export function registeredTables(): readonly { en: Dict; zh: Dict }[] {
  return tables;
}
