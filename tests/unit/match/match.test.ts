import { describe, expect, it } from 'vitest';
import {
  compileTerm,
  findTerm,
  fold,
  indexText,
  lightStem,
  matchesKeyword,
  tokenize,
} from '../../../lib/match/index';

describe('fold', () => {
  it.each([
    ['Lámpara', 'lampara'],
    ['Großhandel', 'grosshandel'],
    ['Ёлка', 'елка'],
    ['Письменный', 'письменный'],
    ['CŒUR', 'coeur'],
    ['Éclairage', 'eclairage'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('splits letters from digits and drops punctuation', () => {
    expect(tokenize('LED-Panels 62×62, IP44!')).toEqual(['led', 'panels', '62', '62', 'ip', '44']);
  });
});

describe('matchesKeyword', () => {
  it.each([
    // [text, keyword, page lang, expected]
    ['LED lamps for offices', 'lamp', 'en', true],
    ['Moderne Leuchten für Ihr Zuhause', 'Leuchte', 'de', true],
    ['Lámparas colgantes', 'lámpara', 'es', true],
    ['Lamparas colgantes', 'lámpara', '', true],
    ['Panneaux LED 600x600', 'panneau LED', 'fr', true],
    ['Pannelli LED da incasso', 'pannello LED', 'it', true],
    ['Painéis LED', 'painel LED', 'pt', true],
    ['Письменные столы', 'письменный стол', 'ru', true],
    ['Светодиодные панели', 'светодиодная панель', 'ru', true],
    ['Feuchtraumleuchten IP65', 'Leuchte', 'de', true],
    ['Sealed units and gaskets', 'LED', 'en', false],
    ['Cabled network', 'led', 'en', false],
    ['High-quality LEDs', 'LED', 'en', true],
    ['LED high bay 150W', 'high bay', 'en', true],
    ['High quality bay windows', 'high bay', 'en', false],
    ['600×600 LED面板灯 36W', 'LED面板灯', 'zh', true],
    ['防眩LED筒灯', '筒灯', 'zh', true],
    ['Desktop computers', 'desk', 'en', false],
    ['Office desks and chairs', 'desk', 'en', true],
    ['Lampadine LED E27', 'lampadina LED', 'it', true],
    ['Flutlicht', 'Fluter', 'de', false],
  ])('%s ~ %s (%s) → %s', (text, keyword, lang, expected) => {
    expect(matchesKeyword(text, keyword, lang)).toBe(expected);
  });
});

describe('lightStem', () => {
  it('strips one plural ending and keeps short words whole', () => {
    expect(lightStem('lamparas')).toBe(lightStem('lampara'));
    expect(lightStem('led')).toBe('led');
    expect(lightStem('светильники')).toBe('светильник');
  });
});

describe('compound first parts (trade words only)', () => {
  const find = (text: string, keyword: string, modifier: boolean) =>
    findTerm(indexText(text, 'de'), compileTerm(keyword, { modifier })).length > 0;

  it('matches a trade word as the first part of a German compound when asked', () => {
    expect(find('Lichtplanung für Büros und Hotels', 'Licht', true)).toBe(true);
    expect(find('Beleuchtungskonzepte und Simulation', 'Beleuchtung', true)).toBe(true);
    expect(find('Leuchtenhersteller aus Lüdenscheid', 'Leuchte', true)).toBe(true);
  });

  it('does not do so for product words, nor for a mere ending', () => {
    expect(find('Lichtplanung für Büros und Hotels', 'Licht', false)).toBe(false);
    expect(find('Waldlichtung am See', 'Licht', true)).toBe(false);
    expect(find('Lichtung im Wald', 'Licht', true)).toBe(false);
  });

  it('keeps English pages word-exact', () => {
    expect(findTerm(indexText('Lightweight chairs', 'en'), compileTerm('light', { modifier: true }))).toEqual(
      [],
    );
  });
});
