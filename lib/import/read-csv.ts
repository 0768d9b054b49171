/**
 * Reads a CSV file the rep picked: decodes the bytes (BOM, UTF-8, else GB18030 — what Chinese Excel saves as
 * "CSV" — or UTF-16 with a BOM) and splits it into rows with papaparse, guessing `,` `;` or tab.
 */
import Papa from 'papaparse';

/**
 * Bytes → text. UTF-8 is tried with `fatal: true` so a GBK/GB18030 file is not silently turned into U+FFFD
 * replacement characters; only then is GB18030 (a superset of GBK and GB2312) used.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: string } {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8[0] === 0xff && u8[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(u8.subarray(2)), encoding: 'utf-16le' };
  if (u8[0] === 0xfe && u8[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(u8.subarray(2)), encoding: 'utf-16be' };
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(u8), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(u8), encoding: 'gb18030' };
  }
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
