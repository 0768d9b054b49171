import { useState } from 'react';
import type { RejectedRow } from '@/lib/import/rows';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField, isUsableMapping } from '@/lib/import/mapping';

/** The mapping step (field ← column, with a sample value) and, after the import, the per-row report. */
export function ImportDialog(props: {
  fileName: string;
  headers: string[];
  sample: string[];
  rowCount: number;
  initial: ColumnMapping;
  busy: boolean;
  report: { imported: number; rejected: RejectedRow[] } | null;
  onImport: (mapping: ColumnMapping) => void;
  onClose: () => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { t } = props;
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
        {props.report ? (
          <div data-testid="import-report">
            <p className="ok">
              {t('import.done', { n: props.report.imported, rejected: props.report.rejected.length })}
            </p>
            {props.report.rejected.length > 0 ? (
              <table className="report">
                <thead>
                  <tr>
                    <th>{t('import.line')}</th>
                    <th>{t('import.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.report.rejected.slice(0, 500).map((r) => (
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
        ) : (
          <>
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
