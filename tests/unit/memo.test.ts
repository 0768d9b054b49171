import { describe, expect, it } from 'vitest';
import { memoize } from '../../lib/memo';
import { normalizeEmail } from '../../lib/scan/emails';
import { registrableDomain } from '../../lib/scan/domain';

describe('memoize', () => {
  it('answers a key once, then from memory', () => {
    let calls = 0;
    const upper = memoize((s: string) => {
      calls++;
      return s.toUpperCase();
    });
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(calls).toBe(2);
  });

  it('remembers null and empty answers too', () => {
    let calls = 0;
    const none = memoize(() => {
      calls++;
      return null;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('drops everything once full, and still answers right', () => {
    let calls = 0;
    const len = memoize((s: string) => {
      calls++;
      return s.length;
    }, 2);
    len('a');
    len('bb');
    len('ccc'); // full: starts afresh
    expect(len('ccc')).toBe(3);
    expect(len('a')).toBe(1);
    expect(calls).toBe(4);
  });
});

describe('memoised readers give the same answers twice', () => {
  it('e-mail addresses', () => {
    for (let i = 0; i < 2; i++) {
      expect(normalizeEmail(' Info@Dealer-Lighting.de ')).toBe('info@dealer-lighting.de');
      expect(normalizeEmail('logo@2x.png')).toBeNull();
    }
  });

  it('registrable domains', () => {
    for (let i = 0; i < 2; i++) {
      expect(registrableDomain('https://shop.example.co.uk/x')).toBe('example.co.uk');
      expect(registrableDomain('chrome://settings/passwords')).toBe('');
    }
  });
});
