/**
 * The value grade in words, in the UI language: "order amount 28/30, profit 41/60, credit 6/10" (a missing figure
 * reads "profit —/60 (no figure)"), and the grade label with its score.
 */
import { type Lang, t } from '../i18n';
import '../i18n/strings/crm';
import type { CrmRow } from './row';
import type { Valuation } from './schema';
import { explainValuation } from './value';

/** The parts of a score joined as one line ("order amount 28/30, profit 41/60, credit 6/10"). */
export function explainText(lang: Lang, v: Valuation): string {
  const parts = explainValuation(v).map((p) =>
    p.points === null
      ? t(lang, 'crm.why.missing', { part: t(lang, `crm.why.part.${p.part}`), max: p.max })
      : t(lang, `crm.why.${p.part}`, { points: p.points, max: p.max }),
  );
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/**
 * The value column's text: "VIP · 91" for a scored customer, the bare grade for a judged one (the column draws it
 * dashed and its hover text says it is judged), '' when none.
 */
export function gradeText(lang: Lang, row: CrmRow | null): string {
  if (!row?.grade) return '';
  const label = t(lang, `grade.${row.grade}`);
  return row.valuation ? `${label} · ${row.valuation.score}` : label;
}

/** The hover text of the value column: score, rank and the parts. */
export function gradeTitle(lang: Lang, row: CrmRow | null): string {
  if (!row?.valuation) return row?.isJudged ? t(lang, 'crm.why.noFigures') : '';
  const v = row.valuation;
  return `${t(lang, 'crm.why', { score: v.score, rank: v.rank, of: v.of })}: ${explainText(lang, v)}`;
}
