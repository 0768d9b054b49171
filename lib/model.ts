/**
 * The data model: every shape that crosses a boundary (content script → extension page, page → IndexedDB,
 * storage, CSV/JSON files) is declared here once, as a Zod schema with its inferred type.
 *
 * The content script imports only *types* from this file (`import type`), so Zod stays out of its bundle.
 */
import * as z from 'zod';
import { isHttpUrl, MAX_URL_LENGTH } from './prospect/url';
import {
  capContacts,
  cleanLine,
  cleanText,
  MAX_CONTACTS_PER_KIND,
  MAX_EVIDENCE,
  MAX_PHONES,
} from './clean-values';
import { ContactPersonSchema, CrmSchema, CRM_LIMITS } from './crm/schema';

// MV3 pages forbid eval; Zod's JIT compiler uses `new Function`.
z.config({ jitless: true });

/**
 * A single line a page supplied, cleaned at parse time: invisible and bidi characters stripped, at most `max`
 * characters (issue 16: a page must not store megabytes, nor a name that renders reversed).
 */
const pageLine = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? cleanLine(v, max) : v), z.string().max(max));
/** Multi-line text, cleaned and bounded the same way. */
const pageText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? cleanText(v, max) : v), z.string().max(max));

// ───────────────────────────── Closed vocabularies ─────────────────────────────

/** The rep's grade of a prospect (DOMAIN.md §1). */
export const TierSchema = z.enum(['A', 'B', 'C', 'D'], { error: 'not a tier (A–D)' });
export type Tier = z.infer<typeof TierSchema>;
export const TIERS = TierSchema.options;

/** What kind of buyer the company is (DOMAIN.md §3). */
export const BuyerTypeSchema = z.enum(
  ['retailer', 'wholesaler', 'distributor', 'importer', 'manufacturer', 'unknown'],
  { error: 'not a buyer type' },
);
export type BuyerType = z.infer<typeof BuyerTypeSchema>;
export const BUYER_TYPES = BuyerTypeSchema.options;

/** Relationship status (DOMAIN.md §4). */
export const StatusSchema = z.enum(['potential', 'target', 'customer', 'lost', 'none'], {
  error: 'not a status',
});
export type Status = z.infer<typeof StatusSchema>;
export const STATUSES = StatusSchema.options;

/** Fine (researched, personal) or rough (template) letter; `todo` until decided, `sent` once written. */
export const OutreachSchema = z.enum(['todo', 'fine', 'rough', 'sent'], { error: 'not an outreach value' });
export type Outreach = z.infer<typeof OutreachSchema>;
export const OUTREACH = OutreachSchema.options;

// ───────────────────────────── Page capture (content script output) ─────────────────────────────

/**
 * Where on a page a piece of text sits. The classifier weighs product words by zone: a category menu
 * says more about what a company sells than a blog paragraph.
 */
export const ZoneSchema = z.enum([
  'title',
  'meta',
  'heading',
  'nav',
  'product',
  'body',
  'footer',
  'address',
  'jsonld',
]);
export type Zone = z.infer<typeof ZoneSchema>;

export const TextBlockSchema = z.object({ zone: ZoneSchema, text: z.string() });
export type TextBlock = z.infer<typeof TextBlockSchema>;

export const PageLinkSchema = z.object({
  /** Absolute URL (or `mailto:` / `tel:` / … as written). */
  href: z.string(),
  text: z.string(),
  zone: ZoneSchema,
});
export type PageLink = z.infer<typeof PageLinkSchema>;

/**
 * What the content script reads from one page: plain JSON, no parsing of phones or domains (those
 * libraries are too big for the content script and run in the extension page or under Node instead).
 */
