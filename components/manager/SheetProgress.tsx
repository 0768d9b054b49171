/**
 * A file being read or written in the sheet worker: what, how far (an indeterminate bar while the count is not
 * known yet), and Stop. The page behind stays usable; nothing saved changes until an import writes.
 */
export function SheetProgress(props: {
  label: string;
  done: number;
  total: number;
  onStop: () => void;
  t: (key: string, params?: Record<string, string | number>) => string;
  testId: string;
}) {
  const known = props.total > 0;
  return (
    <div className="sheet-progress" role="status" data-testid={props.testId}>
      <span className="sheet-progress__label">{props.label}</span>
      {known ? <progress max={props.total} value={props.done} /> : <progress />}
      <button type="button" onClick={props.onStop} data-testid={`${props.testId}-stop`}>
        {props.t('import.stop')}
      </button>
    </div>
  );
}
