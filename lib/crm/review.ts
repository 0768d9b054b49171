/**
 * The monthly review (DOMAIN.md §4 "review monthly"): what changed in one calendar month — new customers, value
 * grades that moved, customers lost — read from each prospect's history, with a CSV of it. The history keeps the
 * newest 100 status and value-grade changes apart from its cap of 50 other entries (lib/prospect/merge.ts
 * `capHistory`), so tier or outreach edits never push a month's changes out. Pure except
 * {@link reviewCandidates}, which reads the few rows that can appear (current and lost customers) by index.
 */
import type { TierScoutDB } from '../db/db';
import { fromRow } from '../db/prospects';
import type { CsvColumn } from '../export/csv';
import { type Lang, t } from '../i18n';
import '../i18n/strings/crm';
import '../i18n/strings/sheets';
import type { Prospect } from '../model';

export type ReviewKind = 'new' | 'moved' | 'lost';

export interface ReviewEntry {
  kind: ReviewKind;
  domain: string;
  name: string;
  /** ISO time of the (last) change in the month. */
  at: string;
  /** Status or grade before and after (codes: 'potential' → 'customer', 'important' → 'vip'). */
  from: string;
  to: string;
}

/** The local calendar month "2026-12" as an ISO range [start, end). */
export function monthRange(month: string): { start: string; end: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  return { start: new Date(y, mo, 1).toISOString(), end: new Date(y, mo + 1, 1).toISOString() };
}

/** The local month of a date, "2026-12". */
export function monthOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

const ORDER: Record<ReviewKind, number> = { new: 0, moved: 1, lost: 2 };

/**
 * The month's changes: a prospect that became a customer ('new'), a customer whose value grade moved (several
 * moves in the month count once, first "from" to last "to"; a move back to where it started is no change), and a
 * prospect that became lost. New first, then moved, then lost; newest first within each.
 */
export function monthlyReview(prospects: readonly Prospect[], month: string): ReviewEntry[] {
  const { start, end } = monthRange(month);
  const out: ReviewEntry[] = [];
  for (const p of prospects) {
    const inMonth = p.history.filter((h) => h.at >= start && h.at < end);
    if (inMonth.length === 0) continue;
    const name = p.company.name || p.domain;
    const becameCustomer = inMonth.filter(
      (h) => h.field === 'status' && h.to === 'customer' && h.from !== 'customer',
    );
    const last = becameCustomer[becameCustomer.length - 1];
    if (last)
      out.push({
        kind: 'new',
        domain: p.domain,
        name,
        at: last.at,
        from: becameCustomer[0]!.from,
        to: 'customer',
      });
    const moves = inMonth.filter((h) => h.field === 'valueGrade' && h.from && h.to);
    if (moves.length > 0 && moves[0]!.from !== moves[moves.length - 1]!.to) {
      out.push({
        kind: 'moved',
        domain: p.domain,
        name,
        at: moves[moves.length - 1]!.at,
        from: moves[0]!.from,
        to: moves[moves.length - 1]!.to,
      });
    }
    const lost = inMonth.filter((h) => h.field === 'status' && h.to === 'lost');
    if (lost.length > 0 && p.status === 'lost') {
      const l = lost[lost.length - 1]!;
      out.push({ kind: 'lost', domain: p.domain, name, at: l.at, from: l.from, to: 'lost' });
    }
  }
  return out.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || b.at.localeCompare(a.at));
}

/** The prospects a review can list: current and lost customers (the `status` index; a few hundred rows). */
export async function reviewCandidates(db: TierScoutDB): Promise<Prospect[]> {
  const rows = await db.prospects.where('status').anyOf(['customer', 'lost']).toArray();
  return rows.map((r) => fromRow(r)!);
}

/** A status or grade code as the rep reads it. */
export function reviewValueText(lang: Lang, kind: ReviewKind, code: string): string {
  if (!code) return '';
  return kind === 'moved' ? t(lang, `grade.${code}`) : t(lang, `status.${code}`);
}

/** The review as CSV columns in the UI language (dates as local YYYY-MM-DD). */
export function reviewColumns(lang: Lang): CsvColumn<ReviewEntry>[] {
  const day = (iso: string) => {
    const d = new Date(iso);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  return [
    { key: 'kind', header: t(lang, 'review.col.kind'), value: (e) => t(lang, `review.kind.${e.kind}`) },
    { key: 'at', header: t(lang, 'review.col.when'), value: (e) => day(e.at) },
    { key: 'company', header: t(lang, 'sheet.col.company'), value: (e) => e.name },
    { key: 'domain', header: t(lang, 'sheet.col.domain'), value: (e) => e.domain },
    { key: 'from', header: t(lang, 'review.col.from'), value: (e) => reviewValueText(lang, e.kind, e.from) },
    { key: 'to', header: t(lang, 'review.col.to'), value: (e) => reviewValueText(lang, e.kind, e.to) },
  ];
}