export const PageCaptureSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** `<html lang>` or `og:locale`, lower-case BCP 47, '' when the page does not say. */
  lang: z.string(),
  /** Selected `<meta>` values by name/property: description, keywords, og:site_name, og:locale, … */
  meta: z.record(z.string(), z.string()),
  /** Raw JSON-LD script bodies, each capped. */
  jsonld: z.array(z.string()),
  /** Visible text in reading order, grouped into blocks tagged with their zone. */
  blocks: z.array(TextBlockSchema),
  /** Contact, social and same-site navigation links. */
  links: z.array(PageLinkSchema),
  /** Values from attributes that need decoding (Cloudflare `data-cfemail`, …) keyed by kind. */
  encoded: z.array(z.object({ kind: z.string(), value: z.string() })),
  /** Microdata / RDFa `itemprop` values that matter (name, telephone, email, streetAddress, …). */
  itemprops: z.array(z.object({ prop: z.string(), value: z.string() })),
  /** Counts the classifier reads as cues without re-reading the DOM. */
  counts: z.object({
    forms: z.number(),
    /** Add-to-cart / buy buttons and cart links. */
    cartControls: z.number(),
    /** Elements that look like product cards (price + title + link). */
    productCards: z.number(),
    /** Outbound links to other sites (directories list many). */
    externalLinks: z.number(),
  }),
  /** True when the page was larger than the scan budget and was read only in part. */
  truncated: z.boolean(),
  /** Characters of text read. */
  chars: z.number(),
  /**
   * Outbound http(s) links of the page's own content (not menus or footers), capped: where a directory's company
   * profile links the company's own website. Absent on captures older than issue 10.
   */
  outlinks: z.array(z.object({ href: z.string(), text: z.string() })).optional(),
  /** The companies the page lists (lib/listing/capture.ts), only when it looks like a listing. */
  listing: z
    .object({
      url: z.string(),
      source: z.enum(['jsonld', 'json', 'markup', 'none']),
      entries: z.array(
        z.object({
          text: z.string(),
          name: z.string(),
          links: z.array(z.object({ href: z.string(), text: z.string() })),
          group: z.string().optional(),
          fields: z.record(z.string(), z.string()).optional(),
        }),
      ),
      total: z.number(),
      truncated: z.boolean(),
    })
    .optional(),
});
export type PageCapture = z.infer<typeof PageCaptureSchema>;

// ───────────────────────────── Scan result (analysed captures of one site) ─────────────────────────────

/** Where a finding came from, so the popup can say why it believes it. */
export const EvidenceSchema = z.object({
  /** URL of the page it was found on. */
  page: pageLine(2_000),
  /** How it was found: 'mailto', 'tel', 'text', 'footer', 'jsonld', 'microdata', 'cfemail', 'obfuscated', 'meta', 'title', 'copyright', 'link', 'tld', 'phone', 'address', 'lang', … */
  source: pageLine(40),
  /** A short piece of the surrounding text, for the rep to check. */
  snippet: pageLine(300).optional(),
});
const EvidenceListSchema = z.array(EvidenceSchema).max(MAX_EVIDENCE);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EmailSchema = z.object({
  value: z.string().max(254),
  /** sales@, info@, purchasing@, einkauf@, compras@ … */
  isRole: z.boolean(),
  /** On the company's own registrable domain. */
  isOwnDomain: z.boolean(),
  evidence: EvidenceListSchema,
});
export type Email = z.infer<typeof EmailSchema>;

export const PhoneKindSchema = z.enum(['phone', 'mobile', 'fax']);
export const PhoneSchema = z.object({
  /** E.164, e.g. +4930123456. */
  value: z.string().max(16),
  kind: PhoneKindSchema,
  /** ISO 3166-1 alpha-2 of the number, '' if unknown. */
  country: z.string(),
  /** As printed on the page. */
  raw: pageLine(80),
  evidence: EvidenceListSchema,
});
export type Phone = z.infer<typeof PhoneSchema>;

export const MessengerSchema = z.object({
  kind: z.enum(['whatsapp', 'wechat', 'skype', 'telegram', 'viber', 'line']),
  /** E.164 for WhatsApp/Viber numbers, the handle otherwise. */
  value: z.string().max(64),
  evidence: EvidenceListSchema,
});
export type Messenger = z.infer<typeof MessengerSchema>;

export const SocialSchema = z.object({
  network: z.enum(['linkedin', 'facebook', 'instagram', 'x', 'youtube', 'tiktok', 'vk', 'xing', 'pinterest']),
  url: z.string().max(600),
  evidence: EvidenceListSchema,
});
export type Social = z.infer<typeof SocialSchema>;

export const CompanySchema = z.object({
  name: pageLine(200),
  address: pageText(500),
  /** ISO 3166-1 alpha-2, '' if unknown. */
  country: z.string(),
  /** Primary language subtag (en, de, zh, …), '' if unknown. */
  language: z.string(),
  evidence: z.object({
    name: z.array(EvidenceSchema),
    address: z.array(EvidenceSchema),
    country: z.array(EvidenceSchema),
    language: z.array(EvidenceSchema),
  }),
});
export type Company = z.infer<typeof CompanySchema>;

/**
 * A site's contacts. Cleaned at parse time by {@link capContacts} (lib/clean-values.ts): entries that fail their
 * kind's syntax (an e-mail from `mailto:javascript:…`, a Skype name `';alert(1);//`) are dropped, at most
 * {@link MAX_CONTACTS_PER_KIND} per kind (phones: per phone, mobile and fax) are kept and the rest counted in `more` ("N more found"): 17,000 phone
 * lines once made one 2.7 MB row.
 */
