/**
 * The manager's in-memory row model: one flat, compact record per prospect holding only what the table, the
 * filters, the stats and the CSV export read. The full `Prospect` (scan evidence, reasons, history, socials,
 * messengers) stays in IndexedDB and is read by domain when the rep opens a row.
 *
 * Why flat and not the full prospect: at 100,000 prospects the full objects took ~240 MB of JS heap, and every
 * major garbage collection over that heap stalled filter changes by hundreds of milliseconds. Why the export
 * columns are kept here too: reading 100,000 full rows back from IndexedDB took 2–7 s on the 2-core reference
 * machine (structured-clone deserialisation of every nested object), over the 2 s export target, while the few
 * extra strings cost a small share of the memory (the whole model is ~65 MB of heap at 100,000 rows).
 */
import {
  BUYER_TYPES,
  type BuyerType,
  OUTREACH,
  type Outreach,
  type Prospect,
  STATUSES,
  type Status,
  TIERS,
  type Tier,
} from '../model';
import { type CrmRow, crmRowOf, sameCrmRow } from '../crm/row';

/** One prospect as the manager holds it. Arrays are shared and frozen: treat every field as read-only. */
export interface ManagerRow {
  readonly domain: string;
  readonly name: string;
  readonly url: string;
  readonly address: string;
  readonly contactName: string;
  readonly country: string;
  readonly language: string;
  /** The rep's own tier (null = none chosen). */
  readonly tier: Tier | null;
  readonly suggestedTier: Tier | null;
  /** What the rep sees: own tier, else suggested, else 'none'. */
  readonly effectiveTier: Tier | 'none';
  readonly buyerType: BuyerType | null;
  readonly suggestedBuyerType: BuyerType;
  readonly status: Status;
  readonly outreach: Outreach;
  readonly region: string;
  readonly searchPlan: string;
  readonly tags: readonly string[];
  /** Email addresses in stored order (the first one is the mail-merge address). */
  readonly emails: readonly string[];
  /** Phone numbers (E.164) in stored order. */
  readonly phones: readonly string[];
  readonly notes: string;
  readonly firstSeen: string;
  readonly updatedAt: string;
  /** Domains the rep kept apart from this one ("keep both" on a likely duplicate). */
  readonly notDuplicateOf: readonly string[];
  /** The customer file (loyalty, value grade, follow-up, contact persons); null when the prospect has none. */
  readonly crm: CrmRow | null;
  /** Company, domain, emails and notes, lower-cased once, joined by newlines: what the search box looks in. */
  readonly haystack: string;
}

/**
 * What an export reads of a row: the manager's row without what only the page uses (the search text, the kept-apart
 * domains, the shown tier). The export's rows go to the sheet worker as exactly these fields.
 */
export type ExportRow = Omit<ManagerRow, 'haystack' | 'notDuplicateOf' | 'effectiveTier'>;

const NO_STRINGS: readonly string[] = Object.freeze([]);

/**
 * Returns one shared instance per distinct string, so 100,000 rows with the region "DACH" hold one string, not
 * 100,000 copies (IndexedDB hands every value back as a fresh string). Only short, low-variety values go
 * through it; past `limit` distinct values it stops remembering new ones so free text cannot grow it unbounded.
 */
export function createInterner(limit = 20_000): (value: string) => string {
  const seen = new Map<string, string>();
  for (const v of [...TIERS, ...BUYER_TYPES, ...STATUSES, ...OUTREACH]) seen.set(v, v);
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (seen.size < limit) seen.set(value, value);
    return value;
  };
}

const identity = (value: string) => value;

function internList(values: readonly string[], intern: (v: string) => string): readonly string[] {
  return values.length === 0 ? NO_STRINGS : Object.freeze(values.map(intern));
}

const countryNamesCache = new Map<string, string>();

/**
 * The names a rep may type for a country: the code and its English and Chinese names ("de germany 德国"),
 * from `Intl.DisplayNames`, computed once per code (a 100,000-row list has a few dozen countries).
 */
