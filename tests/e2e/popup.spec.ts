/** The popup's daily loop: tier by one key, reopen and see it saved, merge pages of one domain, designed states. */
import { readFile } from 'node:fs/promises';
import type { Prospect } from '../../lib/model';
import { expect, FIXTURE_PORT, test } from './fixtures';
import { readFromWorker } from './pages/manager';
import { PopupPage } from './pages/popup';
import { runCommand } from './pages/worker';

test('tiers a site by keys, and shows it saved when reopened', async ({ openPopupFor, openTab }) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
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

test('a note typed but not saved survives the popup closing, and is saved with Enter next time', async ({
  sw,
  openTab,
  openPopupFor,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const first = await new PopupPage(await openPopupFor(page)).ready();
  await first.press('n');
  await first.page.keyboard.type('Ask for the 2027 catalogue');
  // The rep clicks back into the page: Chrome closes the popup without any save.
  await first.page.close();

  const second = await new PopupPage(await openPopupFor(page)).ready();
  await expect(second.page.getByTestId('note')).toHaveValue('Ask for the 2027 catalogue');
  await expect(second.page.getByTestId('note-draft')).toBeVisible();
  await second.page.getByTestId('note').press('Enter');
  await expect(second.status).toContainText('Saved');
  const notes = (await readFromWorker(sw, 'lichtwerk-handel.de'))?.notes;
  expect(notes).toBe('Ask for the 2027 catalogue');
  await second.page.close();

  const third = await new PopupPage(await openPopupFor(page)).ready();
  await expect(third.page.getByTestId('note')).toHaveValue('Ask for the 2027 catalogue');
  await expect(third.page.getByTestId('note-draft')).toHaveCount(0);
});

test('re-saving another page of the same domain keeps one merged prospect', async ({
  sw,
  site,
  openPopupFor,
  openTab,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
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
  openPopupFor,
  openTab,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('state-no-profile')).toContainText('Describe your products first');
  // No tier without a profile, but the buyer type is read from the site alone.
  await expect(popup.page.getByTestId('suggested-tier')).toHaveAttribute('data-tier', 'none');
  await expect(popup.page.getByTestId('suggested-buyer')).toHaveAttribute(
    'data-buyer',
    /wholesaler|distributor/,
  );
  const optionsOpened = context.waitForEvent('page');
  await popup.page.getByRole('button', { name: /Describe my products/ }).click();
  expect((await optionsOpened).url()).toContain('/options.html');
});

test('a PDF is a restricted page, not an error', async ({ openPopupFor, openTab }) => {
  const { page } = await openTab('lichtwerk-handel.de', '/downloads/katalog-2026.pdf');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('state-restricted')).toContainText('This page cannot be scanned');
});

test('shows the suggested tier, buyer type and reasons with a profile set', async ({
  sw,
  openPopupFor,
  openTab,
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
  const { page } = await openTab('lichtwerk-handel.de', '/');
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

test('the site scan reads the contact pages and adds their contacts', async ({ openPopupFor, openTab }) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await expect(popup.page.getByTestId('contacts')).not.toContainText('einkauf@lichtwerk-handel.de');
  await popup.press('s');
  await expect(popup.page.getByTestId('site-scan-done')).toContainText(/\d+ pages? read/);
  await expect(popup.page.getByTestId('contacts')).toContainText('einkauf@lichtwerk-handel.de');
});

// ───────────────────────────── Bad input and faults (issue 5) ─────────────────────────────

type WorkerHook = {
  __tierscout: {
    db: { prospects: { toArray(): Promise<unknown[]>; get(domain: string): Promise<unknown> } };
  };
};
const savedRows = (sw: import('@playwright/test').Worker) =>
  sw.evaluate(() => (globalThis as unknown as WorkerHook).__tierscout.db.prospects.toArray()) as Promise<
    Prospect[]
  >;

test('two popups saving the same domain at once end in one merged prospect', async ({
  context,
  sw,
  site,
  openPopupFor,
}) => {
  const home = await context.newPage();
  await home.goto(site('lichtwerk-handel.de', '/'));
  const contact = await context.newPage();
  await contact.goto(site('lichtwerk-handel.de', '/kontakt'));
  const a = await new PopupPage(await openPopupFor(home)).ready();
  const b = await new PopupPage(await openPopupFor(contact)).ready();
  await b.press('Shift+W');
  // Both keys are sent before either save finishes: two read-modify-write transactions on one domain.
  await Promise.all([a.press('2'), b.press('Enter')]);
  await expect(a.status).toHaveText('Saved as B');
  await expect(b.status).toHaveText(/^Saved/);
  const rows = await savedRows(sw);
  expect(rows).toHaveLength(1);
  const emails = rows[0]!.contacts.emails.map((e) => e.value);
  expect(emails).toEqual(
    expect.arrayContaining(['vertrieb@lichtwerk-handel.de', 'einkauf@lichtwerk-handel.de']),
  );
  expect(new Set(emails).size).toBe(emails.length);
  expect(rows[0]).toMatchObject({ tier: 'B', buyerType: 'wholesaler' });
  expect(rows[0]!.history.filter((h) => h.field === 'created')).toHaveLength(1);
  // Each window shows the merged row (live query across windows).
  await expect(a.savedState).toContainText('Saved · tier B · Wholesaler');
  await expect(b.savedState).toContainText('Saved · tier B · Wholesaler');
});

test('a closed database gives a clear message in English and Chinese and loses nothing', async ({
  sw,
  openPopupFor,
  openTab,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await popup.press('b');
  await expect(popup.status).toHaveText('Saved as B');
  await popup.page.evaluate(() =>
    (globalThis as unknown as { __tierscout: { db: { close(o: object): void } } }).__tierscout.db.close({
      disableAutoOpen: true,
    }),
  );
  await popup.press('d');
  await expect(popup.status).toHaveText(
    'The prospect database is closed. Reopen TierScout and try again; saved prospects are safe.',
  );
  await expect(popup.status).toHaveAttribute('role', 'alert');
  await sw.evaluate(() => chrome.storage.local.set({ language: 'zh' }));
  await expect(popup.page.locator('.ts-section__head h3').first()).toHaveText('您的定级');
  await popup.press('a');
  await expect(popup.status).toHaveText(
    '客户数据库已关闭。请重新打开 TierScout 再试；已保存的客户不受影响。',
  );
  const rows = await savedRows(sw);
  expect(rows.map((r) => [r.domain, r.tier])).toEqual([['lichtwerk-handel.de', 'B']]);
  // Reopening the popup (a fresh connection) works again and shows the row as it was.
  const again = await new PopupPage(await openPopupFor(page)).ready();
  await expect(again.savedState).toHaveAttribute('data-tier', 'B');
});

/**
 * Chromium does not enforce storage quota on extension origins: CDP `Storage.overrideQuotaForOrigin` on
 * chrome-extension://<id> is accepted (getUsageAndQuota reports it) but IndexedDB writes of megabytes still
 * succeed (tried; it does work for http origins). So the quota failure is injected at the IndexedDB API of the real
 * page: every put/add throws a DOMException named QuotaExceededError, as a full disk does.
 */
test('a full disk (QuotaExceededError) gives a clear message in English and Chinese and loses nothing', async ({
  sw,
  openPopupFor,
  openTab,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await popup.press('c');
  await expect(popup.status).toHaveText('Saved as C');
  const before = await savedRows(sw);
  await popup.page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await popup.press('a');
  await expect(popup.status).toHaveText(
    'The browser is out of storage space. Free some space, then try again; saved prospects are safe.',
  );
  // The picker shows what is stored (C), not the tier that could not be saved.
  await expect(popup.page.getByTestId('tier-C')).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.page.getByTestId('tier-A')).toHaveAttribute('aria-pressed', 'false');
  await sw.evaluate(() => chrome.storage.local.set({ language: 'zh' }));
  await expect(popup.page.locator('.ts-section__head h3').first()).toHaveText('您的定级');
  await popup.press('Enter');
  await expect(popup.status).toHaveText('浏览器存储空间已满。请释放空间后重试；已保存的客户不受影响。');
  expect(await savedRows(sw)).toEqual(before);
});

test('a page that navigates away during the site scan: clear message, first page and saved row kept', async ({
  context,
  sw,
  site,
  openPopupFor,
  openTab,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await popup.press('b');
  await expect(popup.status).toHaveText('Saved as B');
  const before = await savedRows(sw);
  // Hold the contact page the site scan fetches until the tab has navigated elsewhere.
  let fetched!: () => void;
  const contactRequested = new Promise<void>((resolve) => {
    fetched = resolve;
  });
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(/lichtwerk-handel\.de:\d+\/(kontakt|impressum)/, async (route) => {
    fetched();
    await released;
    await route.continue().catch(() => undefined);
  });
  await popup.press('s');
  await expect(popup.page.getByTestId('site-scan-progress')).toBeVisible();
  await contactRequested;
  await page.goto(site('grosshandel-weber.de', '/'));
  release();
  await expect(popup.status).toHaveText(/^The page navigated away during the site scan\./);
  await expect(popup.status).toHaveAttribute('role', 'alert');
  await expect(popup.page.getByTestId('site-scan-progress')).toHaveCount(0);
  await expect(popup.companyName).toHaveText('Lichtwerk Handel GmbH');
  await expect(popup.page.getByTestId('contacts')).toContainText('vertrieb@lichtwerk-handel.de');
  expect(await savedRows(sw)).toEqual(before);
});

test('a page that navigates away during the first read shows why, and Enter retries on the new page', async ({
  context,
  site,
  openPopupFor,
}) => {
  const page = await context.newPage();
  // The category page's footer scripts are held, so the page stays "loading" and the scan waits for it.
  await context.route(/jquery\.min\.js/, () => undefined);
  await page.goto(site('lichtwerk-handel.de', '/produkte/led-panels'), { waitUntil: 'commit' });
  const popup = new PopupPage(await openPopupFor(page));
  await expect(popup.page.getByTestId('state-loading')).toBeVisible();
  await page.goto(site('grosshandel-weber.de', '/'));
  const error = popup.page.getByTestId('state-error');
  await expect(error).toHaveAttribute('data-kind', 'navigated');
  await expect(error).toContainText('The page changed while it was being read');
  await expect(error).toContainText('Nothing saved was lost');
  await expect(popup.page.getByTestId('retry')).toBeFocused();
  await popup.page.keyboard.press('Enter');
  await popup.ready();
  await expect(popup.companyName).toHaveText(/Weber/);
});

test('a page with no address or contact shows the empty state that points to the site scan', async ({
  openPopupFor,
  openTab,
}) => {
  const { page } = await openTab('lichtwerk-handel.de', '/wartung');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  const empty = popup.page.getByTestId('state-empty');
  await expect(empty).toContainText('No contact details on this page');
  await expect(empty).toContainText('Scan the site');
  await popup.page.getByTestId('site-scan').click();
  await expect(popup.page.getByTestId('site-scan-done')).toHaveText('No contact or about pages linked here');
});

test('region and search plan are set once and stick for the session of work', async ({
  context,
  sw,
  site,
  tabIdOf,
  openPopupFor,
}) => {
  const first = await context.newPage();
  await first.goto(site('lichtwerk-handel.de', '/'));
  const popup = await new PopupPage(await openPopupFor(first)).ready();
  await popup.page.getByTestId('session-region').fill('DACH');
  await popup.page.getByTestId('session-plan').fill('LED Großhandel');
  // Enter in a session field saves, like everywhere else in the popup.
  await popup.page.getByTestId('session-plan').press('Enter');
  await expect(popup.status).toHaveText('Saved');
  await popup.page.close();

  // A later popup on another site shows the same session and stamps it.
  const second = await context.newPage();
  await second.goto(site('grosshandel-weber.de', '/'));
  const again = await new PopupPage(await openPopupFor(second)).ready();
  await expect(again.page.getByTestId('session-region')).toHaveValue('DACH');
  await expect(again.page.getByTestId('session-plan')).toHaveValue('LED Großhandel');
  await again.press('c');
  await expect(again.status).toHaveText('Saved as C');
  await again.page.close();

  // The keyboard command (no popup) stamps it too.
  const third = await context.newPage();
  await third.goto(site('bueromoebel-schmidt.de', '/'));
  const tabId = await tabIdOf(third);
  await sw.evaluate(
    (id) =>
      (
        globalThis as unknown as { __tierscout: { handleCommand(n: string, t: object): Promise<unknown> } }
      ).__tierscout.handleCommand('tier-d', { id }),
    tabId,
  );
  const rows = await savedRows(sw);
  expect(rows.map((r) => [r.domain, r.region, r.searchPlan]).sort()).toEqual([
    ['bueromoebel-schmidt.de', 'DACH', 'LED Großhandel'],
    ['grosshandel-weber.de', 'DACH', 'LED Großhandel'],
    ['lichtwerk-handel.de', 'DACH', 'LED Großhandel'],
  ]);
  // It lives in session storage: kept while the browser runs, gone after a restart; never in local storage.
  expect(await sw.evaluate(() => chrome.storage.session.get('workSession'))).toEqual({
    workSession: { region: 'DACH', searchPlan: 'LED Großhandel' },
  });
  expect(await sw.evaluate(() => chrome.storage.local.get('workSession'))).toEqual({});

  // A new session of work: the next new site gets the new region; rows found before keep where they came from.
  const fourthTab = await context.newPage();
  await fourthTab.goto(site('leuchten-mueller.de', '/'));
  const fourth = await new PopupPage(await openPopupFor(fourthTab)).ready();
  await fourth.page.getByTestId('session-region').fill('Austria');
  await fourth.page.getByTestId('session-region').press('Enter');
  await expect(fourth.status).toHaveText(/^Saved/);
  const after = await savedRows(sw);
  expect(after.find((r) => r.domain === 'leuchten-mueller.de')?.region).toBe('Austria');
  expect(after.find((r) => r.domain === 'grosshandel-weber.de')?.region).toBe('DACH');
});

test('on search results the popup says to open a company site, and a shortcut saves nothing', async ({
  context,
  sw,
  openPopupFor,
  tabIdOf,
}) => {
  // The results page is served for www.google.com itself (routed, no network), so the real URL shape is tested.
  const html = (await readFile('tests/fixtures/pages/google-search.html', 'utf8')).replaceAll(
    '{{PORT}}',
    String(FIXTURE_PORT),
  );
  await context.route('http://www.google.com/search**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto('http://www.google.com/search?q=led+panel+gro%C3%9Fhandel');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('state-search')).toContainText('These are search results');
  await popup.close();

  const outcome = await runCommand(sw, 'save-suggested', { id: await tabIdOf(page), url: page.url() });
  expect(outcome).toMatchObject({ ok: false, reason: 'search-page' });
  await expect(page.locator('body')).toContainText('Search results are not a prospect');
  expect(await savedRows(sw)).toEqual([]);

  // The rep opens the first result: now it is a prospect.
  await page.getByRole('link', { name: /Lichtwerk Handel GmbH/ }).click();
  await page.waitForURL(/lichtwerk-handel\.de/);
  const site = await new PopupPage(await openPopupFor(page)).ready();
  await expect(site.companyName).toHaveText('Lichtwerk Handel GmbH');
});
