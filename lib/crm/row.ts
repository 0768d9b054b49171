/**
 * The customer file as the manager's compact row holds it (lib/manager/rows.ts): what the value column, the sort,
 * the follow-up view and the exports read. A prospect without a customer file has `null`, so 100,000 scanned rows
 * add one pointer each.
 */
import type { Prospect } from '../model';
import type { ContactPerson, CustomerFigures, Loyalty, Valuation, ValueGrade } from './schema';
import { GRADE_ORDER } from './value';

export interface CrmRow {
  readonly loyalty: Loyalty | null;
  /** The grade shown: the computed one for a scored current customer, else the rep's judged grade. */
  readonly grade: ValueGrade | null;
  /** True when `grade` is the rep's judgement, not a score. */
  readonly isJudged: boolean;
  readonly valuation: Valuation | null;
  readonly judgedGrade: ValueGrade | null;
  readonly figures: CustomerFigures | null;
  /** ISO instant, '' when no follow-up is set. */
  readonly nextContact: string;
  /** ISO instant of the newest contact-log entry, ''. */
  readonly lastContact: string;
  readonly people: readonly ContactPerson[];
}

const NO_PEOPLE: readonly ContactPerson[] = Object.freeze([]);

/** The compact customer file of a prospect, or null when it has none worth showing. */
export function crmRowOf(p: Pick<Prospect, 'crm' | 'status'>): CrmRow | null {
  const c = p.crm;
  if (!c) return null;
  const valuation = p.status === 'customer' ? (c.valuation ?? null) : null;
  const judged = c.judgedGrade ?? null;
  const log = c.log ?? [];
  return Object.freeze({
    loyalty: c.loyalty ?? null,
    grade: valuation?.grade ?? judged,
    isJudged: !valuation && judged !== null,
    valuation,
    judgedGrade: judged,
    figures: c.figures ?? null,
    nextContact: c.nextContact ?? '',
    lastContact: log.length > 0 ? log[log.length - 1]!.at : '',
    people: c.people?.length ? Object.freeze([...c.people]) : NO_PEOPLE,
  });
}

/** True when two compact files show the same (the stored objects are compared by value). */
export function sameCrmRow(a: CrmRow | null, b: CrmRow | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sort value of the value column: scored customers by score (best first when descending), then judged grades, then
 * nobody. Higher is better.
 */
export function valueSortKey(row: CrmRow | null): number {
  if (!row?.grade) return -1;
  if (row.valuation) return 1000 + row.valuation.score;
  // A judged VIP ranks with scored customers of the VIP band's floor, below every score.
  return 100 * (2 - GRADE_ORDER[row.grade]) + 1;
}
