/**
 * Reads a CSV file the rep picked: recognises files that are no CSV at all (an Excel workbook, another zip, a
 * binary), decodes the bytes and splits them into rows with papaparse, guessing `,` `;` or tab.
 *
 * Decoding (issue 17: German Excel CSV came out as "M黮ler" because every non-UTF-8 file was read as GB18030):
 * a BOM decides; else a NUL-byte pattern reveals UTF-16; else UTF-8 is tried with `fatal: true`; else the bytes are
 * decoded both as GB18030 (Chinese Excel's "CSV") and windows-1252 (German, French, Spanish Excel's) and the
 * decoding whose non-ASCII characters read as plausible text wins. The rep sees the result and can pick another.
 */
import Papa from 'papaparse';

/** The encodings the rep can choose between in the import preview. */
export const CSV_ENCODINGS = ['utf-8', 'gb18030', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Why a picked file is not read as CSV; `key` is the message (lib/i18n/strings/manager.ts). */
export class NotCsvError extends Error {
  constructor(
    readonly kind: 'xlsx' | 'zip' | 'binary',
    readonly key: string,
  ) {
    super(`Not a CSV file (${kind}).`);
    this.name = 'NotCsvError';
  }
}

/** What the first bytes say the file is. */
export type FileKind = 'text' | 'xlsx' | 'zip' | 'binary';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const SNIFF_BYTES = 64 * 1024;

function startsWith(u8: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => u8[i] === b);
}

/**
 * True for an Office Open XML workbook (.xlsx): a zip ("PK\x03\x04") whose first entries name the `xl/` folder or
 * `[Content_Types].xml`. The hook an .xlsx reader plugs into.
 */
export function isXlsxBytes(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_SIGNATURE)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return head.includes('xl/') || head.includes('[Content_Types].xml');
}

/** Which UTF-16 byte order the NUL bytes of mostly-ASCII text show, if any (text saved as "Unicode" without BOM). */
function utf16ByNuls(u8: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(u8.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (u8[i] === 0) evenNul++;
    if (u8[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * What the file is, from its first bytes: an Excel workbook, another zip, binary (NUL or many control bytes, not
 * UTF-16) or text. Text with a UTF-16 BOM or NUL pattern is text.
 */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_SIGNATURE)) return isXlsxBytes(bytes) ? 'xlsx' : 'zip';
  if (bomEncoding(bytes) || utf16ByNuls(bytes)) return 'text';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary';
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control > n * 0.01 ? 'binary' : 'text';
}

function bomEncoding(u8: Uint8Array): { encoding: CsvEncoding; skip: number } | null {
  if (u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (u8[0] === 0xff && u8[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (u8[0] === 0xfe && u8[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const ASCII_LETTER = /[A-Za-z]/;
const LATIN_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
// Non-ASCII punctuation Western spreadsheets really contain: € „ “ ” ‘ ’ – — … • ° § · « » ¿ ¡ and a no-break space.
const LATIN_PUNCT =
  /[\u20ac\u201e\u201c\u201d\u2018\u2019\u201a\u2013\u2014\u2026\u2022\u00b0\u00a7\u00b7\u00ab\u00bb\u00bf\u00a1\u00a0\u00b2\u00b3\u00b5\u00a9\u00ae\u2122]/;

/**
 * How many of the non-ASCII bytes a GB18030 decoding explains as Chinese: ideographs and CJK punctuation in runs of
 * two or more, or a lone one with no ASCII letter beside it. Western text read as GB18030 gives lone ideographs
 * glued to Latin letters ("Müller" → "M黮ler", "Diseño S.L." → "Dise駉 S.L."); replacement characters count nothing.
 */
function gbPlausibleBytes(text: string): number {
  let bytes = 0;
  const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80 || !isCjk(c)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const inRun = isCjk(before) || isCjk(after);
    const touchesLatin = ASCII_LETTER.test(before ?? '') || ASCII_LETTER.test(after ?? '');
    if (inRun || !touchesLatin) bytes += 2;
  }
  return bytes;
}

/**
 * How many of the non-ASCII bytes a windows-1252 decoding explains as Western text: runs of at most two non-ASCII
 * characters, each a Latin letter or common punctuation ("Müller", "Straße", "à", "€"). Chinese read as
 * windows-1252 gives long runs of accented letters and symbols ("¹«Ë¾"), which count nothing.
 */
function latinPlausibleBytes(text: string): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 0x80) j++;
    const run = text.slice(i, j);
    if (run.length <= 2 && [...run].every((c) => LATIN_LETTER.test(c) || LATIN_PUNCT.test(c)))
      bytes += run.length;
    i = j;
  }
  return bytes;
}

/** The detected encoding and whether the guess is clear (a BOM, valid UTF-8, or one decoding clearly ahead). */
export interface DetectedEncoding {
  encoding: CsvEncoding;
  confident: boolean;
}

/**
 * Picks the encoding of a text file's bytes (see the file comment for the order).
 * @example detectEncoding(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])) // { encoding: 'windows-1252', … }
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom.encoding, confident: true };
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return { encoding: utf16, confident: true };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', confident: true };
  } catch {
    // Not UTF-8: a legacy code page, decided below.
  }
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  const gb = gbPlausibleBytes(decodeAs(bytes, 'gb18030')) / high;
  const latin = latinPlausibleBytes(decodeAs(bytes, 'windows-1252')) / high;
  // A tie goes to GB18030: TierScout's reps are Chinese, and a sheet of only Chinese names is the commoner case.
  const encoding = latin > gb ? 'windows-1252' : 'gb18030';
  return { encoding, confident: Math.max(gb, latin) >= 0.8 && Math.abs(gb - latin) >= 0.2 };
}

// windows-1252 letters and signs at 0x80–0x9F (undefined bytes stay as they are). Node's TextDecoder decodes the
// label as ISO-8859-1 (C1 controls there, nodejs/node#56542); Chromium's is right, and the mapping is then a no-op.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes bytes as the given encoding (replacement characters for invalid bytes; a BOM of it is dropped). */
export function decodeAs(bytes: Uint8Array, encoding: CsvEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Bytes → text, detecting the encoding unless one is given. Throws `NotCsvError` for a workbook, a zip or a
 * binary file, so the rep gets "this is an Excel workbook" instead of a mapping dialog of garbage headers.
 */
export function decodeCsvBytes(
  bytes: ArrayBuffer | Uint8Array,
  encoding?: CsvEncoding,
): { text: string; encoding: CsvEncoding; confident: boolean } {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const kind = sniffFileKind(u8);
  if (kind !== 'text') throw new NotCsvError(kind, `import.notCsv.${kind}`);
  const detected = encoding ? { encoding, confident: true } : detectEncoding(u8);
  return { text: decodeAs(u8, detected.encoding), ...detected };
}

/** A parsed sheet: the header line and the data rows (each as long as the row was in the file). */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  delimiter: string;
}

/**
 * Text → header + rows. Quoted fields with delimiters, quotes and newlines are handled per RFC 4180; blank
 * lines are skipped. A leading BOM left in the text is removed.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  const [headers = [], ...rows] = result.data;
  return { headers: headers.map((h) => h.trim()), rows, delimiter: result.meta.delimiter };
}
