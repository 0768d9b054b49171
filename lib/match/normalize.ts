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
