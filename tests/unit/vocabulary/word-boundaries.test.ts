/**
 * Where the vocabulary must not find a product: a page word that shares only a stem with a one-word term (Snowball
 * stems cut derivation too), and katakana inside a longer katakana word. And where it still must: the same word
 * inflected, and katakana set apart by a mark.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { wordCount } from '../../../lib/match/normalize';
import { conceptIndex, loadVocabulary, mentionsIn, type Vocabulary } from '../../../lib/vocabulary/index';
import { sameWordInflected } from '../../../lib/vocabulary/stem';

let vocab: Vocabulary;

beforeAll(async () => {
  vocab = await loadVocabulary(['en', 'de', 'pt', 'es', 'ja', 'zh']);
}, 120_000);

const named = (text: string, lang: string) => mentionsIn(text, lang, vocab).flatMap((m) => m.concepts);
const id = (taxonomyId: number) => conceptIndex(vocab, taxonomyId);

describe('one-word terms match the same word inflected, not another word with its stem', () => {
  // Words as the matcher sees them: folded (lower case, no accents).
  it.each([
    ['boots', ['boot'], 'en', true],
    ['shoes', ['shoe'], 'en', true],
    ['accessories', ['accessory'], 'en', true],
    ['lamparas', ['lampara'], 'es', true],
    ['bagagens', ['bagagem'], 'pt', true],
    ['schuhe', ['schuh'], 'de', true],
    ['highlights', ['highlighters', 'highlighter'], 'en', false],
    ['community', ['communications'], 'en', false],
    ['threading', ['thread'], 'en', false],
    ['vida', ['video', 'videos'], 'pt', false],
    ['wand', ['wandern'], 'de', false],
    // Russian: case endings, a short word and its inflected form, the fleeting vowel of the genitive plural.
    ['сумкам', ['сумки'], 'ru', true],
    ['дома', ['дом'], 'ru', true],
    ['фар', ['фары'], 'ru', true],
    ['кроссовок', ['кроссовки'], 'ru', true],
    ['обуви', ['обувь'], 'ru', true],
    ['сеть', ['сетю'], 'ru', false],
    ['пастила', ['паста'], 'ru', false],
  ])('%s against %j (%s): %s', (word, forms, lang, same) => {
    expect(sameWordInflected(word, forms, lang)).toBe(same);
  });

  it('reads no product into page words that only share a stem with one', () => {
    const highlighters = named('Highlighters', 'en');
    expect(highlighters.length).toBeGreaterThan(0);
    for (const c of highlighters) expect(named('Our highlights', 'en')).not.toContain(c);
    // Communications (262).
    expect(named('Community', 'en')).not.toContain(id(262));
    expect(named('Vida Cristã', 'pt')).toEqual([]);
  });

  it('reads no shochu into a Russian distribution network (сеть), and still reads shoes (обуви)', async () => {
    await loadVocabulary(['ru']);
    expect(named('Федеральная сеть дистрибуции', 'ru')).toEqual([]);
    expect(named('Магазин обуви', 'ru').length).toBeGreaterThan(0);
  });

  it('still reads the product in its plural and in a compound', () => {
    expect(named('Damenschuhe', 'de').length).toBeGreaterThan(0);
    expect(named('Boots', 'en').length).toBeGreaterThan(0);
  });
});

describe('katakana words are read whole', () => {
  it('finds no cord in Tower Records, and still finds it written alone or after a mark', () => {
    const cord = named('コード', 'ja');
    expect(cord.length).toBeGreaterThan(0);
    expect(named('タワーレコード', 'ja')).toEqual([]);
    expect(named('電源・コード', 'ja')).toEqual(expect.arrayContaining(cord));
  });
});

describe('word counts for length limits', () => {
  it.each([
    ['Women shoes', 2],
    ['Термобелье.Флисовые костюмы.Домашняя обувь', 3],
    ['女 慢跑鞋', 3],
    ['消費者訂購之商品若經配送兩次無法送達', 9],
    ['ヘッドフォン', 2],
  ])('%s → %i', (text, n) => {
    expect(wordCount(text)).toBe(n);
  });
});
