/**
 * Nothing saved is lost or changed behind the rep's back (issue 17), in Chromium with the built extension:
 * damaged and hostile backups, a restore over newer edits, restore and import running out of disk space for real
 * (Chromium's per-origin quota lowered through the DevTools protocol, `Storage.overrideQuotaForOrigin`, so
 * IndexedDB raises a genuine QuotaExceededError), windows-1252 CSV, non-CSV files, hostile websites, long names.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Worker } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import type { Prospect } from '../../lib/model';
import { randomProspects } from '../unit/backup/generate';
import { expect, screenshot, test } from './fixtures';
import { ManagerPage, makeProspect, readFromWorker, seedFromWorker } from './pages/manager';

const PROFILES = [
  {
    id: 'p1',
    name: 'LED lighting',
    lines: [{ name: 'Panels', keywords: ['LED panel'] }],
    industryKeywords: [],
    excludeKeywords: [],
  },
  {
    id: 'p2',
    name: 'Office chairs',
    lines: [{ name: 'Chairs', keywords: ['office chair'] }],
    industryKeywords: [],
    excludeKeywords: [],
  },
];

/** Every stored row (sorted by domain) and every `chrome.storage.local` key: the state "nothing changed" compares. */
async function everything(sw: Worker) {
  return sw.evaluate(async () => {
    const hook = (
      globalThis as unknown as {
        __tierscout: { db: { prospects: { toArray: () => Promise<{ domain: string }[]> } } };
      }
    ).__tierscout;
    const rows = (await hook.db.prospects.toArray()).sort((a, b) => (a.domain < b.domain ? -1 : 1));
    return { rows, storage: await chrome.storage.local.get(null) };
  });
}

async function seedSettings(sw: Worker) {
  await sw.evaluate(
    (profiles) => chrome.storage.local.set({ profiles, activeProfileId: 'p2', language: 'en' }),
    PROFILES,
  );
}

function backupFile(prospects: Prospect[], storage: Record<string, unknown>) {
  const json = {
    format: 'tierscout-backup',
    version: 1,
    exportedAt: '2026-11-01T08:00:00.000Z',
    prospects,
    storage,
  };
  return {
    name: 'tierscout-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  };
}

/**
 * Caps the extension origin's storage quota at `room` bytes above what it uses now. Chromium applies the override
 * to a database only if it is set before the IndexedDB backing store opens, so this runs before anything in the
 * test touches the database. The worker's script cache (≈6 MB) is counted a moment after start-up: wait for it.
 */
async function lowerQuota(context: BrowserContext, extensionId: string, room: number) {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  let usage = 0;
  // Under load Chromium may take a while to store the worker's registration; the wait is generous, never timed.
  await expect
    .poll(
      async () => {
        usage = (await cdp.send('Storage.getUsageAndQuota', { origin })).usage;
        return usage;
      },
      { timeout: 50_000 },
    )
    .toBeGreaterThan(0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.ceil(usage) + room });
}

/** Text that does not compress (Chromium compresses large IndexedDB values), so it really takes space. */
function noise(seed: number, length: number): string {
  let x = seed >>> 0;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += x.toString(36);
  }
  return out.slice(0, length);
}

