/**
 * Times the sheet pipeline under Node on N generated prospects (default 100,000): localised CSV and .xlsx export,
 * reading both back, importing the rows, and the duplicate search. `npx tsx tests/tools/bench-sheets.ts [N]`.
 * Node, not the page: the page adds IndexedDB writes (see tests/e2e/sheets-large.spec.ts for a browser figure).
 */
import { localisedCsvColumns } from '../../lib/export/columns';
import { toCsv } from '../../lib/export/csv';
import { writeXlsx } from '../../lib/export/xlsx';
import { guessMapping } from '../../lib/import/mapping';
import { parseCsv } from '../../lib/import/read-csv';
import { readXlsx } from '../../lib/import/read-xlsx';
import { importRows } from '../../lib/import/rows';
import { toManagerRow } from '../../lib/manager/rows';
import { findDuplicates } from '../../lib/prospect/duplicates';
import { randomProspects } from '../unit/backup/generate';

const n = Number(process.argv[2] ?? 100_000);
const rows = randomProspects(n, 7).map((p) => toManagerRow(p));
const time = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await work();
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${label.padEnd(28)} ${((performance.now() - start) / 1000).toFixed(2)} s   heap ${heap.toFixed(0)} MB`,
  );
  return result;
};
const now = new Date().toISOString();
const csv = await time(`CSV export (zh) ×${n}`, () => toCsv(rows, localisedCsvColumns('zh')));
const table = await time('CSV parse', () => parseCsv(csv));
await time('CSV rows → prospects', () =>
  importRows(table.rows, { mapping: guessMapping(table.headers), dateOrder: 'dmy', now }),
);
const blob = await time(`.xlsx export (zh) ×${n}`, () => writeXlsx(rows, 'zh'));
console.log(
  `.xlsx size ${(blob.size / 2 ** 20).toFixed(1)} MB, CSV ${(csv.length / 2 ** 20).toFixed(1)} M chars`,
);
const [sheet] = await time('.xlsx read', async () => readXlsx(await blob.arrayBuffer()));
await time('.xlsx rows → prospects', () =>
  importRows(sheet!.table.rows, { mapping: guessMapping(sheet!.table.headers), dateOrder: 'dmy', now }),
);
await time('duplicate search', () => findDuplicates(rows));
