/**
 * Reads an .xlsx file the rep picked into the same table shape as a CSV: every cell as text (dates as local
 * "2026-12-02 14:30:05", which lib/import/values reads back), the header taken from the first non-empty row.
 * read-excel-file is loaded on demand, so only the manager page fetches it. Formula cells give the value Excel
 * computed and saved; merged header cells give their text to the first cell only, so empty headers are named
 * after their column letter.
 */
import type { CsvTable } from './read-csv';

/** One sheet of a workbook. */
export interface XlsxSheet {
  name: string;
  table: CsvTable;
  /** The sheet row number (1-based) of the first data row, so the report names the rows Excel shows. */
  firstLine: number;
}

/** A reason an .xlsx file cannot be read, for a clear message (lib/i18n `import.error.*`). */
export class XlsxReadError extends Error {
  readonly kind: 'xls' | 'encrypted' | 'corrupt';
  constructor(kind: 'xls' | 'encrypted' | 'corrupt', message: string) {
    super(message);
    this.name = 'XlsxReadError';
    this.kind = kind;
  }
}

type CellValue = string | number | boolean | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** One cell as text. Dates come from the library as the wall-clock time in UTC fields. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // A serial day number is a float: 14:30:05 may come back as 14:30:04.9999. Excel shows whole seconds.
    const d = new Date(Math.round(value.getTime() / 1000) * 1000);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    return `${date} ${time}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet's rows → header + data rows, skipping empty rows above the header (titles often sit there). */
export function tableOfRows(rows: readonly (readonly CellValue[])[]): CsvTable & { firstLine: number } {
  const text = rows.map((row) => row.map(cellText));
  const start = text.findIndex((row) => row.filter((c) => c.trim()).length >= 2);
  const headerRow = start >= 0 ? text[start]! : [];
  // A loop, not Math.max(...rows): spreading 100,000 rows as arguments overflows the stack.
  let width = headerRow.length;
  for (const row of text) if (row.length > width) width = row.length;
  const headers = Array.from({ length: width }, (_, i) => (headerRow[i] ?? '').trim() || columnLetter(i));
  return { headers, rows: start >= 0 ? text.slice(start + 1) : [], delimiter: '', firstLine: start + 2 };
}

/** Every sheet of the workbook, in order. Throws `XlsxReadError` for .xls, corrupt or encrypted files. */
export async function readXlsx(bytes: ArrayBuffer): Promise<XlsxSheet[]> {
  const u8 = new Uint8Array(bytes.slice(0, 8));
  // An OLE2 compound file: an old .xls, or an .xlsx that Excel or WPS encrypted with a password (then it holds an
  // "EncryptedPackage" stream, named in UTF-16 in the file's directory).
  if (u8[0] === 0xd0 && u8[1] === 0xcf && u8[2] === 0x11 && u8[3] === 0xe0) {
    if (isEncryptedPackage(new Uint8Array(bytes)))
      throw new XlsxReadError('encrypted', 'password-protected workbook (EncryptedPackage)');
    throw new XlsxReadError('xls', 'OLE2 file (.xls)');
  }
  const { default: readExcelFile } = await import('read-excel-file/universal');
  try {
    const sheets = await readExcelFile(bytes);
    return sheets.map((s) => {
      const { firstLine, ...table } = tableOfRows(s.data as CellValue[][]);
      return { name: s.sheet, table, firstLine };
    });
  } catch (e) {
    throw new XlsxReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);

/** True when an OLE2 file's directory names an `EncryptedPackage` stream: an encrypted Office Open XML file. */
export function isEncryptedPackage(u8: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0]!;
  outer: for (
    let i = u8.indexOf(first);
    i !== -1 && i <= u8.length - ENCRYPTED_PACKAGE.length;
    i = u8.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < ENCRYPTED_PACKAGE.length; j++) if (u8[i + j] !== ENCRYPTED_PACKAGE[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the bytes are a ZIP archive (what an .xlsx is), whatever the file is called. */
export function isZip(bytes: ArrayBuffer): boolean {
  const u8 = new Uint8Array(bytes.slice(0, 4));
  return u8[0] === 0x50 && u8[1] === 0x4b && u8[2] === 0x03 && u8[3] === 0x04;
}
