import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILES, exampleProfile } from '../../../lib/profile/examples';

const CJK = /[\u4e00-\u9fff]/;

describe('example profiles', () => {
  it('cover the typical Chinese export trades', () => {
    const keys = EXAMPLE_PROFILES.map((e) => e.key);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const trade of [
      'lighting',
      'furniture',
      'apparel',
      'valves',
      'packaging',
      'textiles',
      'auto-parts',
      'tools',
    ]) {
      expect(
        keys.some((k) => k.includes(trade)),
        trade,
      ).toBe(true);
    }
  });

  it.each(EXAMPLE_PROFILES.map((e) => [e.key]))('%s parses, with English and Chinese keywords', (key) => {
    const profile = exampleProfile(key, `test-${key}`);
    expect(profile.id).toBe(`test-${key}`);
    const keywords = profile.lines.flatMap((l) => l.keywords);
    expect(keywords.length).toBeGreaterThanOrEqual(10);
    expect(keywords.some((k) => /^[\x20-\x7e]+$/.test(k))).toBe(true);
    expect(keywords.filter((k) => CJK.test(k)).length).toBeGreaterThanOrEqual(2);
    for (const line of profile.lines) expect(line.name.trim(), key).not.toBe('');
  });
});
