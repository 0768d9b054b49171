/**
 * A large workbook: past 512 KB fflate unzips in a Web Worker made from a blob: URL, which an extension page's
 * CSP could refuse. This imports 20,000 rows from an .xlsx the size reps' CRM exports reach.
 */
import writeExcelFile from 'write-excel-file/node';
import { statSync } from 'node:fs';
import { expect, test } from './fixtures';
import { countFromWorker, ManagerPage } from './pages/manager';

test('imports a 20,000-row .xlsx (over the 512 KB worker threshold)', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  test.setTimeout(120_000);
  const rows = 20_000;
  const file = testInfo.outputPath('big.xlsx');
  const data = [
    ['Company', 'Website', 'E-mail', 'Phone', 'Country', 'Added'],
    ...Array.from({ length: rows }, (_, i) => [
      `Firma ${i} Leuchten GmbH`,
      `firma-${i}-leuchten.de`,
      `info${i}@firma-${i}-leuchten.de`,
      `+49 30 ${String(1_000_000 + i)}`,
      i % 2 ? 'Deutschland' : '德国',
      `2026/${(i % 12) + 1}/${(i % 28) + 1}`,
    ]),
  ];
  await writeExcelFile(data).toFile(file);
  const size = statSync(file).size;
  expect(size).toBeGreaterThan(512 * 1024);
  const page = await openExtensionPage('prospects.html');
  await page.getByTestId('import-file').setInputFiles(file);
  const picked = Date.now();
  await expect(page.getByTestId('import-dialog')).toContainText(
    `big.xlsx: ${rows.toLocaleString('en')} rows`,
  );
  const read = Date.now() - picked;
  const started = Date.now();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-summary')).toContainText(
    `${rows.toLocaleString('en')} rows imported`,
    {
      timeout: 90_000,
    },
  );
  const imported = Date.now() - started;
  expect(await countFromWorker(sw)).toBe(rows);
  await new ManagerPage(page).expectCount(rows, rows);
  // A figure for the notes, not a limit: timings on a shared machine vary.
  console.log(`${rows} rows, ${Math.round(size / 1024)} KB: read ${read} ms, import ${imported} ms`);
});
