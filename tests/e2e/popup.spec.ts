/** The popup's daily loop: tier by one key, reopen and see it saved, merge pages of one domain, designed states. */
import type { Prospect } from '../../lib/model';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('tiers a site by keys, and shows it saved when reopened', async ({ context, site, openPopupFor }) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.savedState).toHaveCount(0);
  await expect(popup.page.getByTestId('contacts')).toContainText('vertrieb@lichtwerk-handel.de');
  await popup.press('Shift+W');
  await popup.press('b');
  await expect(popup.status).toHaveText('Saved as B');
  await expect(popup.savedState).toHaveAttribute('data-tier', 'B');
  await popup.page.close();

  const again = await new PopupPage(await openPopupFor(page)).ready();
  await expect(again.savedState).toHaveAttribute('data-tier', 'B');
  await expect(again.savedState).toContainText('Saved · tier B · Wholesaler');
  await expect(again.page.getByTestId('tier-B')).toHaveAttribute('aria-pressed', 'true');
  // A note typed in the field is saved with Enter and does not re-tier the site.
  await again.press('n');
  await again.page.keyboard.type('call Jana about panels');
  await again.page.keyboard.press('Enter');
  await expect(again.status).toHaveText('Saved as B');
});

test('re-saving another page of the same domain keeps one merged prospect', async ({
  context,
  sw,
  site,
  openPopupFor,
}) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const first = await new PopupPage(await openPopupFor(page)).ready();
  await first.press('3');
  await expect(first.status).toHaveText('Saved as C');
  await first.page.close();

  await page.goto(site('lichtwerk-handel.de', '/kontakt'));
  const second = await new PopupPage(await openPopupFor(page)).ready();
  await expect(second.savedState).toHaveAttribute('data-tier', 'C');
  await second.press('a');
  await expect(second.status).toHaveText('Saved as A');

  const rows = (await sw.evaluate(() =>
    (
      globalThis as unknown as { __tierscout: { db: { prospects: { toArray(): Promise<unknown[]> } } } }
    ).__tierscout.db.prospects.toArray(),
  )) as Prospect[];
  expect(rows.map((r) => r.domain)).toEqual(['lichtwerk-handel.de']);
  const emails = rows[0]!.contacts.emails.map((e) => e.value);
  expect(emails).toEqual(
    expect.arrayContaining(['vertrieb@lichtwerk-handel.de', 'einkauf@lichtwerk-handel.de']),
  );
  expect(new Set(emails).size).toBe(emails.length);
  expect(rows[0]!.tier).toBe('A');
  expect(rows[0]!.url).toBe(site('lichtwerk-handel.de', '/'));
  expect(rows[0]!.history.map((h) => `${h.field}:${h.to}`)).toEqual(
    expect.arrayContaining(['tier:C', 'tier:A']),
  );
});

test('without a profile the popup asks the rep to describe their products', async ({
  context,
  site,
  openPopupFor,
}) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('state-no-profile')).toContainText('Describe your products first');
  await expect(popup.suggestion).toHaveCount(0);
  const optionsOpened = context.waitForEvent('page');
  await popup.page.getByRole('button', { name: /Describe my products/ }).click();
  expect((await optionsOpened).url()).toContain('/options.html');
});

test('a PDF is a restricted page, not an error', async ({ context, site, openPopupFor }) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/downloads/katalog-2026.pdf'));
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('state-restricted')).toContainText('This page cannot be scanned');
});

test('shows the suggested tier, buyer type and reasons with a profile set', async ({
  context,
  sw,
  site,
  openPopupFor,
}) => {
  await sw.evaluate(async () => {
    await chrome.storage.local.set({
      profiles: [
        {
          id: 'led',
          name: 'LED lighting',
          lines: [
            { name: 'LED panels', keywords: ['LED panel', 'LED-Panel', 'Rasterdeckenpanel'] },
            { name: 'Downlights', keywords: ['downlight'] },
            { name: 'High bays', keywords: ['high bay', 'Highbay', 'Hallenstrahler'] },
          ],
          industryKeywords: ['lighting', 'Leuchte', 'Beleuchtung'],
          excludeKeywords: [],
        },
      ],
      activeProfileId: 'led',
    });
  });
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('state-no-profile')).toHaveCount(0);
  await expect(popup.page.getByTestId('suggested-tier')).toHaveAttribute('data-tier', /^[ABC]$/);
  await expect(popup.page.getByTestId('suggested-buyer')).toHaveAttribute(
    'data-buyer',
    /wholesaler|distributor/,
  );
  await expect(popup.page.getByTestId('reasons').locator('li').first()).not.toBeEmpty();
  // The suggested tier is preselected for Enter.
  await popup.press('Enter');
  await expect(popup.savedState).toHaveAttribute('data-tier', /^[ABC]$/);
});

test('the site scan reads the contact pages and adds their contacts', async ({
  context,
  site,
  openPopupFor,
}) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('contacts')).not.toContainText('einkauf@lichtwerk-handel.de');
  await popup.press('s');
  await expect(popup.page.getByTestId('site-scan-done')).toContainText(/pages read/);
  await expect(popup.page.getByTestId('contacts')).toContainText('einkauf@lichtwerk-handel.de');
});
