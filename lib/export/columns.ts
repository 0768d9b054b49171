/**
 * The documented columns of TierScout's CSV export. The import reads the same headers back (see lib/import),
 * so this list is the contract for both directions.
 *
 * | header | content |
 * |---|---|
 * | domain | registrable domain, the key |
 * | company | company name |
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
 */
import type { Prospect } from '../model';
import type { CsvColumn } from './csv';

/** Separator used inside one cell for lists (emails, phones, tags). */
export const LIST_SEPARATOR = '; ';

/** One row per prospect, in this order. */
export const PROSPECT_COLUMNS: readonly CsvColumn<Prospect>[] = [
  { key: 'domain', header: 'domain', value: (p) => p.domain },
  { key: 'company', header: 'company', value: (p) => p.company.name },
  { key: 'website', header: 'website', value: (p) => p.url },
  { key: 'tier', header: 'tier', value: (p) => p.tier ?? p.suggestedTier ?? '' },
  { key: 'repTier', header: 'rep_tier', value: (p) => p.tier ?? '' },
  { key: 'suggestedTier', header: 'suggested_tier', value: (p) => p.suggestedTier ?? '' },
  { key: 'buyerType', header: 'buyer_type', value: (p) => p.buyerType ?? '' },
  { key: 'suggestedBuyerType', header: 'suggested_buyer_type', value: (p) => p.suggestedBuyerType },
  { key: 'status', header: 'status', value: (p) => p.status },
  { key: 'outreach', header: 'outreach', value: (p) => p.outreach },
  { key: 'country', header: 'country', value: (p) => p.company.country },
  { key: 'language', header: 'language', value: (p) => p.company.language },
  { key: 'address', header: 'address', value: (p) => p.company.address },
  { key: 'region', header: 'region', value: (p) => p.region },
  { key: 'searchPlan', header: 'search_plan', value: (p) => p.searchPlan },
  { key: 'tags', header: 'tags', value: (p) => p.tags.join(LIST_SEPARATOR) },
  {
    key: 'emails',
    header: 'emails',
    value: (p) => p.contacts.emails.map((e) => e.value).join(LIST_SEPARATOR),
  },
  { key: 'firstEmail', header: 'first_email', value: (p) => p.contacts.emails[0]?.value ?? '' },
  {
    key: 'phones',
    header: 'phones',
    value: (p) => p.contacts.phones.map((x) => x.value).join(LIST_SEPARATOR),
  },
  { key: 'firstPhone', header: 'first_phone', value: (p) => p.contacts.phones[0]?.value ?? '' },
  { key: 'notes', header: 'notes', value: (p) => p.notes },
  { key: 'firstSeen', header: 'first_seen', value: (p) => p.firstSeen },
  { key: 'updatedAt', header: 'updated_at', value: (p) => p.updatedAt },
];

/** A mail-merge row: one per email address of a prospect. */
export interface MailMergeRow {
  prospect: Prospect;
  email: string;
}

/** Expands prospects into one row per email address (prospects without email are left out). */
export function mailMergeRows(prospects: readonly Prospect[]): MailMergeRow[] {
  return prospects.flatMap((p) => p.contacts.emails.map((e) => ({ prospect: p, email: e.value })));
}

/** Columns of the rough-outreach mail merge. */
export const MAIL_MERGE_COLUMNS: readonly CsvColumn<MailMergeRow>[] = [
  { key: 'email', header: 'email', value: (r) => r.email },
  { key: 'company', header: 'company', value: (r) => r.prospect.company.name },
  { key: 'domain', header: 'domain', value: (r) => r.prospect.domain },
  { key: 'website', header: 'website', value: (r) => r.prospect.url },
  { key: 'country', header: 'country', value: (r) => r.prospect.company.country },
  { key: 'tier', header: 'tier', value: (r) => r.prospect.tier ?? r.prospect.suggestedTier ?? '' },
  {
    key: 'buyerType',
    header: 'buyer_type',
    value: (r) => r.prospect.buyerType ?? r.prospect.suggestedBuyerType,
  },
  { key: 'firstPhone', header: 'first_phone', value: (r) => r.prospect.contacts.phones[0]?.value ?? '' },
];
