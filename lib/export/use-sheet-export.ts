/**
 * The manager's .xlsx / CSV export as a hook: the file is written in the sheet worker (lib/sheet-worker), so a
 * 100,000-row export leaves the page responsive, with progress and Stop; the page only hands the Blob to the
 * browser. Stop ends the worker; nothing is downloaded and nothing saved changes (an export only reads).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../i18n';
import type { ManagerRow } from '../manager/rows';
import { SheetJobCancelled, SheetWorker } from '../sheet-worker/client';
import { downloadBlob } from './download';
import type { ExportFormat } from './sheet-file';

/** An export in progress: which format and how far. */
export interface ExportProgress {
  format: ExportFormat;
  done: number;
  total: number;
}

export function useSheetExport(fail: (e: unknown) => void) {
  const [exporting, setExporting] = useState<ExportProgress | null>(null);
  const worker = useRef<SheetWorker | null>(null);
  useEffect(() => () => worker.current?.cancel(), []);

  const run = useCallback(
    async (rows: readonly ManagerRow[], format: ExportFormat, lang: Lang, delimiter: ',' | ';') => {
      worker.current ??= new SheetWorker();
      setExporting({ format, done: 0, total: rows.length });
      try {
        const { blob, filename } = await worker.current.export(rows, format, lang, delimiter, (done, total) =>
          setExporting({ format, done, total }),
        );
        downloadBlob(blob, filename);
      } catch (e) {
        if (!(e instanceof SheetJobCancelled)) fail(e);
      } finally {
        setExporting(null);
      }
    },
    [fail],
  );

  const stop = useCallback(() => worker.current?.cancel(), []);
  return { exporting, run, stop };
}
