/**
 * Hostile pages in real Chromium (issue 16): happy-dom implements no form-control clobbering, so only a browser can
 * show that the walk neither hangs nor stops at a form whose controls are named after DOM properties. Each page ends
 * in the popup's normal flow with the real footer contacts, and a page built to plant junk stores none of it.
 */
import { expect, test } from './fixtures';
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
