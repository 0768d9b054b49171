/**
 * Keyboard commands without the popup. Playwright cannot press browser shortcuts (RECIPE.md), so the test drives the
 * real handler in the service worker through the e2e-only `globalThis.__tierscout` hook.
 */
import type { Prospect } from '../../lib/model';
import { expect, test } from './fixtures';

type Hook = {
  __tierscout: {
    handleCommand(name: string, tab?: { id: number; url?: string }): Promise<unknown>;
    db: { prospects: { get(domain: string): Promise<unknown> } };
  };
};

test('tier-a from the keyboard saves the site, shows a toast and the badge', async ({
  context,
  sw,
  site,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const tabId = await tabIdOf(page);
  const outcome = await sw.evaluate(
    (id) => (globalThis as unknown as Hook).__tierscout.handleCommand('tier-a', { id }),
    tabId,
  );
  expect(outcome).toEqual({ ok: true, domain: 'lichtwerk-handel.de', tier: 'A' });

  const row = (await sw.evaluate(() =>
    (globalThis as unknown as Hook).__tierscout.db.prospects.get('lichtwerk-handel.de'),
  )) as Prospect;
  expect(row).toMatchObject({ tier: 'A', company: { name: 'Lichtwerk Handel GmbH', country: 'DE' } });

  await expect(page.locator('#tierscout-toast')).toContainText('Lichtwerk Handel GmbH → tier A');
  expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('A');
});

test('the badge shows the saved tier when the rep returns to the site', async ({
  context,
  sw,
  site,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/'));
  const tabId = await tabIdOf(page);
  await sw.evaluate(
    (id) => (globalThis as unknown as Hook).__tierscout.handleCommand('tier-c', { id }),
    tabId,
  );
  await page.goto(site('grosshandel-weber.de', '/'));
  await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  await page.goto(site('lichtwerk-handel.de', '/kontakt'));
  await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('C');
});

test('save-suggested without a profile saves the site untiered and says why', async ({
  context,
  sw,
  site,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/kontakt'));
  const tabId = await tabIdOf(page);
  const outcome = await sw.evaluate(
    (id) => (globalThis as unknown as Hook).__tierscout.handleCommand('save-suggested', { id }),
    tabId,
  );
  expect(outcome).toEqual({ ok: true, domain: 'lichtwerk-handel.de', tier: null });
  await expect(page.locator('#tierscout-toast')).toContainText('describe your products');
  expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('•');
});

test('options list every command with the key Chrome assigned, and switch the language', async ({
  openExtensionPage,
}, testInfo) => {
  const options = await openExtensionPage('options.html');
  const section = options.getByTestId('shortcuts-section');
  await expect(section.locator('tr[data-command]')).toHaveCount(6);
  await expect(section.locator('tr[data-command="tier-a"]')).toContainText('Alt+Shift+1');
  await expect(section.locator('tr[data-command="tier-d"]')).toContainText('Not set');
  await options.getByTestId('language-section').getByLabel('简体中文').check();
  await expect(section.locator('h2')).toHaveText('键盘快捷键');
  await options.screenshot({ path: testInfo.outputPath('options-sections-zh.png'), fullPage: true });
});
