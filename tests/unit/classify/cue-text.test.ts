import { describe, expect, it } from 'vitest';
import { compileCue, cueText, findCue, withoutAddresses } from '../../../lib/classify/cue-text';

const find = (text: string, cue: string) => findCue(cueText(text), compileCue(cue))?.written ?? null;

describe('cue look-ups', () => {
  it.each([
    ['Mindestbestellwert 50 €', 'mindestbestell', 'Mindestbestellwert'],
    ['Minimum order: 500 pcs', 'minimum order', 'Minimum order'],
    ['MOQ 500', '=moq', 'MOQ'],
    ['MOQs apply', '=moq', null],
    ['Grosshandel für Leuchten', 'großhandel', 'Grosshandel'],
    ['Опт и розница, продажа оптом', 'оптом', 'оптом'],
    ['工厂直销，欢迎批发', '批发', '批发'],
    ['Add to cart', 'add to cart', 'Add to cart'],
    ['add-to-cart button', 'add to cart', 'add-to-cart'],
    ['We are a distributor', 'importer', null],
  ])('%s / %s', (text, cue, written) => {
    expect(find(text, cue)).toBe(written);
  });

  it('never reads a cue inside an e-mail or web address', () => {
    expect(
      find('Write to wholesale@firma.de or see https://firma.de/wholesale-login', 'wholesale'),
    ).toBeNull();
    expect(find('Wholesale: write to info@firma.de', 'wholesale')).toBe('Wholesale');
  });

  it('blanks addresses and keeps the rest', () => {
    expect(withoutAddresses('Mail info@a.de, web www.a.de/x now')).toBe('Mail  , web   now');
  });
});

describe('text passes stay linear on hostile text', () => {
  const runs = {
    digits: '7'.repeat(200_000),
    base64: 'QUJD'.repeat(50_000),
    ats: 'a@'.repeat(100_000),
    letters: 'x'.repeat(200_000),
    urls: 'http://'.repeat(30_000),
  };
  it.each(Object.entries(runs))('%s: 200k characters without whitespace', (_name, run) => {
    const text = cueText(`${run} wholesale`);
    expect(text.words.length).toBeGreaterThan(0);
    expect(findCue(text, compileCue('wholesale'))).not.toBeNull();
    expect(findCue(text, compileCue('=moq'))).toBeNull();
  });
});