test('a damaged backup names the bad path and changes nothing', async ({ openExtensionPage, sw }) => {
  await seedFromWorker(sw, randomProspects(50, 31));
  await seedSettings(sw);
  const before = await everything(sw);
  const page = await openExtensionPage('options.html');

  const rows = randomProspects(40, 32);
  (rows[25] as unknown as { tier: string }).tier = 'Z';
  await page.getByTestId('restore-file').setInputFiles(backupFile(rows, { profiles: PROFILES }));
  await expect(page.getByTestId('data-message')).toHaveText(
    'The backup is damaged at prospects.25.tier: not a tier (A–D). Nothing was restored.',
  );
  await expect(page.getByTestId('restore-dialog')).toHaveCount(0);

  // The hostile storage: not written as given, rejected with its path.
  const hostile = { profiles: 'not-an-array', language: 'klingon', 'unrelated-key': { steal: true } };
  await page.getByTestId('restore-file').setInputFiles(backupFile(randomProspects(5, 33), hostile));
  await expect(page.getByTestId('data-message')).toContainText('storage.profiles');
  await expect(page.getByTestId('data-message')).toContainText('Nothing was restored.');

  // A data: website in a restored row is rejected the same way.
  const phish = randomProspects(5, 34);
  phish[3]!.url = 'data:text/html,<script>location="https://evil.example/login"</script>';
  await page.getByTestId('restore-file').setInputFiles(backupFile(phish, {}));
  await expect(page.getByTestId('data-message')).toContainText('prospects.3.url: not an http(s) address');
  expect(await everything(sw)).toEqual(before);
});

test('a restore over newer edits asks first, keeps them on "merge", and undo puts everything back', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  const here = Array.from({ length: 50 }, (_, i) =>
    makeProspect(`leuchten-${String(i).padStart(2, '0')}.de`, { updatedAt: '2026-10-01T09:00:00.000Z' }),
  );
  // Five rows were edited after the backup was taken.
  for (const p of here.slice(0, 5))
    Object.assign(p, { notes: 'Called: wants a quote', updatedAt: '2026-11-28T09:00:00.000Z' });
  await seedFromWorker(sw, here);
  await seedSettings(sw);
  const backupRows = [
    ...here
      .slice(0, 45)
      .map((p) => ({ ...p, notes: 'old note', tier: 'D' as const, updatedAt: '2026-10-20T09:00:00.000Z' })),
    ...Array.from({ length: 5 }, (_, i) => makeProspect(`neu-lampen-${i}.de`)),
  ];
  const before = await everything(sw);
  const page = await openExtensionPage('options.html');
  await page
    .getByTestId('restore-file')
    .setInputFiles(
      backupFile(backupRows, { profiles: [PROFILES[0]], activeProfileId: 'p1', 'unrelated-key': 1 }),
    );

  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('restore-rows')).toHaveText(
    'Compared with this browser: 5 new here, 40 older here than in the backup, 5 edited here after the backup, 0 identical. 5 prospects here are not in the backup and stay.',
  );
  await expect(page.getByTestId('restore-newer')).toContainText('leuchten-00.de');
  await expect(page.getByTestId('restore-settings')).toContainText(
    'product profiles (2 here, 1 in the backup)',
  );
  await expect(page.getByTestId('restore-settings')).toContainText('active profile');
  await expect(page.getByTestId('restore-dropped')).toContainText('unrelated-key');
  // Profiles and settings are replaced only when ticked; unticked (the default) they stay.
  await expect(page.getByTestId('restore-with-settings')).not.toBeChecked();
  await expect(dialog).toContainText('Unticked, your profiles and settings stay as they are');
  await page.getByTestId('restore-with-settings').check();
  await expect(dialog).toContainText('Your 2 product profiles become the backup’s 1.');
  await screenshot(page, 'restore-choice', testInfo, false);
  await page.getByTestId('restore-with-settings').uncheck();
  // Nothing is written while the dialog asks.
  expect(await everything(sw)).toEqual(before);

  await page.getByTestId('restore-merge').click();
  await expect(page.getByTestId('data-message')).toContainText(
    'Restored: 5 added, 40 replaced, 5 newer prospects kept, 0 unchanged.',
  );
  await page.getByTestId('data-section').screenshot({ path: testInfo.outputPath('restore-done.png') });
  for (const p of here.slice(0, 5)) {
    expect(await readFromWorker(sw, p.domain)).toMatchObject({ notes: 'Called: wants a quote', tier: null });
  }
  expect(await readFromWorker(sw, 'leuchten-20.de')).toMatchObject({ notes: 'old note', tier: 'D' });
  const after = await everything(sw);
  expect(after.rows).toHaveLength(55);
  expect(after.storage.activeProfileId).toBe('p2');
  expect((after.storage.profiles as { id: string }[]).map((p) => p.id)).toEqual(['p1', 'p2']);

  await page.getByTestId('restore-undo').click();
  await expect(page.getByTestId('data-message')).toContainText('Restore undone');
  expect(await everything(sw)).toEqual(before);
});

