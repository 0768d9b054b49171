/**
 * Zod schemas of the inquiry queue (the `lib/model.ts` style, kept beside the inquiry logic so the queue's shapes
 * change in one place). A stored inquiry carries its triage, so the queue sorts and exports without re-reading mail.
 */
import * as z from 'zod';

/** DOMAIN.md §2: a bare price-list request, a detailed inquiry, a complete professional one; `none` is not an inquiry. */
export const InquiryKindSchema = z.enum(['generic', 'detailed', 'complete', 'none']);
export type InquiryKind = z.infer<typeof InquiryKindSchema>;
export const INQUIRY_KINDS = InquiryKindSchema.options;

/** Where an inquiry stands in the rep's queue. */
export const InquiryStatusSchema = z.enum(['new', 'holding', 'answered', 'quoted', 'closed']);
export type InquiryStatus = z.infer<typeof InquiryStatusSchema>;
export const INQUIRY_STATUSES = InquiryStatusSchema.options;

/** DOMAIN.md §5: why someone asks for prices — a hint, never a verdict. */
export const AskerHintSchema = z.enum(['ready', 'comparing', 'collecting']);
export type AskerHint = z.infer<typeof AskerHintSchema>;

export const RiskFlagSchema = z.enum(['freeMailNoSite', 'domainMismatch', 'massMailing', 'noProduct']);
export type RiskFlag = z.infer<typeof RiskFlagSchema>;
export const RISK_FLAGS = RiskFlagSchema.options;

/** The facts a reply needs; `missing` lists those by these names. */
export const FactNameSchema = z.enum([
  'product',
  'quantity',
  'specs',
  'targetPrice',
  'destination',
  'incoterm',
  'payment',
  'deadline',
  'company',
  'website',
  'phone',
]);
export type FactName = z.infer<typeof FactNameSchema>;

/** One fact with the words of the mail that say it. */
export const FoundSchema = z.object({ value: z.string(), evidence: z.string() });
export type Found = z.infer<typeof FoundSchema>;

/** How a named product stands to the active profile; `unknown` when no profile was active. */
export const ProductMatchSchema = z.enum(['ours', 'trade', 'other', 'unknown']);
export type ProductMatch = z.infer<typeof ProductMatchSchema>;

export const ProductFoundSchema = FoundSchema.extend({
  match: ProductMatchSchema,
  /** The profile line it belongs to, when ours. */
  line: z.string(),
});
export type ProductFound = z.infer<typeof ProductFoundSchema>;

export const InquiryFactsSchema = z.object({
  products: z.array(ProductFoundSchema),
  quantities: z.array(FoundSchema),
  specs: z.array(FoundSchema),
  targetPrice: FoundSchema.nullable(),
  /** ISO2 country as value; the evidence names the port or place. */
  destination: FoundSchema.nullable(),
  incoterm: FoundSchema.nullable(),
  payment: FoundSchema.nullable(),
  deadline: FoundSchema.nullable(),
  company: FoundSchema.nullable(),
  /** Registrable domain of the company's site (never free mail). */
  website: FoundSchema.nullable(),
  /** E.164 numbers. */
  phones: z.array(FoundSchema),
});
export type InquiryFacts = z.infer<typeof InquiryFactsSchema>;

export const TriageSchema = z.object({
  kind: InquiryKindSchema,
  /** Message keys (lib/i18n/strings/inquiries.ts) saying why this kind. */
  kindReasons: z.array(z.string()),
  /** Primary language subtag of the mail ('' when unsure). */
  lang: z.string(),
  facts: InquiryFactsSchema,
  missing: z.array(FactNameSchema),
  flags: z.array(z.object({ flag: RiskFlagSchema, evidence: z.string() })),
  asker: z.object({ hint: AskerHintSchema, evidence: z.string() }).nullable(),
  /** The sender's company domain: the website, else the sender's domain unless free mail; '' when unknown. */
  domain: z.string(),
  /** The cleaned mail was cut at this many characters (the paste was longer). */
  truncatedAt: z.number().int().nullable(),
});
export type Triage = z.infer<typeof TriageSchema>;

export const InquirySchema = z.object({
  id: z.string().min(1),
  subject: z.string(),
  /** The sender as pasted: `Name <address>` or an address. */
  from: z.string(),
  senderEmail: z.string(),
  senderName: z.string(),
  /** The cleaned text (HTML and quoted replies removed), capped. */
  body: z.string(),
  receivedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: InquiryStatusSchema,
  /** Reply-by time (ISO) while an answer is owed, '' once answered, quoted or closed. */
  replyBy: z.string(),
  triage: TriageSchema,
  notes: z.string(),
  /** The page a selection was sent from, '' for a paste. */
  sourceUrl: z.string(),
});
export type Inquiry = z.infer<typeof InquirySchema>;
