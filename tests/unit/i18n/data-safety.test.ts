/** The import and restore messages exist in both languages with the same placeholders (a missing {n} would lie). */
import { describe, expect, it } from 'vitest';
import { messageParams as placeholders } from '../../../lib/i18n/index';
import { dataSafety } from '../../../lib/i18n/strings/data-safety';

const keys = Object.keys(dataSafety.en) as (keyof typeof dataSafety.en)[];

describe('data-safety strings', () => {
  it('English and Chinese have the same keys', () => {
    // English plural forms ('.one') have no Chinese twin: Chinese has one form.
    expect(Object.keys(dataSafety.zh).sort()).toEqual(keys.filter((k) => !k.endsWith('.one')).sort());
  });
  it.each(keys.filter((k) => !k.endsWith('.one')))(
    '%s has the same placeholders in Chinese, and Chinese text',
    (key) => {
      const zh = (dataSafety.zh as Record<string, string>)[key]!;
      expect(placeholders(zh)).toEqual(placeholders(dataSafety.en[key]));
      if (!/^import\.encoding\.utf-(8|16)/.test(key)) expect(zh).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
