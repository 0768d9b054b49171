/**
 * Screenshots of the popup in English and Chinese on a saved fixture site, for looking at and for the README
 * (tests/e2e/screenshots/popup-en.png, popup-zh.png, refreshed by `npm run screenshots`). Each also checks the language really switched.
 */
import type { Page } from '@playwright/test';
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

/**
 * Sizes the viewport as Chrome sizes a popup: as wide as the body (380 px; 460 px for a page that lists many
 * companies) and as tall as the content, at most 600 px. A fixed 380 px would clip the listing panel.
 */
async function fitPopup(popup: Page): Promise<void> {
  // The body's own box, not the document's scroll height: that is never less than the current viewport.
  const size = await popup.evaluate(() => {
    const box = document.body.getBoundingClientRect();
    return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  });
  await popup.setViewportSize({ width: Math.min(800, size.width), height: Math.min(600, size.height) });
}

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
    // What the rep sees when the popup opens: Chrome's popup at its real size, the first 600 px of one scroll.
    await fitPopup(popupPage);
    await screenshot(popupPage, `popup-${lang}`, testInfo, false);
  });
}

/**
 * Every designed state of the popup, in both languages, at the size of a real popup (the body's width; Chrome caps
 * the height at 600 px, so these are viewport shots: what the rep sees without scrolling). Written to the test output
 * folder as popup-<state>-<lang>.png, to be looked at after a run.
 */
for (const lang of ['en', 'zh'] as const) {
  test(`screenshots of every popup state in ${lang}`, async ({
    context,
    sw,
    site,
    openPopupFor,
  }, testInfo) => {
    await sw.evaluate((language) => chrome.storage.local.set({ language }), lang);
    const shoot = async (popup: import('@playwright/test').Page, state: string) => {
      await popup.mouse.move(0, 0);
      await fitPopup(popup);
      await screenshot(popup, `popup-${state}-${lang}`, testInfo, false);
    };
    const open = async (page: import('@playwright/test').Page) => {
      const popup = await openPopupFor(page);
      await popup.setViewportSize({ width: 380, height: 600 });
      return popup;
    };
    const tab = await context.newPage();

    // Loading: the page's footer scripts are held, so the page (and the scan) is still loading.
    await context.route(/jquery\.min\.js/, () => undefined);
    await tab.goto(site('lichtwerk-handel.de', '/produkte/led-panels'), { waitUntil: 'commit' });
    const loading = await open(tab);
    await expect(loading.getByTestId('state-loading')).toBeVisible();
    await shoot(loading, 'loading');

    // Error: the tab navigated away during that read.
    await tab.goto(site('lichtwerk-handel.de', '/kontakt'));
    await expect(loading.getByTestId('state-error')).toHaveAttribute('data-kind', 'navigated');
    await shoot(loading, 'error-navigated');
    await context.unroute(/jquery\.min\.js/);

    // No profile yet (a fresh install), on a real page.
    const noProfile = await open(tab);
    await expect(noProfile.getByTestId('state-no-profile')).toBeVisible();
    await shoot(noProfile, 'no-profile');

    // Empty: a maintenance splash with nothing to reach the company by.
    await tab.goto(site('lichtwerk-handel.de', '/wartung'));
    const empty = await open(tab);
    await expect(empty.getByTestId('state-empty')).toBeVisible();
    await shoot(empty, 'empty');

    // Restricted: a PDF.
    await tab.goto(site('lichtwerk-handel.de', '/downloads/katalog-2026.pdf'));
    const restricted = await open(tab);
    await expect(restricted.getByTestId('state-restricted')).toBeVisible();
    await shoot(restricted, 'restricted');

    // Ready with a suggestion, then a save that fails because the disk is full.
    await sw.evaluate(
      (profile) => chrome.storage.local.set({ profiles: [profile], activeProfileId: profile.id }),
      PROFILE,
    );
    await tab.goto(site('lichtwerk-handel.de', '/'));
    const ready = await open(tab);
    await new PopupPage(ready).ready();
    await expect(ready.getByTestId('suggestion')).toBeVisible();
    await shoot(ready, 'ready');
    await ready.locator('body').press('c');
    await expect(new PopupPage(ready).savedState).toHaveAttribute('data-tier', 'C');
    await shoot(ready, 'saved');
    await ready.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    await ready.locator('body').press('b');
    await expect(ready.getByTestId('status')).toHaveAttribute('role', 'alert');
    await shoot(ready, 'store-error');

    // Keys pressed while reading: kept and shown.
    await context.route(/jquery\.min\.js/, () => undefined);
    await tab.goto(site('lichtwerk-handel.de', '/produkte/led-panels'), { waitUntil: 'commit' });
    const queued = await open(tab);
    await expect(queued.getByTestId('state-loading')).toBeVisible();
    await queued.locator('body').press('Shift+W');
    await queued.locator('body').press('b');
    await expect(queued.getByTestId('queued')).toBeVisible();
    await shoot(queued, 'queued');
    await context.unroute(/jquery\.min\.js/);

    // An error page (HTTP 404): never a company.
    await tab.goto(site('lichtwerk-handel.de', '/seite-gibt-es-nicht'));
    const notFound = await open(tab);
    await expect(notFound.getByTestId('state-error-page')).toBeVisible();
    await shoot(notFound, 'error-page');

    // A long page with many contacts (a dealer list): the verdict, the best contacts and the tier keys still
    // fit the first 600 px; the full list follows in the one scroll.
    await tab.goto(site('lumatec-leuchten.de', '/haendler'));
    const long = await open(tab);
    await new PopupPage(long).ready();
    // A manufacturer's dealer page opens as the list of its dealers (460 px wide); P shows it as one company.
    await expect(long.getByTestId('listing-as-one')).toBeVisible();
    await shoot(long, 'listing');
    await long.getByTestId('listing-as-one').click();
    await expect(long.getByTestId('company-name')).toBeVisible();
    await long.setViewportSize({ width: 380, height: 600 });
    await shoot(long, 'long');
    await long.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await shoot(long, 'long-scrolled');
  });
}

