/**
 * Turns mapped spreadsheet rows into prospects without dropping any: a cell TierScout cannot read is left empty and
 * flagged, the rest of the row is imported. Only a row with nothing to key it by (no website, domain or company
 * e-mail — a gmail address names no company) is held back, flagged, until the rep fixes it in the report.
 */
import { unguardFormula } from '../export/csv';
import { isFreeMailAddress, isFreeMailDomain } from '../free-mail';
import type { BuyerType, Email, Outreach, Phone, Prospect, Status, Tier } from '../model';
import { ProspectSchema } from '../model';
import { hasUrlScheme, websiteFromCell } from '../prospect/url';
import { registrableDomain } from '../scan/domain';
import { isRoleAddress } from '../scan/emails';
import { parsePhone } from '../scan/phones';
import { countryOfCell } from './countries';
import type { ColumnMapping, ImportField } from './mapping';
import { crmFromCells } from '../crm/import';
import {
  type DayMonthOrder,
  inferDateOrder,
  parseBuyerType,
  parseDate,
  parseOutreach,
  parseStatus,
  parseTier,
  splitList,
} from './values';

/** One cell TierScout could not read: the field, its column, what was written and why (a lib/i18n key). */
export interface CellFlag {
  field: ImportField;
  /** Column index in the row; `-1` when the field has no column (a website must be added). */
  column: number;
  value: string;
  key: string;
}

/** A row with flags: its 1-based line in the file (header = line 1), its cells and whether it was imported. */
export interface FlaggedRow {
  line: number;
  cells: string[];
  flags: CellFlag[];
  /** False when the row could not be keyed and waits for a fix. */
  imported: boolean;
  /** The domain it was saved under (when imported). */
  domain: string;
}

export interface ImportResult {
  prospects: Prospect[];
  /** Every row with at least one flagged cell, in file order. */
  flagged: FlaggedRow[];
}

/** How the rows of one sheet are read: the column mapping and the day/month order of its date columns. */
export interface ReadOptions {
  mapping: ColumnMapping;
  dateOrder: DayMonthOrder;
  /** ISO time stamped on rows without dates and on the history entry. */
  now: string;
  /** Where the rows came from, for the history entry ('csv' or 'xlsx'). */
  source?: string;
}

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]{2,}$/;

function cellOf(row: readonly string[], mapping: ColumnMapping, field: ImportField): string {
  const index = mapping[field];
  return index === undefined ? '' : unguardFormula((row[index] ?? '').trim());
}

