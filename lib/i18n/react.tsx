/**
 * React access to the UI language: follows the language setting (or the browser when 'auto') and re-renders
 * when the rep switches it in options, in every open page.
 */
import { browser } from '#imports';
import { useCallback, useEffect, useState } from 'react';
import { languageSetting } from '../settings';
import { type Lang, resolveLang, t } from './index';

/** The current UI language. */
export function useLang(): Lang {
  const [lang, setLang] = useState<Lang>(() => resolveLang('auto', browser.i18n.getUILanguage()));
  useEffect(() => {
    const apply = (value: string | null) =>
      setLang(resolveLang(value ?? 'auto', browser.i18n.getUILanguage()));
    languageSetting.getValue().then(apply, () => apply('auto'));
    return languageSetting.watch(apply);
  }, []);
  // The page's lang picks the CJK glyph forms (Simplified, not Japanese) and tells screen readers what to read.
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return lang;
}

/** A translate function bound to the current language. */
export function useT(): (key: string, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key, params) => t(lang, key, params), [lang]);
}
