/**
 * The rep's own spreadsheet in the manager: a Chinese Excel CSV (GBK) and an .xlsx workbook imported with every
 * row kept and bad cells flagged, one fixed in place, the problem rows downloaded, likely duplicates flagged on
 * import and settled, and the list exported as .xlsx and read back.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { parseCsv } from '../../lib/import/read-csv';
import { expect, screenshot, test } from './fixtures';
import { countFromWorker, makeProspect, ManagerPage, readFromWorker, seedFromWorker } from './pages/manager';

const GBK_SHEET = resolve('tests/fixtures/sheets/客户名单-gbk.csv');

/** A saved prospect the sheet's Brightline row shares a phone number with. */
const ACME = makeProspect('acme-lighting.de', {
  company: { name: 'ACME Lighting GmbH', address: '', country: 'DE', language: 'de' },
  firstSeen: '2026-11-03T09:00:00.000Z',
  contacts: {
    emails: [{ value: 'info@acme-lighting.de', isRole: true, isOwnDomain: true, evidence: [] }],
    phones: [{ value: '+442476550120', kind: 'phone', country: 'GB', raw: '', evidence: [] }],
    messengers: [],
    socials: [],
  },
});

test('imports a Chinese Excel CSV (GBK): every row kept, flagged cells fixed in place, duplicate flagged, .xlsx out', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  await sw.evaluate(() => chrome.storage.local.set({ language: 'zh' }));
  await seedFromWorker(sw, [ACME]);
  const page = await openExtensionPage('prospects.html');
  const m = new ManagerPage(page);
  await m.expectCount(1, 1);

  await page.getByTestId('import-file').setInputFiles(GBK_SHEET);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('6 行');
  // 客户等级, 跟进状态, 添加日期 and 联系人 are mapped without help.
  await expect(page.getByTestId('map-tier')).toHaveValue('6');
  await expect(page.getByTestId('map-status')).toHaveValue('8');
  await expect(page.getByTestId('map-firstSeen')).toHaveValue('10');
  await expect(page.getByTestId('map-contactName')).toHaveValue('2');
  await page.getByTestId('import-run').click();

  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('import-summary')).toHaveText(
    '已导入或合并 5 行；3 个单元格无法识别，已留空；1 行等待修正。',
  );
  await expect(page.getByTestId('flag-5-website')).toContainText('只有免费邮箱');
  await expect(page.getByTestId('flag-6-tier')).toContainText('“E”');
  await expect(page.getByTestId('flag-6-buyerType')).toContainText('“朋友”');
  await expect(page.getByTestId('flag-6-firstSeen')).toContainText('“明天”');
  // Brightline shares its phone with the saved ACME.
  await expect(report.getByTestId('dup-brightline-lighting.co.uk')).toContainText(
    '与 ACME Lighting GmbH（acme-lighting.de） 电话相同，保存于',
  );
  await page.setViewportSize({ width: 1280, height: 1000 });
  await screenshot(page, 'import-report-zh', testInfo);

  expect(await countFromWorker(sw)).toBe(6);
  const licht = await readFromWorker(sw, 'lichtwerk-handel.de');
  expect(licht).toMatchObject({
    contactName: 'Anna Schmidt',
    tier: 'A',
    buyerType: 'distributor',
    status: 'potential',
    company: { country: 'DE' },
  });
  expect(licht?.contacts.emails.map((e) => e.value)).toEqual([
    'info@lichtwerk-handel.de',
    'einkauf@lichtwerk-handel.de',
  ]);
  const nordlys = await readFromWorker(sw, 'nordlys-belysning.no');
  expect(nordlys).toMatchObject({
    tier: null,
    buyerType: null,
    status: 'customer',
    company: { country: 'NO' },
  });

  // The problem rows download as CSV with what is wrong.
  const [problems] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-problems').click(),
  ]);
  const problemTable = parseCsv((await readFile(await problems.path())).toString('utf8'));
  expect(problemTable.headers.at(-1)).toBe('问题');
  expect(problemTable.rows.map((r) => r[0])).toEqual(['Li Wei Trading', 'Nordlys Belysning AS']);

  // Fix in place: a website for the gmail-only row, a tier for Nordlys.
  await page.getByTestId('fix-5-website').fill('liwei-trading.cn');
  await page.getByTestId('fix-6-tier').fill('B');
  await page.getByTestId('apply-fixes').click();
  await expect(report).toContainText('已修正并保存 1 行。');
  await expect(page.getByTestId('flag-5-website')).toHaveCount(0);
  await expect(page.getByTestId('flag-6-tier')).toHaveCount(0);
  await expect(page.getByTestId('flag-6-buyerType')).toBeVisible();
  await expect.poll(async () => (await readFromWorker(sw, 'nordlys-belysning.no'))?.tier).toBe('B');
  expect(await readFromWorker(sw, 'liwei-trading.cn')).toMatchObject({
    buyerType: 'importer',
    contactName: '李伟',
    company: { country: 'CN' },
  });
  expect(await readFromWorker(sw, 'gmail.com')).toBeUndefined();

  // Keep both: the pair is not flagged again.
  await report.getByTestId('dup-brightline-lighting.co.uk').getByTestId('dup-keep').click();
  await expect(report.getByTestId('duplicates')).toHaveCount(0);
  await page.getByTestId('import-close').click();
  await m.expectCount(7, 7);

  // Export the list as .xlsx (the default) in Chinese and read it back.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^tierscout-prospects-\d{4}-\d\d-\d\d\.xlsx$/);
  const [sheet] = await readExcelFile(await xlsx.path());
  const [headers, ...rows] = sheet!.data as unknown[][];
  expect(headers!.slice(0, 7)).toEqual(['域名', '公司名称', '官网', '联系人', '邮箱', '电话', '国家']);
  const col = (name: string) => (headers as string[]).indexOf(name);
  const lichtRow = rows.find((r) => r[0] === 'lichtwerk-handel.de')!;
  expect(lichtRow[col('客户类型')]).toBe('分销商');
  expect(lichtRow[col('跟进状态')]).toBe('潜在客户');
  expect(lichtRow[col('国家')]).toBe('德国');
  expect(lichtRow[col('电话')]).toBe('+493012345678');
  const added = lichtRow[col('添加日期')] as Date;
  expect(added).toBeInstanceOf(Date);
  // An Excel date is wall-clock time: the rep's 2 November 2026, 00:00, in the browser's time zone.
  expect(new Date(Math.round(added.getTime() / 1000) * 1000).toISOString()).toBe('2026-11-02T00:00:00.000Z');
});

