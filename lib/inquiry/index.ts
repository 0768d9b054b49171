/**
 * Inquiry triage (DOMAIN.md §2, §5): pasted mail → kind, facts, missing facts, risk flags, price-asker hint, reply.
 *
 *   clean.ts      headers, HTML and quoted-printable source, quoted replies, footers, signature
 *   facts.ts      products (vocabulary + profile), quantities, specs, terms, company, site, phone
 *   rules.ts      thresholds, reply-by hours and the word lists, as data
 *   triage.ts     kind, flags, hint, missing facts
 *   templates.ts  reply templates and drafting
 *   queue.ts      reply-by times and the answer-first order
 *   schema.ts     the Zod shapes stored in the database
 */
export { cleanMail, parseSender } from './clean';
export type { ProductContext } from './facts';
export { type InquiryInput, triageInquiry } from './triage';
export { inquiryRecord } from './record';
export { compareQueue, isOverdue, replyByFor, sortQueue } from './queue';
export { DEFAULT_TEMPLATES, draftReply, type Templates } from './templates';
