/**
 * The documented columns of TierScout's CSV export. The import reads the same headers back (see lib/import),
 * so this list is the contract for both directions.
 *
 * | header | content |
 * |---|---|
 * | domain | registrable domain, the key |
 * | company | company name |
 * | contact | the contact person |
 * | website | the page it was first saved from |
 * | tier | the rep's tier, else the suggested one (A–D, empty = no match) |
 * | rep_tier / suggested_tier | each on its own |
 * | buyer_type / suggested_buyer_type | the rep's choice (empty if none) / the classifier's |
 * | status, outreach | closed vocabularies of lib/model.ts |
 * | country, language, address | company facts (ISO 3166-1 alpha-2, language subtag) |
 * | region, search_plan, tags | tags joined with "; " |
 * | emails, phones | all addresses / numbers joined with "; " |
 * | first_email, first_phone | the first of each, for mail merge |
 * | notes | free text, may hold newlines |
 * | first_seen, updated_at | ISO 8601 |
 * | loyalty, value_grade, value_score, judged_grade | the customer file (lib/crm/schema.ts), codes |
 * | figures_year, order_amount, profit, days_late | the year's figures behind the value score, plain numbers |
 * | next_contact, last_contact | ISO 8601 |
 * | contact_persons | "Name (position) <e-mail>" joined with "; " |
 */
import { type Lang, t } from '../i18n';
import '../i18n/strings/sheets';
import { countryName } from '../import/countries';
import { localDateWriter } from '../import/values';
import type { ExportRow } from '../manager/rows';
import type { CsvColumn } from './csv';
import { CRM_RAW_COLUMNS, CRM_SHEET_COLUMNS, MAIL_MERGE_PERSON_COLUMNS } from '../crm/columns';

/** Separator used inside one cell for lists (emails, phones, tags). */
export const LIST_SEPARATOR = '; ';

/**
 * One row per prospect, in this order. Columns read the manager's flat row (`toManagerRow(prospect)`), which
 * holds exactly the exported fields, so an export needs no second read of the full prospects.
 */
export const PROSPECT_COLUMNS: readonly CsvColumn<ExportRow>[] = [
  { key: 'domain', header: 'domain', value: (p) => p.domain },
  { key: 'company', header: 'company', value: (p) => p.name },
  { key: 'website', header: 'website', value: (p) => p.url },
  { key: 'contactName', header: 'contact', value: (p) => p.contactName },
  { key: 'tier', header: 'tier', value: (p) => p.tier ?? p.suggestedTier ?? '' },
  { key: 'repTier', header: 'rep_tier', value: (p) => p.tier ?? '' },
  { key: 'suggestedTier', header: 'suggested_tier', value: (p) => p.suggestedTier ?? '' },
  { key: 'buyerType', header: 'buyer_type', value: (p) => p.buyerType ?? '' },
  { key: 'suggestedBuyerType', header: 'suggested_buyer_type', value: (p) => p.suggestedBuyerType },
  { key: 'status', header: 'status', value: (p) => p.status },
  { key: 'outreach', header: 'outreach', value: (p) => p.outreach },
  { key: 'country', header: 'country', value: (p) => p.country },
  { key: 'language', header: 'language', value: (p) => p.language },
  { key: 'address', header: 'address', value: (p) => p.address },
  { key: 'region', header: 'region', value: (p) => p.region },
  { key: 'searchPlan', header: 'search_plan', value: (p) => p.searchPlan },
  { key: 'tags', header: 'tags', value: (p) => p.tags.join(LIST_SEPARATOR) },
  { key: 'emails', header: 'emails', value: (p) => p.emails.join(LIST_SEPARATOR) },
  { key: 'firstEmail', header: 'first_email', value: (p) => p.emails[0] ?? '' },
  { key: 'phones', header: 'phones', value: (p) => p.phones.join(LIST_SEPARATOR) },
  { key: 'firstPhone', header: 'first_phone', value: (p) => p.phones[0] ?? '' },
  { key: 'notes', header: 'notes', value: (p) => p.notes },
  { key: 'firstSeen', header: 'first_seen', value: (p) => p.firstSeen },
  { key: 'updatedAt', header: 'updated_at', value: (p) => p.updatedAt },
  // The customer file (lib/crm/columns.ts): loyalty, value grade and figures, follow-up, contact persons.
  ...CRM_RAW_COLUMNS,
];

/** A mail-merge row: one per email address of a prospect. */
export interface MailMergeRow {
  prospect: ExportRow;
  email: string;
}

