/**
 * Turns mapped spreadsheet rows into prospects, validating each row and saying why a row is rejected, so the
 * rep gets a per-row report instead of a silent partial import.
 */
import { unguardFormula } from '../export/csv';
import {
  type BuyerType,
  BuyerTypeSchema,
  type Email,
  type Outreach,
  OutreachSchema,
  type Phone,
  type Prospect,
  ProspectSchema,
  type Status,
  StatusSchema,
  type Tier,
  TierSchema,
} from '../model';
import { hasUrlScheme, websiteFromCell } from '../prospect/url';
import { registrableDomain } from '../scan/domain';
import { isRoleAddress } from '../scan/emails';
import { parsePhone } from '../scan/phones';
import type { ColumnMapping, ImportField } from './mapping';

/** Why a row was rejected, as a message key (lib/i18n/strings/manager.ts) plus the offending value. */
export interface RowProblem {
  key: string;
  value?: string;
}

/** A rejected row: its 1-based line in the file (header = line 1) and the problems. */
export interface RejectedRow {
  line: number;
  problems: RowProblem[];
}

export interface ImportResult {
  prospects: Prospect[];
  rejected: RejectedRow[];
}

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]{2,}$/;
const LIST_SPLIT = /\s*[;,\n|]\s*|\s+\/\s+/;

/** Words reps and other tools use for the closed vocabularies, beside the canonical values. */
const STATUS_WORDS: Record<string, Status> = {
  potential: 'potential',
  prospect: 'potential',
  lead: 'potential',
  潜在: 'potential',
  潜在客户: 'potential',
  target: 'target',
  目标: 'target',
  目标客户: 'target',
  customer: 'customer',
  client: 'customer',
  kunde: 'customer',
  客户: 'customer',
  现有客户: 'customer',
  lost: 'lost',
  verloren: 'lost',
  流失: 'lost',
  none: 'none',
  'not a customer': 'none',
  非客户: 'none',
};
const OUTREACH_WORDS: Record<string, Outreach> = {
  todo: 'todo',
  'to do': 'todo',
  待定: 'todo',
  fine: 'fine',
  'fine letter': 'fine',
  精细: 'fine',
  rough: 'rough',
  'rough letter': 'rough',
  粗略: 'rough',
  sent: 'sent',
  已发送: 'sent',
};
const BUYER_WORDS: Record<string, BuyerType> = {
  einzelhändler: 'retailer',
  händler: 'retailer',
  零售商: 'retailer',
  großhändler: 'wholesaler',
  grosshändler: 'wholesaler',
  wholesale: 'wholesaler',
  批发商: 'wholesaler',
  distributor: 'distributor',
  分销商: 'distributor',
  importeur: 'importer',
  进口商: 'importer',
  hersteller: 'manufacturer',
  制造商: 'manufacturer',
  工厂: 'manufacturer',
};

function cellOf(row: readonly string[], mapping: ColumnMapping, field: ImportField): string {
  const index = mapping[field];
  return index === undefined ? '' : unguardFormula((row[index] ?? '').trim());
}

