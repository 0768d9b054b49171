/**
 * From prospect to customer (issue 14) in real Chromium with the built extension: the year's figures of two
 * customers give a ranked, explained value grade; bad input gets clear messages; a follow-up shows as due, sets the
 * reminder alarm and rings as a browser notification; the monthly review lists the month's changes and exports
 * them; the value weights in Options must add up to 100 %; the scanner's contact persons reach the customer file
 * and the mail merge.
 */
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { parseCsv } from '../../lib/import/read-csv';
import { expect, screenshot, test } from './fixtures';
import { makeProspect, ManagerPage, readFromWorker, seedFromWorker } from './pages/manager';
import { runCommand } from './pages/worker';

const CUSTOMERS = [
  makeProspect('grosshandel-weber.de', {
    status: 'customer',
    tier: 'A',
    company: {
      name: 'Weber Großhandel GmbH',
      address: 'Eckendorfer Straße 112, Bielefeld',
      country: 'DE',
      language: 'de',
    },
  }),
  makeProspect('iluminacion-sur.es', {
    status: 'customer',
    tier: 'B',
    company: { name: 'Iluminación Sur S.L.', address: '', country: 'ES', language: 'es' },
  }),
  makeProspect('lampen-meier.de', {
    status: 'target',
    company: { name: 'Lampen Meier', address: '', country: 'DE', language: 'de' },
  }),
];

async function setLanguage(sw: Worker, lang: 'en' | 'zh'): Promise<void> {
  await sw.evaluate((l) => chrome.storage.local.set({ language: l }), lang);
}

async function openDetail(page: Page, domain: string) {
  const m = new ManagerPage(page);
  await m.row(domain).dblclick();
  await expect(page.getByTestId('detail')).toHaveAttribute('aria-label', domain);
  return page.getByTestId('crm');
}

async function recordFigures(page: Page, domain: string, order: string, profit: string, daysLate: string) {
  const crm = await openDetail(page, domain);
  await crm.getByTestId('crm-orderAmount').fill(order);
  await crm.getByTestId('crm-profit').fill(profit);
  await crm.getByTestId('crm-daysLate').fill(daysLate);
  await crm.getByTestId('crm-save').click();
  return crm;
}

test('two customers’ figures give a ranked, explained value grade; negative amounts are refused', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  await seedFromWorker(sw, CUSTOMERS);
  const page = await openExtensionPage('prospects.html');
  await page.setViewportSize({ width: 1440, height: 1000 });
  const m = new ManagerPage(page);
  await m.expectCount(3, 3);

  // A negative profit is named, and nothing is stored.
  let crm = await recordFigures(page, 'grosshandel-weber.de', '1,200,000', '-240000', '0');
  await expect(crm.getByRole('alert')).toHaveText('Amounts cannot be negative.');
  expect((await readFromWorker(sw, 'grosshandel-weber.de'))?.crm).toBeUndefined();
  await crm.getByTestId('crm-profit').fill('240000');
  await crm.getByTestId('crm-save').click();
  await expect(crm.getByTestId('crm-why')).toHaveText('order amount 30/30, profit 60/60, credit 10/10');

  crm = await recordFigures(page, 'iluminacion-sur.es', '600000', '60000', '45');
  // 600,000 of 1,200,000 → 15/30; 60,000 of 240,000 → 15/60; 45 of 90 days late → 5/10.
  await expect(crm.getByTestId('crm-value')).toContainText('Score 35/100 · rank 2 of 2');
  await expect(crm.getByTestId('crm-why')).toHaveText('order amount 15/30, profit 15/60, credit 5/10');
  await expect(crm.getByTestId('crm-value')).toContainText('Ordinary');
  await expect
    .poll(async () => (await readFromWorker(sw, 'iluminacion-sur.es'))?.crm?.valuation?.score)
    .toBe(35);

  // A prospect without history gets the rep's judged grade.
  crm = await openDetail(page, 'lampen-meier.de');
  await crm.getByTestId('crm-judged').selectOption('important');
  await crm.getByTestId('crm-loyalty').selectOption('potential');
  await crm.getByTestId('crm-save').click();
  await expect(crm.getByTestId('crm-value')).toContainText('Important (judged)');
  await screenshot(page, 'crm-detail-en', testInfo, false);

  // The value column shows the grade with its explanation and sorts by it.
  await page.keyboard.press('Escape');
  await expect(m.row('grosshandel-weber.de').getByTestId('value-cell')).toHaveText('VIP · 100');
  await expect(m.row('iluminacion-sur.es').getByTestId('value-cell')).toHaveAttribute(
    'title',
    'Score 35/100 · rank 2 of 2: order amount 15/30, profit 15/60, credit 5/10',
  );
  await page.getByRole('button', { name: 'Value' }).click();
  await page.getByRole('button', { name: /Value/ }).click();
  await expect(m.rows.nth(0)).toHaveAttribute('data-domain', 'grosshandel-weber.de');
  await expect(m.rows.nth(1)).toHaveAttribute('data-domain', 'iluminacion-sur.es');
  await expect(m.rows.nth(2)).toHaveAttribute('data-domain', 'lampen-meier.de');
  await screenshot(page, 'crm-table-en', testInfo, false);

  await setLanguage(sw, 'zh');
  await expect(m.row('grosshandel-weber.de').getByTestId('value-cell')).toHaveText('VIP 客户 · 100');
  crm = await openDetail(page, 'iluminacion-sur.es');
  await expect(crm.getByTestId('crm-why')).toHaveText('订单金额 15/30，利润 15/60，信用 5/10');
  await screenshot(page, 'crm-detail-zh', testInfo, false);
});

