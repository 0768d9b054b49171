import { describe, expect, it } from 'vitest';
import {
  MAIL_MERGE_COLUMNS,
  PROSPECT_COLUMNS,
  localisedCsvColumns,
  mailMergeRows,
} from '../../../lib/export/columns';
import { toCsv } from '../../../lib/export/csv';
import { guessMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/read-csv';
import { importRows } from '../../../lib/import/rows';
import { toManagerRow } from '../../../lib/manager/rows';
import { parsePeopleCell } from '../../../lib/crm/import';
import { splitHonorific } from '../../../lib/crm/people';
import { prospectOf } from '../prospect/fixtures';

const customer = prospectOf('weber.de', {
  status: 'customer',
  company: { name: 'Großhandel Weber GmbH', address: '', country: 'DE', language: 'de' },
  contacts: {
    emails: [
      { value: 'max.weber@weber.de', isRole: false, isOwnDomain: true, evidence: [] },
      { value: 'info@weber.de', isRole: true, isOwnDomain: true, evidence: [] },
    ],
    phones: [],
    messengers: [],
    socials: [],
  },
  crm: {
    loyalty: 'old',
    figures: { year: 2026, orderAmount: 1_200_000, profit: 180_000.5, daysLate: 12 },
    valuation: {
      score: 87,
      grade: 'vip',
      points: { order: 30, profit: 48, credit: 9 },
      weights: { credit: 10, order: 30, profit: 60 },
      rank: 1,
      of: 2,
    },
    nextContact: '2026-12-10T08:00:00.000Z',
    log: [{ at: '2026-12-01T09:00:00.000Z', channel: 'phone', note: 'Talked about the spring order' }],
    people: [
      {
        name: 'Max Weber',
        salutation: 'mr',
        title: 'Einkauf',
        email: 'max.weber@weber.de',
        phone: '',
        language: 'de',
        notes: '',
        source: 'rep',
      },
      {
        name: 'Anna Schulz',
        salutation: 'ms',
        title: '',
        email: '',
        phone: '',
        language: 'en',
        notes: '',
        source: 'scan',
      },
    ],
  },
});

describe('customer-file export columns', () => {
  it('the raw CSV carries codes, plain numbers and ISO dates, and imports back into the same file', () => {
    const csv = toCsv([toManagerRow(customer)], PROSPECT_COLUMNS);
    const table = parseCsv(csv);
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      loyalty: 'old',
      value_grade: 'vip',
      value_score: '87',
      order_amount: '1200000',
      profit: '180000.5',
      days_late: '12',
      next_contact: '2026-12-10T08:00:00.000Z',
      last_contact: '2026-12-01T09:00:00.000Z',
      contact_persons: 'Max Weber (Einkauf) <max.weber@weber.de>; Anna Schulz',
    });
    const back = importRows(table.rows, {
      mapping: guessMapping(table.headers),
      dateOrder: 'dmy',
      now: '2026-12-03T00:00:00.000Z',
    });
    expect(back.flagged).toEqual([]);
    const crm = back.prospects[0]!.crm!;
    expect(crm.loyalty).toBe('old');
    expect(crm.figures).toEqual(customer.crm!.figures);
    expect(crm.nextContact).toBe('2026-12-10T08:00:00.000Z');
    expect(crm.people?.map((p) => [p.name, p.title, p.email])).toEqual([
      ['Max Weber', 'Einkauf', 'max.weber@weber.de'],
      ['Anna Schulz', '', ''],
    ]);
  });

  it('the Chinese sheet names grades and loyalty in Chinese and reads back', () => {
    const columns = localisedCsvColumns('zh');
    const csv = toCsv([toManagerRow(customer)], columns);
    const table = parseCsv(csv);
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      忠诚度: '老客户',
      价值等级: 'VIP 客户',
      订单金额: '1200000',
      逾期天数: '12',
    });
    const mapping = guessMapping(table.headers);
    const back = importRows(table.rows, { mapping, dateOrder: 'dmy', now: '2026-12-03T00:00:00.000Z' });
    expect(back.prospects[0]!.crm).toMatchObject({
      loyalty: 'old',
      figures: { orderAmount: 1_200_000, daysLate: 12 },
    });
  });

  it('a rep’s own sheet with Chinese headers fills the customer file and flags what it cannot read', () => {
    const sheet = [
      '网站,联系人,客户忠诚度,客户价值,订单金额,利润,逾期天数,下次跟进',
      'lux.pt,王先生,老客户,重要,"350,000",-20,abc,2026-12-20',
      'sol.pt,,,,12k,,-3,next week',
    ].join('\n');
    const table = parseCsv(sheet);
    const back = importRows(table.rows, {
      mapping: guessMapping(table.headers),
      dateOrder: 'dmy',
      now: '2026-12-03T00:00:00.000Z',
    });
    const p = back.prospects[0]!;
    expect(p.crm).toMatchObject({
      loyalty: 'old',
      judgedGrade: 'important',
      figures: { orderAmount: 350_000, profit: null, daysLate: null },
      people: [{ name: '王先生', salutation: 'mr', source: 'import' }],
    });
    expect(p.crm?.nextContact).toMatch(/^2026-12-(19|20)T/);
    expect(back.flagged[0]!.flags.map((f) => [f.field, f.key])).toEqual([
      ['profit', 'import.problem.negative'],
      ['daysLate', 'import.problem.days'],
    ]);
    // Each bad cell says what is wrong with it: not an amount, negative days, a date in a form not read.
    expect(back.flagged[1]!.flags.map((f) => [f.field, f.key])).toEqual([
      ['orderAmount', 'import.problem.amount'],
      ['daysLate', 'import.problem.negativeDays'],
      ['nextContact', 'import.problem.nextContact'],
    ]);
  });
});