function splitList(cell: string): string[] {
  return cell
    ? cell
        .split(LIST_SPLIT)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function isoOrNull(cell: string): string | null {
  if (!cell) return null;
  const time = Date.parse(cell);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function domainOf(cell: string, website: string, emails: string[]): string {
  const fromCell = cell ? registrableDomain(/^[a-z]+:\/\//i.test(cell) ? cell : `http://${cell}`) : '';
  if (fromCell) return fromCell;
  if (website) {
    const d = registrableDomain(/^[a-z]+:\/\//i.test(website) ? website : `http://${website}`);
    if (d) return d;
  }
  const first = emails[0];
  return first ? registrableDomain(`http://${first.slice(first.indexOf('@') + 1)}`) : '';
}

/**
 * Validates and converts one sheet row. Returns the prospect or the problems. `now` stamps rows without dates.
 * Rules: a domain must come from the domain, website or first email column; each email must look like an
 * address; tier, buyer type, status and outreach must be known words (or empty); dates must parse.
 */
export function rowToProspect(
  row: readonly string[],
  mapping: ColumnMapping,
  now: string,
): { prospect: Prospect } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (f: ImportField) => cellOf(row, mapping, f);

  const emailCells = splitList(cell('emails')).map((e) => e.replace(/^mailto:/i, '').toLowerCase());
  const emails: Email[] = [];
  for (const value of emailCells) {
    if (!EMAIL.test(value)) problems.push({ key: 'import.problem.email', value });
    else if (!emails.some((e) => e.value === value)) {
      const domain = registrableDomain(`http://${value.slice(value.indexOf('@') + 1)}`);
      emails.push({
        value,
        isRole: isRoleAddress(value),
        isOwnDomain: false,
        evidence: [{ page: '', source: 'import', snippet: domain }],
      });
    }
  }

  const website = cell('website');
  // Only http(s) addresses and bare host names are websites; data:, javascript:, file:, chrome: … are flagged.
  const websiteUrl = websiteFromCell(website);
  if (website && !websiteUrl) problems.push({ key: 'import.problem.url', value: website });
  if (cell('domain') && hasUrlScheme(cell('domain')) && !websiteFromCell(cell('domain')))
    problems.push({ key: 'import.problem.url', value: cell('domain') });
  const domain = domainOf(
    cell('domain'),
    website,
    emails.map((e) => e.value),
  );
  if (!domain) problems.push({ key: 'import.problem.noDomain', value: cell('domain') || website });
  for (const e of emails) {
    e.isOwnDomain = e.evidence[0]?.snippet === domain;
    e.evidence = [{ page: '', source: 'import' }];
  }

  const country = cell('country').toUpperCase();
  const countryCode = /^[A-Z]{2}$/.test(country) ? country : '';
  if (country && !countryCode) problems.push({ key: 'import.problem.country', value: cell('country') });

  const phones: Phone[] = [];
  for (const raw of splitList(cell('phones').replace(/^tel:/i, ''))) {
    const parsed = parsePhone(raw, countryCode, true);
    const value = parsed?.e164 ?? raw.replace(/[^\d+]/g, '');
    if (value.replace(/\D/g, '').length < 5) {
      problems.push({ key: 'import.problem.phone', value: raw });
      continue;
    }
    if (!phones.some((p) => p.value === value)) {
      phones.push({
        value,
        kind: 'phone',
        country: parsed?.country ?? countryCode,
        raw,
        evidence: [{ page: '', source: 'import' }],
      });
    }
  }

  const tierCell = cell('tier').toUpperCase();
  const tierMap: Record<string, Tier> = { '1': 'A', '2': 'B', '3': 'C', '4': 'D' };
  const tierValue = tierMap[tierCell] ?? tierCell;
  let tier: Tier | null = null;
  if (tierCell) {
    const parsed = TierSchema.safeParse(tierValue);
    if (parsed.success) tier = parsed.data;
    else problems.push({ key: 'import.problem.tier', value: cell('tier') });
  }

  const word = (f: ImportField) => cell(f).toLowerCase();
  let buyerType: BuyerType | null = null;
  if (word('buyerType')) {
    const parsed = BuyerTypeSchema.safeParse(word('buyerType'));
    buyerType = parsed.success ? parsed.data : (BUYER_WORDS[word('buyerType')] ?? null);
    if (!buyerType) problems.push({ key: 'import.problem.buyerType', value: cell('buyerType') });
  }
  let status: Status = 'potential';
  if (word('status')) {
    const parsed = StatusSchema.safeParse(word('status'));
    const found = parsed.success ? parsed.data : STATUS_WORDS[word('status')];
    if (found) status = found;
    else problems.push({ key: 'import.problem.status', value: cell('status') });
  }
  let outreach: Outreach = 'todo';
  if (word('outreach')) {
    const parsed = OutreachSchema.safeParse(word('outreach'));
    const found = parsed.success ? parsed.data : OUTREACH_WORDS[word('outreach')];
    if (found) outreach = found;
    else problems.push({ key: 'import.problem.outreach', value: cell('outreach') });
  }

  const firstSeen = isoOrNull(cell('firstSeen'));
  if (cell('firstSeen') && !firstSeen)
    problems.push({ key: 'import.problem.date', value: cell('firstSeen') });
  const updatedAt = isoOrNull(cell('updatedAt'));
  if (cell('updatedAt') && !updatedAt)
    problems.push({ key: 'import.problem.date', value: cell('updatedAt') });

  if (problems.length > 0) return { problems };

  const prospect: Prospect = {
    domain,
    url: websiteUrl ?? `https://${domain}/`,
    company: {
      name: cell('company'),
      address: cell('address'),
      country: countryCode,
      language: cell('language').toLowerCase(),
    },
    contacts: { emails, phones, messengers: [], socials: [] },
    suggestedTier: null,
    suggestedBuyerType: 'unknown',
    reasons: [],
    tier,
    buyerType,
    status,
    outreach,
    region: cell('region'),
    searchPlan: cell('searchPlan'),
    tags: [...new Set(splitList(cell('tags')))],
    notes: cell('notes'),
    firstSeen: firstSeen ?? now,
    updatedAt: updatedAt ?? firstSeen ?? now,
    history: [{ at: now, field: 'imported', from: '', to: 'csv' }],
  };
  const checked = ProspectSchema.safeParse(prospect);
  if (!checked.success)
    return { problems: [{ key: 'import.problem.invalid', value: checked.error.issues[0]?.path.join('.') }] };
  return { prospect: checked.data };
}

/**
 * Converts all data rows; rows of the same domain inside the sheet are kept in order (the store merges them).
 * Rows with no cell filled at all are ignored, not reported.
 */
export function importRows(rows: readonly string[][], mapping: ColumnMapping, now: string): ImportResult {
  const prospects: Prospect[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, i) => {
    if (row.every((c) => !c.trim())) return;
    const result = rowToProspect(row, mapping, now);
    if ('prospect' in result) prospects.push(result.prospect);
    else rejected.push({ line: i + 2, problems: result.problems });
  });
  return { prospects, rejected };
}
