/**
 * The manager's import flow as one hook: read a CSV or .xlsx file (the .xlsx reader is loaded only here), pick a
 * sheet, guess or remember the mapping, import keeping every row, then fix flagged cells in place, download the
 * problem rows and settle likely duplicates. The page only renders what it returns.
 *
 * Data safety (issue 17): a CSV is decoded with the detected encoding and can be re-read in another before anything
 * is written; a zip or binary file picked as CSV gets a sentence instead of a dialog (an .xlsx goes to the workbook
 * reader); the import is written in one transaction with progress and Stop, and the report counts what it wrote.
 *
 * Reading the file and turning its rows into prospects run in the sheet worker (lib/sheet-worker), so the page
 * stays responsive on a 100,000-row sheet and shows a progress bar; a file over 50 MB is refused before it is read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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
  findDuplicatesInSteps,
} from '../prospect/duplicates';
import { MAX_IMPORT_BYTES, type ReadOutcome, type SheetPreview, tooBigOutcome } from '../sheet-worker/jobs';
import { SheetJobCancelled, SheetWorker } from '../sheet-worker/client';
import { type ColumnMapping, guessMapping, headerSignature } from './mapping';
import type { CsvEncoding } from './read-csv';
import { rememberedMapping, rememberMapping } from './remembered';
import { applyFixes, type CellFixes, problemRowsCsv } from './report';
import type { FlaggedRow, ReadOptions } from './rows';

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
  /** What the progress bar counts: reading rows (in the worker) or writing prospects (IndexedDB). */
  phase: 'rows' | 'write' | null;
}

/** A file being read (before its dialog can show anything): its name, for the reading indicator. */
export interface ReadingFile {
  fileName: string;
}

/**
 * Likely duplicates that involve one of `imported`, against the rows saved before; found in steps with pauses,
 * so 100,000 rows never block the page in one piece.
 */
async function duplicatesAfterImport(
  saved: readonly ManagerRow[],
  imported: readonly Prospect[],
): Promise<DuplicatePair[]> {
  const domains = new Set(imported.map((p) => p.domain));
  const rows: DuplicateCandidate[] = [
    ...saved.filter((r) => !domains.has(r.domain)),
    ...imported.map(candidateOf),
  ];
  const pairs = await findDuplicatesInSteps(rows);
  return pairs.filter((pair) => domains.has(pair.domain) || domains.has(pair.other));
}

