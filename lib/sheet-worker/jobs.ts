/**
 * The long spreadsheet work of the manager — reading a CSV or .xlsx file, turning its rows into prospects and
 * writing an export file — as jobs that run in a Web Worker (lib/sheet-worker/worker.ts), so a 100,000-row sheet
 * never freezes the page: the page shows a progress bar and keeps scrolling. The same class runs in the page when
 * no Worker can be made (unit tests under Node), so both paths share one implementation.
 *
 * The parsed tables stay here, in the worker: the page receives only what it shows (headers, the first rows, row
 * counts) and, after an import, the prospects to write. Writing stays on the page, in one IndexedDB transaction.
 */
import { type Lang, t } from '../i18n';
import { localisedCsvColumns, PROSPECT_COLUMNS } from '../export/columns';
import { csvChunks, csvWriter } from '../export/csv';
import { datedFilename } from '../export/download';
import type { ExportFormat } from '../export/sheet-file';
import type { ColumnMapping } from '../import/mapping';
import {
  type CsvEncoding,
  type CsvTable,
  decodeCsvBytes,
  isXlsxBytes,
  NotCsvError,
  parseCsv,
} from '../import/read-csv';
import { readXlsx, XlsxReadError } from '../import/read-xlsx';
import {
  dateOrderOf,
  type FlaggedRow,
  importRows,
  type ReadOptions,
  withWebsiteColumn,
} from '../import/rows';
import type { ExportRow } from '../manager/rows';
import type { Prospect } from '../model';

/** Files above this size are refused before a byte is read: 100,000 prospects make a CSV of about 25 MB. */
export const MAX_IMPORT_BYTES = 50 * 2 ** 20;

/** What the import dialog shows of one sheet. */
export interface SheetPreview {
  name: string;
  headers: string[];
  /** The first data rows as read. */
  preview: string[][];
  /** Rows with at least one filled cell. */
  rowCount: number;
  /** The file line of the first data row. */
  firstLine: number;
}

/** The outcome of reading a file: its sheets, or why it cannot be read (an `import.error.*` / `import.notCsv.*` key). */
export type ReadOutcome =
  | {
      ok: true;
      source: 'csv' | 'xlsx';
      sheets: SheetPreview[];
      /** The CSV's encoding (detected or chosen); null for a workbook. */
      encoding: CsvEncoding | null;
      isEncodingSure: boolean;
    }
  | { ok: false; key: string; params?: Record<string, string | number> };

/** What an import job hands back, beside the prospects (sent in chunks). */
export interface RowsOutcome {
  flagged: FlaggedRow[];
  options: ReadOptions;
}

export type Progress = (done: number, total: number) => void;

/** Rows per message when prospects go back to the page: small enough that no single message blocks it long. */
export const PROSPECT_CHUNK = 1_000;

function previewOf(name: string, table: CsvTable, firstLine: number): SheetPreview {
  let rowCount = 0;
  for (const row of table.rows) if (row.some((c) => c.trim())) rowCount++;
  return { name, headers: table.headers, preview: table.rows.slice(0, 3), rowCount, firstLine };
}

/** The message for a file too large to read, in the rep's words. */
export function tooBigOutcome(fileName: string, bytes: number): ReadOutcome {
  return {
    ok: false,
    key: 'import.error.tooBig',
    params: { file: fileName, mb: Math.round(bytes / 2 ** 20), max: MAX_IMPORT_BYTES / 2 ** 20 },
  };
}

/** The worker's state and jobs: one file at a time, held from reading until its import ran. */
export class SheetJobs {
  private tables: CsvTable[] = [];
  private firstLines: number[] = [];
  private source: 'csv' | 'xlsx' = 'csv';
  // A CSV's bytes, kept so the rep can re-read them in another encoding before importing.
  private csvBytes: Uint8Array | null = null;
  // The export being received a slice at a time (`beginExport`, `stage`, `finishExport`).
  private staged: StagedExport | null = null;

  /** Starts an export whose rows follow in slices (any unfinished one is dropped). */
  beginExport(format: ExportFormat, lang: Lang, delimiter: ',' | ';'): void {
    this.staged = new StagedExport(format, lang, delimiter);
  }

  /** Adds the next slice of the export begun last; a CSV writes it at once. */
  stage(rows: readonly ExportRow[]): void {
    if (!this.staged) throw new Error('No export was begun.');
    this.staged.add(rows);
  }

  /** The file of the export begun last (the next export starts afresh). */
  async finishExport(onProgress: Progress): Promise<{ blob: Blob; filename: string }> {
    const staged = this.staged;
    this.staged = null;
    if (!staged) throw new Error('No export was begun.');
    return staged.finish(onProgress);
  }

  /** Reads a picked file (a workbook by its bytes or name, else CSV). Never throws for a bad file. */
  async read(fileName: string, bytes: ArrayBuffer, encoding?: CsvEncoding): Promise<ReadOutcome> {
    this.clear();
    if (bytes.byteLength > MAX_IMPORT_BYTES) return tooBigOutcome(fileName, bytes.byteLength);
    const u8 = new Uint8Array(bytes);
    if (/\.xlsx?$/i.test(fileName) || isXlsxBytes(u8)) {
      try {
        const sheets = await readXlsx(bytes);
        this.tables = sheets.map((s) => s.table);
        this.firstLines = sheets.map((s) => s.firstLine);
        this.source = 'xlsx';
        return {
          ok: true,
          source: 'xlsx',
          sheets: sheets.map((s) => previewOf(s.name, s.table, s.firstLine)),
          encoding: null,
          isEncodingSure: true,
        };
      } catch (e) {
        if (e instanceof XlsxReadError)
          return e.kind === 'corrupt'
            ? { ok: false, key: 'import.error.xlsx', params: { why: e.message } }
            : { ok: false, key: `import.error.${e.kind}` };
        throw e;
      }
    }
    return this.decode(fileName, u8, encoding);
  }

