/**
 * Text folding and tokenising shared by keyword matching: case, diacritics and a few letters that NFD does not
 * decompose (ß, ё) are folded so that "Lámpara", "LAMPARA" and "lampara" are one word.
 */

/** True for scripts written without spaces between words (Han, kana, Hangul): matched by substring. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lower-cases and strips diacritics (keeping Russian й); ß→ss, ё→е, œ→oe, æ→ae. */
export function fold(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/ё/g, 'е')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      // Russian й is a letter of its own, not и with an accent: recompose it before stripping marks.
      .replace(/и\u0306/g, 'й')
      // Kana voicing marks are letters' identity (シューズ shoes ≠ ジュース juice): kept, like Hangul's jamo,
      // which NFC puts back together into syllables.
      .replace(/(?![\u3099\u309a])\p{M}+/gu, '')
      .normalize('NFC')
  );
}

/** Folded word tokens: runs of letters, or runs of digits (so "62x62" is "62", "x", "62"). */
export function tokenize(text: string): string[] {
  return fold(text).match(/\p{L}+|\p{N}+/gu) ?? [];
}

/**
 * How many words a text holds, for the length limits of menu entries and sentences: words are what spaces part,
 * except that Chinese and Japanese write none, so a run of Han counts a word per two characters and one of kana a
 * word per three, as their words go.
 * @example wordCount('Women shoes') // 2; wordCount('消費者訂購之商品') // 4
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    if (!CJK_RUN.test(token)) {
      n++;
      continue;
    }
    for (const run of token.match(
      /\p{Script=Han}+|[\p{Script=Hiragana}\p{Script=Katakana}ー]+|[\p{L}\p{N}]+/gu,
    ) ?? [])
      n += /\p{Script=Han}/u.test(run)
        ? Math.ceil(run.length / 2)
        : /^[\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(run)
          ? Math.ceil(run.length / 3)
          : 1;
  }
  return n;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
