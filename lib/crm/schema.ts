/**
 * The customer file (issue 14, "from prospect to customer"): every field TierScout keeps beyond the scan — contact
 * persons, loyalty, the year's figures that make the value grade, the rep's judged grade, follow-ups and the contact
 * log. One module declares them all; the UI labels (`crm.*` keys in lib/i18n/strings/crm.ts), the Dexie index
 * (`crm.nextContact`, version 6), the export columns (`CRM_SHEET_FIELDS`), the import mapping and the backup (the
 * prospect schema carries `crm`) all read these lists, so a new field is added here once.
 *
 * The relationship level itself is the prospect's `status` (lib/model.ts: none, potential, target, customer, lost):
 * the article's non-customer / potential / target / current / lost. Lost and non-customers are kept, never deleted.
 *
 * Every field is optional: a prospect the rep never touched carries no `crm` at all, so 100,000 scanned rows cost
 * nothing extra.
 */
import * as z from 'zod';
import { cleanLine, cleanText } from '../clean-values';

z.config({ jitless: true });

const line = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? cleanLine(v, max) : v), z.string().max(max));
const text = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? cleanText(v, max) : v), z.string().max(max));

/** An instant as stored everywhere in TierScout: ISO 8601 with time zone (`2026-12-03T09:00:00.000Z`). */
export const IsoInstantSchema = z.iso.datetime({ offset: true, error: 'not an ISO date and time' });

// ───────────────────────────── Closed vocabularies ─────────────────────────────

/** Loyalty (DOMAIN.md §4): loyal, old, new, potential. Old customers are maintained, new ones cared for. */
export const LoyaltySchema = z.enum(['loyal', 'old', 'new', 'potential'], { error: 'not a loyalty level' });
export type Loyalty = z.infer<typeof LoyaltySchema>;
export const LOYALTIES = LoyaltySchema.options;

/** Value grade (DOMAIN.md §4): VIP, important, ordinary — key, main and ordinary accounts. */
export const ValueGradeSchema = z.enum(['vip', 'important', 'ordinary'], { error: 'not a value grade' });
export type ValueGrade = z.infer<typeof ValueGradeSchema>;
export const VALUE_GRADES = ValueGradeSchema.options;

/** How a contact was made, for the contact log. */
export const ContactChannelSchema = z.enum(['email', 'phone', 'whatsapp', 'wechat', 'meeting', 'other'], {
  error: 'not a contact channel',
});
export type ContactChannel = z.infer<typeof ContactChannelSchema>;
export const CONTACT_CHANNELS = ContactChannelSchema.options;

/** Salutation of a contact person, for the mail merge ("Dear Mr Weber"); '' when not known. */
export const SalutationSchema = z.enum(['', 'mr', 'ms'], { error: 'not a salutation' });
export type Salutation = z.infer<typeof SalutationSchema>;

// ───────────────────────────── Contact persons ─────────────────────────────

export const CRM_LIMITS = { people: 50, log: 200, name: 200, note: 2000, amount: 1e12 } as const;

/** A person at the company: typed by the rep, read from a sheet, or found by the scanner (lib/scan/people.ts). */
export const ContactPersonSchema = z.object({
  name: line(CRM_LIMITS.name).pipe(z.string().min(1, { error: 'a contact person needs a name' })),
  salutation: SalutationSchema.default(''),
  title: line(200).default(''),
  email: z
    .string()
    .max(254)
    .refine((v) => v === '' || /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]{2,}$/.test(v), {
      error: 'not an e-mail address',
    })
    .default(''),
  phone: line(40).default(''),
  /** Primary language subtag (en, de, zh, …) the person is written to in; '' unknown. */
  language: z
    .string()
    .max(16)
    .regex(/^([a-z]{2,3}(-[a-z0-9]{2,8})*)?$/i, { error: 'not a language code (en, de, zh…)' })
    .default(''),
  notes: text(CRM_LIMITS.note).default(''),
  /** Where it came from: the rep, an import, or the scanner (with the page it was seen on). */
  source: z.enum(['rep', 'import', 'scan']).default('rep'),
  page: z.string().max(2000).optional(),
});
export type ContactPerson = z.infer<typeof ContactPersonSchema>;
export type ContactPersonInput = z.input<typeof ContactPersonSchema>;

// ───────────────────────────── Value inputs and the stored valuation ─────────────────────────────

const amount = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(0, { error: `${what} cannot be negative` })
    .max(CRM_LIMITS.amount, { error: `${what} is too large` })
    .nullable();

/**
 * One year's figures of a current customer (DOMAIN.md §4). Each may be missing (null): a missing figure scores
 * zero points and the explanation says so. Amounts are in the rep's own currency; negative amounts are rejected.
 */
export const CustomerFiguresSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  orderAmount: amount('the order amount'),
  profit: amount('the profit'),
  /** Average days the payments came late; 0 = on time; null = no payment record yet. */
  daysLate: z
    .number()
    .int({ error: 'days late must be a whole number' })
    .min(0, { error: 'days late cannot be negative' })
    .max(3650)
    .nullable(),
});
export type CustomerFigures = z.infer<typeof CustomerFiguresSchema>;

