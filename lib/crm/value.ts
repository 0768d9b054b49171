/**
 * The value score of current customers (DOMAIN.md §4): 0–100 points from the credit record, the year's order
 * amount and the profit contribution, weighted by the rep (10 / 30 / 60 % by default), ranked across all current
 * customers and cut into VIP / important / ordinary at the rep's cut-offs. Pure: the store calls it in
 * lib/crm/regrade.ts, the manager shows the result with {@link explainValuation}.
 *
 * How each part scores (rules as data in `ValueSettings`, never hidden in `if`s):
 * - order amount and profit: the share of the largest amount among current customers, times the weight — the
 *   largest customer gets full marks, one half its size half of them;
 * - credit: full weight when payments come on time, falling linearly to zero at `lateDaysForZero` days late;
 * - a missing figure scores zero and is named in the explanation; a customer without any figure is not scored and
 *   keeps the rep's judged grade.
 * Points are rounded to whole numbers and the score is their sum, so the explanation always adds up.
 */
import type {
  CustomerFigures,
  GradeCutoffs,
  Valuation,
  ValueGrade,
  ValueSettings,
  ValueWeights,
} from './schema';

/** A customer as the score needs it. */
export interface CustomerInput {
  domain: string;
  figures: CustomerFigures | undefined;
}

/** True when at least one figure is known (a customer with none is left to the judged grade). */
export function hasFigures(f: CustomerFigures | undefined): f is CustomerFigures {
  return !!f && (f.orderAmount !== null || f.profit !== null || f.daysLate !== null);
}

/** The grade of a score at the rep's cut-offs. */
export function gradeOf(score: number, cutoffs: GradeCutoffs): ValueGrade {
  if (score >= cutoffs.vip) return 'vip';
  if (score >= cutoffs.important) return 'important';
  return 'ordinary';
}

function shareOf(value: number | null, max: number, weight: number): number | null {
  if (value === null) return null;
  return max > 0 ? Math.round((weight * value) / max) : 0;
}

/**
 * Scores every customer that has figures, relative to the others.
 * @throws RangeError when the weights do not add up to 100 or a figure is negative (the schema rejects both at
 *   input; this guards callers that skip it).
 * @example scoreCustomers([{ domain: 'a.de', figures: { year: 2026, orderAmount: 100, profit: 20, daysLate: 0 } }], DEFAULT_VALUE_SETTINGS)
 *   // Map { 'a.de' => { score: 100, grade: 'vip', points: { credit: 10, order: 30, profit: 60 }, weights, rank: 1, of: 1 } }
 */
export function scoreCustomers(
  customers: readonly CustomerInput[],
  settings: ValueSettings,
): Map<string, Valuation> {
  const { weights, cutoffs, lateDaysForZero } = settings;
  checkWeights(weights);
  const scored = customers.filter((c): c is { domain: string; figures: CustomerFigures } =>
    hasFigures(c.figures),
  );
  for (const c of scored) {
    for (const v of [c.figures.orderAmount, c.figures.profit, c.figures.daysLate]) {
      if (v !== null && !(v >= 0)) throw new RangeError(`negative figure for ${c.domain}`);
    }
  }
  const maxOrder = Math.max(0, ...scored.map((c) => c.figures.orderAmount ?? 0));
  const maxProfit = Math.max(0, ...scored.map((c) => c.figures.profit ?? 0));
  const rows = scored.map((c) => {
    const f = c.figures;
    const credit =
      f.daysLate === null ? null : Math.round(weights.credit * Math.max(0, 1 - f.daysLate / lateDaysForZero));
    const points = {
      credit,
      order: shareOf(f.orderAmount, maxOrder, weights.order),
      profit: shareOf(f.profit, maxProfit, weights.profit),
    };
    const score = (points.credit ?? 0) + (points.order ?? 0) + (points.profit ?? 0);
    return { domain: c.domain, points, score };
  });
  // Best first; ties share the rank of the first of them ("1, 2, 2, 4"), and are listed by domain.
  rows.sort((a, b) => b.score - a.score || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  const out = new Map<string, Valuation>();
  let rank = 0;
  rows.forEach((r, i) => {
    if (i === 0 || r.score !== rows[i - 1]!.score) rank = i + 1;
    out.set(r.domain, {
      score: r.score,
      grade: gradeOf(r.score, cutoffs),
      points: r.points,
      weights: { ...weights },
      rank,
      of: rows.length,
    });
  });
  return out;
}

/** Throws when the weights are not whole percentages adding up to 100. */
export function checkWeights(w: ValueWeights): void {
  const parts = [w.credit, w.order, w.profit];
  if (parts.some((p) => !Number.isInteger(p) || p < 0) || parts.reduce((a, b) => a + b, 0) !== 100) {
    throw new RangeError('the weights must be whole percentages adding up to 100');
  }
}

/** One line of a valuation's explanation: a lib/i18n key with its parameters. */
export interface ValuationPart {
  part: 'order' | 'profit' | 'credit';
  /** Points scored, null when the figure is missing. */
  points: number | null;
  max: number;
}

/**
 * The parts of a score in the article's order of importance (order amount, profit, credit), for "order amount
 * 28/30, profit 41/60, credit 6/10".
 */
export function explainValuation(v: Valuation): ValuationPart[] {
  const { weights } = v;
  return [
    { part: 'order', points: v.points.order, max: weights.order },
    { part: 'profit', points: v.points.profit, max: weights.profit },
    { part: 'credit', points: v.points.credit, max: weights.credit },
  ];
}

/** Order of the grades for sorting: VIP first. */
export const GRADE_ORDER: Record<ValueGrade, number> = { vip: 0, important: 1, ordinary: 2 };