function domainOfUrl(cell: string): string {
  return cell ? registrableDomain(/^[a-z]+:\/\//i.test(cell) ? cell : `http://${cell}`) : '';
}

/** The day/month order of the sheet's date columns (see `inferDateOrder`). */
export function dateOrderOf(
  rows: readonly string[][],
  mapping: ColumnMapping,
  locale: string,
): DayMonthOrder {
  const cells: string[] = [];
  for (const field of ['firstSeen', 'updatedAt'] as const) {
    const index = mapping[field];
    if (index !== undefined) for (const row of rows) cells.push(row[index] ?? '');
  }
  return inferDateOrder(cells, locale);
}

/**
 * Reads one sheet row. Returns the prospect (null when the row has no key) and the flagged cells.
 * Rules: the key is the domain cell, else the website, else the first e-mail not at a free-mail provider; each
 * e-mail must look like an address; country is a code or a name; tier, buyer type, status and outreach are the
 * UI's words in English or Chinese; dates are any form `parseDate` reads. A flagged cell is left empty.
 */
export function rowToProspect(
  row: readonly string[],
  options: ReadOptions,
): { prospect: Prospect | null; flags: CellFlag[] } {
  const { mapping, now } = options;
  const flags: CellFlag[] = [];
  const cell = (f: ImportField) => cellOf(row, mapping, f);
  const flag = (field: ImportField, key: string, value = cell(field)) =>
    flags.push({ field, column: mapping[field] ?? -1, value, key });

  const emails: Email[] = [];
  for (const raw of splitList(cell('emails'))) {
    const value = raw.replace(/^mailto:/i, '').toLowerCase();
    if (!EMAIL.test(value)) flag('emails', 'import.problem.email', raw);
    else if (!emails.some((e) => e.value === value))
      emails.push({ value, isRole: isRoleAddress(value), isOwnDomain: false, evidence: [] });
  }

  // Only http(s) addresses and bare host names are websites; data:, javascript:, file:, chrome: … are flagged and
  // read as empty (the rest of the row is imported).
  const websiteCell = cell('website');
  const websiteUrl = websiteFromCell(websiteCell);
  if (websiteCell && !websiteUrl) flag('website', 'import.problem.url');
  const website = websiteUrl ? websiteCell : '';
  let domainCell = cell('domain');
  if (domainCell && hasUrlScheme(domainCell) && !websiteFromCell(domainCell)) {
    flag('domain', 'import.problem.url');
    domainCell = '';
  }
  let domain = domainOfUrl(domainCell);
  if (domain && isFreeMailDomain(domain)) domain = '';
  if (!domain) {
    const fromSite = domainOfUrl(website);
    domain = fromSite && !isFreeMailDomain(fromSite) ? fromSite : '';
  }
  if (!domain) {
    // A company is never made from a free-mail provider's domain (gmail.com, qq.com…).
    const company = emails.find((e) => !isFreeMailAddress(e.value));
    domain = company ? domainOfUrl(company.value.slice(company.value.indexOf('@') + 1)) : '';
  }
  // The fix goes into the website column (see `withWebsiteColumn`); a website already flagged as not a web
  // address says why the row is held.
  if (!domain && !(websiteCell && !websiteUrl)) {
    const key = emails.length > 0 ? 'import.problem.freeMail' : 'import.problem.noDomain';
    flags.push({ field: 'website', column: mapping.website ?? -1, value: website || domainCell, key });
  }
  for (const e of emails) {
    e.isOwnDomain = domainOfUrl(e.value.slice(e.value.indexOf('@') + 1)) === domain;
    e.evidence = [{ page: '', source: 'import' }];
  }

  let country = '';
  if (cell('country')) {
    country = countryOfCell(cell('country'));
    if (!country) flag('country', 'import.problem.country');
  }

  const phones: Phone[] = [];
  for (const raw of splitList(cell('phones').replace(/^tel:/i, ''))) {
    const parsed = parsePhone(raw, country, true);
    const value = parsed?.e164 ?? raw.replace(/[^\d+]/g, '');
    if (value.replace(/\D/g, '').length < 5) {
      flag('phones', 'import.problem.phone', raw);
      continue;
    }
    if (!phones.some((p) => p.value === value)) {
      phones.push({
        value,
        kind: 'phone',
        country: parsed?.country ?? country,
        raw,
        evidence: [{ page: '', source: 'import' }],
      });
    }
  }

  function closed<T>(field: ImportField, parse: (c: string) => T | undefined, key: string): T | undefined {
    const value = cell(field);
    if (!value) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) flag(field, key);
    return parsed;
  }
  const tier: Tier | null = closed('tier', parseTier, 'import.problem.tier') ?? null;
  const buyerType: BuyerType | null = closed('buyerType', parseBuyerType, 'import.problem.buyerType') ?? null;
  const status: Status = closed('status', parseStatus, 'import.problem.status') ?? 'potential';
  const outreach: Outreach = closed('outreach', parseOutreach, 'import.problem.outreach') ?? 'todo';
  const date = (c: string) => parseDate(c, options.dateOrder);
  const firstSeen = closed('firstSeen', date, 'import.problem.date');
  const updatedAt = closed('updatedAt', date, 'import.problem.date');

  if (!domain) return { prospect: null, flags };
  const prospect: Prospect = {
    domain,
    url: websiteUrl ?? `https://${domain}/`,
    company: {
      name: cell('company'),
      address: cell('address'),
      country,
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
    history: [{ at: now, field: 'imported', from: '', to: options.source ?? 'csv' }],
  };
  if (cell('contactName')) prospect.contactName = cell('contactName');
  const crm = crmFromCells(cell, cell('contactName'), { dateOrder: options.dateOrder });
  for (const problem of crm.problems) flag(problem.field, problem.key);
  if (crm.crm) prospect.crm = crm.crm;
  return { prospect: ProspectSchema.parse(prospect), flags };
}

/**
 * Reads all data rows; rows of the same domain inside the sheet are kept in order (the store merges them).
 * Rows with no cell filled at all are skipped (Excel leaves them between blocks), not reported.
 * @param firstLine the file line of `rows[0]` (2 when the header is line 1).
 * @param onProgress called every 2,000 rows (the sheet worker turns it into the progress bar).
 */
export function importRows(
  rows: readonly string[][],
  options: ReadOptions,
  firstLine = 2,
  onProgress?: (done: number, total: number) => void,
): ImportResult {
  const prospects: Prospect[] = [];
  const flagged: FlaggedRow[] = [];
  rows.forEach((row, i) => {
    if (onProgress && i % 2000 === 0) onProgress(i, rows.length);
    if (row.every((c) => !String(c ?? '').trim())) return;
    const { prospect, flags } = rowToProspect(row, options);
    if (prospect) prospects.push(prospect);
    if (flags.length > 0)
      flagged.push({
        line: i + firstLine,
        cells: [...row],
        flags,
        imported: prospect !== null,
        domain: prospect?.domain ?? '',
      });
  });
  return { prospects, flagged };
}

/**
 * A mapping that also has a website column, so a row held for lacking one can be fixed in the report: when the
 * sheet has none, the fix goes into an extra column after the last one.
 */
export function withWebsiteColumn(mapping: ColumnMapping, columnCount: number): ColumnMapping {
  return mapping.website !== undefined ? mapping : { ...mapping, website: columnCount };
}