/** Everything a rep decides with lies within Chrome's 600 px popup, and there is no scroll box inside the scroll. */
for (const [host, path] of [
  ['lumatec-leuchten.de', '/haendler'],
  ['lichtwerk-handel.de', '/'],
] as const) {
  test(`company, country, tier, buyer type, top reason, best email and phone fit 600 px on ${host}${path}`, async ({
    sw,
    site,
    context,
    openPopupFor,
  }) => {
    await sw.evaluate(
      (profile) => chrome.storage.local.set({ profiles: [profile], activeProfileId: profile.id }),
      PROFILE,
    );
    const tab = await context.newPage();
    await tab.goto(site(host, path));
    const popupPage = await openPopupFor(tab);
    await popupPage.setViewportSize({ width: 380, height: 600 });
    await new PopupPage(popupPage).ready();
    // A manufacturer's dealer page opens as a list of its dealers: the rep asks to see the page as one company.
    const asOne = popupPage.getByTestId('listing-as-one');
    if (await asOne.isVisible()) await asOne.click();
    // The page is long: the popup scrolls (so the check below is not trivially true).
    expect(await popupPage.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);
    for (const id of [
      'company-name',
      'suggested-tier',
      'suggested-buyer',
      'top-reason',
      'best-email',
      'best-phone',
      'tier-A',
      'tier-D',
      'save',
    ]) {
      const box = await popupPage.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.y + box!.height, `${id} bottom`).toBeLessThanOrEqual(600);
    }
    await expect(popupPage.locator('.ts-company__meta')).toContainText('Germany');
    await expect(popupPage.getByTestId('best-email').getByRole('button')).toBeVisible();
    await expect(popupPage.getByTestId('best-phone').getByRole('button')).toBeVisible();
    // One scroll only: no element inside the popup scrolls on its own.
    const innerScrollers = await popupPage.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter((el) => {
          const style = getComputedStyle(el);
          return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        }).length,
    );
    expect(innerScrollers).toBe(0);
  });
}