test('a follow-up: past dates refused, set for later today it is due, the alarm is set and the reminder rings', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  const yesterday = new Date(Date.now() - 26 * 3600_000).toISOString();
  await seedFromWorker(sw, [
    ...CUSTOMERS,
    makeProspect('lichtwerk-handel.de', {
      company: { name: 'Lichtwerk Handel GmbH', address: '', country: 'DE', language: 'de' },
      crm: {
        nextContact: yesterday,
        log: [{ at: '2026-11-20T09:00:00.000Z', channel: 'email', note: 'Catalogue sent' }],
      },
    }),
  ]);
  const page = await openExtensionPage('prospects.html');
  await page.setViewportSize({ width: 1440, height: 1000 });
  const m = new ManagerPage(page);
  await m.expectCount(4, 4);
  // The seeded overdue one already counts on the tab.
  await expect(page.getByTestId('due-count')).toHaveText('1');

  const crm = await openDetail(page, 'grosshandel-weber.de');
  const local = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  await crm.getByTestId('crm-next').fill(local(new Date(Date.now() - 3600_000)));
  await crm.getByTestId('crm-save').click();
  await expect(crm.getByTestId('crm-next-error')).toContainText(
    'has already passed. Choose a time in the future.',
  );

  // Two minutes from now (on the hour's edge the minute is rounded up by the field).
  const due = new Date(Date.now() + 2 * 60_000);
  due.setSeconds(0, 0);
  await crm.getByTestId('crm-next').fill(local(due));
  await crm.getByTestId('crm-save').click();
  await expect
    .poll(async () => (await readFromWorker(sw, 'grosshandel-weber.de'))?.crm?.nextContact)
    .toBe(due.toISOString());
  // The contact log, with the empty note refused first.
  await crm.getByTestId('log-add').click();
  await expect(crm.getByRole('alert')).toHaveText('Write what was said before adding it to the log.');
  await crm.getByTestId('log-channel').selectOption('phone');
  await crm.getByTestId('log-note').fill('Discussed the spring order, call back with prices');
  await crm.getByTestId('log-add').click();
  await expect(crm.getByTestId('crm-log')).toContainText('Phone call: Discussed the spring order');

  // The reminder alarm is set to the earliest follow-up not yet reminded of.
  const alarm = () =>
    sw.evaluate(() => chrome.alarms.get('tierscout-follow-up').then((a) => a?.scheduledTime ?? null));
  await expect.poll(alarm).not.toBeNull();

  await page.getByTestId('tab-followups').click();
  const view = page.getByTestId('followups');
  await expect(view.getByTestId('followups-overdue')).toContainText('Lichtwerk Handel GmbH');
  const todayOrLater = due.getDate() === new Date().getDate() ? 'followups-today' : 'followups-later';
  await expect(view.getByTestId(todayOrLater)).toContainText('Weber Großhandel GmbH');
  await expect(view.getByTestId('followups-overdue')).toContainText('last contact');
  await screenshot(page, 'crm-followups-en', testInfo, false);

  // The alarm rings (driven through the worker's handler with the due time: no test waits for the clock).
  const notified = await sw.evaluate(
    (at) =>
      (
        globalThis as unknown as { __tierscout: { remindDue(now?: string): Promise<string[]> } }
      ).__tierscout.remindDue(at),
    new Date(due.getTime() + 60_000).toISOString(),
  );
  // Weber came due; the overdue Lichtwerk rang either now or already when the first alarm was set.
  expect(notified).toContain('grosshandel-weber.de');
  const notes = await sw.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notes).length).toBeGreaterThanOrEqual(1);
  // Each follow-up rings once: nothing is due after it, so no alarm is left.
  await expect.poll(alarm).toBeNull();

  await setLanguage(sw, 'zh');
  await expect(view).toContainText('已逾期');
  await screenshot(page, 'crm-followups-zh', testInfo, false);
});

