/**
 * Pure CSV writer (RFC 4180): quoted fields, CRLF line ends, optional UTF-8 byte-order mark so Excel opens
 * Chinese and accented text correctly, and a formula guard for cells a spreadsheet would otherwise execute.
 * No browser APIs: the CLI and the unit tests run it under Node.
 */
import { hasInvisible, invisibleOrAstralClass, stripInvisible } from '../clean-values';

/** Characters that make Excel / LibreOffice / Sheets treat a cell as a formula (OWASP "CSV injection"), incl. fullwidth forms. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** The byte-order mark Excel needs to read a CSV as UTF-8. */
export const BOM = '\uFEFF';

/** A column of an export: header text and how to read the cell from a row. */
export interface CsvColumn<T> {
  key: string;
  header: string;
  value: (row: T) => string;
}

export interface CsvOptions {
  /** `,` (default) or `;` for German / French Excel, where `,` is the decimal separator. */
  delimiter?: ',' | ';' | '\t';
  /** Prepend the UTF-8 BOM (default true). */
  bom?: boolean;
  /** Prefix formula-like cells with `'` (default true). */
  guardFormulas?: boolean;
}

/**
 * Prefixes a cell that would start a formula with an apostrophe, which spreadsheets show as text.
 * @example guardFormula('=SUM(A1)') // "'=SUM(A1)"
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Reverses `guardFormula` on import: drops the apostrophe only when it guards a formula character. */
export function unguardFormula(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Quotes one field when it holds the delimiter, a quote, CR or LF (RFC 4180 §2.6–2.7). */
export function quoteField(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The function that turns one cell value into its CSV form under `opts`. */
function cellWriter(opts: CsvOptions): (value: string) => string {
  const { delimiter = ',', guardFormulas = true } = opts;
  const special = new RegExp(
    `${guardFormulas ? `${FORMULA_START.source}|` : ''}["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]`,
  );
  // Most cells need no cleaning, guard or quotes: one test of a pattern covering all three lets them through
  // unchanged (a 100,000-row export writes over three million cells; two tests a cell were a tenth of its time).
  // What it matches goes through the exact tests below, so it may match more (any character beyond the BMP).
  const plain = new RegExp(
    `${guardFormulas ? `${FORMULA_START.source}|` : ''}["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}${invisibleOrAstralClass()}]`,
  );
  return (raw) => {
    if (!plain.test(raw)) return raw;
    // Bidi overrides and zero-width characters would show a name reversed or hide text in the sheet (issue 16).
    const v = hasInvisible(raw) ? stripInvisible(raw) : raw;
    if (v === '' || !special.test(v)) return v;
    return quoteField(guardFormulas ? guardFormula(v) : v, delimiter);
  };
}

/** A CSV file written a slice of rows at a time: `head` once, then `lines(slice)` for each slice in order. */
export interface CsvWriter<T> {
  /** The BOM (if asked) and the header line with its CRLF. */
  head: string;
  /** The lines of `rows`, each ending in CRLF. */
  lines(rows: Iterable<T>): string;
}

/** A {@link CsvWriter} for `columns` under `opts`. */
export function csvWriter<T>(columns: readonly CsvColumn<T>[], opts: CsvOptions = {}): CsvWriter<T> {
  const { delimiter = ',', bom = true } = opts;
  const cell = cellWriter(opts);
  const values = columns.map((c) => c.value);
  const last = values.length - 1;
  return {
    head: `${bom ? BOM : ''}${columns.map((c) => cell(c.header)).join(delimiter)}\r\n`,
    lines(rows) {
      // One growing string (V8 joins the pieces once, when the text is read): no array of lines to join.
      let out = '';
      for (const row of rows) {
        for (let i = 0; i < last; i++) out += cell(values[i]!(row) ?? '') + delimiter;
        out += `${last >= 0 ? cell(values[last]!(row) ?? '') : ''}\r\n`;
      }
      return out;
    },
  };
}

/**
 * Serialises rows to CSV text in chunks of about `rowsPerChunk` rows: the first chunk starts with the BOM (if
 * asked) and the header line, every line ends in CRLF. A caller that hands each chunk on at once (into a Blob
 * part, say) never holds the whole file as one string, which at 100,000 rows would be tens of megabytes.
 * @example const blob = new Blob([...csvChunks(rows, PROSPECT_COLUMNS)].map((c) => new Blob([c])))
 */
export function* csvChunks<T>(
  rows: Iterable<T>,
  columns: readonly CsvColumn<T>[],
  opts: CsvOptions = {},
  rowsPerChunk = 2000,
): Generator<string> {
  const writer = csvWriter(columns, opts);
  let prefix = writer.head;
  let slice: T[] = [];
  for (const row of rows) {
    slice.push(row);
    if (slice.length >= rowsPerChunk) {
      yield prefix + writer.lines(slice);
      prefix = '';
      slice = [];
    }
  }
  if (slice.length > 0 || prefix) yield prefix + writer.lines(slice);
}

/**
 * Serialises rows to CSV text with a header line, in the column order given.
 * @example toCsv(rows, PROSPECT_COLUMNS, { delimiter: ';' })
 */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], opts: CsvOptions = {}): string {
  return [...csvChunks(rows, columns, opts)].join('');
}
