/**
 * The only side effect of exporting: turns text into a Blob and lets the browser save it.
 */

/**
 * Saves `text` as a file named `filename` through a temporary object URL and an `<a download>` click.
 * @example downloadText(toCsv(rows, PROSPECT_COLUMNS), 'prospects.csv', 'text/csv;charset=utf-8')
 */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/**
 * Builds a Blob from text chunks, turning each chunk into its own Blob part at once: the browser keeps Blob bytes
 * outside the JS heap, so the chunk strings can be collected while the next ones are written.
 * @example downloadBlob(blobOfChunks(csvChunks(rows, PROSPECT_COLUMNS), 'text/csv;charset=utf-8'), 'x.csv')
 */
export function blobOfChunks(chunks: Iterable<string>, type: string): Blob {
  const parts: Blob[] = [];
  for (const chunk of chunks) parts.push(new Blob([chunk]));
  return new Blob(parts, { type });
}

/** Saves a Blob as a file named `filename` (see `downloadText`). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
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