export function countrySearchNames(code: string): string {
  if (!code) return '';
  let names = countryNamesCache.get(code);
  if (names === undefined) {
    const upper = code.toUpperCase();
    const named = (lang: string) => {
      try {
        return new Intl.DisplayNames([lang], { type: 'region' }).of(upper) ?? '';
      } catch {
        return '';
      }
    };
    names = [...new Set([upper, named('en'), named('zh-CN'), named('zh-TW')])].join(' ').toLowerCase();
    countryNamesCache.set(code, names);
  }
  return names;
}

/**
 * The text the search box looks in, lower-cased once: company, domain, emails, notes, the country's names in
 * English and Chinese, and each phone both as E.164 ("+4930123456", so "+49" finds Germany's numbers) and as
 * bare digits.
 */
export function haystackOf(
  p: Pick<Prospect, 'company' | 'domain' | 'notes'> & {
    emails: readonly string[];
    phones?: readonly string[];
  },
) {
  const phones = p.phones ?? [];
  return [p.company.name, p.domain, ...p.emails, p.notes, countrySearchNames(p.company.country), ...phones]
    .join('\n')
    .toLowerCase();
}

/**
 * Flattens a stored prospect into a manager row. Extra fields on the input (such as the store's derived
 * `effectiveTier`) are ignored, so rows read straight from the table can be passed in.
 * @example const rows = (await db.prospects.toArray()).map((p) => toManagerRow(p, intern));
 */
export function toManagerRow(p: Prospect, intern: (value: string) => string = identity): ManagerRow {
  const emails =
    p.contacts.emails.length === 0 ? NO_STRINGS : Object.freeze(p.contacts.emails.map((e) => e.value));
  const phones =
    p.contacts.phones.length === 0 ? NO_STRINGS : Object.freeze(p.contacts.phones.map((x) => x.value));
  return {
    domain: p.domain,
    name: p.company.name,
    url: p.url,
    address: p.company.address,
    contactName: p.contactName ?? '',
    country: intern(p.company.country),
    language: intern(p.company.language),
    tier: p.tier,
    suggestedTier: p.suggestedTier,
    effectiveTier: p.tier ?? p.suggestedTier ?? 'none',
    buyerType: p.buyerType === null ? null : (intern(p.buyerType) as BuyerType),
    suggestedBuyerType: intern(p.suggestedBuyerType) as BuyerType,
    status: intern(p.status) as Status,
    outreach: intern(p.outreach) as Outreach,
    region: intern(p.region),
    searchPlan: intern(p.searchPlan),
    tags: internList(p.tags, intern),
    emails,
    phones,
    notes: p.notes,
    firstSeen: p.firstSeen,
    updatedAt: p.updatedAt,
    notDuplicateOf: p.notDuplicateOf?.length ? Object.freeze([...p.notDuplicateOf]) : NO_STRINGS,
    crm: crmRowOf(p),
    haystack: haystackOf({ company: p.company, domain: p.domain, notes: p.notes, emails, phones }),
  };
}

/** The buyer type the rep sees: own choice, else suggestion. */
export function shownBuyerType(row: Pick<ManagerRow, 'buyerType' | 'suggestedBuyerType'>): BuyerType {
  return row.buyerType ?? row.suggestedBuyerType;
}

const ROW_FIELDS = [
  'domain',
  'name',
  'url',
  'address',
  'contactName',
  'country',
  'language',
  'tier',
  'suggestedTier',
  'buyerType',
  'suggestedBuyerType',
  'status',
  'outreach',
  'region',
  'searchPlan',
  'notes',
  'firstSeen',
  'updatedAt',
] as const satisfies readonly (keyof ManagerRow)[];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * True when two rows show the same data (field by field; `effectiveTier` and `haystack` follow from the rest).
 * Lets a reload keep the row objects it already holds, so unchanged rows are not held twice.
 */
export function sameRow(a: ManagerRow, b: ManagerRow): boolean {
  if (a === b) return true;
  for (const field of ROW_FIELDS) if (a[field] !== b[field]) return false;
  return (
    sameList(a.tags, b.tags) &&
    sameList(a.emails, b.emails) &&
    sameList(a.phones, b.phones) &&
    sameList(a.notDuplicateOf, b.notDuplicateOf) &&
    sameCrmRow(a.crm, b.crm)
  );
}