test('replace takes the backup’s profiles and settings only when the box is ticked', async ({
  openExtensionPage,
  sw,
}) => {
  const rows = [
    makeProspect('leuchten-mueller.de', { notes: 'here', updatedAt: '2026-11-28T09:00:00.000Z' }),
  ];
  const backup = backupFile(
    [makeProspect('leuchten-mueller.de', { notes: 'backup', updatedAt: '2026-10-01T09:00:00.000Z' })],
    { profiles: [PROFILES[0]], activeProfileId: 'p1', language: 'zh' },
  );
  const page = await openExtensionPage('options.html');
  for (const ticked of [false, true]) {
    await seedFromWorker(sw, rows);
    await seedSettings(sw);
    await page.getByTestId('restore-file').setInputFiles(backup);
    if (ticked) await page.getByTestId('restore-with-settings').check();
    await page.getByTestId('restore-replace').click();
    // Ticked, the backup's language (Chinese) is restored too and the message reads in it.
    await expect(page.getByTestId('data-message')).toContainText(ticked ? '替换 1 个' : '1 replaced');
    // Replace writes the backup's row over the newer one here either way.
    expect((await readFromWorker(sw, 'leuchten-mueller.de'))?.notes).toBe('backup');
    const storage = await sw.evaluate(() =>
      chrome.storage.local.get(['profiles', 'activeProfileId', 'language']),
    );
    expect(storage).toEqual(
      ticked
        ? { profiles: [PROFILES[0]], activeProfileId: 'p1', language: 'zh' }
        : { profiles: PROFILES, activeProfileId: 'p2', language: 'en' },
    );
    await page.reload();
  }
});

test('a restore that runs out of disk space changes no row and no setting, and says so', async ({
  context,
  extensionId,
  openExtensionPage,
  sw,
}) => {
  // 1.5 MB of room: the 50 rows here fit, the backup's 8 MB do not.
  await lowerQuota(context, extensionId, 1_500_000);
  await seedFromWorker(sw, randomProspects(50, 41));
  await seedSettings(sw);
  const page = await openExtensionPage('options.html');
  const before = await everything(sw);
  // 400 rows of 20 kB each: 8 MB.
  const big = randomProspects(400, 42).map((p, i) => ({ ...p, notes: noise(i + 1, 20_000) }));
  await page
    .getByTestId('restore-file')
    .setInputFiles(backupFile(big, { profiles: [PROFILES[0]], language: 'zh' }));
  await page.getByTestId('restore-replace').click();
  await expect(page.getByTestId('data-message')).toContainText('out of storage space');
  await expect(page.getByTestId('data-message')).toContainText(
    'Nothing was restored: your prospects and settings are as they were.',
  );
  expect(await everything(sw)).toEqual(before);
});

test('an import that runs out of disk space imports nothing, and says so', async ({
  context,
  extensionId,
  openExtensionPage,
  sw,
}) => {
  await lowerQuota(context, extensionId, 1_500_000);
  await seedFromWorker(sw, randomProspects(30, 51));
  const page = await openExtensionPage('prospects.html');
  await new ManagerPage(page).expectCount(30, 30);
  const before = await everything(sw);
  const lines = ['Company,Website,Notes'];
  for (let i = 0; i < 500; i++) lines.push(`Leuchten ${i} GmbH,leuchten-${i}.de,${noise(i + 7, 20_000)}`);
  await page.getByTestId('import-file').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n')),
  });
  await page.getByTestId('import-run').click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('out of storage space');
  await expect(report).toContainText('Nothing was imported: your saved prospects are unchanged.');
  expect(await everything(sw)).toEqual(before);
});

