/**
 * The product-profile editor in Options, driven as a new rep would: start from an example, write a profile by hand,
 * import the minimal JSON form, export, and see each one change the tier the popup suggests.
 */
import { readFile } from 'node:fs/promises';
import { expect, screenshot, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('a new rep starts from an example profile and the popup then suggests a tier', async ({
  context,
  site,
  openPopupFor,
}, testInfo) => {
  const shop = await context.newPage();
  await shop.goto(site('lichtwerk-handel.de', '/'));
  const first = await new PopupPage(await openPopupFor(shop)).ready();
  await expect(first.page.getByTestId('state-no-profile')).toBeVisible();
  const optionsOpened = context.waitForEvent('page');
  await first.page.getByRole('button', { name: /Describe my products/ }).click();
  const options = await optionsOpened;
  await options.waitForLoadState();

  await expect(options.getByTestId('profiles-section')).toContainText('No profile yet');
  await options.getByTestId('profile-example').selectOption('led-lighting');
  await expect(options.getByTestId('profiles-message')).toContainText('Added the example');
  await expect(options.getByTestId('profile-name')).toHaveValue('LED lighting (Ningbo factory)');
  await expect(options.getByRole('tab', { selected: true })).toContainText('Active');
  await screenshot(options, 'options-profile-example', testInfo);

  const popup = await new PopupPage(await openPopupFor(shop)).ready();
  await expect(popup.page.getByTestId('state-no-profile')).toHaveCount(0);
  await expect(popup.page.getByTestId('suggested-tier')).toHaveAttribute('data-tier', /^[ABCD]$/);
  await expect(popup.page.getByTestId('reasons')).toContainText('product categories match');
});

test('a profile written by hand is saved, validated and used; a better-matching profile lifts the tier', async ({
  context,
  site,
  openExtensionPage,
  openPopupFor,
}) => {
  const options = await openExtensionPage('options.html');
  await options.getByTestId('profile-add').click();
  // A line without keywords is refused with the reason, and nothing is stored.
  await options.getByTestId('profile-name').fill('Notleuchten');
  await options.getByRole('textbox', { name: 'Line name' }).first().fill('Emergency lights');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profiles-message')).toContainText(
    'needs a name and at least one keyword',
  );

  await options
    .getByRole('textbox', { name: /Keywords and synonyms/ })
    .first()
    .fill('Notleuchte\nemergency light');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profiles-message')).toHaveText('Saved.');

  const shop = await context.newPage();
  await shop.goto(site('lichtwerk-handel.de', '/'));
  const narrow = await new PopupPage(await openPopupFor(shop)).ready();
  const narrowTier = await narrow.page.getByTestId('suggested-tier').getAttribute('data-tier');
  expect(['C', 'none']).toContain(narrowTier);

  // The same rep adds the product lines this wholesaler lives on: the same site now matches more of its range.
  await options.bringToFront();
  await options.getByRole('button', { name: /Add product line/ }).click();
  await options.getByRole('textbox', { name: 'Line name' }).nth(1).fill('LED panels');
  await options
    .getByRole('textbox', { name: /Keywords and synonyms/ })
    .nth(1)
    .fill('LED-Panel\nLED panel');
  await options.getByRole('button', { name: /Add product line/ }).click();
  await options.getByRole('textbox', { name: 'Line name' }).nth(2).fill('Downlights');
  await options
    .getByRole('textbox', { name: /Keywords and synonyms/ })
    .nth(2)
    .fill('Downlight\nEinbaustrahler');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profiles-message')).toHaveText('Saved.');

  const wide = await new PopupPage(await openPopupFor(shop)).ready();
  const wideTier = await wide.page.getByTestId('suggested-tier').getAttribute('data-tier');
  const rank = (t: string | null) => ['A', 'B', 'C', 'D', 'none'].indexOf(t ?? 'none');
  expect(rank(wideTier)).toBeLessThan(rank(narrowTier));
  await expect(wide.page.getByTestId('reasons')).toContainText('LED');
});

test('imports the minimal JSON form, rejects a broken file with the reason, and exports what is stored', async ({
  openExtensionPage,
  sw,
}) => {
  const options = await openExtensionPage('options.html');
  await options.getByTestId('profile-import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name": "Pumps", "keywords": '),
  });
  await expect(options.getByTestId('profiles-message')).toContainText('Could not import');

  await options.getByTestId('profile-import').setInputFiles({
    name: 'pumps.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        name: 'Pumps',
        keywords: ['centrifugal pump', 'Kreiselpumpe', 'bomba centrífuga'],
        industryKeywords: ['valve'],
        excludeKeywords: ['heat pump'],
      }),
    ),
  });
  await expect(options.getByTestId('profiles-message')).toContainText('Imported 1 profile');
  await expect(options.getByTestId('profile-name')).toHaveValue('Pumps');
  const stored = (await sw.evaluate(() => chrome.storage.local.get(['profiles', 'activeProfileId']))) as {
    profiles: { id: string; name: string; excludeKeywords: string[] }[];
    activeProfileId: string;
  };
  expect(stored.profiles.map((p) => p.name)).toEqual(['Pumps']);
  expect(stored.activeProfileId).toBe(stored.profiles[0]?.id);
  expect(stored.profiles[0]?.excludeKeywords).toEqual(['heat pump']);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as unknown;
  expect(exported).toEqual(stored.profiles);
});

test('tier thresholds are kept, and an impossible pair is refused', async ({ openExtensionPage, sw }) => {
  const options = await openExtensionPage('options.html');
  await options.getByTestId('threshold-a').fill('70');
  await expect(options.getByTestId('profiles-message')).toHaveText('Saved.');
  await options.getByTestId('threshold-b').fill('80');
  await expect(options.getByTestId('profiles-message')).toContainText('B must be lower than A');
  const { thresholds } = (await sw.evaluate(() => chrome.storage.local.get('thresholds'))) as {
    thresholds: { a: number; b: number };
  };
  expect(thresholds.a).toBeCloseTo(0.7);
  expect(thresholds.b).toBeLessThan(thresholds.a);
});

test('every example trade can be started from; keyword boxes are roomy; thresholds are explained with an example', async ({
  openExtensionPage,
}, testInfo) => {
  const options = await openExtensionPage('options.html');
  const picker = options.getByTestId('profile-example');
  const keys = await picker
    .locator('option')
    .evaluateAll((opts) => opts.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(keys).toEqual(
    expect.arrayContaining([
      'led-lighting',
      'home-furniture',
      'apparel',
      'valves',
      'packaging',
      'home-textiles',
      'auto-parts',
      'hand-tools',
    ]),
  );
  for (const key of keys) {
    await picker.selectOption(key);
    await expect(options.getByTestId('profiles-message')).toContainText('Added the example');
  }
  await expect(options.getByRole('tab')).toHaveCount(keys.length);
  // Roomy: a keyword box shows at least eight lines without scrolling.
  const box = await options.getByLabel('Keywords and synonyms (one per line)').first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(150);
  const explain = options.getByTestId('thresholds-explain');
  await expect(explain).toContainText('At 60% or more it suggests A, at 25% or more B');
  await expect(explain).toContainText('6 of them yours, has 50%: tier B');
  await options.getByTestId('threshold-a').fill('45');
  await expect(explain).toContainText('6 of them yours, has 50%: tier A');
  await screenshot(options, 'options-profiles-roomy', testInfo);
});
