/**
 * Pure CSV writer (RFC 4180): quoted fields, CRLF line ends, optional UTF-8 byte-order mark so Excel opens
 * Chinese and accented text correctly, and a formula guard for cells a spreadsheet would otherwise execute.
 * No browser APIs: the CLI and the unit tests run it under Node.
 */

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

/**
 * Serialises rows to CSV text with a header line, in the column order given.
 * @example toCsv(prospects, PROSPECT_COLUMNS, { delimiter: ';' })
 */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  opts: CsvOptions = {},
): string {
  const { delimiter = ',', bom = true, guardFormulas = true } = opts;
  const cell = (v: string) => quoteField(guardFormulas ? guardFormula(v) : v, delimiter);
  const lines: string[] = [columns.map((c) => cell(c.header)).join(delimiter)];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row) ?? '')).join(delimiter));
  return `${(bom ? BOM : '') + lines.join('\r\n')}\r\n`;
}
