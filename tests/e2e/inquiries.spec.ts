/**
 * The inquiries page in the built extension: paste an inquiry, see its kind, facts and flags, copy the reply, open
 * the sender's site (a fixture site), grade it and see the tier on the inquiry; the queue survives a reload;
 * backup and restore round-trip it; bad pastes get a clear message and lose nothing; a selection sent with the
 * context menu arrives on the page.
 */
import { readFile } from 'node:fs/promises';
import { expect, FIXTURE_PORT, screenshot, test } from './fixtures';
import { InquiriesPage, inquiryFixture, seedLedProfile } from './pages/inquiries';
import { runCommand } from './pages/worker';

type Hook = {
  __tierscout: {
    db: { inquiries: { count(): Promise<number>; clear(): Promise<void> } };
    onInquiryMenuClick(info: unknown, tab: unknown): Promise<boolean>;
  };
};
const inquiryCount = (sw: import('@playwright/test').Worker) =>
  sw.evaluate(() => (globalThis as unknown as Hook).__tierscout.db.inquiries.count());

const PAGE = `inquiries.html?siteBase=${encodeURIComponent(`http://{domain}:${FIXTURE_PORT}/`)}`;

test('triages a pasted inquiry, copies the reply, links the sender’s graded site, and keeps the queue', async ({
  context,
  sw,
  openExtensionPage,
  tabIdOf,
}) => {
  await seedLedProfile(sw);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openExtensionPage(PAGE);
  const inq = new InquiriesPage(page);
  await inq.paste(inquiryFixture('dev/02-detailed-led-panel-uk.eml'));

  await expect(inq.kind()).toHaveAttribute('data-kind', 'detailed');
  await expect(page.getByTestId('fact-quantity')).toContainText('1,200 pcs');
  await expect(page.getByTestId('fact-incoterm')).toContainText('FOB');
  await expect(page.getByTestId('fact-product').locator('[data-match="ours"]').first()).toBeVisible();
  await expect(page.getByTestId('fact-phone')).toContainText('+441134960123');
  await expect(page.getByTestId('missing')).toContainText('Payment terms');
  await expect(page.getByTestId('flags')).toContainText('No risk flags');
  await expect(page.getByTestId('company-domain')).toHaveText('brightline-led.co.uk');
  await expect(page.getByTestId('company')).toContainText('Not graded yet');

  await page.getByTestId('save').click();
  await expect(inq.rows()).toHaveCount(1);
  await expect(inq.rows().first()).toHaveAttribute('data-status', 'new');
  expect(await inquiryCount(sw)).toBe(1);

  // One key copies the questions draft, in English, asking for what is missing.
  await expect(page.getByTestId('reply-text')).toHaveAttribute('data-template', 'questions');
  await inq.press('c');
  await expect(page.getByTestId('copy-status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Dear Sarah,/);
  expect(copied).toContain('- Which payment terms do you propose?');

  // One key opens the sender's site; the rep grades it there (the command stands in for the shortcut).
  const [site] = await Promise.all([context.waitForEvent('page'), inq.press('o')]);
  await site.waitForLoadState();
  expect(new URL(site.url()).hostname).toBe('brightline-led.co.uk');
  const outcome = await runCommand(sw, 'tier-b', { id: await tabIdOf(site) });
  expect(outcome).toMatchObject({ ok: true, domain: 'brightline-led.co.uk', tier: 'B' });
  await page.bringToFront();
  await expect(page.getByTestId('company-tier')).toHaveAttribute('data-tier', 'B');
  await screenshot(page, 'inquiries-en', test.info());

  // The queue survives a reload, and a status change moves the reply-by time.
  await page.reload();
  await expect(inq.rows()).toHaveCount(1);
  const dueBefore = await inq.rows().first().getByTestId('reply-by').textContent();
  await inq.rows().first().getByTestId('status').selectOption('holding');
  // The row shows the stored status (a live query): once it does, the write has committed and a reload keeps it.
  await expect(inq.rows().first()).toHaveAttribute('data-status', 'holding');
  await page.reload();
  await expect(inq.rows().first()).toHaveAttribute('data-status', 'holding');
  expect(await inq.rows().first().getByTestId('reply-by').textContent()).not.toBe(dueBefore);

  // CSV export of the queue.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.split('\r\n')[0]).toContain('Reply by');
  expect(csvText).toContain('brightline-led.co.uk');
  expect(csvText).toContain('holding');

  // Backup carries the queue; restore brings it back into an emptied queue.
  const options = await openExtensionPage('options.html');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('backup').click(),
  ]);
  const file = test.info().outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup.inquiries).toHaveLength(1);
  expect(backup.inquiries[0].status).toBe('holding');
  await sw.evaluate(() => (globalThis as unknown as Hook).__tierscout.db.inquiries.clear());
  await page.reload();
  await expect(inq.rows()).toHaveCount(0);
  await options.getByTestId('restore-file').setInputFiles(file);
  // A restore shows what the file holds first; merge keeps what is newer here and brings the queue back.
  await options.getByTestId('restore-merge').click();
  await expect(options.getByTestId('data-message')).toBeVisible();
  await expect(inq.rows()).toHaveCount(1);
  await expect(inq.rows().first()).toHaveAttribute('data-status', 'holding');
});

