import { useState } from 'react';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField, isUsableMapping } from '@/lib/import/mapping';
import { CSV_ENCODINGS, type CsvEncoding } from '@/lib/import/read-csv';
import { type CellFixes, fixKey } from '@/lib/import/report';
import type { FlaggedRow } from '@/lib/import/rows';
import type { DuplicatePair } from '@/lib/prospect/duplicates';
import { type DuplicateNames, DuplicateList } from '@/components/common/DuplicateList';

/** What the report shows after an import (and after each round of fixes); counts are from the transactions. */
export interface ImportReport {
  imported: number;
  added: number;
  updated: number;
  flagged: FlaggedRow[];
  fixed: number;
  duplicates: DuplicatePair[];
}

/** Past this many columns the dialog says that only the chosen ones are read (a CRM dump of 500 columns). */
const WIDE_SHEET = 40;

/**
 * The import steps: for a CSV the detected encoding with a preview of the first rows as decoded (the rep can pick
 * another encoding before anything is written), the mapping (sheet, field ← column, with a sample value), progress
 * with a stop button while it writes, and after the import the report: every flagged cell with an input to fix it
 * in place, the problem rows as a download, and likely duplicates with merge / keep — or why nothing was written.
 */
export function ImportDialog(props: {
  fileName: string;
  sheets: string[];
  sheet: number;
  onSheet: (index: number) => void;
  headers: string[];
  sample: string[];
  /** The first data rows, for the encoding preview. */
  preview: string[][];
  rowCount: number;
  /** The CSV's encoding; null for a workbook (no encoding to choose). */
  encoding: CsvEncoding | null;
  isEncodingSure: boolean;
  onEncoding: (encoding: CsvEncoding) => void;
  initial: ColumnMapping;
  busy: boolean;
  progress: { done: number; total: number } | null;
  /** What the progress counts: rows read in the worker, or prospects written. */
  phase?: 'rows' | 'write' | null;
  report: ImportReport | null;
  /** Why the import wrote nothing; shown instead of the report. */
  failure: string | null;
  names: DuplicateNames;
  onImport: (mapping: ColumnMapping) => void;
  onStop: () => void;
  onApplyFixes: (fixes: CellFixes) => void;
  onDownloadProblems: (fixes: CellFixes) => void;
  onMerge: (pair: DuplicatePair) => void;
  onKeepBoth: (pair: DuplicatePair) => void;
  onClose: () => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { t, report } = props;
  const [mapping, setMapping] = useState<ColumnMapping>(props.initial);
  const [fixes, setFixes] = useState<CellFixes>({});
  const set = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    setMapping(next);
  };
  const header = (column: number) =>
    column >= 0 && column < props.headers.length ? props.headers[column] : t('import.field.website');
  const cells = report ? report.flagged.reduce((n, r) => n + (r.imported ? r.flags.length : 0), 0) : 0;
  const held = report ? report.flagged.filter((r) => !r.imported).length : 0;
  return (
    <div className="dialog-backdrop">
      <section className="dialog" role="dialog" aria-label={t('import.title')} data-testid="import-dialog">
        <h2>{t('import.title')}</h2>
        <p className="muted">{t('import.summary', { file: props.fileName, n: props.rowCount })}</p>
        {props.failure !== null ? (
          <div data-testid="import-report">
            <p className="warn">{props.failure}</p>
            <button type="button" className="primary" onClick={props.onClose}>
              {t('import.close')}
            </button>
          </div>
        ) : report ? (
          <div data-testid="import-report">
            <p className="ok" data-testid="import-summary">
              {t('import.flagged', { n: report.imported, cells, held })}
            </p>
            <p className="muted" data-testid="import-counts">
              {t('import.result', { added: report.added, updated: report.updated })}
            </p>
            {report.fixed > 0 ? <p className="ok">{t('import.fixed', { n: report.fixed })}</p> : null}
            {report.flagged.length > 0 ? (
              <>
                <table className="report" data-testid="flag-table">
                  <thead>
                    <tr>
                      <th>{t('import.flag.line')}</th>
                      <th>{t('import.flag.column')}</th>
                      <th>{t('import.flag.value')}</th>
                      <th>{t('import.flag.problem')}</th>
                      <th>{t('import.flag.fix')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.flagged.slice(0, 500).flatMap((row) =>
                      row.flags.map((flag) => {
                        const key = fixKey(row.line, flag.column);
                        return (
                          <tr key={`${key}:${flag.field}`} data-testid={`flag-${row.line}-${flag.field}`}>
                            <td>{row.line}</td>
                            <td>{header(flag.column)}</td>
                            <td>{flag.value ? `“${flag.value}”` : '—'}</td>
                            <td>
                              {t(flag.key)}
                              {row.imported ? '' : ` · ${t('import.flag.held')}`}
                            </td>
                            <td>
                              <input
                                value={fixes[key] ?? ''}
                                placeholder={flag.value}
                                aria-label={`${t('import.flag.fix')} ${row.line} ${header(flag.column)}`}
                                data-testid={`fix-${row.line}-${flag.field}`}
                                onChange={(e) => setFixes({ ...fixes, [key]: e.target.value })}
                              />
                            </td>
                          </tr>
                        );
                      }),
                    )}
                  </tbody>
                </table>
                <div className="actions">
                  <button
                    type="button"
                    onClick={() => props.onDownloadProblems(fixes)}
                    data-testid="download-problems"
                  >
                    {t('import.downloadProblems')}
                  </button>
                  <button
                    type="button"
                    disabled={props.busy || Object.keys(fixes).length === 0}
                    onClick={() => {
                      props.onApplyFixes(fixes);
                      setFixes({});
                    }}
                    data-testid="apply-fixes"
                  >
                    {t('import.applyFixes')}
                  </button>
                </div>
              </>
            ) : null}
            {report.duplicates.length > 0 ? (
              <>
                <h3>{t('dup.onImport')}</h3>
                <DuplicateList
                  pairs={report.duplicates}
                  names={props.names}
                  onMerge={props.onMerge}
                  onKeepBoth={props.onKeepBoth}
                  t={t}
                />
              </>
            ) : null}
            <div className="actions">
              <button type="button" className="primary" onClick={props.onClose} data-testid="import-close">
                {t('import.close')}
              </button>
            </div>
          </div>
        ) : props.progress ? (
          <div className="progress-row" data-testid="import-progress">
            <progress max={props.progress.total || 1} value={props.progress.done} />
            <span>
              {t(props.phase === 'rows' ? 'import.progress.rows' : 'import.progress', {
                done: props.progress.done,
                total: props.progress.total,
              })}
            </span>
            <button type="button" onClick={props.onStop} data-testid="import-stop">
              {t('import.stop')}
            </button>
          </div>
        ) : (
          <>
            {props.sheets.length > 1 ? (
              <label className="sheet-pick">
                <span>{t('import.sheet')}</span>
                <select
                  value={props.sheet}
                  onChange={(e) => props.onSheet(Number(e.target.value))}
                  data-testid="import-sheet"
                >
                  {props.sheets.map((name, i) => (
                    <option key={name} value={i}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <div className="encoding">
              {props.encoding !== null ? (
                <>
                  <label>
                    {t('import.encoding')}{' '}
                    <select
                      value={props.encoding}
                      onChange={(e) => props.onEncoding(e.target.value as CsvEncoding)}
                      data-testid="import-encoding"
                    >
                      {CSV_ENCODINGS.map((enc) => (
                        <option key={enc} value={enc}>
                          {t(`import.encoding.${enc}`)}
                        </option>
                      ))}
                    </select>
                  </label>{' '}
                  <span className={props.isEncodingSure ? 'muted' : 'warn'}>
                    {t(props.isEncodingSure ? 'import.encoding.sure' : 'import.encoding.unsure')}
                  </span>
                </>
              ) : null}
              <p className="muted">{t('import.preview')}</p>
              <table className="report preview" data-testid="import-preview">
                <tbody>
                  {[props.headers, ...props.preview].map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are fixed for one decoding.
                    <tr key={i}>
                      {row.slice(0, 6).map((c, j) =>
                        i === 0 ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat.
                          <th key={j}>{c}</th>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but position.
                          <td key={j}>{c}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>{t('import.mapHelp')}</p>
            {props.headers.length > WIDE_SHEET ? (
              <p className="warn" data-testid="import-wide">
                {t('import.wide', { n: props.headers.length })}
              </p>
            ) : null}
            <div className="mapping">
              {IMPORT_FIELDS.map((field) => (
                <label key={field}>
                  <span>{t(`import.field.${field}`)}</span>
                  <select
                    value={mapping[field] ?? ''}
                    onChange={(e) => set(field, e.target.value)}
                    data-testid={`map-${field}`}
                  >
                    <option value="">{t('import.skip')}</option>
                    {props.headers.map((h, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the index is the identity.
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                  <span className="muted sample">
                    {mapping[field] !== undefined ? (props.sample[mapping[field]!] ?? '') : ''}
                  </span>
                </label>
              ))}
            </div>
            {!isUsableMapping(mapping) ? <p className="warn">{t('import.needKey')}</p> : null}
            <div className="actions">
              <button type="button" onClick={props.onClose}>
                {t('import.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={props.busy || !isUsableMapping(mapping)}
                onClick={() => props.onImport(mapping)}
                data-testid="import-run"
              >
                {props.busy ? t('import.busy') : t('import.run', { n: props.rowCount })}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
