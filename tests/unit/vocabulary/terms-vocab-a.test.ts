/**
 * The hand-written vocabulary of lib/vocabulary/terms/ for footwear, apparel, bags, beauty, home textiles, toys and
 * baby, and pets: menu texts as shops write them, in the languages the taxonomy lacks (ko, ar, uk) and in those
 * where it lacks the menu forms, must name the concept the words were written for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptIndex, loadVocabulary, mentionsIn, type Vocabulary } from '../../../lib/vocabulary/index';

let vocab: Vocabulary;

// Eleven term files are parsed here; on a loaded machine that takes longer than Vitest's default hook allowance.
beforeAll(async () => {
  vocab = await loadVocabulary(['en', 'ko', 'ar', 'uk', 'ru', 'de', 'ja', 'zh', 'pl', 'cs', 'tr']);
}, 120_000);

/** Every concept the text's mentions name. */
function namedConcepts(text: string, lang: string): number[] {
  return mentionsIn(text, lang, vocab).flatMap((m) => m.concepts);
}

describe('sector vocabulary: footwear, apparel, bags, beauty, home textiles, toys and baby, pets', () => {
  it.each([
    // Korean: no taxonomy words at all.
    ['아동 운동화', 'ko', 'sneakers'],
    ['휴대용 유모차', 'ko', 568],
    ['두부모래 7L', 'ko', 4999],
    ['숄더백', 'ko', 'shoulder-bags'],
    // Arabic.
    ['أحذية رياضية للرجال', 'ar', 'sneakers'],
    ['حقائب ظهر مدرسية', 'ar', 100],
    ['حفاضات أطفال', 'ar', 551],
    ['عطور نسائية', 'ar', 479],
    // Ukrainian.
    ['Кросівки', 'uk', 'sneakers'],
    ['Постільна білизна', 'uk', 569],
    ['Іграшки для собак', 'uk', 5010],
    // Russian menu forms.
    ['Гель-лаки', 'ru', 'gel-polish'],
    ['Чехлы на диван', 'ru', 599],
    ['Детские коляски', 'ru', 568],
    ['Сухой корм для кошек', 'ru', 3367],
    // German, including a compound the matcher splits.
    ['Damen Sneaker', 'de', 'sneakers'],
    ['Damenhandtaschen', 'de', 3032],
    ['Bettwäsche-Sets', 'de', 'bedding-sets'],
    ['Hundefutter', 'de', 3530],
    // Japanese (katakana and kanji).
    ['スニーカー', 'ja', 'sneakers'],
    ['ベビーカー', 'ja', 568],
    ['キャットフード', 'ja', 3367],
    ['遮光カーテン', 'ja', 2882],
    // Chinese, Polish, Czech, Turkish, English.
    ['女士运动鞋', 'zh', 'sneakers'],
    ['拉杆箱', 'zh', 107],
    ['Trampki damskie', 'pl', 'sneakers'],
    ['Kabelky', 'cs', 3032],
    ['Sırt çantaları', 'tr', 100],
    ['Running shoes', 'en', 'running-shoes'],
    ['Cat trees & scratching posts', 'en', 4997],
  ])('%s (%s) names %s', (text, lang, id) => {
    const concept = conceptIndex(vocab, id);
    expect(concept).toBeGreaterThanOrEqual(0);
    expect(namedConcepts(text, lang)).toContain(concept);
  });

  it('prefers the longer Korean word: 신발장 is a shoe rack, not shoes', () => {
    const found = namedConcepts('신발장', 'ko');
    expect(found).toContain(conceptIndex(vocab, 5559));
    expect(found).not.toContain(conceptIndex(vocab, 187));
  });

  it('keeps the new kinds under their taxonomy parents', () => {
    const shoes = conceptIndex(vocab, 187);
    for (const kind of ['sneakers', 'boots', 'kids-shoes']) {
      expect(vocab.tree.parent[conceptIndex(vocab, kind)]).toBe(shoes);
    }
    expect(vocab.tree.parent[conceptIndex(vocab, 'running-shoes')]).toBe(conceptIndex(vocab, 'sneakers'));
  });
});
