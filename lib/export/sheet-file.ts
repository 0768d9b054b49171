/**
 * One export of the manager's rows as a file: .xlsx or CSV in the UI language, or CSV with raw codes for
 * machines (the documented `PROSPECT_COLUMNS` contract). The .xlsx writer is loaded only when asked for.
 */
import type { Lang } from '../i18n';
import type { ExportRow } from '../manager/rows';
import { localisedCsvColumns, PROSPECT_COLUMNS } from './columns';
import { csvChunks } from './csv';
import { blobOfChunks, datedFilename } from './download';

export type ExportFormat = 'xlsx' | 'csv' | 'csv-raw';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'csv-raw'];

/** The file of `rows` in `format`, with its dated name. */
export async function sheetFile(
  rows: readonly ExportRow[],
  format: ExportFormat,
  lang: Lang,
  delimiter: ',' | ';',
): Promise<{ blob: Blob; filename: string }> {
  if (format === 'xlsx') {
    const { writeXlsx } = await import('./xlsx');
    return { blob: await writeXlsx(rows, lang), filename: datedFilename('prospects', 'xlsx') };
  }
  const columns = format === 'csv-raw' ? PROSPECT_COLUMNS : localisedCsvColumns(lang);
  return {
    blob: blobOfChunks(csvChunks(rows, columns, { delimiter }), 'text/csv;charset=utf-8'),
    filename: datedFilename('prospects', 'csv'),
  };
}
