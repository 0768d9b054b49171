/**
 * The options page: sections in order, backup download, restore into an empty browser profile, delete all with
 * a typed confirmation.
 */
import { readFile } from 'node:fs/promises';
import { randomProspects } from '../unit/backup/generate';
import { expect, test } from './fixtures';
import { countFromWorker, readFromWorker, seedFromWorker } from './pages/manager';

test('backs up everything, restores it into an empty profile, and deletes all only after typing DELETE', async ({
  openExtensionPage,
  sw,
}) => {
  const prospects = randomProspects(120, 21);
  await seedFromWorker(sw, prospects);
  await sw.evaluate(async () => {
    await chrome.storage.local.set({
      profiles: [
        {
          id: 'p1',
          name: 'LED',
          lines: [{ name: 'Panels', keywords: ['LED panel'] }],
          industryKeywords: [],
          excludeKeywords: [],
        },
      ],
      activeProfileId: 'p1',
      language: 'en',
    });
  });
  const page = await openExtensionPage('options.html');
  await expect(page.getByTestId('data-count')).toContainText('120');
  await expect(page.getByTestId('privacy')).toBeVisible();
  // Sections in the agreed order: products, shortcuts, language, badge, data, then the privacy statement.
  const order = [
    'profiles-section',
    'shortcuts-section',
    'language-section',
    'badge-section',
    'data-section',
    'privacy',
  ];
  const tops = await Promise.all(
    order.map(async (id) => (await page.getByTestId(id).boundingBox())?.y ?? -1),
  );
  expect(tops.every((y, i) => y >= 0 && (i === 0 || y > tops[i - 1]!))).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup').click()]);
  const file = test.info().outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup.format).toBe('tierscout-backup');
  expect(backup.prospects).toHaveLength(120);

  // Empty the profile: no prospects, no storage.
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-confirm').fill('delete');
  await expect(page.getByTestId('delete-now')).toBeDisabled();
  await page.getByTestId('delete-confirm').fill('DELETE');
  await page.getByTestId('delete-now').click();
  await expect(page.getByTestId('data-count')).toContainText('0');
  await sw.evaluate(() => chrome.storage.local.clear());
  expect(await countFromWorker(sw)).toBe(0);

  await page.getByTestId('restore-file').setInputFiles(file);
  // Nothing is written before the rep chooses; into an empty profile every row is new.
  await expect(page.getByTestId('restore-rows')).toContainText('120 new here');
  await page.getByTestId('restore-replace').click();
  await expect(page.getByTestId('data-message')).toContainText('Restored: 120 added, 0 replaced');
  expect(await countFromWorker(sw)).toBe(120);
  const sample = prospects[17]!;
  const { effectiveTier: _e, ...restored } = (await readFromWorker(sw, sample.domain)) as typeof sample & {
    effectiveTier: string;
  };
  expect(restored).toEqual(sample);
  const stored = (await sw.evaluate(() => chrome.storage.local.get(['profiles', 'activeProfileId']))) as {
    profiles: { name: string }[];
    activeProfileId: string;
  };
  expect(stored.activeProfileId).toBe('p1');
  expect(stored.profiles[0]?.name).toBe('LED');
});
