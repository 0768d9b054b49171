/**
 * The manager's import flow as one hook: read a CSV or .xlsx file (the .xlsx reader is loaded only here), pick a
 * sheet, guess or remember the mapping, import keeping every row, then fix flagged cells in place, download the
 * problem rows and settle likely duplicates. The page only renders what it returns.
 *
 * Data safety (issue 17): a CSV is decoded with the detected encoding and can be re-read in another before anything
 * is written; a zip or binary file picked as CSV gets a sentence instead of a dialog (an .xlsx goes to the workbook
 * reader); the import is written in one transaction with progress and Stop, and the report counts what it wrote.
 */
import { useCallback, useRef, useState } from 'react';
import { db } from '../db/db';
import { keepBoth, mergeDuplicate } from '../db/duplicates';
import { toStoreError, writeProspects } from '../db/prospects';
import { datedFilename, downloadText } from '../export/download';
import type { ManagerRow } from '../manager/rows';
import type { Prospect } from '../model';
import {
  candidateOf,
  type DuplicateCandidate,
  type DuplicatePair,
  findDuplicates,
} from '../prospect/duplicates';
import { type ColumnMapping, guessMapping, headerSignature } from './mapping';
import {
  type CsvEncoding,
  type CsvTable,
  decodeCsvBytes,
  isXlsxBytes,
  NotCsvError,
  parseCsv,
} from './read-csv';
import { readXlsx, XlsxReadError } from './read-xlsx';
import { rememberedMapping, rememberMapping } from './remembered';
import { applyFixes, type CellFixes, problemRowsCsv } from './report';
import { dateOrderOf, type FlaggedRow, importRows, type ReadOptions, withWebsiteColumn } from './rows';

export interface ImportReportState {
  imported: number;
  /** Counted by the import's transaction (and the fixes' ones): new rows, and rows merged into saved ones. */
  added: number;
  updated: number;
  flagged: FlaggedRow[];
  fixed: number;
  duplicates: DuplicatePair[];
}

export interface PendingImport {
  fileName: string;
  /** Sheet names of a workbook (one unnamed entry for a CSV). */
  sheets: string[];
  sheet: number;
  headers: string[];
  sample: string[];
  /** The first data rows, for the preview (as decoded, for a CSV). */
  preview: string[][];
  rowCount: number;
  mapping: ColumnMapping;
  /** The CSV's encoding (detected or chosen); null for a workbook. */
  encoding: CsvEncoding | null;
  isEncodingSure: boolean;
  report: ImportReportState | null;
  /** Why the import wrote nothing (stopped, out of space …); the saved prospects are unchanged. */
  failure: string | null;
  busy: boolean;
  progress: { done: number; total: number } | null;
}

/** Likely duplicates that involve one of `imported`, against the rows saved before. */
function duplicatesAfterImport(saved: readonly ManagerRow[], imported: readonly Prospect[]): DuplicatePair[] {
  const domains = new Set(imported.map((p) => p.domain));
  const rows: DuplicateCandidate[] = [
    ...saved.filter((r) => !domains.has(r.domain)),
    ...imported.map(candidateOf),
  ];
  return findDuplicates(rows).filter((pair) => domains.has(pair.domain) || domains.has(pair.other));
}

