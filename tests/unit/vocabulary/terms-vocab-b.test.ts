import { beforeAll, describe, expect, it } from 'vitest';
import { conceptIndex, loadVocabulary, mentionsIn, type Vocabulary } from '../../../lib/vocabulary/index';

// Menu words from lib/vocabulary/terms/{auto-parts,kitchenware,tools-hardware,sports-outdoor,
// mobile-electronics,lighting,furniture}.ts, each checked against the concept it was written for.
const LANGS = ['en', 'ru', 'uk', 'de', 'es', 'pl', 'tr', 'ja', 'ko', 'ar', 'sv'];

let vocab: Vocabulary;
// The generated term files are large JSON modules; on a shared CI machine importing eleven of them takes longer
// than Vitest's 10 s default hook allowance.
beforeAll(async () => {
  vocab = await loadVocabulary(LANGS);
}, 120_000);

/** Concept ids (taxonomy IDs as strings, or the terms files' own ids) the text names. */
function conceptIds(text: string, lang: string): string[] {
  return mentionsIn(text, lang, vocab).flatMap((m) => m.concepts.map((c) => vocab.tree.ids[c]!));
}

describe('vocab-b terms name the intended concept', () => {
  it.each([
    // Auto parts and car accessories.
    ['ru', 'Тормозные колодки', 'brake-pads'],
    ['uk', 'Гальмівні колодки', 'brake-pads'],
    ['ko', '브레이크 패드', 'brake-pads'],
    ['ar', 'فحمات الفرامل', 'brake-pads'],
    ['ru', 'Автозапчасти', 899],
    ['ja', 'ドライブレコーダー', 'dash-cams'],
    ['de', 'Winterreifen', 'winter-tyres'],
    ['ko', '점화플러그', 'spark-plugs'],
    // Kitchenware and tableware.
    ['ru', 'Сковороды', 662],
    ['ko', '에어프라이어', 'air-fryers'],
    ['ar', 'قلايات هوائية', 'air-fryers'],
    ['uk', 'Столові прибори', 675],
    ['ja', 'まな板', 666],
    ['de', 'Schneidebretter', 666],
    // Tools and hardware.
    ['uk', 'Електроінструмент', 'power-tools'],
    ['ko', '전동공구', 'power-tools'],
    ['ar', 'العدد اليدوية', 'hand-tools'],
    ['ru', 'Шуруповерты', 1217],
    ['de', 'Akku-Bohrschrauber', 1217],
    ['ja', 'インパクトドライバー', 1221],
    // Sports, fitness and outdoor.
    ['ru', 'Гантели', 3164],
    ['ko', '요가매트', 3640],
    ['ar', 'خيام', 1022],
    ['uk', 'Спінінги', 4927],
    ['ja', '釣竿', 4927],
    ['pl', 'Rowery górskie', 'mountain-bikes'],
    // Phone accessories and consumer electronics.
    ['ru', 'Чехлы для телефонов', 2353],
    ['uk', 'Павербанки', 'power-banks'],
    ['ko', '보조배터리', 'power-banks'],
    ['ar', 'كفرات الجوال', 2353],
    ['de', 'Handyhüllen', 2353],
    ['ja', 'ワイヤレスイヤホン', 'earbuds'],
    ['tr', 'Akıllı saat', 'smartwatches'],
    // Lighting.
    ['ru', 'Светодиодные ленты', 'led-strips'],
    ['uk', 'Світлодіодні стрічки', 'led-strips'],
    ['ar', 'ثريات', 2249],
    ['de', 'Pendelleuchten', 'pendant-lights'],
    ['ja', 'シーリングライト', 2524],
    ['ko', '다운라이트', 'downlights'],
    // Furniture.
    ['ru', 'Угловые диваны', 500064],
    ['uk', 'Меблі для вітальні', 'living-room-furniture'],
    ['ko', '식탁의자', 5886],
    ['ar', 'كنب زاوية', 500064],
    ['de', 'Gartenmöbel', 4299],
    ['ja', 'ダイニングテーブル', 4355],
  ] as const)('%s «%s» → %s', (lang, text, id) => {
    expect(conceptIndex(vocab, id)).toBeGreaterThanOrEqual(0);
    expect(conceptIds(text, lang)).toContain(String(id));
  });
});

describe('vocab-b terms stay out of unrelated text', () => {
  it.each([
    // "led" is an English verb: only the LED forms name LED lighting.
    ['en', 'He led the sales team for ten years', 'led-lighting'],
    // 톱 (saw) must not be read inside 데스크톱 (desktop) or 랩톱 (laptop).
    ['ko', '데스크톱 랩톱', '1235'],
    // グラス (glass) must not be read inside サングラス (sunglasses).
    ['ja', 'サングラス', '674'],
    // Spanish "camas" (beds) and "cámaras" (cameras) share a stem, so "camas" alone is not a word for beds.
    ['es', 'Cámaras', '505764'],
    // Swedish "lim" (glue) would also be "limes" on a page of unknown language, where every language is tried.
    ['', 'Fresh limes', '503742'],
  ] as const)('%s «%s» does not name %s', (lang, text, id) => {
    expect(conceptIds(text, lang)).not.toContain(id);
  });
});

describe('compounds', () => {
  it('reads a compound by its last part only when the head is a word of its own', () => {
    expect(conceptIds('Winterreifen', 'de').length).toBeGreaterThan(0);
    // "St|reifen" would be tyres: Streifen are stripes.
    expect(conceptIds('Streifen', 'de')).toEqual([]);
  });
});
