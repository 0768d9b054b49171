/**
 * The import report's two actions on flagged rows, pure: re-read rows with the rep's fixes typed in, and write
 * the rows that still have problems as a CSV the rep can correct in Excel and import again.
 */
import { type CsvColumn, toCsv } from '../export/csv';
import type { Prospect } from '../model';
import { type FlaggedRow, importRows, type ReadOptions } from './rows';

/** The rep's corrections: `line:column` → new cell text. */
export type CellFixes = Record<string, string>;

export const fixKey = (line: number, column: number) => `${line}:${column}`;

/** A flagged row's cells with the fixes for its line put in (a fix may fill a column past the row's end). */
export function fixedCells(row: FlaggedRow, fixes: CellFixes): string[] {
  const cells = [...row.cells];
  for (const flag of row.flags) {
    const fix = fixes[fixKey(row.line, flag.column)];
    if (fix === undefined || flag.column < 0) continue;
    while (cells.length <= flag.column) cells.push('');
    cells[flag.column] = fix;
  }
  return cells;
}

/**
 * Re-reads the flagged rows the rep fixed. Returns the prospects to save (merged with what the first pass saved,
 * so a fixed tier fills the empty one) and the report's new flagged list: untouched rows as they were, fixed
 * rows with whatever problems remain.
 */
export function applyFixes(
  flagged: readonly FlaggedRow[],
  fixes: CellFixes,
  options: ReadOptions,
): { prospects: Prospect[]; flagged: FlaggedRow[]; fixedLines: number[] } {
  const prospects: Prospect[] = [];
  const next: FlaggedRow[] = [];
  const fixedLines: number[] = [];
  for (const row of flagged) {
    const touched = row.flags.some((f) => fixes[fixKey(row.line, f.column)] !== undefined);
    if (!touched) {
      next.push(row);
      continue;
    }
    const again = importRows([fixedCells(row, fixes)], options, row.line);
    prospects.push(...again.prospects);
    if (again.flagged[0]) next.push(again.flagged[0]);
    else fixedLines.push(row.line);
  }
  return { prospects, flagged: next, fixedLines };
}

/**
 * The rows that still have problems as CSV: the sheet's own columns (fixes applied) plus a last column saying
 * what is wrong, so the rep can correct them in Excel and import the file again.
 */
export function problemRowsCsv(
  headers: readonly string[],
  flagged: readonly FlaggedRow[],
  fixes: CellFixes,
  problemsOf: (row: FlaggedRow) => string,
  problemsHeader: string,
): string {
  const width = Math.max(headers.length, ...flagged.map((r) => fixedCells(r, fixes).length));
  type Line = { cells: string[]; problems: string };
  const columns: CsvColumn<Line>[] = [
    ...Array.from({ length: width }, (_, i) => ({
      key: String(i),
      header: headers[i] ?? '',
      value: (l: Line) => l.cells[i] ?? '',
    })),
    { key: 'problems', header: problemsHeader, value: (l: Line) => l.problems },
  ];
  return toCsv(
    flagged.map((r) => ({ cells: fixedCells(r, fixes), problems: problemsOf(r) })),
    columns,
  );
}
