/**
 * Messages between the manager page and the sheet worker (lib/sheet-worker/worker.ts): the page sends one job per
 * request id; the worker answers with progress, prospect chunks and one `done` or `error`.
 */
import type { ExportFormat } from '../export/sheet-file';
import type { Lang } from '../i18n';
import type { ColumnMapping } from '../import/mapping';
import type { CsvEncoding } from '../import/read-csv';
import type { ExportRow } from '../manager/rows';
import type { Prospect } from '../model';
import type { PackedRows } from './pack';

export type SheetRequest = { id: number } & (
  | { job: 'read'; fileName: string; bytes: ArrayBuffer; encoding?: CsvEncoding }
  | { job: 'reread'; fileName: string; encoding: CsvEncoding }
  | { job: 'rows'; sheet: number; mapping: ColumnMapping; locale: string; now: string }
  /** Starts an export whose rows follow as `stage` slices (one message of 100,000 rows blocked the page). */
  | { job: 'begin'; format: ExportFormat; lang: Lang; delimiter: ',' | ';' }
  /** The next slice of the export begun last, packed (./pack.ts). */
  | { job: 'stage'; packed: PackedRows }
  /** An export of `rows`, or the file of the export begun last when `rows` is null (format etc. as begun). */
  | {
      job: 'export';
      rows: readonly ExportRow[] | null;
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
