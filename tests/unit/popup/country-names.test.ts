import { describe, expect, it } from 'vitest';
import { countryName, languageName } from '../../../components/common/CountryFlag';

describe('country and language names (kept once built)', () => {
  it('names a country in the UI language, the same on every call', () => {
    for (let i = 0; i < 3; i++) {
      expect(countryName('DE', 'zh')).toBe('德国');
      expect(countryName('de', 'en')).toBe('Germany');
      expect(countryName('DE', 'en')).toBe('Germany');
    }
  });

  it('keeps the languages apart', () => {
    expect(countryName('FR', 'en')).toBe('France');
    expect(countryName('FR', 'zh')).toBe('法国');
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'zh')).toBe('德语');
  });

  it('gives the code back for what it cannot name, and nothing for nothing', () => {
    expect(countryName('', 'en')).toBe('');
    expect(countryName('not-a-code', 'en')).toBe('not-a-code');
    expect(languageName('', 'zh')).toBe('');
  });
});
