import { describe, expect, it } from 'vitest';
import { dueCount, followUpLists } from '../../../lib/crm/follow-ups';
import { monthlyReview, monthRange, reviewColumns } from '../../../lib/crm/review';
import { toCsv } from '../../../lib/export/csv';
import { toManagerRow } from '../../../lib/manager/rows';
import { prospectOf } from '../prospect/fixtures';

const local = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).toISOString();

describe('monthlyReview', () => {
  const prospects = [
    prospectOf('sur.es', {
      status: 'customer',
      company: { name: 'Iluminación Sur S.L.', address: '', country: 'ES', language: 'es' },
      history: [
        { at: local(2026, 11, 28), field: 'status', from: 'potential', to: 'target' },
        { at: local(2026, 12, 2), field: 'status', from: 'target', to: 'customer' },
        { at: local(2026, 12, 2, 11), field: 'valueGrade', from: '', to: 'important' },
      ],
    }),
    prospectOf('weber.de', {
      status: 'customer',
      history: [
        { at: local(2026, 12, 3), field: 'valueGrade', from: 'important', to: 'vip' },
        { at: local(2026, 12, 20), field: 'valueGrade', from: 'vip', to: 'ordinary' },
      ],
    }),
    prospectOf('back.de', {
      status: 'customer',
      history: [
        { at: local(2026, 12, 3), field: 'valueGrade', from: 'vip', to: 'important' },
        { at: local(2026, 12, 9), field: 'valueGrade', from: 'important', to: 'vip' },
      ],
    }),
    prospectOf('meier.de', {
      status: 'lost',
      history: [{ at: local(2026, 12, 31, 23), field: 'status', from: 'customer', to: 'lost' }],
    }),
    prospectOf('again.de', {
      status: 'customer',
      history: [
        { at: local(2026, 12, 5), field: 'status', from: 'customer', to: 'lost' },
        { at: local(2026, 12, 6), field: 'status', from: 'lost', to: 'customer' },
      ],
    }),
  ];

  it('lists new customers, net grade moves and lost customers of the local month', () => {
    expect(monthlyReview(prospects, '2026-12').map((e) => [e.kind, e.domain, e.from, e.to])).toEqual([
      ['new', 'again.de', 'lost', 'customer'],
      ['new', 'sur.es', 'target', 'customer'],
      ['moved', 'weber.de', 'important', 'ordinary'],
      ['lost', 'meier.de', 'customer', 'lost'],
    ]);
    // A first grade is no move, a move back is no change; November saw only Sur becoming a target.
    expect(monthlyReview(prospects, '2026-11')).toEqual([]);
  });

  it('rejects a month that is not YYYY-MM, and its CSV has localised headers and values', () => {
    expect(() => monthRange('12/2026')).toThrow(RangeError);
    const csv = toCsv(monthlyReview(prospects, '2026-12'), reviewColumns('zh'));
    expect(csv.split('\r\n')[0]).toBe('\uFEFF变化,日期,公司名称,域名,原来,现在');
    expect(csv).toContain('等级变化,2026-12-20,');
    expect(csv).toContain('重要客户,普通客户');
  });
});

describe('followUpLists', () => {
  const row = (domain: string, nextContact?: string) =>
    toManagerRow(prospectOf(domain, nextContact ? { crm: { nextContact } } : {}));
  const now = new Date(2026, 11, 3, 14, 0);
  const rows = [
    row('late.de', local(2026, 12, 1)),
    row('morning.de', local(2026, 12, 3, 9)),
    row('evening.de', local(2026, 12, 3, 18)),
    row('friday.de', local(2026, 12, 5)),
    row('far.de', local(2027, 2, 1)),
    row('none.de'),
  ];
  it('splits overdue, due today (the whole local day) and the coming week', () => {
    const lists = followUpLists(rows, now);
    expect(lists.overdue.map((r) => r.domain)).toEqual(['late.de']);
    expect(lists.today.map((r) => r.domain)).toEqual(['morning.de', 'evening.de']);
    expect(lists.later.map((r) => r.domain)).toEqual(['friday.de']);
    // Due now or earlier: the overdue one and this morning's call.
    expect(dueCount(lists, now)).toBe(2);
  });
});
