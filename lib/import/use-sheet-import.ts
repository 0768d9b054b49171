/**
 * The manager's import flow as one hook: read a CSV or .xlsx file (the .xlsx reader is loaded only here), pick a
 * sheet, guess or remember the mapping, import keeping every row, then fix flagged cells in place, download the
 * problem rows and settle likely duplicates. The page only renders what it returns.
 */
import { useCallback, useRef, useState } from 'react';
import { db } from '../db/db';
import { keepBoth, mergeDuplicate } from '../db/duplicates';
import { putProspects } from '../db/prospects';
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
import { type CsvTable, decodeCsvBytes, parseCsv } from './read-csv';
import { isZip, readXlsx, XlsxReadError } from './read-xlsx';
import { rememberedMapping, rememberMapping } from './remembered';
import { applyFixes, type CellFixes, problemRowsCsv } from './report';
import { dateOrderOf, type FlaggedRow, importRows, type ReadOptions, withWebsiteColumn } from './rows';

export interface ImportReportState {
  imported: number;
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
  rowCount: number;
  mapping: ColumnMapping;
  report: ImportReportState | null;
  busy: boolean;
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

  const showSheet = useCallback(async (fileName: string, sheets: string[], index: number) => {
    const table = tables.current[index] ?? { headers: [], rows: [], delimiter: '' };
    const mapping = (await rememberedMapping(headerSignature(table.headers))) ?? guessMapping(table.headers);
    setPending({
      fileName,
      sheets,
      sheet: index,
      headers: table.headers,
      sample: table.rows[0] ?? [],
      rowCount: table.rows.filter((r) => r.some((c) => c.trim())).length,
      mapping,
      report: null,
      busy: false,
    });
  }, []);

  const pickFile = useCallback(
    async (file: File) => {
      const bytes = await file.arrayBuffer();
      const isXlsx = /\.xlsx$/i.test(file.name) || isZip(bytes);
      try {
        if (isXlsx || /\.xls$/i.test(file.name)) {
          const sheets = await readXlsx(bytes);
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
      tables.current = [parseCsv(decodeCsvBytes(bytes).text)];
      firstLines.current = [2];
      source.current = 'csv';
      await showSheet(file.name, [file.name], 0);
    },
    [showSheet, notify, t],
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
      setPending({ ...pending, busy: true });
      const release = live.hold();
      try {
        await rememberMapping(headerSignature(table.headers), chosen);
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
        const imported = await putProspects(db, result.prospects, { merge: true, batchSize: 5000 });
        tables.current = [];
        setPending({
          ...pending,
          mapping: chosen,
          busy: false,
          report: { imported, flagged: result.flagged, fixed: 0, duplicates },
        });
      } catch (e) {
        setPending({ ...pending, busy: false });
        fail(e);
      } finally {
        release();
      }
    },
    [pending, live, fail],
  );

  const fix = useCallback(
    async (fixes: CellFixes) => {
      const report = pending?.report;
      if (!pending || !report || !options.current) return;
      const read = { ...options.current, now: new Date().toISOString() };
      const result = applyFixes(report.flagged, fixes, read);
      try {
        await putProspects(db, result.prospects, { merge: true });
        live.refresh(result.prospects.map((p) => p.domain));
        const duplicates = [...report.duplicates, ...duplicatesAfterImport(live.rows, result.prospects)];
        setPending({
          ...pending,
          report: {
            imported:
              report.imported +
              result.prospects.filter((p) => !report.flagged.some((r) => r.domain === p.domain)).length,
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
    runImport,
    applyFixes: fix,
    downloadProblems,
    merge: (pair: DuplicatePair) => settle(pair, 'merge'),
    keepBoth: (pair: DuplicatePair) => settle(pair, 'keep'),
    close: () => setPending(null),
  };
}