test('imports a chosen sheet of an .xlsx workbook in English and merges a likely duplicate', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  await sw.evaluate(() => chrome.storage.local.set({ language: 'en' }));
  await seedFromWorker(sw, [ACME]);
  // A workbook the way reps keep one: a notes sheet first, then the list under a title row and an empty row.
  const file = testInfo.outputPath('customers.xlsx');
  await writeExcelFile([
    { sheet: 'Notes', data: [['Exported from the CRM'], ['Do not edit the IDs']] },
    {
      sheet: 'Customers',
      data: [
        ['Customer list 2026', null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
        ['Company', 'Website', 'E-mail', 'Phone', 'Country', 'Buyer type', 'Added'],
        [
          'ACME Lighting Ltd.',
          'acme-lighting.co.uk',
          'sales@acme-lighting.co.uk',
          '+44 24 7655 0120',
          'UK',
          'Wholesaler',
          { value: new Date(Date.UTC(2026, 10, 28)), type: Date, format: 'dd/mm/yyyy' },
        ],
        [
          'Luz y Diseño S.L.',
          'luzdiseno.es',
          'ventas@luzdiseno.es',
          '',
          'España',
          'Distributor',
          '12/11/2026',
        ],
        [null, null, null, null, null, null, null],
        ['Polska Lampy', 'polska-lampy.pl', 'biuro@polska-lampy.pl', '', 'Polska', 'sklep', '46300'],
      ],
    },
  ]).toFile(file);

  const page = await openExtensionPage('prospects.html');
  const m = new ManagerPage(page);
  await m.expectCount(1, 1);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-sheet')).toHaveValue('0');
  await page.getByTestId('import-sheet').selectOption({ label: 'Customers' });
  await expect(page.getByTestId('import-dialog')).toContainText('customers.xlsx: 3 rows');
  await expect(page.getByTestId('map-website')).toHaveValue('1');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '3 rows imported or merged; 1 cell could not be read and was left empty; 0 rows waiting for a fix.',
  );
  // The flagged cell names the row Excel shows (title and empty rows counted).
  await expect(page.getByTestId('flag-7-buyerType')).toContainText('“sklep”');
  await expect(page.getByTestId('dup-acme-lighting.co.uk')).toContainText(
    'same phone as ACME Lighting GmbH (acme-lighting.de), saved',
  );
  await screenshot(page, 'import-report-en', testInfo);
  const acmeUk = await readFromWorker(sw, 'acme-lighting.co.uk');
  expect(acmeUk?.firstSeen).toBe(await page.evaluate(() => new Date(2026, 10, 28).toISOString()));
  expect(acmeUk?.company.country).toBe('GB');
  expect((await readFromWorker(sw, 'polska-lampy.pl'))?.company.country).toBe('PL');
  await page.getByTestId('import-close').click();

  // Opening (and saving) a prospect checks it against the saved ones by index.
  await m.row('acme-lighting.co.uk').click();
  await page.keyboard.press('Enter');
  await page.getByTestId('detail-notes').fill('Same group as ACME GmbH?');
  await page.getByTestId('detail-save').click();
  await expect(page.getByTestId('detail-duplicates')).toContainText(
    'same phone as ACME Lighting GmbH (acme-lighting.de), saved',
  );
  await screenshot(page, 'detail-duplicate', testInfo);

  // The possible-duplicates view lists the same pair (by phone and by name); merge keeps one prospect.
  await page.getByTestId('tab-duplicates').click();
  const view = page.getByTestId('duplicates-view');
  await expect(view.getByTestId('dup-acme-lighting.co.uk')).toContainText('same phone as ACME Lighting GmbH');
  await screenshot(page, 'duplicates-view', testInfo);
  await view.getByTestId('dup-acme-lighting.co.uk').getByTestId('dup-merge').click();
  await expect(view).toContainText('No possible duplicates.');
  expect(await readFromWorker(sw, 'acme-lighting.co.uk')).toBeUndefined();
  const merged = await readFromWorker(sw, 'acme-lighting.de');
  expect(merged?.contacts.emails.map((e) => e.value).sort()).toEqual([
    'info@acme-lighting.de',
    'sales@acme-lighting.co.uk',
  ]);
  expect(merged?.buyerType).toBe('wholesaler');
  await m.expectCount(3, 3);

  // A CSV export for machines keeps the raw codes.
  await page.getByTestId('tab-table').click();
  await page.getByTestId('export-format').selectOption('csv-raw');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  const table = parseCsv((await readFile(await csv.path())).toString('utf8'));
  expect(table.headers.slice(0, 4)).toEqual(['domain', 'company', 'website', 'contact']);
  expect(table.rows.find((r) => r[0] === 'acme-lighting.de')![table.headers.indexOf('buyer_type')]).toBe(
    'wholesaler',
  );
});
