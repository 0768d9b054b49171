import { describe, expect, it } from 'vitest';
import { isScannableUrl, isSearchResultsUrl } from '../../../lib/scan/restricted';

describe('isSearchResultsUrl', () => {
  it.each([
    'https://www.google.com/search?q=led+panel+distributor+germany',
    'https://www.google.de/search?q=led+panel+gro%C3%9Fhandel&hl=de',
    'https://www.google.com.br/search?q=painel+led+distribuidor',
    'https://www.google.co.uk/search?q=downlights+wholesale',
    'https://www.google.com/?q=led',
    'https://www.bing.com/search?q=office+chairs+importer',
    'https://www.baidu.com/s?wd=LED%E9%9D%A2%E6%9D%BF%E7%81%AF',
    'https://yandex.ru/search/?text=%D1%81%D0%B2%D0%B5%D1%82%D0%B8%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA%D0%B8',
    'https://duckduckgo.com/?q=led+panel',
    'https://search.yahoo.com/search?p=led',
    'https://www.ecosia.org/search?q=led',
    'https://search.naver.com/search.naver?query=led',
  ])('%s is a search page', (url) => {
    expect(isSearchResultsUrl(url)).toBe(true);
  });

  it.each([
    'https://www.lichtwerk-handel.de/',
    'https://about.google/',
    'https://www.google.com/maps/place/Lichtwerk+Handel',
    'https://support.google.com/search',
    'https://www.bingham-lighting.co.uk/search?q=panel',
    'https://shop.example.com/search?q=led',
    'https://www.so.com.au/s',
    'not a url',
  ])('%s is not', (url) => {
    expect(isSearchResultsUrl(url)).toBe(false);
  });

  it('search pages stay scannable in the technical sense (the caller decides what to do with them)', () => {
    expect(isScannableUrl('https://www.google.com/search?q=led')).toBe(true);
  });
});