test('the monthly review lists new, moved and lost customers and downloads them as CSV', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  const now = new Date();
  const inMonth = (day: number) => new Date(now.getFullYear(), now.getMonth(), day, 10).toISOString();
  const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15, 10).toISOString();
  await seedFromWorker(sw, [
    makeProspect('iluminacion-sur.es', {
      status: 'customer',
      company: { name: 'Iluminación Sur S.L.', address: '', country: 'ES', language: 'es' },
      history: [{ at: inMonth(1), field: 'status', from: 'target', to: 'customer' }],
    }),
    makeProspect('grosshandel-weber.de', {
      status: 'customer',
      company: { name: 'Weber Großhandel GmbH', address: '', country: 'DE', language: 'de' },
      history: [
        { at: lastMonth, field: 'status', from: 'potential', to: 'customer' },
        { at: inMonth(1), field: 'valueGrade', from: 'important', to: 'vip' },
      ],
    }),
    makeProspect('lampen-meier.de', {
      status: 'lost',
      company: { name: 'Lampen Meier', address: '', country: 'DE', language: 'de' },
      history: [{ at: inMonth(1), field: 'status', from: 'customer', to: 'lost' }],
    }),
    makeProspect('leuchten-mueller.de', { status: 'potential' }),
  ]);
  const page = await openExtensionPage('prospects.html#review');
  await page.setViewportSize({ width: 1280, height: 800 });
  const review = page.getByTestId('review');
  await expect(review.getByTestId('review-count')).toHaveText('1 new · 1 moved · 1 lost');
  await expect(review.getByTestId('review-new')).toContainText('Iluminación Sur S.L.');
  await expect(review.getByTestId('review-moved')).toContainText('Important → VIP');
  await expect(review.getByTestId('review-lost')).toContainText('Lampen Meier');
  await screenshot(page, 'crm-review-en', testInfo, false);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    review.getByTestId('review-csv').click(),
  ]);
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  expect(download.suggestedFilename()).toBe(`tierscout-review-${month}.csv`);
  const table = parseCsv((await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, ''));
  expect(table.headers).toEqual(['change', 'date', 'Company', 'Domain', 'from', 'to']);
  expect(table.rows.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
    ['new customer', 'Iluminación Sur S.L.', 'Target', 'Customer'],
    ['grade moved', 'Weber Großhandel GmbH', 'Important', 'VIP'],
    ['lost', 'Lampen Meier', 'Customer', 'Lost'],
  ]);

  // Last month: only Weber's becoming a customer.
  const previous = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  await review
    .getByTestId('review-month')
    .fill(`${previous.getFullYear()}-${String(previous.getMonth() + 1).padStart(2, '0')}`);
  await expect(review.getByTestId('review-count')).toHaveText('1 new · 0 moved · 0 lost');

  await setLanguage(sw, 'zh');
  await review.getByTestId('review-month').fill(month);
  await expect(review.getByTestId('review-moved')).toContainText('重要客户 → VIP 客户');
  await screenshot(page, 'crm-review-zh', testInfo, false);
});

