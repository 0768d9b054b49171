/**
 * Grading that holds on the real web (issue 9), in Chromium on local fixture sites: a Russian LED distributor graded
 * with an English-only profile; the buyer type without a profile; a page in a language the vocabulary lacks; the
 * saved list re-graded from stored readings after a profile edit in Options, never overriding the rep's own tier;
 * and the Options preview with its keyword warnings, in English and Chinese.
 */
import type { Worker } from '@playwright/test';
import type { Profile, Prospect } from '../../lib/model';
import { expect, screenshot, test } from './fixtures';
import { ManagerPage, makeProspect, readFromWorker, seedFromWorker } from './pages/manager';
import { PopupPage } from './pages/popup';
import { runCommand } from './pages/worker';

/** A rep's LED profile as a Chinese factory writes it: English keywords only, nothing in Russian. */
const LED_EN: Profile = {
  id: 'led-en',
  name: 'LED lighting',
  lines: [
    { name: 'LED panels', keywords: ['LED panel', 'panel light'] },
    { name: 'LED strips', keywords: ['LED strip', 'LED tape'] },
    { name: 'Floodlights', keywords: ['floodlight'] },
    { name: 'Downlights', keywords: ['downlight'] },
    { name: 'Track lights', keywords: ['track light'] },
    { name: 'LED drivers', keywords: ['LED driver', 'power supply'] },
    { name: 'LED bulbs', keywords: ['LED bulb'] },
  ],
  industryKeywords: ['lighting'],
  excludeKeywords: [],
};

const RU_SHOP = 'svetoptima-opt.ru';

function setProfile(sw: Worker, profile: Profile | null, language?: 'en' | 'zh') {
  return sw.evaluate(
    ({ profile, language }) =>
      chrome.storage.local.set({
        profiles: profile ? [profile] : [],
        activeProfileId: profile?.id ?? '',
        ...(language ? { language } : {}),
      }),
    { profile, language },
  );
}

type ReadingHook = { __tierscout: { db: { readings: { get(d: string): Promise<unknown> } } } };
function storedReading(sw: Worker, domain: string) {
  return sw.evaluate(
    (d) =>
      (globalThis as unknown as ReadingHook).__tierscout.db.readings.get(d) as Promise<
        { stored: { langs: string[]; items: [string, string, number][] } } | undefined
      >,
    domain,
  );
}

test('a Russian LED distributor is graded A with an English-only profile, and the save keeps its reading', async ({
  sw,
  openTab,
  openPopupFor,
}) => {
  await setProfile(sw, LED_EN);
  const { page: shop } = await openTab(RU_SHOP);
  const popup = await new PopupPage(await openPopupFor(shop)).ready();
  await expect(popup.page.getByTestId('suggested-tier')).toHaveAttribute('data-tier', 'A');
  // The reasons name the Russian entries with the product they were read as, not navigation words.
  await expect(popup.page.getByTestId('reasons')).toContainText('Светодиодные панели → LED Panels');
  await expect(popup.page.getByTestId('reasons')).not.toContainText('Контакты');
  await expect(popup.page.getByTestId('suggested-buyer')).toHaveAttribute(
    'data-buyer',
    /^(wholesaler|distributor)$/,
  );
  await popup.press('Enter');
  await expect(popup.status).toContainText('Saved');
  const reading = await storedReading(sw, RU_SHOP);
  expect(reading?.stored.langs).toContain('ru');
  expect(reading?.stored.items.map((i) => i[0])).toContain('Светодиодные панели');
});

test('the buyer type shows as soon as the page is read, before the rep has any profile', async ({
  sw,
  openTab,
  openPopupFor,
}) => {
  await setProfile(sw, null);
  const { page: shop } = await openTab(RU_SHOP);
  const popup = await new PopupPage(await openPopupFor(shop)).ready();
  await expect(popup.page.getByTestId('state-no-profile')).toBeVisible();
  await expect(popup.page.getByTestId('suggested-tier')).toHaveAttribute('data-tier', 'none');
  await expect(popup.page.getByTestId('suggested-buyer')).toHaveAttribute(
    'data-buyer',
    /^(wholesaler|distributor)$/,
  );
  await expect(popup.page.getByTestId('top-reason')).toContainText('Wholesale cues: оптом');
});

test('a page in a language the vocabulary lacks says it could not judge the range, not "no match"', async ({
  sw,
  openTab,
  openPopupFor,
}) => {
  await setProfile(sw, LED_EN);
  const { page: shop } = await openTab('denled-saigon.vn');
  const popup = await new PopupPage(await openPopupFor(shop)).ready();
  await expect(popup.page.getByTestId('suggested-tier')).toHaveAttribute('data-tier', 'none');
  await expect(popup.page.getByTestId('top-reason')).toHaveText(
    'Could not judge the range: no product vocabulary for this page’s language (vi)',
  );
});

