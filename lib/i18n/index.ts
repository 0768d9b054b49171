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

/** Adds an area's strings (called once at module load by the area's strings file importer). */
export function registerStrings(table: { en: Dict; zh: Dict }): void {
  tables.push(table);
}

/** Resolves 'auto' to the browser's UI language: Chinese for any zh-*, English otherwise. */
export function resolveLang(setting: string, uiLanguage: string): Lang {
  if (setting === 'en' || setting === 'zh') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function lookup(lang: Lang, key: string): string | undefined {
  for (let i = tables.length - 1; i >= 0; i--) {
    const text = tables[i]![lang][key];
    if (text !== undefined) return text;
  }
  return undefined;
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

/**
 * Looks a key up and fills `{name}` placeholders. A message with a count has plural forms chosen by
 * `Intl.PluralRules` in the UI language: `key.one`, `key.other`, … beside the plain `key` (the fallback), so
 * English says "1 page read" and "3 pages read" while Chinese needs one form.
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
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
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
 * in Chinese ("LED-Panels、Downlights"), so no English punctuation shows in Chinese text.
 */
export function localizeParams(
  lang: Lang,
  params: Record<string, string | number> | undefined,
): Record<string, string | number> | undefined {
  if (!params || lang !== 'zh') return params;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' ? v.replace(/, /g, '、').replace(/ & /g, '、') : v,
    ]),
  );
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