test('a windows-1252 CSV from German Excel imports "Müller Leuchten GmbH"', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  const page = await openExtensionPage('prospects.html');
  const text = 'Firma;Webseite;Ort\r\nMüller Leuchten GmbH;www.mueller-leuchten.de;Düsseldorf\r\n';
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'kunden.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') });
  await expect(page.getByTestId('import-encoding')).toHaveValue('windows-1252');
  await expect(page.getByTestId('import-preview')).toContainText('Müller Leuchten GmbH');
  await screenshot(page, 'import-encoding', testInfo, false);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-report')).toContainText('New prospects: 1;');
  expect((await readFromWorker(sw, 'mueller-leuchten.de'))?.company.name).toBe('Müller Leuchten GmbH');
});

test('an Excel workbook picked as CSV is read as a workbook; a broken one or a binary file gets a sentence', async ({
  openExtensionPage,
}, testInfo) => {
  const page = await openExtensionPage('prospects.html');
  // A real workbook under a .csv name goes to the .xlsx reader (issue 12), not to the CSV decoder.
  const book = testInfo.outputPath('kunden.xlsx');
  await writeExcelFile([
    {
      sheet: 'Kunden',
      data: [
        ['Firma', 'Webseite'],
        ['Müller Leuchten GmbH', 'mueller-leuchten.de'],
      ],
    },
  ]).toFile(book);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'kunden.csv', mimeType: 'text/csv', buffer: await readFile(book) });
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(page.getByTestId('import-preview')).toContainText('Müller Leuchten GmbH');
  await expect(page.getByTestId('import-encoding')).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  // Workbook signature, but no workbook inside: the .xlsx reader says it cannot read it.
  const xlsx = Buffer.concat([
    Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0,
      0,
    ]),
    Buffer.from('[Content_Types].xml'),
    Buffer.alloc(200, 0x11),
  ]);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'kunden.csv', mimeType: 'text/csv', buffer: xlsx });
  await expect(page.getByTestId('toast')).toContainText('This .xlsx file cannot be read');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'logo.csv', mimeType: 'text/csv', buffer: png });
  await expect(page.getByTestId('toast')).toContainText('This is not a CSV file');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
});

test('a data: or chrome: website is never opened, imported or linked', async ({
  context,
  openExtensionPage,
  sw,
}) => {
  // Rows as an old database may hold them (written below the schema, straight into IndexedDB).
  await seedFromWorker(sw, [
    makeProspect('phish-data.de', { url: 'data:text/html,<script>location="https://evil.example"</script>' }),
    makeProspect('settings', { url: 'chrome://settings/passwords', updatedAt: '2026-11-19T09:00:00.000Z' }),
  ]);
  const page = await openExtensionPage('prospects.html');
  const m = new ManagerPage(page);
  await m.expectCount(2, 2);
  // Record what the page asks chrome.tabs to open (the address requested, before any navigation happens).
  await page.evaluate(() => {
    const created: string[] = [];
    (globalThis as unknown as { __created: string[] }).__created = created;
    const original = chrome.tabs.create.bind(chrome.tabs);
    chrome.tabs.create = ((props: chrome.tabs.CreateProperties) => {
      created.push(props.url ?? '');
      return original(props);
    }) as typeof chrome.tabs.create;
  });
  const opened: string[] = [];
  context.on('page', (p) => opened.push(p.url()));
  await m.row('phish-data.de').click();
  await page.keyboard.press('o');
  await m.row('settings').click();
  await page.keyboard.press('o');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail')).toBeVisible();
  // The detail renders no link for a row whose address is not http(s).
  await expect(page.getByTestId('detail').locator('a[href^="chrome:"], a[href^="data:"]')).toHaveCount(0);
  // Each row opens its domain's home page instead — never the data: page or the browser's password settings.
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { __created: string[] }).__created))
    .toEqual(['https://phish-data.de/', 'https://settings/']);
  const urls = await sw.evaluate(async () =>
    (await chrome.tabs.query({})).map((t) => t.pendingUrl || t.url || ''),
  );
  expect(urls.filter((u) => /^(data|chrome|javascript|file):/.test(u))).toEqual([]);
  expect(opened.filter((u) => /^(data|chrome|javascript|file):/.test(u))).toEqual([]);

  // From a spreadsheet such websites are flagged, never stored.
  const sheet =
    'Company,Website\r\nPhish,"data:text/html,<b>x</b>"\r\nPasswords,chrome://settings/passwords\r\nWeber,weber-licht.de\r\n';
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  await page.getByTestId('import-run').click();
  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('import-counts')).toHaveText('New prospects: 1; merged into saved ones: 0.');
  await expect(page.getByTestId('import-summary')).toHaveText(
    '1 row imported or merged; 0 cells could not be read and were left empty; 2 rows waiting for a fix.',
  );
  await expect(report).toContainText('not a web address');
  expect((await readFromWorker(sw, 'weber-licht.de'))?.url).toBe('https://weber-licht.de');
});

