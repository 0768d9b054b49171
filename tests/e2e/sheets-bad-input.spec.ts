/**
 * Bad spreadsheets in the manager (issue 12): a 100 MB file, a password-protected workbook, one cut off
 * mid-download and a 500-column CRM dump each get a clear sentence (or, for the wide sheet, an import that works),
 * the saved prospects stay exactly as they were, and long work runs in the sheet worker with a progress bar.
 */
import { open, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { randomProspects } from '../unit/backup/generate';
import { expect, screenshot, test } from './fixtures';
import { countFromWorker, ManagerPage, readFromWorker, seedFromWorker } from './pages/manager';

const LOCKED = resolve('tests/fixtures/sheets/客户名单-有密码.xlsx');

for (const lang of ['en', 'zh'] as const) {
  test(`a 100 MB file, a password-protected and a damaged workbook: clear messages, nothing lost (${lang})`, async ({
    openExtensionPage,
    sw,
  }, testInfo) => {
    await seedFromWorker(sw, randomProspects(12, 5));
    if (lang === 'zh') await sw.evaluate(() => chrome.storage.local.set({ language: 'zh' }));
    const page = await openExtensionPage('prospects.html');
    await new ManagerPage(page).expectCount(12, 12);
    const toast = page.getByTestId('toast');

    // A 100 MB export from a CRM: refused before it is read (a sparse file, so the test writes no 100 MB).
    const huge = testInfo.outputPath('crm-export-2026.csv');
    const handle = await open(huge, 'w');
    await handle.write('Company,Website\r\n');
    await handle.truncate(100 * 2 ** 20);
    await handle.close();
    await page.getByTestId('import-file').setInputFiles(huge);
    await expect(toast).toContainText(
      lang === 'en'
        ? 'crm-export-2026.csv is 100 MB: TierScout reads files of up to 50 MB'
        : 'crm-export-2026.csv 有 100 MB：TierScout 只能读取不超过 50 MB 的文件',
    );
    await expect(toast).toContainText(
      lang === 'en' ? 'your saved prospects are unchanged' : '已保存的客户没有变化',
    );
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    await screenshot(page, `import-too-big-${lang}`, testInfo, false);

    // Excel's "Encrypt with Password" (a real encrypted workbook).
    await page.getByTestId('import-file').setInputFiles(LOCKED);
    await expect(toast).toContainText(
      lang === 'en' ? 'This workbook is protected with a password' : '此工作簿设有密码，无法读取',
    );
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);

    // A workbook cut off mid-download.
    const whole = await writeExcelFile([
      [{ value: 'Company' }, { value: 'Website' }],
      [{ value: 'Weber Leuchten GmbH' }, { value: 'weber-leuchten.de' }],
    ]).toBuffer();
    await page.getByTestId('import-file').setInputFiles({
      name: 'kunden.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: whole.subarray(0, Math.floor(whole.length / 2)),
    });
    await expect(toast).toContainText(
      lang === 'en' ? 'This .xlsx file cannot be read: it is damaged' : '无法读取此 .xlsx 文件：文件已损坏',
    );
    await screenshot(page, `import-damaged-${lang}`, testInfo, false);
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    expect(await countFromWorker(sw)).toBe(12);
  });
}

test('a 500-column CRM dump imports from the columns the rep picks', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  const page = await openExtensionPage('prospects.html');
  const header = Array.from({ length: 500 }, (_, i) => `Zusatzfeld ${i + 1}`);
  header[0] = 'Firma';
  header[3] = 'E-Mail';
  header[449] = 'Webseite';
  const rows = [header];
  for (let i = 0; i < 40; i++) {
    const row = Array.from({ length: 500 }, (_, j) => (j % 7 === 0 ? `Wert ${i}-${j}` : ''));
    row[0] = `Leuchten Nord ${i} GmbH`;
    row[3] = `einkauf@leuchten-nord-${i}.de`;
    row[449] = `www.leuchten-nord-${i}.de`;
    rows.push(row);
  }
  const file = testInfo.outputPath('crm-dump.xlsx');
  await writeExcelFile(rows.map((r) => r.map((v) => (v ? { value: v } : null)))).toFile(file);
  await page.getByTestId('import-file').setInputFiles(file);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('crm-dump.xlsx: 40 rows');
  await expect(page.getByTestId('import-wide')).toContainText('This sheet has 500 columns');
  await page.getByTestId('map-website').selectOption({ label: 'Webseite' });
  await screenshot(page, 'import-wide', testInfo, false);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-summary')).toContainText('40 rows imported');
  expect(await countFromWorker(sw)).toBe(40);
  expect((await readFromWorker(sw, 'leuchten-nord-7.de'))?.contacts.emails[0]?.value).toBe(
    'einkauf@leuchten-nord-7.de',
  );
});

test('a 30,000-row .xlsx is read and converted in the sheet worker, with a progress bar; export too', async ({
  openExtensionPage,
}, testInfo) => {
  test.setTimeout(120_000);
  const page = await openExtensionPage('prospects.html');
  const data = [
    ['Firma', 'Webseite', 'E-Mail', 'Telefon', 'Land'],
    ...Array.from({ length: 30_000 }, (_, i) => [
      `Leuchtenhandel ${i} GmbH`,
      `leuchtenhandel-${i}.de`,
      `info@leuchtenhandel-${i}.de`,
      `+49 40 ${2_000_000 + i}`,
      'Deutschland',
    ]),
  ];
  const file = testInfo.outputPath('messe-kontakte.xlsx');
  await writeExcelFile(data).toFile(file);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-dialog')).toContainText('messe-kontakte.xlsx: 30,000 rows');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await screenshot(page, 'import-progress', testInfo, false);
  await expect(page.getByTestId('import-summary')).toContainText('30,000 rows imported', {
    timeout: 90_000,
  });

  // The work ran in the worker script the extension ships, started by the page.
  expect(workers.some((url) => /^chrome-extension:\/\/\w+\/assets\/worker-[\w-]+\.js$/.test(url))).toBe(true);
  await page.getByTestId('import-close').click();
  await new ManagerPage(page).expectCount(30_000, 30_000);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-format').selectOption('xlsx');
  await page.getByTestId('export-all').click();
  const saved = await (await download).path();
  expect((await readFile(saved)).subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByTestId('export-progress')).toHaveCount(0);
});
