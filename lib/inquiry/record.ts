/**
 * A queue row from a triaged paste. The received time is the mail's `Date:` header when it parses, else now, so a
 * mail pasted late is still due when it was due.
 */
import { replyByFor } from './queue';
import type { Inquiry } from './schema';
import type { triageInquiry } from './triage';

/** Builds the stored inquiry for a triage result. */
export function inquiryRecord(
  result: ReturnType<typeof triageInquiry>,
  now: string,
  options: { id?: string; sourceUrl?: string } = {},
): Inquiry {
  const date = Date.parse(result.mail.headers.date);
  const receivedAt = Number.isFinite(date) && date <= Date.parse(now) ? new Date(date).toISOString() : now;
  return {
    id: options.id ?? crypto.randomUUID(),
    subject: result.subject,
    from: result.from,
    senderEmail: result.sender.email,
    senderName: result.sender.name,
    body: result.mail.text,
    receivedAt,
    createdAt: now,
    updatedAt: now,
    status: 'new',
    replyBy: replyByFor(result.triage.kind, 'new', receivedAt, now),
    triage: result.triage,
    notes: '',
    sourceUrl: options.sourceUrl ?? '',
  };
}