test('Options: the value weights must add up to 100 %, and saving regrades the customers', async ({
  openExtensionPage,
  sw,
}, testInfo) => {
  await seedFromWorker(sw, [
    makeProspect('grosshandel-weber.de', {
      status: 'customer',
      crm: { figures: { year: 2026, orderAmount: 1000, profit: 100, daysLate: 0 } },
    }),
    makeProspect('iluminacion-sur.es', {
      status: 'customer',
      crm: { figures: { year: 2026, orderAmount: 1000, profit: 50, daysLate: 0 } },
    }),
  ]);
  const options = await openExtensionPage('options.html');
  const section = options.getByTestId('value-section');
  await section.getByTestId('value-profit').fill('50');
  await expect(section.getByTestId('value-sum')).toHaveText('Sum: 90 %');
  await section.getByTestId('value-save').click();
  await expect(section.getByTestId('value-error')).toHaveText(
    'The three weights add up to 90 %. They must add up to 100 %.',
  );
  await section.getByTestId('value-vip').fill('40');
  await section.getByTestId('value-important').fill('60');
  await section.getByTestId('value-order').fill('40');
  await section.getByTestId('value-save').click();
  await expect(section.getByTestId('value-error')).toHaveText(
    'The VIP cut-off must be higher than the important one.',
  );
  await section.getByTestId('value-vip').fill('90');
  await section.getByTestId('value-important').fill('50');
  await section.getByTestId('value-save').click();
  // Sur: order 40/40, profit 25/50, credit 10/10 = 75 → important at 90 / 50.
  await expect(section.getByTestId('value-saved')).toHaveText('Saved; 2 customers regraded.');
  const sur = await readFromWorker(sw, 'iluminacion-sur.es');
  expect(sur?.crm?.valuation).toMatchObject({
    score: 75,
    grade: 'important',
    weights: { credit: 10, order: 40, profit: 50 },
  });
  await section.scrollIntoViewIfNeeded();
  await screenshot(options, 'crm-options-en', testInfo, true);
  await setLanguage(sw, 'zh');
  await expect(section).toContainText('权重（必须合计 100%）');
  await screenshot(options, 'crm-options-zh', testInfo, true);
});

test('contact persons the scanner finds reach the customer file and the mail merge', async ({
  openTab,
  openExtensionPage,
  sw,
}, testInfo) => {
  const { tabId } = await openTab('lichtwerk-handel.de', '/kontakt');
  await runCommand(sw, 'tier-b', { id: tabId });
  await expect
    .poll(async () => (await readFromWorker(sw, 'lichtwerk-handel.de'))?.crm?.people?.length)
    .toBe(2);
  const page = await openExtensionPage('prospects.html');
  await page.setViewportSize({ width: 1440, height: 1000 });
  const crm = await openDetail(page, 'lichtwerk-handel.de');
  const names = crm.getByTestId('person-name');
  await expect(names.nth(0)).toHaveValue('Jana Hoffmeister');
  await expect(names.nth(1)).toHaveValue('Marco Vidal');
  await expect(crm.getByTestId('crm-person').nth(0)).toContainText('found on the site');
  // The rep corrects one and adds one; an invalid e-mail is named first.
  await crm.getByTestId('person-add').click();
  await names.nth(2).fill('Herr Lukas Brandt');
  await crm.getByTestId('person-email').nth(2).fill('l.brandt(at)lichtwerk');
  await crm.getByTestId('crm-save').click();
  await expect(crm.getByRole('alert')).toHaveText('“l.brandt(at)lichtwerk” is not an e-mail address.');
  await crm.getByTestId('person-email').nth(2).fill('l.brandt@lichtwerk-handel.de');
  await crm.getByTestId('crm-save').click();
  // "Herr" typed into the name becomes the salutation (for "Dear Mr Brandt").
  await expect
    .poll(async () => (await readFromWorker(sw, 'lichtwerk-handel.de'))?.crm?.people?.[2])
    .toMatchObject({
      name: 'Lukas Brandt',
      salutation: 'mr',
      email: 'l.brandt@lichtwerk-handel.de',
      source: 'rep',
    });
  await screenshot(page, 'crm-people-en', testInfo, false);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-mail').click(),
  ]);
  const table = parseCsv((await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, ''));
  const col = (h: string) => table.headers.indexOf(h);
  const einkauf = table.rows.find((r) => r[col('email')] === 'einkauf@lichtwerk-handel.de');
  expect(einkauf && [einkauf[col('contact_name')], einkauf[col('language')]]).toEqual([
    'Jana Hoffmeister',
    'de',
  ]);
});