export const ContactsSchema = z.preprocess(
  capContacts,
  z.object({
    emails: z.array(EmailSchema).max(MAX_CONTACTS_PER_KIND),
    phones: z.array(PhoneSchema).max(MAX_PHONES),
    messengers: z.array(MessengerSchema).max(MAX_CONTACTS_PER_KIND),
    socials: z.array(SocialSchema).max(MAX_CONTACTS_PER_KIND),
    /** How many of each kind were found beyond those kept; absent on rows saved before the cap. */
    more: z
      .object({
        emails: z.number().int().min(0),
        phones: z.number().int().min(0),
        messengers: z.number().int().min(0),
        socials: z.number().int().min(0),
      })
      .optional(),
  }),
);
export type Contacts = z.infer<typeof ContactsSchema>;

export const ScannedPageSchema = z.object({
  url: z.string(),
  title: z.string(),
  ok: z.boolean(),
  error: z.string().optional(),
  truncated: z.boolean(),
});
export type ScannedPage = z.infer<typeof ScannedPageSchema>;

/** Everything known about one site after analysing one or more captures of it. */
export const ScanResultSchema = z.object({
  url: z.string(),
  /** Registrable domain, punycode (`shop.example.co.uk` → `example.co.uk`). The prospect key. */
  domain: z.string(),
  scannedAt: z.string(),
  pages: z.array(ScannedPageSchema),
  company: CompanySchema,
  contacts: ContactsSchema,
  /** Named people the pages show (JSON-LD Person, "Contact: Mr …", team pages); lib/scan/people.ts. */
  people: z.array(ContactPersonSchema).max(CRM_LIMITS.people).optional(),
});
export type ScanResult = z.infer<typeof ScanResultSchema>;

// ───────────────────────────── Classification ─────────────────────────────

/**
 * A reason is a message key plus parameters, rendered by the UI in the rep's language
 * (see lib/i18n). Keys live in `lib/i18n/strings/classify.ts`.
 */
export const ReasonSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const TierSuggestionSchema = z.object({
  /** null = no match with the active profile. */
  value: TierSchema.nullable(),
  /** Share of the site's product range that matches, 0..1. */
  share: z.number(),
  matchedLines: z.array(z.string()),
  reasons: z.array(ReasonSchema),
  /** Weights of the recognised range by kind (ours, our trade, other goods), for explanations and evaluation. */
  weights: z.object({ ours: z.number(), trade: z.number(), other: z.number() }).optional(),
});
export type TierSuggestion = z.infer<typeof TierSuggestionSchema>;

export const BuyerTypeSuggestionSchema = z.object({
  value: BuyerTypeSchema,
  /** Second type of a mixed business ("wholesale & retail"), main one first. */
  secondary: BuyerTypeSchema.nullable(),
  confidence: z.number(),
  reasons: z.array(ReasonSchema),
});
export type BuyerTypeSuggestion = z.infer<typeof BuyerTypeSuggestionSchema>;

export const SuggestionSchema = z.object({
  tier: TierSuggestionSchema,
  buyerType: BuyerTypeSuggestionSchema,
  profileId: z.string(),
  /** A manufacturer of our own kind of products in the rep's own country: a peer, not a buyer. */
  competitor: z.boolean().optional(),
});

/** One entry of a site's product range as the page shows it (menu entry, product name, heading). */
export const RangeCandidateSchema = z.object({
  text: z.string().max(200),
  zone: ZoneSchema,
  weight: z.number(),
});
export type RangeCandidate = z.infer<typeof RangeCandidateSchema>;

/**
 * What grading needs from a site, read once and kept with the prospect so that a profile edit re-grades the
 * whole list without re-scanning (lib/classify/reading.ts). Independent of any profile.
 */
export const SiteReadingSchema = z.object({
  version: z.literal(1),
  /** Language the range is looked up in ('' unknown). */
  lang: z.string().max(16),
  items: z.array(RangeCandidateSchema).max(500),
  /** Title, site name, meta description and first headings: where a company says what it is. */
  identity: z.array(TextBlockSchema).max(12),
  /** A bounded sample of the page text, for pages whose range shows no menu. */
  sample: z.array(TextBlockSchema).max(60),
  buyerType: BuyerTypeSuggestionSchema,
  listing: z.object({ site: z.string().max(255), why: z.enum(['domain', 'structure']) }).nullable(),
  /** Cues that the site trades in no goods (media, services, associations). */
  notTrader: z.object({ cues: z.array(z.string().max(80)).max(12), strong: z.boolean() }).nullable(),
  news: z.boolean(),
  commerce: z.object({ cart: z.number(), productCards: z.number(), prices: z.number() }),
  size: z.array(z.object({ kind: z.string(), text: z.string().max(80), weight: z.number() })).max(12),
  hasContacts: z.boolean(),
  country: z.string().max(8),
});
export type SiteReading = z.infer<typeof SiteReadingSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;

