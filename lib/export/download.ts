/**
 * The only side effect of exporting: turns text into a Blob and lets the browser save it.
 */

/**
 * Saves `text` as a file named `filename` through a temporary object URL and an `<a download>` click.
 * @example downloadText(toCsv(rows, PROSPECT_COLUMNS), 'prospects.csv', 'text/csv;charset=utf-8')
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium reads the URL asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date, e.g. `tierscout-prospects-2026-11-26.csv`. */
export function datedFilename(stem: string, ext: string, now = new Date()): string {
  return `tierscout-${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}
