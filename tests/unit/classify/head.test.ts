import { beforeAll, describe, expect, it } from 'vitest';
import { englishRoles, namesTheEntry } from '../../../lib/classify/head';
import { classify, prepareGrading } from '../../../lib/classify/index';
import type { PageCapture, Profile } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureHtml } from '../../tools/scan-node';

describe('englishRoles', () => {
  it('makes the last noun the head and the words before it modifiers', () => {
    expect(englishRoles('Game Room')).toEqual(['modifier', 'head']);
    expect(englishRoles('Kids Shoes')).toEqual(['modifier', 'head']);
    expect(englishRoles('Sneakers')).toEqual(['head']);
  });

  it('gives each coordinated phrase its own head', () => {
    expect(englishRoles('Baby Shoes & Toys')).toEqual(['modifier', 'head', 'head']);
    expect(englishRoles('Bags, Wallets and Belts')).toEqual(['head', 'head', 'open', 'head']);
  });

  it('reads what follows a preposition as a complement of the head', () => {
    expect(englishRoles('Gifts for Dog Lovers')).toEqual(['open', 'open', 'open', 'open']);
    expect(englishRoles('Cases for Phones')).toEqual(['head', 'complement', 'complement']);
  });

  it('lets every word speak where the head is a word any range uses', () => {
    expect(englishRoles('Shoe Accessories')).toEqual(['open', 'open']);
    expect(englishRoles('Lighting Products')).toEqual(['open', 'open']);
  });

  it('skips numbers and stray letters when it looks for the head', () => {
    expect(englishRoles('Sneakers 42')).toEqual(['head', 'modifier']);
  });
});

describe('namesTheEntry', () => {
  it('accepts a mention over the head and refuses one over a modifier only', () => {
    const roles = englishRoles('Game Room');
    expect(namesTheEntry(roles, 0, 1)).toBe(false);
    expect(namesTheEntry(roles, 0, 2)).toBe(true);
    expect(namesTheEntry(roles, 1, 1)).toBe(true);
  });
});

describe('an English menu is read by its heads', () => {
  beforeAll(async () => {
    await prepareGrading(['en']);
  });

  const TOYS: Profile = {
    id: 'toys',
    name: 'Toys',
    lines: [{ name: 'Games', keywords: ['board games', 'games'] }],
    industryKeywords: [],
    excludeKeywords: [],
  };

  function grade(menu: string[]) {
    const html = `<!doctype html><html lang="en"><head><title>Home Decor Hut</title></head><body>
      <header><nav><ul>${['Home', ...menu, 'Contact'].map((m) => `<li><a href="/c/${encodeURIComponent(m)}">${m}</a></li>`).join('')}</ul></nav></header>
      <main><h1>Welcome</h1></main><footer>Tel. +1 212 555 0100</footer></body></html>`;
    const captures: PageCapture[] = [captureHtml(html, 'https://homedecorhut.example.com/')];
    return classify(captures, analyzeCaptures(captures), TOYS, DEFAULT_THRESHOLDS).tier;
  }

  it('does not take a furniture shop’s "Game Room" for games', () => {
    const menu = ['Living Room', 'Bedroom', 'Game Room', 'Dining Room', 'Sofas', 'Beds', 'Rugs', 'Lamps'];
    expect(grade(menu).value).toBeNull();
  });

  it('still reads "Board Games" and "Kids Games" as games', () => {
    const menu = ['Board Games', 'Kids Games', 'Card Games', 'Puzzles', 'Sofas'];
    expect(grade(menu).value).toMatch(/^[AB]$/);
  });
});
