/**
 * Messages between the manager page and the sheet worker (lib/sheet-worker/worker.ts): the page sends one job per
 * request id; the worker answers with progress, prospect chunks and one `done` or `error`.
 */
import type { ExportFormat } from '../export/sheet-file';
import type { Lang } from '../i18n';
import type { ColumnMapping } from '../import/mapping';
import type { CsvEncoding } from '../import/read-csv';
import type { ManagerRow } from '../manager/rows';
import type { Prospect } from '../model';

export type SheetRequest = { id: number } & (
  | { job: 'read'; fileName: string; bytes: ArrayBuffer; encoding?: CsvEncoding }
  | { job: 'reread'; fileName: string; encoding: CsvEncoding }
  | { job: 'rows'; sheet: number; mapping: ColumnMapping; locale: string; now: string }
  /** Rows of the next export, handed over a slice at a time (one message of 100,000 rows blocked the page). */
  | { job: 'stage'; rows: readonly ManagerRow[] }
  /** An export of `rows`, or of the rows staged before it when `rows` is null. */
  | {
      job: 'export';
      rows: readonly ManagerRow[] | null;
      format: ExportFormat;
      lang: Lang;
      delimiter: ',' | ';';
    }
);

export type SheetReply = { id: number } & (
  | { type: 'progress'; done: number; total: number }
  | { type: 'chunk'; prospects: Prospect[] }
  | { type: 'done'; result: unknown }
  | { type: 'error'; message: string }
);