export function useSheetImport(deps: {
  live: { hold: () => () => void; rows: readonly ManagerRow[]; refresh: (domains: Iterable<string>) => void };
  fail: (e: unknown) => void;
  notify: (text: string) => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { live, fail, notify, t } = deps;
  const [pending, setPending] = useState<PendingImport | null>(null);
  // The parsed sheets and the read options stay out of React state: they can be large and never render.
  const tables = useRef<CsvTable[]>([]);
  const firstLines = useRef<number[]>([]);
  const options = useRef<ReadOptions | null>(null);
  const source = useRef('csv');
  // A CSV's bytes, kept until the import runs so the rep can re-read them in another encoding.
  const csvBytes = useRef<Uint8Array | null>(null);
  const stop = useRef<AbortController | null>(null);

  const showSheet = useCallback(
    async (
      fileName: string,
      sheets: string[],
      index: number,
      decoded: { encoding: CsvEncoding; isEncodingSure: boolean } | null = null,
    ) => {
      const table = tables.current[index] ?? { headers: [], rows: [], delimiter: '' };
      const mapping =
        (await rememberedMapping(headerSignature(table.headers))) ?? guessMapping(table.headers);
      setPending({
        fileName,
        sheets,
        sheet: index,
        headers: table.headers,
        sample: table.rows[0] ?? [],
        preview: table.rows.slice(0, 3),
        rowCount: table.rows.filter((r) => r.some((c) => c.trim())).length,
        mapping,
        encoding: decoded?.encoding ?? null,
        isEncodingSure: decoded?.isEncodingSure ?? true,
        report: null,
        failure: null,
        busy: false,
        progress: null,
      });
    },
    [],
  );

  const readCsv = useCallback(
    async (fileName: string, bytes: Uint8Array, encoding?: CsvEncoding) => {
      const decoded = decodeCsvBytes(bytes, encoding);
      tables.current = [parseCsv(decoded.text)];
      firstLines.current = [2];
      source.current = 'csv';
      csvBytes.current = bytes;
      await showSheet(fileName, [fileName], 0, {
        encoding: decoded.encoding,
        isEncodingSure: decoded.confident,
      });
    },
    [showSheet],
  );

  const pickFile = useCallback(
    async (file: File) => {
      const bytes = await file.arrayBuffer();
      const u8 = new Uint8Array(bytes);
      // A workbook goes to the .xlsx reader whatever it is called; another zip or a binary gets NotCsvError below.
      const isXlsx = /\.xlsx?$/i.test(file.name) || isXlsxBytes(u8);
      try {
        if (isXlsx) {
          const sheets = await readXlsx(bytes);
          csvBytes.current = null;
          tables.current = sheets.map((s) => s.table);
          firstLines.current = sheets.map((s) => s.firstLine);
          source.current = 'xlsx';
          await showSheet(
            file.name,
            sheets.map((s) => s.name),
            0,
          );
          return;
        }
      } catch (e) {
        if (e instanceof XlsxReadError) {
          notify(e.kind === 'xls' ? t('import.error.xls') : t('import.error.xlsx', { why: e.message }));
          return;
        }
        throw e;
      }
      try {
        await readCsv(file.name, u8);
      } catch (e) {
        // A zip or binary file gets a sentence, not a mapping dialog of garbage headers.
        if (e instanceof NotCsvError) notify(t(e.key));
        else throw e;
      }
    },
    [showSheet, readCsv, notify, t],
  );

  const chooseEncoding = useCallback(
    (encoding: CsvEncoding) => {
      if (pending && csvBytes.current) readCsv(pending.fileName, csvBytes.current, encoding).catch(fail);
    },
    [pending, readCsv, fail],
  );

  const chooseSheet = useCallback(
    (index: number) => {
      if (pending) showSheet(pending.fileName, pending.sheets, index).catch(fail);
    },
    [pending, showSheet, fail],
  );

  const runImport = useCallback(
    async (chosen: ColumnMapping) => {
      if (!pending) return;
      const table = tables.current[pending.sheet];
      if (!table) return;
      const controller = new AbortController();
      stop.current = controller;
      setPending({ ...pending, busy: true });
      // The live rows take the import in once at the end, not after every chunk.
      const release = live.hold();
      try {
        // A row held for lacking a website can get one in the report, in an extra column if the sheet has none.
        const mapping = withWebsiteColumn(chosen, table.headers.length);
        const read: ReadOptions = {
          mapping,
          dateOrder: dateOrderOf(table.rows, mapping, navigator.language),
          now: new Date().toISOString(),
          source: source.current,
        };
        options.current = read;
        const result = importRows(table.rows, read, firstLines.current[pending.sheet] ?? 2);
        const duplicates = duplicatesAfterImport(live.rows, result.prospects);
        setPending({ ...pending, busy: true, progress: { done: 0, total: result.prospects.length } });
        // One transaction: it commits every row or none (issue 17), and its counts are what the report says.
        const { added, updated } = await writeProspects(db, result.prospects, {
          merge: true,
          signal: controller.signal,
          onProgress: (done, total) => setPending((p) => (p ? { ...p, progress: { done, total } } : p)),
        });
        await rememberMapping(headerSignature(table.headers), chosen);
        tables.current = [];
        csvBytes.current = null;
        setPending({
          ...pending,
          mapping: chosen,
          busy: false,
          progress: null,
          report: {
            imported: added + updated,
            added,
            updated,
            flagged: result.flagged,
            fixed: 0,
            duplicates,
          },
        });
      } catch (e) {
        const kind = toStoreError(e).kind;
        const failure =
          kind === 'cancelled'
            ? t('import.stopped')
            : t('import.failed', { reason: t(`store.error.${kind}`) });
        tables.current = [];
        csvBytes.current = null;
        setPending({ ...pending, busy: false, progress: null, failure });
      } finally {
        stop.current = null;
        release();
      }
    },
    [pending, live, t],
  );

  const fix = useCallback(
    async (fixes: CellFixes) => {
      const report = pending?.report;
      if (!pending || !report || !options.current) return;
      const read = { ...options.current, now: new Date().toISOString() };
      const result = applyFixes(report.flagged, fixes, read);
      try {
        const written = await writeProspects(db, result.prospects, { merge: true });
        live.refresh(result.prospects.map((p) => p.domain));
        const duplicates = [...report.duplicates, ...duplicatesAfterImport(live.rows, result.prospects)];
        setPending({
          ...pending,
          report: {
            imported:
              report.imported +
              result.prospects.filter((p) => !report.flagged.some((r) => r.domain === p.domain)).length,
            added: report.added + written.added,
            updated: report.updated + written.updated,
            flagged: result.flagged,
            fixed: report.fixed + result.fixedLines.length,
            duplicates,
          },
        });
      } catch (e) {
        fail(e);
      }
    },
    [pending, live, fail],
  );

  const downloadProblems = useCallback(
    (fixes: CellFixes) => {
      const report = pending?.report;
      if (!pending || !report) return;
      const describe = (row: FlaggedRow) =>
        row.flags
          .map((f) => `${pending.headers[f.column] ?? t('import.field.website')}: ${t(f.key)}`)
          .join('; ');
      const csv = problemRowsCsv(pending.headers, report.flagged, fixes, describe, t('sheet.col.problems'));
      downloadText(csv, datedFilename('import-problems', 'csv'), 'text/csv;charset=utf-8');
    },
    [pending, t],
  );

  const settle = useCallback(
    async (pair: DuplicatePair, how: 'merge' | 'keep') => {
      try {
        if (how === 'merge') {
          await mergeDuplicate(db, pair.domain, pair.other);
          notify(t('dup.merged', { from: pair.domain, into: pair.other }));
        } else {
          await keepBoth(db, pair.domain, pair.other);
          notify(t('dup.kept'));
        }
        live.refresh([pair.domain, pair.other]);
        setPending((p) =>
          p?.report
            ? {
                ...p,
                report: {
                  ...p.report,
                  duplicates: p.report.duplicates.filter(
                    (d) => !(d.domain === pair.domain && d.other === pair.other),
                  ),
                },
              }
            : p,
        );
      } catch (e) {
        fail(e);
      }
    },
    [live, fail, notify, t],
  );

  return {
    pending,
    pickFile,
    chooseSheet,
    chooseEncoding,
    runImport,
    stop: () => stop.current?.abort(),
    applyFixes: fix,
    downloadProblems,
    merge: (pair: DuplicatePair) => settle(pair, 'merge'),
    keepBoth: (pair: DuplicatePair) => settle(pair, 'keep'),
    close: () => setPending(null),
  };
}
