/**
 * The UI follows the browser's language until the rep picks one in Options: a Chinese Chromium shows every screen
 * in Simplified Chinese, and the choice "English" wins over the browser.
 */
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { runCommand } from './pages/worker';

test.use({ browserLocale: 'zh-CN' });

test('a Chinese browser gets the Chinese popup, options, manager and toast; English in Options overrides it', async ({
  sw,
  openTab,
  openExtensionPage,
  openPopupFor,
}) => {
  expect(await sw.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^zh/);
  const { page, tabId } = await openTab('lichtwerk-handel.de', '/');

  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('state-no-profile')).toContainText('请先描述您的产品');
  await expect(popup.page.locator('html')).toHaveAttribute('lang', /^zh/);

  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('TierScout 设置');
  const manager = await openExtensionPage('prospects.html');
  await expect(manager.getByRole('button', { name: '统计' })).toBeVisible();

  // A browser shortcut's toast on the page speaks the rep's language too.
  await runCommand(sw, 'tier-a', { id: tabId });
  await expect(page.locator('body')).toContainText('→ A 级');

  await options.getByRole('radio', { name: 'English' }).check();
  const english = await new PopupPage(await openPopupFor(page)).ready();
  await expect(english.savedState).toContainText('Saved');
  await expect(english.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('TierScout options');
});
