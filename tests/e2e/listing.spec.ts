/**
 * Issue 10 in real Chromium: a manufacturer's "Where to buy" page with 318 dealers in 8 countries is offered as
 * that many companies; the rep filters by country, saves 20 with one key, finds 20 D prospects in the manager and,
 * back on one dealer's own website, the popup finds it saved and merges the site into it. Pages that only look like
 * lists are not offered as companies; a directory's profile of one company is that company.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { countFromWorker, ManagerPage, readFromWorker } from './pages/manager';
import { PopupPage } from './pages/popup';

const LED_PROFILE = {
  id: 'led',
  name: 'LED lighting',
  lines: [
    { name: 'Downlights', keywords: ['downlight', 'LED downlight'] },
    { name: 'LED panels', keywords: ['LED panel'] },
    { name: 'Track lights', keywords: ['track light'] },
  ],
  industryKeywords: ['lighting', 'Beleuchtung', 'luminaire'],
  excludeKeywords: [],
};

async function listingPopup(
  openTab: (h: string, p?: string) => Promise<{ page: Page }>,
  openPopupFor: (p: Page) => Promise<Page>,
) {
  const { page } = await openTab('nordvik-lighting.com', '/en/where-to-buy');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('listing')).toBeVisible();
  return popup;
}

test('a dealer list: count, filter by country, save 20 with one key, merge on a visit to one dealer', async ({
  sw,
  site,
  openTab,
  openPopupFor,
  openExtensionPage,
}, testInfo) => {
  await sw.evaluate(
    (profile) => chrome.storage.local.set({ profiles: [profile], activeProfileId: profile.id }),
    LED_PROFILE,
  );
  const popup = await listingPopup(openTab, openPopupFor);
  await expect(popup.getByTestId('listing-count')).toHaveText('This page lists 318 companies');
  // The two cards the locator plugin left empty are skipped and counted, not shown.
  await expect(popup.getByTestId('listing-skipped')).toHaveText(
    '2 entries could not be read and were skipped',
  );
  await expect(popup.getByTestId('listing-entry').first()).toBeVisible();
  // Graded from each dealer's own words: the cards that list LED downlights or panels are D, the rest none.
  const gradedD = popup.locator('[data-testid="listing-entry"] [data-tier="D"]');
  await expect.poll(() => gradedD.count()).toBeGreaterThan(50);
  await expect
    .poll(() => popup.locator('[data-testid="listing-entry"] [data-tier="none"]').count())
    .toBeGreaterThan(20);
  await screenshot(popup, 'listing-en', testInfo, false);

  await popup.getByTestId('listing-country').selectOption('AT');
  await expect(popup.getByTestId('listing-entry')).toHaveCount(20);
  for (const country of await popup
    .getByTestId('listing-entry')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-country'))))
    expect(country).toBe('AT');
  await popup.locator('body').press('a');
  await expect(popup.getByTestId('listing-shown')).toHaveText('20 shown · 20 selected');
  await popup.locator('body').press('Enter');
  await expect(popup.getByTestId('listing-status')).toHaveText('Saved 20 prospects');
  await expect(popup.getByTestId('listing-saved')).toHaveCount(20);
  await screenshot(popup, 'listing-saved-en', testInfo, false);

  // The manager lists 20 prospects, all tier D, each with the listing as its source.
  const manager = new ManagerPage(await openExtensionPage('prospects.html'));
  await manager.expectCount(20, 20);
  expect(await countFromWorker(sw)).toBe(20);
  const gruber = await readFromWorker(sw, 'lichthaus-gruber.at');
  expect(gruber).toMatchObject({
    suggestedTier: 'D',
    tier: null,
    url: site('nordvik-lighting.com', '/en/where-to-buy'),
    company: { name: 'Lichthaus Gruber GmbH', country: 'AT' },
  });
  const all = await sw.evaluate(() =>
    (
      globalThis as unknown as {
        __tierscout: {
          db: { prospects: { toArray: () => Promise<{ effectiveTier: string; domain: string }[]> } };
        };
      }
    ).__tierscout.db.prospects.toArray(),
  );
  expect(all.map((r) => r.effectiveTier)).toEqual(Array(20).fill('D'));
  // Dealers on free mail only are kept apart by their entry key, never by gmx.at or aon.at.
  for (const r of all) expect(r.domain).not.toMatch(/^(gmx\.at|aon\.at|chello\.at|gmail\.com)$/);

  // The dealer's own website: the popup knows it is saved, and saving the site merges into the same prospect.
  const { page: dealerSite } = await openTab('lichthaus-gruber.at', '/');
  const dealer = await new PopupPage(await openPopupFor(dealerSite)).ready();
  await expect(dealer.companyName).toHaveText('Lichthaus Gruber GmbH');
  await expect(dealer.savedState).toBeVisible();
  await dealer.press('Enter');
  await expect(dealer.status).toContainText('Saved');
  await expect.poll(() => countFromWorker(sw)).toBe(20);
  const merged = await readFromWorker(sw, 'lichthaus-gruber.at');
  // The site's own grade replaces the listing's D; its fax (only on the site) joins the listing's phone.
  expect(merged?.suggestedTier).not.toBe('D');
  expect(merged?.contacts.phones.map((p) => p.value).sort()).toEqual(['+43732774509', '+4373277450'].sort());
  expect(merged?.url).toBe(site('nordvik-lighting.com', '/en/where-to-buy'));
  await manager.page.bringToFront();
  await manager.expectCount(20, 20);
});

test('the listing panel in Chinese', async ({ sw, openTab, openPopupFor }, testInfo) => {
  await sw.evaluate(
    (profile) =>
      chrome.storage.local.set({ profiles: [profile], activeProfileId: profile.id, language: 'zh' }),
    LED_PROFILE,
  );
  const popup = await listingPopup(openTab, openPopupFor);
  await expect(popup.getByTestId('listing-count')).toHaveText('此页面列出 318 家公司');
  await popup.getByTestId('listing-grade').selectOption('D');
  await popup.locator('body').press('g');
  await expect(popup.getByTestId('listing-save')).toContainText('保存为 D');
  await screenshot(popup, 'listing-zh', testInfo, false);
  // Keys and mouse: N clears what shows, a click selects one row, Space on the cursor row toggles it.
  await popup.locator('body').press('n');
  await expect(popup.getByTestId('listing-shown')).toContainText('已选 0 家');
  await popup.getByTestId('listing-entry').nth(2).locator('input[type="checkbox"]').click();
  await expect(popup.getByTestId('listing-shown')).toContainText('已选 1 家');
  await popup.locator('body').press('ArrowDown');
  await popup.locator('body').press(' ');
  await expect(popup.getByTestId('listing-shown')).toContainText('已选 2 家');
});

test('pages that only look like lists are one company, not many', async ({ openTab, openPopupFor }) => {
  for (const [host, path] of [
    ['green-thumb-diary.net', '/'],
    ['lampenwelt-outlet.de', '/'],
    ['ningbo-hengda-valve.com', '/'],
  ] as const) {
    const { page } = await openTab(host, path);
    const popup = await new PopupPage(await openPopupFor(page)).ready();
    await expect(popup.page.getByTestId('listing')).toHaveCount(0);
    await expect(popup.companyName).toBeVisible();
  }
});

test('a directory profile of one company is saved as that company', async ({ sw, openTab, openPopupFor }) => {
  const { page } = await openTab('europages.co.uk', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.companyName).toHaveText('NORDLICHT LED TRADING BV');
  await popup.press('Enter');
  await expect(popup.status).toContainText('Saved');
  const row = await readFromWorker(sw, 'nordlicht-led.nl');
  expect(row?.company.name).toBe('NORDLICHT LED TRADING BV');
  expect(await readFromWorker(sw, 'europages.co.uk')).toBeUndefined();
});
