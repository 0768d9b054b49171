import { describe, expect, it } from 'vitest';
import {
  readAmount,
  readCutoffs,
  readDaysLate,
  readFigures,
  readNextContact,
  readWeights,
} from '../../../lib/crm/input';
import { CrmSchema, CustomerFiguresSchema } from '../../../lib/crm/schema';

describe('readAmount', () => {
  it.each([
    ['1200000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['1.200.000,50', 1_200_000.5],
    ['1 200 000', 1_200_000],
    ['¥350,000', 350_000],
    ['12,5', 12.5],
    ['８８００', 8800],
    ['', null],
  ])('%s → %s', (raw, value) => expect(readAmount(raw)).toEqual({ ok: true, value }));

  it.each(['-500', '−500', '(500)'])('rejects the negative %s with its own message', (raw) =>
    expect(readAmount(raw)).toEqual({ ok: false, error: 'crm.error.negative', params: undefined }),
  );

  it.each(['12k', 'about 500', '1,2,3'])('rejects %s as not an amount', (raw) =>
    expect(readAmount(raw)).toMatchObject({ ok: false, error: 'crm.error.amount', params: { value: raw } }),
  );
});

describe('readFigures', () => {
  it('reads a whole form, and nothing recorded when every figure is empty', () => {
    expect(readFigures({ year: '2026', orderAmount: '10,000', profit: '2000', daysLate: '0' })).toEqual({
      ok: true,
      value: { year: 2026, orderAmount: 10_000, profit: 2000, daysLate: 0 },
    });
    expect(readFigures({ year: '2026', orderAmount: '', profit: '', daysLate: '' })).toEqual({
      ok: true,
      value: undefined,
    });
  });
  it('names every bad field', () => {
    const r = readFigures({ year: '26', orderAmount: '-1', profit: 'x', daysLate: '-3' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k, v?.error]))).toEqual({
        year: 'crm.error.year',
        orderAmount: 'crm.error.negative',
        profit: 'crm.error.amount',
        daysLate: 'crm.error.negative',
      });
  });
  it('days late: whole days only', () => {
    expect(readDaysLate('12')).toEqual({ ok: true, value: 12 });
    expect(readDaysLate('1.5')).toMatchObject({ ok: false, error: 'crm.error.days' });
  });
});

describe('readNextContact', () => {
  const now = new Date(2026, 11, 3, 12, 0);
  it.each([
    ['2026-12-04T10:30', new Date(2026, 11, 4, 10, 30)],
    ['2026-12-04', new Date(2026, 11, 4, 9, 0)],
    ['2026/12/4 15:05', new Date(2026, 11, 4, 15, 5)],
    ['2026-12-03T12:01', new Date(2026, 11, 3, 12, 1)],
  ])('%s is read in local time', (raw, date) =>
    expect(readNextContact(raw, now)).toEqual({ ok: true, value: date.toISOString() }),
  );
  it('empty means no follow-up', () => expect(readNextContact('  ', now)).toEqual({ ok: true, value: null }));
  it.each([
    ['2026-12-03T11:59', 'crm.error.datePast'],
    ['2025-01-01', 'crm.error.datePast'],
    ['12/04/2026', 'crm.error.dateFormat'],
    ['next week', 'crm.error.dateFormat'],
    ['2026-02-30', 'crm.error.dateInvalid'],
    ['2026-12-04 25:00', 'crm.error.dateInvalid'],
  ])('%s → %s', (raw, error) => expect(readNextContact(raw, now)).toMatchObject({ ok: false, error }));
});

describe('readWeights and readCutoffs', () => {
  it('accepts weights adding up to 100, with or without %', () =>
    expect(readWeights({ credit: '10 %', order: '30', profit: '60%' })).toEqual({
      ok: true,
      value: { credit: 10, order: 30, profit: 60 },
    }));
  it('says what the weights add up to when it is not 100', () =>
    expect(readWeights({ credit: '10', order: '30', profit: '50' })).toEqual({
      ok: false,
      error: 'crm.error.weightsSum',
      params: { sum: 90 },
    }));
  it.each(['', '-5', '12.5', '101', 'ten'])('rejects the weight %j', (w) =>
    expect(readWeights({ credit: w, order: '30', profit: '60' })).toMatchObject({
      ok: false,
      error: 'crm.error.weight',
    }),
  );
  it('cut-offs: VIP must be above important', () => {
    expect(readCutoffs({ vip: '80', important: '50' })).toEqual({
      ok: true,
      value: { vip: 80, important: 50 },
    });
    expect(readCutoffs({ vip: '50', important: '50' })).toMatchObject({
      ok: false,
      error: 'crm.error.cutoffOrder',
    });
    expect(readCutoffs({ vip: '120', important: '50' })).toMatchObject({
      ok: false,
      error: 'crm.error.cutoff',
    });
  });
});

describe('the schema rejects what the forms reject', () => {
  it('negative amounts and past-format dates', () => {
    expect(
      CustomerFiguresSchema.safeParse({ year: 2026, orderAmount: -1, profit: 0, daysLate: 0 }).success,
    ).toBe(false);
    expect(CrmSchema.safeParse({ nextContact: '12/04/2026' }).success).toBe(false);
    expect(CrmSchema.safeParse({ nextContact: '2026-12-04T09:00:00.000Z' }).success).toBe(true);
    expect(
      CrmSchema.safeParse({ people: [{ name: 'Max Weber', email: 'not-mail' }] }).error?.issues[0]?.message,
    ).toBe('not an e-mail address');
  });
});
