/**
 * Screenshots of the popup in English and Chinese on a saved fixture site, for looking at and for the README
 * (tests/e2e/screenshots/popup-en.png, popup-zh.png, refreshed by `npm run screenshots`). Each also checks the language really switched.
 */
import { expect, screenshot, test } from './fixtures';
import { PopupPage } from './pages/popup';

const PROFILE = {
  id: 'led',
  name: 'LED lighting',
  lines: [
    { name: 'LED panels', keywords: ['LED panel', 'LED-Panel', 'Rasterdeckenpanel'] },
    { name: 'Downlights', keywords: ['downlight', 'Downlights'] },
    { name: 'High bays', keywords: ['high bay', 'Highbay', 'Hallenstrahler'] },
  ],
  industryKeywords: ['Leuchte', 'lighting', 'Beleuchtung'],
  excludeKeywords: [],
};

for (const [lang, heading] of [
  ['en', 'Your tier'],
  ['zh', '您的定级'],
] as const) {
  test(`popup screenshot in ${lang}`, async ({ context, sw, site, openPopupFor }, testInfo) => {
    await sw.evaluate(
      async ({ language, profile }) => {
        await chrome.storage.local.set({ language, profiles: [profile], activeProfileId: profile.id });
      },
      { language: lang, profile: PROFILE },
    );
    const page = await context.newPage();
    await page.goto(site('lichtwerk-handel.de', '/'));
    const popupPage = await openPopupFor(page);
    await popupPage.setViewportSize({ width: 380, height: 600 });
    const popup = await new PopupPage(popupPage).ready();
    await popup.press('Shift+W');
    await popup.press('b');
    await expect(popup.savedState).toHaveAttribute('data-tier', 'B');
    await expect(popupPage.locator('.ts-section__head h3').first()).toHaveText(heading);
    await popupPage.locator('body').click({ position: { x: 370, y: 5 } });
    await screenshot(popupPage, `popup-${lang}`, testInfo);
  });
}

test('screenshots of the no-profile and restricted states', async ({
  context,
  site,
  openPopupFor,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(site('lichtwerk-handel.de', '/kontakt'));
  const popupPage = await openPopupFor(page);
  await popupPage.setViewportSize({ width: 380, height: 600 });
  await expect(popupPage.getByTestId('state-no-profile')).toBeVisible();
  await popupPage.screenshot({ path: testInfo.outputPath('popup-no-profile.png'), fullPage: true });

  await page.goto(site('lichtwerk-handel.de', '/downloads/katalog-2026.pdf'));
  const restricted = await openPopupFor(page);
  await restricted.setViewportSize({ width: 380, height: 300 });
  await expect(restricted.getByTestId('state-restricted')).toBeVisible();
  await restricted.screenshot({ path: testInfo.outputPath('popup-restricted.png'), fullPage: true });
});
