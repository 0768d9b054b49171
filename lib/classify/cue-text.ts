/**
 * The site's text prepared once for cue look-ups (buyer type, listings, non-traders, size): folded words in reading
 * order with their places in the original text, and a sorted list of the distinct words, so that each of hundreds
 * of cues costs a binary search instead of a scan of the whole text. Every step is linear in the text (a page can
 * be a 200k-character run of digits or base64) and the text is capped at {@link MAX_CUE_CHARS}.
 */
import { CJK, fold } from '../match/normalize';

/** Characters of site text read for cues; a page longer than this is judged by its first part. */
export const MAX_CUE_CHARS = 250_000;
/** Letters of one word kept; longer runs (base64, minified code) are not words of any cue. */
const MAX_WORD = 40;

export interface CueText {
  original: string;
  /** Folded words in reading order. */
  words: string[];
  /** Start and end of each word in `original`. */
  starts: number[];
  ends: number[];
  /** Distinct folded words, sorted, each with the positions it occurs at. */
  sorted: string[];
  at: Map<string, number[]>;
  /** The text folded, for CJK substring cues (kept only when the text has CJK characters). */
  cjk: string;
}

const foldCache = new Map<string, string>();
function foldWord(word: string): string {
  let out = foldCache.get(word);
  if (out === undefined) {
    out = fold(word);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, out);
  }
  return out;
}

/**
 * E-mail and web addresses blanked out ("wholesale@…" or "/distributor-login" are not what the company says it
 * is), in one pass: each `@` is widened to the address around it, each `http`/`www.` to the next space.
 */
export function withoutAddresses(text: string): string {
  const blank: [number, number][] = [];
  const stop = (c: number) =>
    c <= 32 || c === 60 || c === 62 || c === 34 || c === 39 || c === 40 || c === 41 || c === 44 || c === 59;
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < from) continue;
    let s = at;
    while (s > from && at - s < 64 && !stop(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && !stop(text.charCodeAt(e)) && text[e] !== '@') e++;
    if (s < at && e > at + 1) {
      blank.push([s, e]);
      from = e;
    }
  }
  for (const re of [/\bhttps?:\/\//gi, /\bwww\./gi]) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let e = m.index + m[0].length;
      while (e < text.length && e - m.index < 2048 && text.charCodeAt(e) > 32) e++;
      blank.push([m.index, e]);
      re.lastIndex = e;
    }
  }
  if (!blank.length) return text;
  blank.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of blank) {
    if (e <= pos) continue;
    out += `${text.slice(pos, Math.max(pos, s))} `;
    pos = Math.max(pos, e);
  }
  return out + text.slice(pos);
}

/** Prepares the site's text for cue look-ups. */
export function cueText(raw: string): CueText {
  const original = withoutAddresses(raw.length > MAX_CUE_CHARS ? raw.slice(0, MAX_CUE_CHARS) : raw);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const at = new Map<string, number[]>();
  const re = /[\p{L}\p{N}\p{M}]+/gu;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const word = m[0].length > MAX_WORD ? m[0].slice(0, MAX_WORD) : m[0];
    const folded = foldWord(word);
    if (!folded) continue;
    const i = words.length;
    words.push(folded);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    const list = at.get(folded);
    if (list) list.push(i);
    else at.set(folded, [i]);
  }
  const sorted = [...at.keys()].sort();
  return { original, words, starts, ends, sorted, at, cjk: CJK.test(original) ? fold(original) : '' };
}

/** A cue prepared for look-ups. */
export interface CompiledCue {
  source: string;
  words: string[];
  whole: boolean;
  cjk: string | null;
}

export function compileCue(cue: string): CompiledCue {
  const whole = cue.startsWith('=');
  const text = fold(whole ? cue.slice(1) : cue).trim();
  if (CJK.test(text)) return { source: cue, words: [], whole, cjk: text.replace(/\s+/g, '') };
  return { source: cue, words: text.match(/[\p{L}\p{N}]+/gu) ?? [], whole, cjk: null };
}

/** Index of the first sorted word ≥ `prefix`. */
function lowerBound(sorted: string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A cue found in the text: where (word index, or -1 - char offset for CJK) and the words as the page wrote them. */
export interface CueHit {
  cue: string;
  written: string;
}

/**
 * The first place a cue occurs: its words in a row, the last one as a word start unless the cue asks for whole
 * words ("mindestbestell" finds "Mindestbestellwert", "=moq" only "MOQ").
 */
/** Where a cue occurs: character ranges in `original`, in reading order (CJK: offsets in the folded text). */
export function cueRanges(
  text: CueText,
  cue: CompiledCue,
  limit = Number.POSITIVE_INFINITY,
): [number, number][] {
  const out: [number, number][] = [];
  if (cue.cjk) {
    if (!text.cjk) return out;
    // Folding keeps CJK characters one for one, so the offset is the original's (near enough for a quote).
    for (
      let at = text.cjk.indexOf(cue.cjk);
      at >= 0 && out.length < limit;
      at = text.cjk.indexOf(cue.cjk, at + 1)
    )
      out.push([at, at + cue.cjk.length]);
    return out;
  }
  const n = cue.words.length;
  if (n === 0) return out;
  const last = cue.words[n - 1]!;
  const first = cue.words[0]!;
  // Candidate start positions: the first word exactly (multi-word cues) or as a prefix (one-word cues).
  const starts: number[] = [];
  if (n === 1 && !cue.whole) {
    for (
      let i = lowerBound(text.sorted, first);
      i < text.sorted.length && text.sorted[i]!.startsWith(first);
      i++
    )
      starts.push(...text.at.get(text.sorted[i]!)!);
    starts.sort((a, b) => a - b);
  } else starts.push(...(text.at.get(first) ?? []));
  for (const s of starts) {
    if (out.length >= limit) break;
    if (s + n > text.words.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const w = text.words[s + k]!;
      const c = cue.words[k]!;
      ok = k === n - 1 && !cue.whole ? w.startsWith(c) : w === c;
    }
    if (n === 1 && cue.whole) ok = text.words[s] === last;
    if (ok) out.push([text.starts[s]!, text.ends[s + n - 1]!]);
  }
  return out;
}

export function findCue(text: CueText, cue: CompiledCue): CueHit | null {
  const [range] = cueRanges(text, cue, 1);
  if (!range) return null;
  const written = cue.cjk
    ? text.original.slice(range[0], range[1]) || cue.cjk
    : text.original.slice(range[0], range[1]).replace(/\s+/g, ' ');
  return { cue: cue.source, written };
}

/** Compiles a `|`-separated lexicon list (empty entries skipped). */
export function compileList(list: string): CompiledCue[] {
  return list
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean)
    .map(compileCue);
}