// ───────────────────────────── Product profile ─────────────────────────────

export const ProductLineSchema = z.object({
  name: z.string().min(1),
  /** Keywords and synonyms, any language, single or multi-word. */
  keywords: z.array(z.string().min(1)).min(1),
});
export type ProductLine = z.infer<typeof ProductLineSchema>;

export const ThresholdsSchema = z.object({
  /** Share of the range that matches at or above which the tier is A. */
  a: z.number().min(0).max(1),
  /** … B. */
  b: z.number().min(0).max(1),
  /** Size signals needed to lift a C to B. */
  sizeLift: z.number().int().min(1),
  /**
   * Whether size may lift a C to B at all. Off by default: a large C stays C and is flagged as worth a fine
   * letter, the way reps label their lists.
   */
  liftBySize: z.boolean().optional(),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const ProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  lines: z.array(ProductLineSchema).min(1),
  /** Our trade, but not our products: separates C from no match. */
  industryKeywords: z.array(z.string().min(1)),
  /** Words that must never count as a match. */
  excludeKeywords: z.array(z.string().min(1)),
});
export type Profile = z.infer<typeof ProfileSchema>;

// ───────────────────────────── Prospect (IndexedDB row) ─────────────────────────────

export const HistoryEntrySchema = z.object({
  at: z.string(),
  field: z.string(),
  from: z.string(),
  to: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * Upper bounds of the stored strings, so a hostile or broken file cannot store megabytes in one field or a name
 * that no layout can hold (issue 17). Scans stay far below them (company names are capped at 80 characters).
 */
export const PROSPECT_LIMITS = {
  domain: 253,
  name: 1000,
  address: 2000,
  short: 500,
  tag: 200,
  tags: 500,
  notes: 100_000,
} as const;

/** A website address: only `http:` / `https:` is trusted (see lib/prospect/url.ts). */
export const WebsiteUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((u) => isHttpUrl(u), { error: 'not an http(s) address' });

export const ProspectSchema = z.object({
  /** Registrable domain, punycode: the primary key. */
  domain: z.string().min(1).max(PROSPECT_LIMITS.domain),
  /** The page it was first saved from. */
  url: WebsiteUrlSchema,
  // Cleaned (bidi and zero-width stripped) and bounded at store time, so import and restore are covered too.
  company: CompanySchema.omit({ evidence: true }),
  contacts: ContactsSchema,
  suggestedTier: TierSchema.nullable(),
  suggestedBuyerType: BuyerTypeSchema,
  reasons: z.array(ReasonSchema),
  /** The rep's own choice; a later suggestion never overwrites it. */
  tier: TierSchema.nullable(),
  /**
   * How `tier` was set: 'suggestion' when the rep saved with the suggested tier without choosing one (a re-grade
   * after a profile change may then move it with the suggestion), 'hand' or absent when the rep chose it (rows
   * saved before this field existed count as chosen, so an old tier is never changed behind the rep's back).
   */
  tierBy: z.enum(['hand', 'suggestion']).optional(),
  buyerType: BuyerTypeSchema.nullable(),
  status: StatusSchema,
  outreach: OutreachSchema,
  region: z.string().max(PROSPECT_LIMITS.short),
  searchPlan: z.string().max(PROSPECT_LIMITS.short),
  tags: z.array(z.string().max(PROSPECT_LIMITS.tag)).max(PROSPECT_LIMITS.tags),
  notes: z.string().max(PROSPECT_LIMITS.notes),
  firstSeen: z.string(),
  updatedAt: z.string(),
  history: z.array(HistoryEntrySchema),
  /** The contact person, as the rep's own sheet names one (optional: scans do not fill it). */
  contactName: z.string().optional(),
  /** Domains the rep said are not the same company ("keep both"), so they are not flagged as duplicates again. */
  notDuplicateOf: z.array(z.string()).optional(),
  /** The customer file: contact persons, loyalty, value figures and grade, follow-ups (lib/crm/schema.ts). */
  crm: CrmSchema.optional(),
});
export type Prospect = z.infer<typeof ProspectSchema>;
