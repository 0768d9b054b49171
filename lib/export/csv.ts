/**
 * Pure CSV writer (RFC 4180): quoted fields, CRLF line ends, optional UTF-8 byte-order mark so Excel opens
 * Chinese and accented text correctly, and a formula guard for cells a spreadsheet would otherwise execute.
 * No browser APIs: the CLI and the unit tests run it under Node.
 */
import { hasInvisible, stripInvisible } from '../clean-values';

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
  // Most cells need neither guard nor quotes: one test of a combined pattern lets them through unchanged
  // (a 100,000-row export writes over two million cells).
  const special = new RegExp(
    `${guardFormulas ? `${FORMULA_START.source}|` : ''}["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]`,
  );
  return (raw) => {
    // Bidi overrides and zero-width characters would show a name reversed or hide text in the sheet (issue 16).
    const v = hasInvisible(raw) ? stripInvisible(raw) : raw;
    if (v === '' || !special.test(v)) return v;
    return quoteField(guardFormulas ? guardFormula(v) : v, delimiter);
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
  const { delimiter = ',', bom = true } = opts;
  const cell = cellWriter(opts);
  let lines: string[] = [columns.map((c) => cell(c.header)).join(delimiter)];
  let prefix = bom ? BOM : '';
  const last = columns.length - 1;
  for (const row of rows) {
    let line = '';
    for (let i = 0; i <= last; i++) {
      line += cell(columns[i]!.value(row) ?? '');
      if (i < last) line += delimiter;
    }
    lines.push(line);
    if (lines.length >= rowsPerChunk) {
      yield `${prefix}${lines.join('\r\n')}\r\n`;
      prefix = '';
      lines = [];
    }
  }
  if (lines.length > 0 || prefix) yield `${prefix}${lines.join('\r\n')}\r\n`;
}

/**
 * Serialises rows to CSV text with a header line, in the column order given.
 * @example toCsv(rows, PROSPECT_COLUMNS, { delimiter: ';' })
 */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], opts: CsvOptions = {}): string {
  return [...csvChunks(rows, columns, opts)].join('');
}
