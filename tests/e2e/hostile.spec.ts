/**
 * Hostile pages in real Chromium (issue 16): happy-dom implements no form-control clobbering, so only a browser can
 * show that the walk neither hangs nor stops at a form whose controls are named after DOM properties. Each page ends
 * in the popup's normal flow with the real footer contacts, and a page built to plant junk stores none of it.
 */
import { expect, FIXTURE_PORT, screenshot, test } from './fixtures';
import { PopupPage } from './pages/popup';

type StoredProspect = {
  company: { name: string };
  contacts: { emails: { value: string }[]; messengers: { kind: string; value: string }[] };
};
type Hook = { __tierscout: { db: { prospects: { get(key: string): Promise<StoredProspect | undefined> } } } };

const CLOBBERED = [
  '/',
  '/nextsibling.html',
  '/firstchild.html',
  '/nodename.html',
  '/nodetype.html',
  '/parentnode.html',
  '/childnodes.html',
  '/attributes.html',
  '/getattribute.html',
];

for (const path of CLOBBERED) {
  test(`a form clobbering the walk (${path}) neither hangs the scan nor hides the footer contacts`, async ({
    openTab,
    openPopupFor,
  }) => {
    const { page } = await openTab('kugelhahn-clobber.de', path);
    const popup = await new PopupPage(await openPopupFor(page)).ready();
    await expect(popup.page.getByTestId('contacts')).toContainText('vertrieb@kugelhahn-clobber.de');
    // The page itself still answers: the walk left no loop behind in the tab.
    expect(await page.evaluate(() => document.title)).toContain('Kugelhahn Clobber');
  });
}