  /** Re-reads the CSV read last in another encoding. */
  reread(fileName: string, encoding: CsvEncoding): ReadOutcome {
    if (!this.csvBytes) return { ok: false, key: 'import.error.gone' };
    return this.decode(fileName, this.csvBytes, encoding);
  }

  private decode(fileName: string, u8: Uint8Array, encoding?: CsvEncoding): ReadOutcome {
    try {
      const decoded = decodeCsvBytes(u8, encoding);
      const table = parseCsv(decoded.text);
      this.tables = [table];
      this.firstLines = [2];
      this.source = 'csv';
      this.csvBytes = u8;
      return {
        ok: true,
        source: 'csv',
        sheets: [previewOf(fileName, table, 2)],
        encoding: decoded.encoding,
        isEncodingSure: decoded.confident,
      };
    } catch (e) {
      if (e instanceof NotCsvError) return { ok: false, key: e.key };
      throw e;
    }
  }

  /**
   * The rows of sheet `index` as prospects (every row kept, bad cells flagged). The prospects go to `onChunk` in
   * chunks of {@link PROSPECT_CHUNK}; the tables are dropped afterwards (one file, one import).
   */
  rows(
    index: number,
    chosen: ColumnMapping,
    locale: string,
    now: string,
    onProgress: Progress,
    onChunk: (prospects: Prospect[]) => void,
  ): RowsOutcome {
    const table = this.tables[index];
    if (!table) throw new Error('The file is no longer read: pick it again.');
    // A row held for lacking a website can get one in the report, in an extra column if the sheet has none.
    const mapping = withWebsiteColumn(chosen, table.headers.length);
    const options: ReadOptions = {
      mapping,
      dateOrder: dateOrderOf(table.rows, mapping, locale),
      now,
      source: this.source,
    };
    const result = importRows(table.rows, options, this.firstLines[index] ?? 2, onProgress);
    onProgress(table.rows.length, table.rows.length);
    for (let i = 0; i < result.prospects.length; i += PROSPECT_CHUNK)
      onChunk(result.prospects.slice(i, i + PROSPECT_CHUNK));
    this.clear();
    return { flagged: result.flagged, options };
  }

  /** Forgets the file read last. */
  clear(): void {
    this.tables = [];
    this.firstLines = [];
    this.csvBytes = null;
  }
}

/**
 * An export received in slices. A CSV is written slice by slice as the slices arrive, so the worker writes while
 * the page is still packing and sending the rest (the two run on two cores); an .xlsx needs every row at once
 * (write-excel-file takes the whole sheet) and keeps them until the end.
 */
class StagedExport {
  private readonly rows: ExportRow[] = [];
  private readonly parts: Blob[] = [];
  // CSV bytes not yet in a Blob part. A Blob per slice cost about twice as much as one per ten (each Blob is a trip
  // to the browser's blob store); the text of each slice is encoded at once so its strings can be collected.
  private bytes: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  private readonly csv: ReturnType<typeof csvWriter<ExportRow>> | null;

  constructor(
    private readonly format: ExportFormat,
    private readonly lang: Lang,
    delimiter: ',' | ';',
  ) {
    this.csv =
      format === 'xlsx'
        ? null
        : csvWriter(format === 'csv-raw' ? PROSPECT_COLUMNS : localisedCsvColumns(lang), { delimiter });
    if (this.csv) this.bytes.push(this.encoder.encode(this.csv.head));
  }

  add(rows: readonly ExportRow[]): void {
    if (!this.csv) {
      for (const row of rows) this.rows.push(row);
      return;
    }
    this.bytes.push(this.encoder.encode(this.csv.lines(rows)));
    if (this.bytes.length >= 10) this.flush();
  }

  private flush(): void {
    if (this.bytes.length > 0) this.parts.push(new Blob(this.bytes as BlobPart[]));
    this.bytes = [];
  }

  async finish(onProgress: Progress): Promise<{ blob: Blob; filename: string }> {
    if (!this.csv) return exportFile(this.rows, this.format, this.lang, ',', onProgress);
    this.flush();
    return {
      blob: new Blob(this.parts, { type: 'text/csv;charset=utf-8' }),
      filename: datedFilename('prospects', 'csv'),
    };
  }
}

/**
 * One export file of `rows`: .xlsx or CSV in the UI language, or CSV with raw codes (the documented
 * `PROSPECT_COLUMNS` contract), with its dated name. CSV goes into Blob parts chunk by chunk.
 */
export async function exportFile(
  rows: readonly ExportRow[],
  format: ExportFormat,
  lang: Lang,
  delimiter: ',' | ';',
  onProgress: Progress,
): Promise<{ blob: Blob; filename: string }> {
  if (format === 'xlsx') {
    const { writeXlsx } = await import('../export/xlsx');
    return { blob: await writeXlsx(rows, lang, onProgress), filename: datedFilename('prospects', 'xlsx') };
  }
  const columns = format === 'csv-raw' ? PROSPECT_COLUMNS : localisedCsvColumns(lang);
  const parts: Blob[] = [];
  let done = 0;
  function* counted() {
    for (const row of rows) {
      done++;
      yield row;
    }
  }
  for (const chunk of csvChunks(counted(), columns, { delimiter })) {
    parts.push(new Blob([chunk]));
    onProgress(done, rows.length);
  }
  return {
    blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }),
    filename: datedFilename('prospects', 'csv'),
  };
}

/** The sentence for a file that cannot be read. */
export function readFailureText(lang: Lang, outcome: Extract<ReadOutcome, { ok: false }>): string {
  return t(lang, outcome.key, outcome.params);
}
