/**
 * The .xlsx export: the localised columns of `SHEET_COLUMNS` as a real Excel sheet — dates as Excel dates in the
 * rep's time zone, phones as text cells (no leading apostrophe, Excel does not turn +44… into a number), column
 * widths fitted to the content and a frozen header row. `xlsxSheet` is pure; `writeXlsx` loads write-excel-file
 * on demand, so the library is fetched only when the rep exports a sheet from the manager.
 */
import type { Cell, SheetData } from 'write-excel-file/universal';
import { type Lang, t } from '../i18n';
import '../i18n/strings/sheets';
import { isoToExcelSerial } from '../import/values';
import type { ExportRow } from '../manager/rows';
import { SHEET_COLUMNS } from './columns';

/** The date format of date cells: ISO order reads the same in Chinese and English Excel. */
export const XLSX_DATE_FORMAT = 'yyyy-mm-dd hh:mm';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width of text in Excel "characters": CJK and other wide characters count twice. */
export function textWidth(text: string): number {
  let width = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line)
      w +=
        /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
          ch,
        )
          ? 2
          : 1;
    width = Math.max(width, w);
  }
  return width;
}

/** A sheet of `rows` in `lang`: the cells, the column widths, and the number of frozen rows. */
export function xlsxSheet(
  rows: readonly ExportRow[],
  lang: Lang,
  onProgress?: (done: number, total: number) => void,
): { data: SheetData; columns: { width: number }[]; stickyRowsCount: number } {
  const headers = SHEET_COLUMNS.map((c) => t(lang, `sheet.col.${c.field}`));
  const widths = headers.map((h) => textWidth(h) + 2);
  const data: SheetData = [headers.map((h) => ({ value: h, fontWeight: 'bold' as const }))];
  for (const row of rows) {
    if (onProgress && data.length % 5000 === 1) onProgress(data.length - 1, rows.length);
    const cells: Cell[] = [];
    SHEET_COLUMNS.forEach((column, i) => {
      const value = column.value(row, lang);
      if (!value) {
        cells.push(null);
        return;
      }
      if (column.kind === 'date') {
        // An Excel date is a wall-clock time; the writer turns a Date into a serial by its UTC parts.
        cells.push({
          value: new Date(Date.UTC(1899, 11, 30) + Math.round(isoToExcelSerial(value) * 86_400_000)),
          type: Date,
          format: XLSX_DATE_FORMAT,
        });
        widths[i] = Math.max(widths[i]!, XLSX_DATE_FORMAT.length + 2);
        return;
      }
      // "@" marks the cell as Text, so Excel keeps +4424… and 0049… as typed.
      cells.push(column.kind === 'phone' ? { value, type: String, format: '@' } : { value, type: String });
      widths[i] = Math.max(widths[i]!, textWidth(value) + 1);
    });
    data.push(cells);
  }
  return {
    data,
    columns: widths.map((w) => ({ width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)) })),
    stickyRowsCount: 1,
  };
}

/** The .xlsx file of `rows` in `lang`, as a Blob; `onProgress` follows the rows (the zip is written after). */
export async function writeXlsx(
  rows: readonly ExportRow[],
  lang: Lang,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const sheet = xlsxSheet(rows, lang, onProgress);
  onProgress?.(rows.length, rows.length);
  return writeExcelFile(sheet.data, {
    columns: sheet.columns,
    stickyRowsCount: sheet.stickyRowsCount,
    sheet: t(lang, 'manager.title'),
  }).toBlob();
}
