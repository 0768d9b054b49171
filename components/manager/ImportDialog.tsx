import { useState } from 'react';
import type { RejectedRow } from '@/lib/import/rows';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField, isUsableMapping } from '@/lib/import/mapping';
import { CSV_ENCODINGS, type CsvEncoding } from '@/lib/import/read-csv';

/** What an import really did (counts from its transaction), or why it wrote nothing. */
export type ImportReport =
  | { ok: true; added: number; updated: number; rejected: RejectedRow[] }
  | { ok: false; message: string };

/**
 * The import steps: the detected encoding with a preview of the first rows as decoded (the rep can pick another
 * encoding before anything is written), the mapping (field ← column, with a sample value), progress with a stop
 * button while it writes, and the per-row report after.
 */
export function ImportDialog(props: {
  fileName: string;
  headers: string[];
  sample: string[];
  /** The first data rows, for the encoding preview. */
  preview: string[][];
  rowCount: number;
  encoding: CsvEncoding;
  isEncodingSure: boolean;
  onEncoding: (encoding: CsvEncoding) => void;
  initial: ColumnMapping;
  busy: boolean;
  progress: { done: number; total: number } | null;
  report: ImportReport | null;
  onImport: (mapping: ColumnMapping) => void;
  onStop: () => void;
  onClose: () => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { t, report } = props;
  const [mapping, setMapping] = useState<ColumnMapping>(props.initial);
  const set = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    setMapping(next);
  };
  return (
    <div className="dialog-backdrop">
      <section className="dialog" role="dialog" aria-label={t('import.title')} data-testid="import-dialog">
        <h2>{t('import.title')}</h2>
        <p className="muted">{t('import.summary', { file: props.fileName, n: props.rowCount })}</p>
        {report && !report.ok ? (
          <div data-testid="import-report">
            <p className="warn">{report.message}</p>
            <button type="button" className="primary" onClick={props.onClose}>
              {t('import.close')}
            </button>
          </div>
        ) : report?.ok ? (
          <div data-testid="import-report">
            <p className="ok">
              {t('import.result', {
                added: report.added,
                updated: report.updated,
                rejected: report.rejected.length,
              })}
            </p>
            {report.rejected.length > 0 ? (
              <table className="report">
                <thead>
                  <tr>
                    <th>{t('import.line')}</th>
                    <th>{t('import.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.slice(0, 500).map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td>
                        {r.problems.map((p) => `${t(p.key)}${p.value ? ` “${p.value}”` : ''}`).join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <button type="button" className="primary" onClick={props.onClose}>
              {t('import.close')}
            </button>
          </div>
        ) : props.progress ? (
          <div className="progress-row" data-testid="import-progress">
            <progress max={props.progress.total || 1} value={props.progress.done} />
            <span>
              {t('import.progress', {
                done: props.progress.done.toLocaleString(),
                total: props.progress.total.toLocaleString(),
              })}
            </span>
            <button type="button" onClick={props.onStop} data-testid="import-stop">
              {t('import.stop')}
            </button>
          </div>
        ) : (
          <>
            <div className="encoding">
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
