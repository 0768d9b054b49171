import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { ProfileParseError, parseProfileJson, parseProfilesJson } from '../../../lib/profile/parse';

describe('parseProfileJson', () => {
  it('turns the minimal shape into a one-line profile', () => {
    const p = parseProfileJson({
      name: 'LED',
      keywords: ['led panel', 'downlight'],
      industryKeywords: ['lighting'],
    });
    expect(p.lines).toEqual([{ name: 'LED', keywords: ['led panel', 'downlight'] }]);
    expect(p.industryKeywords).toEqual(['lighting']);
    expect(p.excludeKeywords).toEqual([]);
    expect(ProfileSchema.safeParse(p).success).toBe(true);
  });

  it('accepts JSON text and the full shape, keeping a given id', () => {
    const full = {
      id: 'furn',
      name: 'Furniture',
      lines: [{ name: 'Chairs', keywords: ['office chair'] }],
      industryKeywords: [],
      excludeKeywords: ['help desk'],
    };
    expect(parseProfileJson(JSON.stringify(full))).toEqual(full);
  });

  it('gives a full profile without id a new id', () => {
    const p = parseProfileJson({
      name: 'X',
      lines: [{ name: 'a', keywords: ['b'] }],
      industryKeywords: [],
      excludeKeywords: [],
    });
    expect(p.id).toMatch(/^x-[a-z0-9]+$/);
  });

  it.each([
    ['not json', 'not valid JSON'],
    [{ name: '', keywords: ['a'] }, 'name'],
    [{ name: 'A', keywords: [] }, 'keywords'],
    [{ name: 'A', lines: [] }, 'lines'],
    [42, '(root)'],
  ])('rejects %j naming the problem (%s)', (input, fragment) => {
    expect(() => parseProfileJson(input)).toThrow(ProfileParseError);
    expect(() => parseProfileJson(input)).toThrow(fragment);
  });

  it('parses an array export and names the failing entry', () => {
    expect(
      parseProfilesJson([
        { name: 'A', keywords: ['a'] },
        { name: 'B', keywords: ['b'] },
      ]),
    ).toHaveLength(2);
    expect(() => parseProfilesJson([{ name: 'A', keywords: ['a'] }, { name: 'B' }])).toThrow('profile 2');
  });
});

describe('DEFAULT_THRESHOLDS', () => {
  it('orders A above B and needs at least one size signal', () => {
    expect(DEFAULT_THRESHOLDS.a).toBeGreaterThan(DEFAULT_THRESHOLDS.b);
    expect(DEFAULT_THRESHOLDS.sizeLift).toBeGreaterThanOrEqual(1);
  });
});