/** Expands rows into one row per email address (prospects without email are left out). */
export function mailMergeRows(rows: readonly ExportRow[]): MailMergeRow[] {
  return rows.flatMap((p) => p.emails.map((email) => ({ prospect: p, email })));
}

/** Columns of the rough-outreach mail merge. */
export const MAIL_MERGE_COLUMNS: readonly CsvColumn<MailMergeRow>[] = [
  { key: 'email', header: 'email', value: (r) => r.email },
  { key: 'company', header: 'company', value: (r) => r.prospect.name },
  { key: 'domain', header: 'domain', value: (r) => r.prospect.domain },
  { key: 'website', header: 'website', value: (r) => r.prospect.url },
  { key: 'country', header: 'country', value: (r) => r.prospect.country },
  { key: 'tier', header: 'tier', value: (r) => r.prospect.tier ?? r.prospect.suggestedTier ?? '' },
  {
    key: 'buyerType',
    header: 'buyer_type',
    value: (r) => r.prospect.buyerType ?? r.prospect.suggestedBuyerType,
  },
  { key: 'firstPhone', header: 'first_phone', value: (r) => r.prospect.phones[0] ?? '' },
  // Who to greet: name, Mr / Ms and the language to write in (lib/crm/columns.ts).
  ...MAIL_MERGE_PERSON_COLUMNS,
];

/** What a cell holds, so the .xlsx writer can give dates a date type and phones a text type. */
export type SheetKind = 'text' | 'date' | 'phone';

/** A column of the rep-facing export: the field (its header is `sheet.col.<field>`) and its cell in a language. */
export interface SheetColumn {
  field: string;
  kind: SheetKind;
  /** The cell as the rep reads it in `lang`; dates are ISO here and formatted by the writer. */
  value: (row: ExportRow, lang: Lang) => string;
}

const named = (prefix: string, value: string | null, lang: Lang) =>
  value ? t(lang, `${prefix}.${value}`) : '';

/**
 * The rep-facing export, in the UI language: Chinese or English headers, buyer type / status / outreach as the
 * UI names them, country names, dates in the rep's time zone. The import reads every one of these back.
 */
export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { field: 'domain', kind: 'text', value: (p) => p.domain },
  { field: 'company', kind: 'text', value: (p) => p.name },
  { field: 'website', kind: 'text', value: (p) => p.url },
  { field: 'contactName', kind: 'text', value: (p) => p.contactName },
  { field: 'emails', kind: 'text', value: (p) => p.emails.join(LIST_SEPARATOR) },
  { field: 'phones', kind: 'phone', value: (p) => p.phones.join(LIST_SEPARATOR) },
  { field: 'country', kind: 'text', value: (p, lang) => countryName(p.country, lang) },
  { field: 'tier', kind: 'text', value: (p) => p.tier ?? '' },
  { field: 'suggestedTier', kind: 'text', value: (p) => p.suggestedTier ?? '' },
  { field: 'buyerType', kind: 'text', value: (p, lang) => named('buyer', p.buyerType, lang) },
  {
    field: 'suggestedBuyerType',
    kind: 'text',
    value: (p, lang) => named('buyer', p.suggestedBuyerType, lang),
  },
  { field: 'status', kind: 'text', value: (p, lang) => named('status', p.status, lang) },
  { field: 'outreach', kind: 'text', value: (p, lang) => named('outreach', p.outreach, lang) },
  { field: 'region', kind: 'text', value: (p) => p.region },
  { field: 'searchPlan', kind: 'text', value: (p) => p.searchPlan },
  { field: 'tags', kind: 'text', value: (p) => p.tags.join(LIST_SEPARATOR) },
  { field: 'address', kind: 'text', value: (p) => p.address },
  { field: 'language', kind: 'text', value: (p) => p.language },
  { field: 'notes', kind: 'text', value: (p) => p.notes },
  { field: 'firstSeen', kind: 'date', value: (p) => p.firstSeen },
  { field: 'updatedAt', kind: 'date', value: (p) => p.updatedAt },
  ...CRM_SHEET_COLUMNS,
];

/** The localised export as CSV columns: headers in `lang`, dates as local "2026-12-02 14:30:05". */
export function localisedCsvColumns(lang: Lang): CsvColumn<ExportRow>[] {
  const dateText = localDateWriter();
  return SHEET_COLUMNS.map((c) => ({
    key: c.field,
    header: t(lang, `sheet.col.${c.field}`),
    value: c.kind === 'date' ? (p) => dateText(c.value(p, lang)) : (p) => c.value(p, lang),
  }));
}