test('editing the profile in Options re-grades the saved list from the stored readings', async ({
  sw,
  openTab,
  openExtensionPage,
}, testInfo) => {
  await setProfile(sw, LED_EN);
  // Saved by the keyboard command (the same scan → grade → save step as the popup), with its reading.
  const { tabId } = await openTab(RU_SHOP);
  expect(await runCommand(sw, 'save-suggested', { id: tabId })).toMatchObject({ ok: true, tier: 'A' });
  // The rep's own tier on one prospect, and one saved before readings were kept.
  const chosen: Prospect = makeProspect('leuchten-vogel.de', { tier: 'B', suggestedTier: 'B' });
  const old: Prospect = makeProspect('altbestand-licht.de', { suggestedTier: 'B' });
  await seedFromWorker(sw, [chosen, old]);
  await sw.evaluate(
    async ({ from, to }) => {
      type Readings = { get(d: string): Promise<{ stored: unknown }>; put(r: unknown): Promise<unknown> };
      const { readings } = (globalThis as unknown as { __tierscout: { db: { readings: Readings } } })
        .__tierscout.db;
      const row = await readings.get(from);
      await readings.put({ domain: to, stored: row.stored });
    },
    { from: RU_SHOP, to: 'leuchten-vogel.de' },
  );

  const manager = new ManagerPage(await openExtensionPage('prospects.html'));
  await manager.expectCount(3, 3);
  await expect(manager.row(RU_SHOP).locator('.tier')).toHaveText('A');

  // The rep narrows the profile to track lights only and saves it.
  const options = await openExtensionPage('options.html');
  const keywords = options.getByRole('textbox', { name: /Keywords and synonyms/ });
  await expect(keywords).toHaveCount(7);
  for (let i = 6; i >= 1; i--)
    await options
      .getByRole('button', { name: 'Remove line' })
      .nth(i - 1)
      .click();
  await expect(keywords).toHaveCount(1);
  await keywords.first().fill('track light');
  await options.getByRole('textbox', { name: 'Line name' }).first().fill('Track lights');
  await options.getByTestId('profile-save').click();
  // The shop (A → C) and the prospect with the rep's own tier (suggested B → C; the rep's B stays).
  await expect(options.getByTestId('regrade-status')).toContainText('2 suggested tiers changed');
  await expect(options.getByTestId('regrade-status')).toHaveAttribute('data-state', 'done');
  await expect(options.getByTestId('regrade-not-regradable')).toContainText(
    '1 prospect was saved before TierScout kept what it read',
  );
  await screenshot(options, 'regrade-options-done', testInfo);

  // The list shows the new suggestion at once; the rep's tier and the unreadable prospect are as they were.
  await manager.page.bringToFront();
  await expect(manager.row(RU_SHOP).locator('.tier')).toHaveText('C');
  await expect(manager.page.getByTestId('regrade-status')).toHaveAttribute('data-state', 'done');
  // Saved with the suggested tier (not chosen by hand), its tier follows the suggestion.
  expect(await readFromWorker(sw, RU_SHOP)).toMatchObject({
    suggestedTier: 'C',
    tier: 'C',
    tierBy: 'suggestion',
  });
  expect(await readFromWorker(sw, 'leuchten-vogel.de')).toMatchObject({ tier: 'B', suggestedTier: 'C' });
  await expect(manager.row('leuchten-vogel.de').locator('.tier')).toHaveText('B');
  expect(await readFromWorker(sw, 'altbestand-licht.de')).toMatchObject({ suggestedTier: 'B' });
  await manager.row('altbestand-licht.de').click();
  await manager.page.keyboard.press('Enter');
  await expect(manager.page.getByTestId('reading-note')).toHaveAttribute('data-regradable', 'no');
  await expect(manager.page.getByTestId('reading-note')).toContainText('Not re-gradable until revisited');
  await screenshot(manager.page, 'regrade-manager', testInfo);
});

for (const lang of ['en', 'zh'] as const) {
  test(`Options previews the profile being edited on the current page, with keyword warnings (${lang})`, async ({
    sw,
    openTab,
    openExtensionPage,
  }, testInfo) => {
    await setProfile(sw, LED_EN, lang);
    await openTab(RU_SHOP);
    const options = await openExtensionPage('options.html');
    const preview = options.getByTestId('profile-preview');
    await expect(preview.getByTestId('preview-page')).toContainText(RU_SHOP);
    await expect(preview.getByTestId('preview-tier')).toHaveAttribute('data-tier', 'A');
    await expect(preview.getByTestId('preview-buyer')).toHaveAttribute(
      'data-buyer',
      /^(wholesaler|distributor)$/,
    );
    await expect(preview.getByTestId('preview-reasons')).toContainText('Светодиодные панели');
    await expect(options.getByTestId('keyword-warnings')).toHaveCount(0);

    // An edit, not yet saved: only a keyword the vocabulary does not know is left in the first line.
    const keywords = options.getByRole('textbox', {
      name: lang === 'en' ? /Keywords and synonyms/ : /关键词/,
    });
    for (let i = 6; i >= 1; i--)
      await options
        .getByRole('button', { name: lang === 'en' ? 'Remove line' : '删除产品线' })
        .nth(i - 1)
        .click();
    await keywords.first().fill('LED 灯带 XQ-7\ntrack light');
    await expect(preview.getByTestId('preview-tier')).toHaveAttribute('data-tier', 'C');
    await expect(options.getByTestId('keyword-warning')).toHaveText(
      lang === 'en'
        ? 'LED 灯带 XQ-7: not found in the product vocabulary — it will only match literally'
        : 'LED 灯带 XQ-7：产品词库中没有这个词——只会按原文匹配',
    );
    await screenshot(options, `options-preview-${lang}`, testInfo);
    await options
      .getByTestId('profiles-section')
      .screenshot({ path: testInfo.outputPath(`options-preview-section-${lang}.png`) });
    // Nothing was saved: the stored profile still has all seven lines.
    const stored = await sw.evaluate(() => chrome.storage.local.get('profiles'));
    expect((stored.profiles as Profile[])[0]!.lines).toHaveLength(7);
  });
}
