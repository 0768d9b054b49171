/**
 * Reads and writes of the inquiry queue. Every write parses with `InquirySchema` first (IndexedDB enforces
 * nothing), and a status change recomputes the reply-by time, so the queue's order always follows the rules.
 */
import { type Inquiry, InquirySchema, type InquiryStatus } from '../inquiry/schema';
import { replyByFor } from '../inquiry/queue';
import type { TierScoutDB } from './db';

/** Adds or replaces one inquiry (validated). */
export async function putInquiry(db: TierScoutDB, inquiry: Inquiry): Promise<Inquiry> {
  const row = InquirySchema.parse(inquiry);
  await db.inquiries.put(row);
  return row;
}

/** Adds or replaces many (restore); returns how many were written. Invalid rows throw before anything is written. */
export async function putInquiries(db: TierScoutDB, inquiries: readonly Inquiry[]): Promise<number> {
  const rows = inquiries.map((i) => InquirySchema.parse(i));
  await db.inquiries.bulkPut(rows);
  return rows.length;
}

/** Sets the status (and so the reply-by time) inside one transaction; throws when the inquiry is gone. */
export function setInquiryStatus(
  db: TierScoutDB,
  id: string,
  status: InquiryStatus,
  now = new Date().toISOString(),
): Promise<Inquiry> {
  return db.transaction('rw', db.inquiries, async () => {
    const row = await db.inquiries.get(id);
    if (!row) throw new Error(`No inquiry ${id}`);
    const next = InquirySchema.parse({
      ...row,
      status,
      updatedAt: now,
      replyBy: replyByFor(row.triage.kind, status, row.receivedAt, now),
    });
    await db.inquiries.put(next);
    return next;
  });
}

/** Updates the rep's notes. */
export async function setInquiryNotes(
  db: TierScoutDB,
  id: string,
  notes: string,
  now = new Date().toISOString(),
) {
  const n = await db.inquiries.update(id, { notes, updatedAt: now });
  if (!n) throw new Error(`No inquiry ${id}`);
}

/** Deletes one inquiry. */
export function deleteInquiry(db: TierScoutDB, id: string): Promise<void> {
  return db.inquiries.delete(id);
}

/** Every inquiry (the page sorts them). */
export function allInquiries(db: TierScoutDB): Promise<Inquiry[]> {
  return db.inquiries.toArray();
}