describe('mail merge person columns', () => {
  it('greets the person of each address, and the company’s contact at a role address', () => {
    const table = parseCsv(toCsv(mailMergeRows([toManagerRow(customer)]), MAIL_MERGE_COLUMNS));
    const cols = ['email', 'contact_name', 'salutation', 'language'].map((h) => table.headers.indexOf(h));
    expect(table.rows.map((r) => cols.map((i) => r[i]))).toEqual([
      ['max.weber@weber.de', 'Max Weber', 'Mr', 'de'],
      ['info@weber.de', 'Anna Schulz', 'Ms', 'en'],
    ]);
  });
});

describe('names', () => {
  it.each([
    ['Herr Dr. Max Weber', 'mr', 'Dr. Max Weber'],
    ['Mrs. Ana López', 'ms', 'Ana López'],
    ['Mme Claire Dubois', 'ms', 'Claire Dubois'],
    ['李女士', 'ms', '李女士'],
    ['Jan Kowalski', '', 'Jan Kowalski'],
  ])('%s', (raw, salutation, name) => expect(splitHonorific(raw)).toEqual({ salutation, name }));
  it('skips pieces without a name', () => expect(parsePeopleCell('; <x@y.de>;')).toEqual([]));
});

describe('backup and restore of the customer file', () => {
  it('a backup carries the customer file and the value settings, and a bad weight sum is refused with its path', async () => {
    const { backupToJson, buildBackup, parseBackup } = await import('../../../lib/backup/backup');
    const settings = {
      weights: { credit: 10, order: 30, profit: 60 },
      cutoffs: { vip: 80, important: 50 },
      lateDaysForZero: 90,
    };
    const text = backupToJson(
      buildBackup([customer], { valueSettings: settings }, '2026-12-03T10:00:00.000Z'),
    );
    const { backup, dropped } = parseBackup(text);
    expect(backup.prospects[0]!.crm).toEqual(customer.crm);
    expect(backup.storage.valueSettings).toEqual(settings);
    expect(dropped).toEqual([]);
    const bad = backupToJson(
      buildBackup(
        [customer],
        { valueSettings: { ...settings, weights: { credit: 10, order: 30, profit: 50 } } },
        '2026-12-03T10:00:00.000Z',
      ),
    );
    expect(() => parseBackup(bad)).toThrow(
      /storage\.valueSettings\.weights: the weights must add up to 100 %/,
    );
    const negative = text.replace('"orderAmount": 1200000', '"orderAmount": -1');
    expect(() => parseBackup(negative)).toThrow(
      /prospects\.0\.crm\.figures\.orderAmount: the order amount cannot be negative/,
    );
  });
});