test('a 960-character name without spaces wraps inside the detail panel', async ({
  openExtensionPage,
  sw,
}) => {
  await seedFromWorker(sw, [
    makeProspect('langer-name.de', {
      company: { name: 'Leuchten'.repeat(120), address: '', country: 'DE', language: 'de' },
    }),
  ]);
  const page = await openExtensionPage('prospects.html');
  const m = new ManagerPage(page);
  await m.expectCount(1, 1);
  await m.row('langer-name.de').click();
  await page.keyboard.press('Enter');
  const close = page.getByTestId('detail').getByRole('button', { name: 'Close' });
  const box = await close.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('a long import shows rows done of total and stops without writing anything', async ({
  openExtensionPage,
  sw,
}) => {
  await seedFromWorker(sw, randomProspects(20, 61));
  const page = await openExtensionPage('prospects.html');
  await new ManagerPage(page).expectCount(20, 20);
  const before = await everything(sw);
  const lines = ['Company,Website,Email,Notes'];
  for (let i = 0; i < 30_000; i++) {
    lines.push(`Leuchten ${i} GmbH,leuchten-${i}.de,info@leuchten-${i}.de,Messe Frankfurt ${i}`);
  }
  await page.getByTestId('import-file').setInputFiles({
    name: 'messe.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n')),
  });
  await page.getByTestId('import-run').click();
  const progress = page.getByTestId('import-progress');
  // Stop works in either phase: while the worker reads the rows, or while they are written.
  await expect(progress).toContainText(/(Reading rows|Importing)… [\d,]+ of 30,000/);
  await page.getByTestId('import-stop').click();
  await expect(page.getByTestId('import-report')).toHaveText(
    /Import stopped\. Nothing was imported: your saved prospects are unchanged\./,
  );
  expect(await everything(sw)).toEqual(before);
});

test('the restore choice in Chinese; cancel writes nothing', async ({ openExtensionPage, sw }, testInfo) => {
  await seedFromWorker(sw, randomProspects(12, 71));
  await sw.evaluate((profiles) => chrome.storage.local.set({ profiles, language: 'zh' }), PROFILES);
  const before = await everything(sw);
  const page = await openExtensionPage('options.html');
  await page
    .getByTestId('restore-file')
    .setInputFiles(backupFile(randomProspects(8, 72), { profiles: [PROFILES[1]], language: 'en' }));
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toContainText('恢复此备份？');
  await expect(page.getByTestId('restore-settings')).toContainText('产品档案（此处 2 个，备份 1 个）');
  await expect(page.getByTestId('restore-settings')).toContainText('语言');
  await expect(page.getByTestId('restore-with-settings-label')).toContainText(
    '同时用备份中的产品档案和设置替换您现有的。',
  );
  await screenshot(page, 'restore-choice-zh', testInfo, false);
  await page.getByTestId('restore-cancel').click();
  await expect(page.getByTestId('data-message')).toHaveText('已取消恢复，未做任何修改。');
  expect(await everything(sw)).toEqual(before);
});