export function useSheetImport(deps: {
  live: { hold: () => () => void; rows: readonly ManagerRow[]; refresh: (domains: Iterable<string>) => void };
  fail: (e: unknown) => void;
  /** Shows a toast: a message key and its parameters, read in the UI language when shown. */
  notify: (key: string, params?: Record<string, string | number>) => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { live, fail, notify, t } = deps;
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [reading, setReading] = useState<ReadingFile | null>(null);
  // The sheets of the file read last; the tables themselves stay in the worker.
  const sheets = useRef<SheetPreview[]>([]);
  const options = useRef<ReadOptions | null>(null);
  const stop = useRef<AbortController | null>(null);
  const worker = useRef<SheetWorker | null>(null);
  const sheetWorker = useCallback(() => {
    worker.current ??= new SheetWorker();
    return worker.current;
  }, []);
  useEffect(() => () => worker.current?.cancel(), []);

  const showSheet = useCallback(
    async (
      fileName: string,
      index: number,
      decoded: { encoding: CsvEncoding | null; isEncodingSure: boolean } = {
        encoding: null,
        isEncodingSure: true,
      },
    ) => {
      const sheet = sheets.current[index] ?? {
        name: '',
        headers: [],
        preview: [],
        rowCount: 0,
        firstLine: 2,
      };
      const mapping =
        (await rememberedMapping(headerSignature(sheet.headers))) ?? guessMapping(sheet.headers);
      setPending({
        fileName,
        sheets: sheets.current.map((s) => s.name),
        sheet: index,
        headers: sheet.headers,
        sample: sheet.preview[0] ?? [],
        preview: sheet.preview,
        rowCount: sheet.rowCount,
        mapping,
        encoding: decoded.encoding,
        isEncodingSure: decoded.isEncodingSure,
        report: null,
        failure: null,
        busy: false,
        progress: null,
        phase: null,
      });
    },
    [],
  );

  /** Shows what the worker read, or says why it could not. */
  const showOutcome = useCallback(
    async (fileName: string, outcome: ReadOutcome) => {
      if (!outcome.ok) {
        notify(outcome.key, outcome.params);
        return;
      }
      sheets.current = outcome.sheets;
      await showSheet(fileName, 0, { encoding: outcome.encoding, isEncodingSure: outcome.isEncodingSure });
    },
    [showSheet, notify],
  );

  const pickFile = useCallback(
    async (file: File) => {
      // A file too large is refused before a byte is read: the page never holds it.
      if (file.size > MAX_IMPORT_BYTES) {
        const outcome = tooBigOutcome(file.name, file.size);
        if (!outcome.ok) notify(outcome.key, outcome.params);
        return;
      }
      setPending(null);
      setReading({ fileName: file.name });
      try {
        const outcome = await sheetWorker().read(file.name, await file.arrayBuffer());
        await showOutcome(file.name, outcome);
      } catch (e) {
        if (!(e instanceof SheetJobCancelled)) throw e;
      } finally {
        setReading(null);
      }
    },
    [showOutcome, notify, sheetWorker],
  );

  const chooseEncoding = useCallback(
    (encoding: CsvEncoding) => {
      if (!pending) return;
      const fileName = pending.fileName;
      sheetWorker()
        .reread(fileName, encoding)
        .then((outcome) => showOutcome(fileName, outcome))
        .catch(fail);
    },
    [pending, showOutcome, fail, sheetWorker],
  );

  const chooseSheet = useCallback(
    (index: number) => {
      if (pending) showSheet(pending.fileName, index).catch(fail);
    },
    [pending, showSheet, fail],
  );

  const runImport = useCallback(
    async (chosen: ColumnMapping) => {
      if (!pending) return;
      const sheet = sheets.current[pending.sheet];
      if (!sheet) return;
      const controller = new AbortController();
      stop.current = controller;
      // Stop while the worker reads the rows ends the worker; nothing has been written yet.
      controller.signal.addEventListener('abort', () => worker.current?.cancel(), { once: true });
      setPending({ ...pending, busy: true, phase: 'rows', progress: { done: 0, total: sheet.rowCount } });
      // The live rows take the import in once at the end, not after every chunk.
      const release = live.hold();
      try {
        const result = await sheetWorker().rows(
          pending.sheet,
          chosen,
          navigator.language,
          new Date().toISOString(),
          (done, total) => setPending((p) => (p ? { ...p, progress: { done, total } } : p)),
        );
        if (controller.signal.aborted) throw new SheetJobCancelled();
        options.current = result.options;
        const duplicates = await duplicatesAfterImport(live.rows, result.prospects);
        setPending({
          ...pending,
          busy: true,
          phase: 'write',
          progress: { done: 0, total: result.prospects.length },
        });
        // One transaction: it commits every row or none (issue 17), and its counts are what the report says.
        const { added, updated } = await writeProspects(db, result.prospects, {
          merge: true,
          signal: controller.signal,
          onProgress: (done, total) => setPending((p) => (p ? { ...p, progress: { done, total } } : p)),
        });
        await rememberMapping(headerSignature(sheet.headers), chosen);
        sheets.current = [];
        setPending({
          ...pending,
          mapping: chosen,
          busy: false,
          progress: null,
          phase: null,
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
        const kind = e instanceof SheetJobCancelled ? 'cancelled' : toStoreError(e).kind;
        const failure =
          kind === 'cancelled'
            ? t('import.stopped')
            : t('import.failed', { reason: t(`store.error.${kind}`) });
        sheets.current = [];
        setPending({ ...pending, busy: false, progress: null, phase: null, failure });
      } finally {
        stop.current = null;
        release();
      }
    },
    [pending, live, t, sheetWorker],
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
        const duplicates = [
          ...report.duplicates,
          ...(await duplicatesAfterImport(live.rows, result.prospects)),
        ];
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
          notify('dup.merged', { from: pair.domain, into: pair.other });
        } else {
          await keepBoth(db, pair.domain, pair.other);
          notify('dup.kept');
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
    [live, fail, notify],
  );

  return {
    pending,
    reading,
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
    /** Stops reading a file (the worker is ended; nothing was written). */
    stopReading: () => {
      worker.current?.cancel();
      setReading(null);
    },
  };
}
