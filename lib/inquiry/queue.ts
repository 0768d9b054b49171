/**
 * The inquiry queue: reply-by times by kind and status, and the order in which to answer.
 */
import { AFTER_HOLDING_HOURS, REPLY_HOURS, SETTLED_STATUSES } from './rules';
import type { Inquiry, InquiryKind, InquiryStatus } from './schema';

const HOUR = 3_600_000;

/**
 * The reply-by time (ISO) of an inquiry in a status: from its arrival for a new one, from the holding reply for
 * one that got it; '' when no answer is owed.
 * @param since when the status was set (for 'holding')
 */
export function replyByFor(
  kind: InquiryKind,
  status: InquiryStatus,
  receivedAt: string,
  since: string,
): string {
  if (SETTLED_STATUSES.includes(status)) return '';
  const from = status === 'holding' ? Date.parse(since) : Date.parse(receivedAt);
  const hours = status === 'holding' ? AFTER_HOLDING_HOURS : REPLY_HOURS[kind];
  return Number.isFinite(from) ? new Date(from + hours * HOUR).toISOString() : '';
}

/** Answer-first order: owed answers by reply-by time (overdue first), then settled ones, newest first. */
export function compareQueue(a: Inquiry, b: Inquiry): number {
  if (a.replyBy && b.replyBy) return a.replyBy < b.replyBy ? -1 : a.replyBy > b.replyBy ? 1 : 0;
  if (a.replyBy) return -1;
  if (b.replyBy) return 1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** A sorted copy of the queue. */
export function sortQueue(inquiries: readonly Inquiry[]): Inquiry[] {
  return [...inquiries].sort(compareQueue);
}

/** True when the reply-by time has passed. */
export function isOverdue(inquiry: Pick<Inquiry, 'replyBy'>, now: number): boolean {
  return Boolean(inquiry.replyBy) && Date.parse(inquiry.replyBy) < now;
}
