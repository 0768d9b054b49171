/**
 * The country of a .com site when neither address, phones nor the domain tell: the locale in its address, the
 * currency it prices in, the language it is written in.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { capturePage } from '../../../lib/scan/capture/index';
import { countryFromCurrency, countryFromUrlLocale } from '../../../lib/scan/countries';
import { parseDocument } from '../../tools/scan-node';

describe('country fallbacks', () => {
  it('reads a language-region locale in the host or path', () => {
    expect(countryFromUrlLocale('https://ar-sa.shop-example.com/tea-set.html')).toBe('SA');
    expect(countryFromUrlLocale('http://www.example.com/US/en-US/ContactUs/Form.aspx')).toBe('US');
    expect(countryFromUrlLocale('https://example.com/en/products/')).toBe('');
    expect(countryFromUrlLocale('not a url')).toBe('');
  });

  it('takes the currency only when it dominates', () => {
    expect(countryFromCurrency('Кроссовки 2 990 руб. Ботинки 4 500 ₽ Сандалии 1 200 ₽')).toBe('RU');
    expect(countryFromCurrency('Samsung TV £399.99, HDMI cable £4.99')).toBe('GB');
    expect(countryFromCurrency('One price: £5')).toBe('');
    expect(countryFromCurrency('Price 12,50 € incl. VAT, 9,90 €')).toBe('');
  });

  it('falls back to the page language on a .com site with no other sign', () => {
    const html = `<html lang="tr"><head><title>Dekor Evi</title></head><body><h1>Ev dekorasyonu</h1>
      <p>Yastık kılıfları, perdeler ve masa örtüleri.</p></body></html>`;
    const scan = analyzeCaptures([capturePage(parseDocument(html), 'https://www.dekorevi-example.com/')]);
    expect(scan.company.country).toBe('TR');
    expect(scan.company.evidence.country[0]?.source).toBe('lang');
  });
});