/** Points of one part of the score; null when the figure is missing. */
const PointsSchema = z.number().min(0).max(100).nullable();

/**
 * The value grade as last computed across all current customers (lib/crm/value.ts), stored so the manager can sort
 * by it and the monthly review can tell a moved grade from the history. Recomputed whenever figures, the status of
 * a customer or the weights change (lib/crm/regrade.ts).
 */
export const ValuationSchema = z.object({
  score: z.number().min(0).max(100),
  grade: ValueGradeSchema,
  points: z.object({ credit: PointsSchema, order: PointsSchema, profit: PointsSchema }),
  /** The weights it was computed with: each part's maximum, for the explanation. */
  weights: z.object({
    credit: z.number().int().min(0).max(100),
    order: z.number().int().min(0).max(100),
    profit: z.number().int().min(0).max(100),
  }),
  /** 1 = best; tied scores share a rank. */
  rank: z.number().int().min(1),
  of: z.number().int().min(1),
});
export type Valuation = z.infer<typeof ValuationSchema>;

// ───────────────────────────── Follow-ups ─────────────────────────────

export const ContactLogEntrySchema = z.object({
  at: IsoInstantSchema,
  channel: ContactChannelSchema,
  note: text(CRM_LIMITS.note),
});
export type ContactLogEntry = z.infer<typeof ContactLogEntrySchema>;

// ───────────────────────────── The customer file ─────────────────────────────

export const CrmSchema = z.object({
  loyalty: LoyaltySchema.optional(),
  people: z.array(ContactPersonSchema).max(CRM_LIMITS.people).optional(),
  figures: CustomerFiguresSchema.optional(),
  /** The rep's judged grade for a prospect without history (no figures yet). */
  judgedGrade: ValueGradeSchema.optional(),
  valuation: ValuationSchema.optional(),
  /** When to contact the company next (an instant; the reminder fires then). */
  nextContact: IsoInstantSchema.optional(),
  /** Contacts made, oldest first. */
  log: z.array(ContactLogEntrySchema).max(CRM_LIMITS.log).optional(),
});
export type Crm = z.infer<typeof CrmSchema>;

// ───────────────────────────── Settings (Options) ─────────────────────────────

/** Percent weights of the value score; they must add up to 100. */
export const ValueWeightsSchema = z
  .object({
    credit: z.number().int().min(0).max(100),
    order: z.number().int().min(0).max(100),
    profit: z.number().int().min(0).max(100),
  })
  .refine((w) => w.credit + w.order + w.profit === 100, {
    error: 'the weights must add up to 100 %',
  });
export type ValueWeights = z.infer<typeof ValueWeightsSchema>;

/** Score cut-offs: at or above `vip` is VIP, at or above `important` is important, the rest ordinary. */
export const GradeCutoffsSchema = z
  .object({ vip: z.number().min(0).max(100), important: z.number().min(0).max(100) })
  .refine((c) => c.vip > c.important, { error: 'the VIP cut-off must be above the important one' });
export type GradeCutoffs = z.infer<typeof GradeCutoffsSchema>;

export const ValueSettingsSchema = z.object({
  weights: ValueWeightsSchema,
  cutoffs: GradeCutoffsSchema,
  /** Days late at which the credit part scores zero (linear from full marks when on time). */
  lateDaysForZero: z.number().int().min(1).max(3650),
});
export type ValueSettings = z.infer<typeof ValueSettingsSchema>;

/** The article's weights (credit 10 %, order amount 30 %, profit 60 %) and cut-offs a rep starts from. */
export const DEFAULT_VALUE_SETTINGS: ValueSettings = {
  weights: { credit: 10, order: 30, profit: 60 },
  cutoffs: { vip: 80, important: 50 },
  lateDaysForZero: 90,
};

// ───────────────────────────── Export and import fields ─────────────────────────────

/**
 * The customer-file columns of the exports and the import, in order. Each is a `sheet.col.<field>` header in
 * lib/i18n/strings/crm.ts; the raw CSV uses the snake-case `raw` header.
 */
export const CRM_SHEET_FIELDS = [
  { field: 'loyalty', raw: 'loyalty' },
  { field: 'valueGrade', raw: 'value_grade' },
  { field: 'valueScore', raw: 'value_score' },
  { field: 'judgedGrade', raw: 'judged_grade' },
  { field: 'figuresYear', raw: 'figures_year' },
  { field: 'orderAmount', raw: 'order_amount' },
  { field: 'profit', raw: 'profit' },
  { field: 'daysLate', raw: 'days_late' },
  { field: 'nextContact', raw: 'next_contact' },
  { field: 'lastContact', raw: 'last_contact' },
  { field: 'people', raw: 'contact_persons' },
] as const;
export type CrmSheetField = (typeof CRM_SHEET_FIELDS)[number]['field'];
