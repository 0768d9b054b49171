import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUE_SETTINGS, type CustomerFigures, type ValueSettings } from '../../../lib/crm/schema';
import { explainValuation, gradeOf, hasFigures, scoreCustomers } from '../../../lib/crm/value';

const fig = (
  orderAmount: number | null,
  profit: number | null,
  daysLate: number | null,
): CustomerFigures => ({
  year: 2026,
  orderAmount,
  profit,
  daysLate,
});

describe('scoreCustomers', () => {
  it('gives the largest customer full marks and scales the others by share (10 / 30 / 60 %)', () => {
    const v = scoreCustomers(
      [
        { domain: 'weber.de', figures: fig(1_000_000, 200_000, 0) },
        { domain: 'sur.es', figures: fig(500_000, 50_000, 45) },
      ],
      DEFAULT_VALUE_SETTINGS,
    );
    expect(v.get('weber.de')).toMatchObject({ score: 100, grade: 'vip', rank: 1, of: 2 });
    // 30 × 0.5 = 15, 60 × 0.25 = 15, credit 10 × (1 − 45/90) = 5.
    expect(v.get('sur.es')).toMatchObject({
      score: 35,
      grade: 'ordinary',
      points: { order: 15, profit: 15, credit: 5 },
      rank: 2,
    });
  });

  it.each([
    [{ credit: 10, order: 30, profit: 60 }, 71],
    [{ credit: 0, order: 100, profit: 0 }, 80],
    [{ credit: 50, order: 0, profit: 50 }, 60],
  ])('weights %o change the score of the same figures to %i', (weights, score) => {
    const settings: ValueSettings = { ...DEFAULT_VALUE_SETTINGS, weights };
    const v = scoreCustomers(
      [
        { domain: 'top.de', figures: fig(100, 100, 0) },
        { domain: 'mid.de', figures: fig(80, 70, 45) },
      ],
      settings,
    );
    expect(v.get('mid.de')?.score).toBe(score);
    expect(v.get('mid.de')?.weights).toEqual(weights);
  });

  it('scores a missing figure as zero and names it missing; a customer without figures is not scored', () => {
    const v = scoreCustomers(
      [
        { domain: 'a.de', figures: fig(100, null, null) },
        { domain: 'b.de', figures: fig(null, null, null) },
        { domain: 'c.de', figures: undefined },
      ],
      DEFAULT_VALUE_SETTINGS,
    );
    expect(v.get('a.de')).toMatchObject({ score: 30, points: { order: 30, profit: null, credit: null } });
    expect(v.has('b.de')).toBe(false);
    expect(v.has('c.de')).toBe(false);
    expect(explainValuation(v.get('a.de')!)).toEqual([
      { part: 'order', points: 30, max: 30 },
      { part: 'profit', points: null, max: 60 },
      { part: 'credit', points: null, max: 10 },
    ]);
    expect(hasFigures(fig(null, null, 0))).toBe(true);
  });

  it('gives tied scores the same rank ("1, 2, 2, 4") in a stable order', () => {
    const v = scoreCustomers(
      [
        { domain: 'd.de', figures: fig(10, 10, 0) },
        { domain: 'c.de', figures: fig(50, 50, 0) },
        { domain: 'b.de', figures: fig(50, 50, 0) },
        { domain: 'a.de', figures: fig(100, 100, 0) },
      ],
      DEFAULT_VALUE_SETTINGS,
    );
    expect(['a.de', 'b.de', 'c.de', 'd.de'].map((d) => v.get(d)?.rank)).toEqual([1, 2, 2, 4]);
  });

  it('scores nobody on order amount when all amounts are zero (no division by zero)', () => {
    const v = scoreCustomers([{ domain: 'a.de', figures: fig(0, 0, 0) }], DEFAULT_VALUE_SETTINGS);
    expect(v.get('a.de')).toMatchObject({ score: 10, points: { order: 0, profit: 0, credit: 10 } });
  });

  it('rejects negative amounts and weights that do not add up to 100', () => {
    expect(() =>
      scoreCustomers([{ domain: 'a.de', figures: fig(-5, 1, 0) }], DEFAULT_VALUE_SETTINGS),
    ).toThrow(RangeError);
    expect(() =>
      scoreCustomers([], { ...DEFAULT_VALUE_SETTINGS, weights: { credit: 10, order: 30, profit: 50 } }),
    ).toThrow(/add/);
  });

  it('credit falls linearly to zero at the rep’s limit of days late', () => {
    const settings = {
      ...DEFAULT_VALUE_SETTINGS,
      weights: { credit: 100, order: 0, profit: 0 },
      lateDaysForZero: 60,
    };
    const v = scoreCustomers(
      [0, 15, 30, 60, 200].map((d) => ({ domain: `d${d}.de`, figures: fig(1, 1, d) })),
      settings,
    );
    expect([0, 15, 30, 60, 200].map((d) => v.get(`d${d}.de`)?.score)).toEqual([100, 75, 50, 0, 0]);
  });
});

describe('gradeOf', () => {
  it.each([
    [80, 'vip'],
    [79.9, 'important'],
    [50, 'important'],
    [49, 'ordinary'],
    [0, 'ordinary'],
  ] as const)('%d → %s at cut-offs 80 / 50', (score, grade) => {
    expect(gradeOf(score, { vip: 80, important: 50 })).toBe(grade);
  });
});