test('junk contacts, bidi names and CSS-hidden honeypots are never stored', async ({
  openTab,
  openPopupFor,
  sw,
}) => {
  const { page } = await openTab('junk-kontakte.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  await popup.page.getByTestId('save').click();
  await expect(popup.savedState).toBeVisible();
  const stored = await sw.evaluate(() =>
    (globalThis as unknown as Hook).__tierscout.db.prospects.get('junk-kontakte.de'),
  );
  expect(stored).toBeDefined();
  const emails = stored!.contacts.emails.map((e) => e.value);
  expect(emails).toContain('vertrieb@junk-kontakte.de');
  for (const junk of ['javascript', 'script', 'alert', 'honeypot-falle.de'])
    expect(emails.join(' ')).not.toContain(junk);
  expect(JSON.stringify(stored!.contacts.messengers)).not.toContain('alert');
  expect(stored!.company.name).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
});

type StoredRow = {
  tier: string | null;
  notes: string;
  contacts: {
    emails: { value: string }[];
    phones: { value: string }[];
    more?: { emails: number; phones: number; messengers: number; socials: number };
  };
};
type RowHook = { __tierscout: { db: { prospects: { get(key: string): Promise<StoredRow | undefined> } } } };
const rowOf = (sw: import('@playwright/test').Worker, domain: string) =>
  sw.evaluate((d) => (globalThis as unknown as RowHook).__tierscout.db.prospects.get(d), domain) as Promise<
    StoredRow | undefined
  >;

for (const path of ['/', '/nav']) {
  test(`a 300,000-link ${path === '/' ? 'footer sitemap' : 'mega-menu'} before the real footer leaves its contacts found`, async ({
    openTab,
    openPopupFor,
  }) => {
    test.setTimeout(120_000);
    const { page } = await openTab('megamenu-baumarkt.de', path);
    const popupPage = await openPopupFor(page);
    // A 10 MB page on a loaded machine: the capture may need most of its own 15 s limit, so wait past it.
    await expect(popupPage.locator('main[data-phase="ready"]')).toBeVisible({ timeout: 45_000 });
    const popup = new PopupPage(popupPage);
    await expect(popup.page.getByTestId('contacts')).toContainText('service@megamenu-baumarkt.de');
    await expect(popup.page.getByTestId('contacts')).toContainText('+49 421 5550123');
    // The popup takes keys: the scan ended, whatever the menu cost it.
    await expect(popup.page.getByTestId('save')).toBeEnabled();
  });
}

test('17,000 phone lines: the row stays small, the rest is counted as "N more found", a re-save keeps tier and note', async ({
  openTab,
  openPopupFor,
  sw,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page } = await openTab('telefon-flut.de', '/');
  let popup = await new PopupPage(await openPopupFor(page)).ready();
  const more = popup.page.getByTestId('contacts-more');
  await expect(more).toContainText(/\d+ more phone numbers found, not kept/);
  await screenshot(popup.page, 'hostile-phone-flood', testInfo);
  await popup.press('b');
  await expect(popup.status).toHaveText('Saved as B');
  await popup.page.getByTestId('note').fill('Zentrale anrufen');
  await popup.page.getByTestId('note').press('Enter');
  await expect.poll(async () => (await rowOf(sw, 'telefon-flut.de'))?.notes).toBe('Zentrale anrufen');
  const first = await rowOf(sw, 'telefon-flut.de');
  expect(first).toBeDefined();
  expect(first!.contacts.phones.length).toBeLessThanOrEqual(30);
  expect(first!.contacts.more?.phones ?? 0).toBeGreaterThan(1_000);
  expect(JSON.stringify(first).length).toBeLessThan(64_000);

  // A second scan and save neither grows the row nor loses what the rep set.
  await popup.page.close();
  popup = await new PopupPage(await openPopupFor(page)).ready();
  await popup.press('Enter');
  await expect(popup.savedState).toBeVisible();
  await expect
    .poll(async () => (await rowOf(sw, 'telefon-flut.de'))?.contacts.more?.phones ?? 0)
    .toBeGreaterThan(1_000);
  const second = await rowOf(sw, 'telefon-flut.de');
  expect(second!.tier).toBe('B');
  expect(second!.notes).toBe('Zentrale anrufen');
  expect(second!.contacts.phones.length).toBeLessThanOrEqual(30);
  expect(JSON.stringify(second).length).toBeLessThan(64_000);
  expect(second!.contacts.emails.map((e) => e.value)).toContain('zentrale@telefon-flut.de');
});

for (const path of ['/digits-64k', '/base64-200k']) {
  test(`a whitespace-free run (${path}) ends with a result and the footer contacts`, async ({
    openTab,
    openPopupFor,
  }) => {
    const { page } = await openTab('rohrtechnik-lang.de', path);
    const popup = await new PopupPage(await openPopupFor(page)).ready();
    await expect(popup.page.getByTestId('contacts')).toContainText('info@rohrtechnik-lang.de');
    await expect(popup.page.getByTestId('save')).toBeEnabled();
  });
}

type LoggedRequest = { host: string; path: string; cookie: string; at: number };
const requestsTo = async (host: string): Promise<LoggedRequest[]> =>
  (await fetch(`http://127.0.0.1:${FIXTURE_PORT}/__requests?host=${host}`)).json() as Promise<
    LoggedRequest[]
  >;

test('the site scan of a logged-in portal asks only for its own safe pages, without cookies, and stores nothing from elsewhere', async ({
  context,
  site,
  openTab,
  openPopupFor,
  sw,
}, testInfo) => {
  // The rep is logged in: the portal's session cookie is in the browser.
  await context.addCookies([
    { name: 'session', value: 'rep-logged-in', url: site('haendlerportal-nord.de') },
  ]);
  const { page } = await openTab('haendlerportal-nord.de', '/');
  const popup = await new PopupPage(await openPopupFor(page)).ready();
  const before = Date.now();
  const known = (await requestsTo('haendlerportal-nord.de')).length;
  const elsewhere = (await requestsTo('datensammler-ost.net')).length;
  await popup.press('s');
  await expect(popup.page.getByTestId('site-scan-done')).toContainText(/\d+ pages? read/);
  await screenshot(popup.page, 'hostile-portal-site-scan', testInfo);

  const asked = (await requestsTo('haendlerportal-nord.de')).slice(known).filter((r) => r.at >= before);
  const paths = asked.map((r) => r.path);
  expect(paths).toContain('/impressum');
  for (const r of asked) {
    expect(r.cookie, `cookie sent with ${r.path}`).toBe('');
    expect(r.path, 'no query-string page').not.toContain('?');
    expect(r.path).not.toMatch(/signout|logout|profile|account|cancel|unsubscribe/);
  }
  // The contact page's 302 to another origin was refused before anything was sent there.
  expect((await requestsTo('datensammler-ost.net')).length).toBe(elsewhere);

  await popup.press('Enter');
  await expect(popup.savedState).toBeVisible();
  const stored = await rowOf(sw, 'haendlerportal-nord.de');
  const emails = stored!.contacts.emails.map((e) => e.value);
  expect(emails).toContain('impressum@haendlerportal-nord.de');
  expect(emails).not.toContain('harvest@datensammler-ost.net');
  expect(emails).not.toContain('tracked@haendlerportal-nord.de');
});
