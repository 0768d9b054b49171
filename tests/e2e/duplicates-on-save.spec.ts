/**
 * Duplicates caught on save (issue 12): a company's second site — its retail shop under another domain, same
 * switchboard number — is flagged the moment the rep saves it, in the popup (merge / keep both) and in the toast of
 * a keyboard save.
 */
import type { Prospect } from '../../lib/model';
import { expect, screenshot, test } from './fixtures';
import { countFromWorker, readFromWorker } from './pages/manager';
import { PopupPage } from './pages/popup';
import { runCommand } from './pages/worker';

const SHOP = 'lichtwerk-shop.de';
const WHOLESALER = 'lichtwerk-handel.de';

async function saveWholesaler(
  openTab: (host: string, path?: string) => Promise<{ page: import('@playwright/test').Page }>,
  openPopupFor: (page: import('@playwright/test').Page) => Promise<import('@playwright/test').Page>,
) {
  const { page } = await openTab(WHOLESALER, '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await popup.press('b');
  await expect(popup.savedState).toHaveAttribute('data-tier', 'B');
  // A first save of a company nobody saw before flags nothing.
  await expect(popup.page.getByTestId('popup-duplicates')).toHaveCount(0);
  await popup.page.close();
}

test('saving a second site of a saved company flags it; merge keeps one prospect with both sites’ contacts', async ({
  sw,
  openTab,
  openPopupFor,
}) => {
  await saveWholesaler(openTab, openPopupFor);
  const { page } = await openTab(SHOP, '/');
  const popupPage = await openPopupFor(page);
  await popupPage.setViewportSize({ width: 380, height: 600 });
  const popup = await new PopupPage(popupPage).ready();
  await expect(popup.page.getByTestId('popup-duplicates')).toHaveCount(0);
  await popup.page.keyboard.press('Enter');
  await expect(popup.status).toContainText('Saved');
  const warning = popup.page.getByTestId('popup-duplicates');
  await expect(warning).toContainText('Possible duplicate');
  await expect(warning).toContainText(
    /same phone as Lichtwerk Handel GmbH \(lichtwerk-handel\.de\), saved \w{3} \d{1,2}/,
  );
  await expect(warning).toContainText('+495219876540');
  await screenshot(popup.page, 'popup-duplicate-en', test.info(), false);
  // The warning sits with the save, inside Chrome's 600 px popup.
  const box = await warning.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(600);

  await warning.getByTestId('popup-dup-merge').click();
  await expect(popup.status).toHaveText(`Merged ${SHOP} into ${WHOLESALER}`);
  await expect(warning).toHaveCount(0);
  expect(await countFromWorker(sw)).toBe(1);
  const merged = (await readFromWorker(sw, WHOLESALER)) as Prospect;
  expect(merged.contacts.emails.map((e) => e.value)).toEqual(
    expect.arrayContaining(['vertrieb@lichtwerk-handel.de', 'shop@lichtwerk-shop.de']),
  );
  expect(merged.tier).toBe('B');
  expect(merged.history.some((h) => h.field === 'merged' && h.from === SHOP)).toBe(true);
});

test('keep both (in Chinese) stores both and never flags the pair again', async ({
  sw,
  openTab,
  openPopupFor,
}) => {
  await saveWholesaler(openTab, openPopupFor);
  await sw.evaluate(() => chrome.storage.local.set({ language: 'zh' }));
  const { page } = await openTab(SHOP, '/');
  const popupPage = await openPopupFor(page);
  await popupPage.setViewportSize({ width: 380, height: 600 });
  const popup = await new PopupPage(popupPage).ready();
  await popup.press('c');
  const warning = popup.page.getByTestId('popup-duplicates');
  await expect(warning).toContainText('可能重复');
  await expect(warning).toContainText(
    /与 Lichtwerk Handel GmbH（lichtwerk-handel\.de） 电话相同，保存于 \d{1,2}月\d{1,2}日/,
  );
  await screenshot(popup.page, 'popup-duplicate-zh', test.info(), false);
  await warning.getByRole('button', { name: '都保留' }).click();
  await expect(popup.status).toHaveText('已都保留');
  await expect(warning).toHaveCount(0);
  expect(await countFromWorker(sw)).toBe(2);
  expect((await readFromWorker(sw, SHOP))?.notDuplicateOf).toEqual([WHOLESALER]);
  await popup.page.close();

  const again = await new PopupPage(await openPopupFor(page)).ready();
  await expect(again.savedState).toHaveAttribute('data-tier', 'C');
  await again.press('a');
  await expect(again.status).toContainText('已保存');
  await expect(again.page.getByTestId('popup-duplicates')).toHaveCount(0);
});

test('a keyboard save names the likely duplicate in its toast', async ({ sw, openTab, openPopupFor }) => {
  await saveWholesaler(openTab, openPopupFor);
  const { page, tabId } = await openTab(SHOP, '/');
  const outcome = await runCommand(sw, 'tier-c', { id: tabId, url: page.url() });
  expect(outcome).toMatchObject({ ok: true, domain: SHOP, tier: 'C', duplicateOf: WHOLESALER });
  const toast = page.locator('#tierscout-toast');
  await expect(toast).toContainText('tier C');
  await expect(toast).toContainText(
    /Possible duplicate: same phone as Lichtwerk Handel GmbH \(lichtwerk-handel\.de\), saved \w{3} \d{1,2}\. Open TierScout to merge or keep both\./,
  );
  await page.screenshot({ path: test.info().outputPath('toast-duplicate.png') });
  // Both rows are kept until the rep decides; the popup then offers the choice.
  expect(await countFromWorker(sw)).toBe(2);
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('popup-duplicates')).toContainText(
    'same phone as Lichtwerk Handel GmbH',
  );
});
