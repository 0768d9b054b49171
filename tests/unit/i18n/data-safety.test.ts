/** The import and restore messages exist in both languages with the same placeholders (a missing {n} would lie). */
import { describe, expect, it } from 'vitest';
import { dataSafety } from '../../../lib/i18n/strings/data-safety';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(dataSafety.en) as (keyof typeof dataSafety.en)[];

describe('data-safety strings', () => {
  it('English and Chinese have the same keys', () => {
    expect(Object.keys(dataSafety.zh).sort()).toEqual([...keys].sort());
  });
  it.each(keys)('%s has the same placeholders in Chinese, and Chinese text', (key) => {
    const zh = (dataSafety.zh as Record<string, string>)[key]!;
    expect(placeholders(zh)).toEqual(placeholders(dataSafety.en[key]));
    if (!/^import\.encoding\.utf-(8|16)/.test(key)) expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
