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

/**
 * Looks a key up and fills `{name}` placeholders.
 * @example t('zh', 'popup.found', { n: 3 })
 */
export function t(lang: Lang, key: string, params?: Record<string, string | number>): string {
  let text: string | undefined;
  for (let i = tables.length - 1; i >= 0 && text === undefined; i--) text = tables[i]![lang][key];
  for (let i = tables.length - 1; i >= 0 && text === undefined; i--) text = tables[i]!.en[key];
  text ??= key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