test('bad pastes get a clear message and the saved queue is kept', async ({ sw, openExtensionPage }) => {
  await seedLedProfile(sw);
  const page = await openExtensionPage(PAGE);
  const inq = new InquiriesPage(page);
  await inq.paste(inquiryFixture('dev/01-generic-pricelist-gmail.eml'));
  await expect(inq.kind()).toHaveAttribute('data-kind', 'generic');
  await expect(page.getByTestId('flags').locator('[data-flag="freeMailNoSite"]')).toBeVisible();
  await expect(page.getByTestId('flags').locator('[data-flag="massMailing"]')).toBeVisible();
  await expect(page.getByTestId('reply-text')).toHaveAttribute('data-template', 'holding');
  await page.getByTestId('save').click();
  await expect(inq.rows()).toHaveCount(1);

  // Empty: saving says why nothing is saved.
  await page.getByTestId('save').click();
  await expect(inq.notice('inquiry.notice.empty')).toBeVisible();

  // HTML source: read as text.
  const html = inquiryFixture('dev/18-complete-html-source.html');
  await inq.paste({ subject: html.subject, from: html.from, body: html.body });
  await expect(inq.notice('inquiry.notice.html')).toBeVisible();
  await expect(inq.kind()).toHaveAttribute('data-kind', 'complete');
  await expect(page.getByTestId('fact-destination')).toContainText('AU');

  // Not an inquiry: said so, still savable.
  await inq.paste(inquiryFixture('dev/13-none-seo-spam.eml'));
  await expect(inq.notice('inquiry.notice.notInquiry')).toBeVisible();

  // 1 MB: read in part, said so.
  const huge = `Please send your price list for LED panels.\n${'Lorem ipsum dolor sit amet. '.repeat(38_000)}`;
  await inq.paste({ subject: 'big', from: 'a@b.de', body: huge });
  await expect(inq.notice('inquiry.notice.truncated')).toBeVisible();

  // Markup only: nothing left.
  await inq.paste({
    subject: '',
    from: '',
    body: '<html><body><div><br></div><p></p><span></span></body></html>',
  });
  await expect(inq.notice('inquiry.notice.nothingLeft')).toBeVisible();
  await page.getByTestId('save').click();

  await expect(inq.rows()).toHaveCount(1);
  expect(await inquiryCount(sw)).toBe(1);
});

test('a selection sent with the context menu opens on the page, triaged', async ({ context, sw }) => {
  const [page] = await Promise.all([
    context.waitForEvent('page'),
    sw.evaluate(() =>
      (globalThis as unknown as Hook).__tierscout.onInquiryMenuClick(
        {
          menuItemId: 'send-to-inquiries',
          selectionText: 'Hallo,\nbitte schicken Sie mir Ihre aktuelle Preisliste für LED Lampen.\nDanke',
          pageUrl: 'https://mail.example.com/inbox/42',
        },
        { title: 'Preisliste – Webmail' },
      ),
    ),
  ]);
  await page.waitForLoadState();
  await expect(page.getByTestId('paste-body')).toHaveValue(/Preisliste für LED Lampen/);
  await expect(page.getByTestId('paste')).toContainText('https://mail.example.com/inbox/42');
  await expect(page.getByTestId('kind')).toHaveAttribute('data-kind', 'generic');
  await expect(page.getByTestId('reply-text')).toHaveAttribute('data-lang', 'de');
});

test('the page in Chinese', async ({ sw, openExtensionPage }) => {
  await seedLedProfile(sw, { language: 'zh' });
  const page = await openExtensionPage(PAGE);
  const inq = new InquiriesPage(page);
  await inq.paste(inquiryFixture('dev/03-complete-downlight-uae.eml'));
  await expect(inq.kind()).toHaveText('完整专业询盘');
  await expect(page.getByTestId('reply-text')).toHaveAttribute('data-template', 'acknowledge');
  await page.getByTestId('save').click();
  await expect(inq.rows()).toHaveCount(1);
  await expect(page.getByTestId('queue')).toContainText('新询盘');
  await screenshot(page, 'inquiries-zh', test.info());
});

test('the prospect list links to the inquiries page', async ({ openExtensionPage }) => {
  const manager = await openExtensionPage('prospects.html');
  await manager.getByTestId('open-inquiries').click();
  await expect(manager).toHaveURL(/inquiries\.html$/);
  await expect(manager.getByRole('heading', { level: 1 })).toBeVisible();
});
