/**
 * Reading what the rep types into the customer file: amounts, days late, the next-contact date, the weights and
 * cut-offs. Each reader returns the value or a lib/i18n key (`crm.error.*`) that says what is wrong, so bad input
 * gets a clear message instead of a silent zero.
 */
import type { CustomerFigures, GradeCutoffs, ValueWeights } from './schema';

/** A read value, or the message key of why it cannot be read. */
export type Read<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(error: string, params?: Record<string, string | number>): Read<T> => ({
  ok: false,
  error,
  params,
});

/**
 * An amount as reps write it: "1200000", "1,200,000", "1 200 000", "1.200.000,50", "¥350,000", "€ 12.5k" is not
 * read (no guessing of units). Empty is null (missing). Negative amounts are rejected.
 * @example readAmount('1,200,000.50') // { ok: true, value: 1200000.5 }
 */
export function readAmount(raw: string): Read<number | null> {
  let s = raw
    .normalize('NFKC')
    .trim()
    .replace(/^[¥$€£]|(?:CNY|RMB|USD|EUR|元)$/giu, '')
    .trim();
  if (s === '') return ok(null);
  if (/^[-−–]/.test(s) || /^\(.*\)$/.test(s)) return bad('crm.error.negative');
  s = s.replace(/[\s\u00a0']/g, '');
  // "1.200.000,50" (German) → "1200000.50"; "1,200,000.50" → "1200000.50"; "12,5" → "12.5".
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return bad('crm.error.amount', { value: raw.trim() });
  const value = Number(s);
  if (!Number.isFinite(value) || value > 1e12) return bad('crm.error.amount', { value: raw.trim() });
  return ok(value);
}

/** Days late of the payment record: empty is no record (null), 0 is on time, whole non-negative days otherwise. */
export function readDaysLate(raw: string): Read<number | null> {
  const s = raw.normalize('NFKC').trim();
  if (s === '') return ok(null);
  if (/^[-−–]/.test(s)) return bad('crm.error.negative');
  if (!/^\d{1,4}$/.test(s)) return bad('crm.error.days', { value: s });
  return ok(Number(s));
}

/** The figures form: year, order amount, profit, days late (strings as typed). */
export interface FiguresInput {
  year: string;
  orderAmount: string;
  profit: string;
  daysLate: string;
}

/**
 * Reads the figures form. Returns the figures (undefined when all are empty: nothing recorded) or an error per
 * field.
 */
export function readFigures(
  input: FiguresInput,
):
  | { ok: true; value: CustomerFigures | undefined }
  | { ok: false; errors: Partial<Record<keyof FiguresInput, Read<never> & { ok: false }>> } {
  const errors: Partial<Record<keyof FiguresInput, Read<never> & { ok: false }>> = {};
  const orderAmount = readAmount(input.orderAmount);
  const profit = readAmount(input.profit);
  const daysLate = readDaysLate(input.daysLate);
  if (!orderAmount.ok) errors.orderAmount = orderAmount;
  if (!profit.ok) errors.profit = profit;
  if (!daysLate.ok) errors.daysLate = daysLate;
  const yearText = input.year.trim();
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) errors.year = bad('crm.error.year') as never;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value = {
    year,
    orderAmount: (orderAmount as { value: number | null }).value,
    profit: (profit as { value: number | null }).value,
    daysLate: (daysLate as { value: number | null }).value,
  };
  if (value.orderAmount === null && value.profit === null && value.daysLate === null)
    return { ok: true, value: undefined };
  return { ok: true, value };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date and time as `<input type="datetime-local">` shows it ("2026-12-03T09:30"). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Hour of the day a next-contact date without a time is set to (a working morning). */
export const DEFAULT_CONTACT_HOUR = 9;

/**
 * The next-contact date as typed: `2026-12-03T09:30` (the date-time field), `2026-12-03` or `2026/12/3` (09:00
 * local), optionally `… 14:30`. Empty is "no follow-up". Other forms (`12/03/2026`, "next week") are rejected with
 * the form to use, and a time already past is rejected, since a reminder for it would never ring.
 * @returns the instant as ISO (UTC), or null when empty.
 */
export function readNextContact(raw: string, now: Date): Read<string | null> {
  const s = raw.normalize('NFKC').trim();
  if (s === '') return ok(null);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?$/.exec(s);
  if (!m) return bad('crm.error.dateFormat', { value: s });
  const [, y, mo, d, h, mi] = m;
  const date = new Date(
    Number(y),
    Number(mo) - 1,
    Number(d),
    h ? Number(h) : DEFAULT_CONTACT_HOUR,
    mi ? Number(mi) : 0,
  );
  if (
    date.getFullYear() !== Number(y) ||
    date.getMonth() !== Number(mo) - 1 ||
    date.getDate() !== Number(d) ||
    (h !== undefined && (Number(h) > 23 || Number(mi) > 59))
  ) {
    return bad('crm.error.dateInvalid', { value: s });
  }
  if (date.getTime() <= now.getTime()) return bad('crm.error.datePast', { value: s });
  return ok(date.toISOString());
}

/** The weights form: three percentages as typed. */
export type WeightsInput = Record<keyof ValueWeights, string>;

/**
 * Reads the weights: whole percentages 0–100 that add up to 100.
 * @example readWeights({ credit: '10', order: '30', profit: '50' }) // { ok: false, error: 'crm.error.weightsSum', params: { sum: 90 } }
 */
export function readWeights(input: WeightsInput): Read<ValueWeights> {
  const parts = {} as ValueWeights;
  for (const key of ['credit', 'order', 'profit'] as const) {
    const s = input[key].trim().replace(/%$/, '').trim();
    if (!/^\d{1,3}$/.test(s) || Number(s) > 100)
      return bad('crm.error.weight', { value: input[key].trim() || '—' });
    parts[key] = Number(s);
  }
  const sum = parts.credit + parts.order + parts.profit;
  if (sum !== 100) return bad('crm.error.weightsSum', { sum });
  return ok(parts);
}

/** Reads the cut-offs: scores 0–100, VIP above important. */
export function readCutoffs(input: Record<keyof GradeCutoffs, string>): Read<GradeCutoffs> {
  const vip = Number(input.vip.trim());
  const important = Number(input.important.trim());
  for (const [v, raw] of [
    [vip, input.vip],
    [important, input.important],
  ] as const) {
    if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 100)
      return bad('crm.error.cutoff', { value: raw.trim() || '—' });
  }
  if (vip <= important) return bad('crm.error.cutoffOrder');
  return ok({ vip, important });
}
