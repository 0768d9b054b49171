/**
 * The customer-file columns of every export, from `CRM_SHEET_FIELDS` (lib/crm/schema.ts): the raw CSV for
 * machines (codes, ISO dates, plain numbers), the rep's sheet in the UI language, and the mail merge's person
 * columns. lib/export/columns.ts appends them; the import reads the same headers back (lib/crm/import.ts).
 */
import type { CsvColumn } from '../export/csv';
import { type Lang, t } from '../i18n';
import '../i18n/strings/crm';
import type { ExportRow } from '../manager/rows';
import { personForEmail, salutationWord } from './people';
import type { CrmRow } from './row';
import { CRM_SHEET_FIELDS, type CrmSheetField } from './schema';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** Contact persons in one cell: "Max Weber (Einkauf) <max@weber.de>; Anna Schulz". */
export function peopleCell(row: CrmRow | null): string {
  if (!row?.people.length) return '';
  return row.people
    .map((p) => `${p.name}${p.title ? ` (${p.title})` : ''}${p.email ? ` <${p.email}>` : ''}`)
    .join('; ');
}

/** A field's raw value (codes, ISO, plain numbers). */
function rawValue(field: CrmSheetField, c: CrmRow | null): string {
  if (!c) return '';
  switch (field) {
    case 'loyalty':
      return c.loyalty ?? '';
    case 'valueGrade':
      return c.grade ?? '';
    case 'valueScore':
      return num(c.valuation?.score);
    case 'judgedGrade':
      return c.judgedGrade ?? '';
    case 'figuresYear':
      return num(c.figures?.year);
    case 'orderAmount':
      return num(c.figures?.orderAmount);
    case 'profit':
      return num(c.figures?.profit);
    case 'daysLate':
      return num(c.figures?.daysLate);
    case 'nextContact':
      return c.nextContact;
    case 'lastContact':
      return c.lastContact;
    case 'people':
      return peopleCell(c);
  }
}

/** The raw CSV columns (snake-case headers). */
export const CRM_RAW_COLUMNS: readonly CsvColumn<ExportRow>[] = CRM_SHEET_FIELDS.map((f) => ({
  key: f.field,
  header: f.raw,
  value: (p: ExportRow) => rawValue(f.field, p.crm),
}));

/** What a rep-facing cell holds, for the .xlsx writer. */
export type CrmSheetKind = 'text' | 'date';

/** The rep's sheet columns: grades and loyalty in the UI language, dates as dates. */
export const CRM_SHEET_COLUMNS: readonly {
  field: CrmSheetField;
  kind: CrmSheetKind;
  value: (row: ExportRow, lang: Lang) => string;
}[] = CRM_SHEET_FIELDS.map(({ field }) => ({
  field,
  kind: field === 'nextContact' || field === 'lastContact' ? 'date' : 'text',
  value: (p: ExportRow, lang: Lang) => {
    const raw = rawValue(field, p.crm);
    if (!raw) return '';
    if (field === 'loyalty') return t(lang, `loyalty.${raw}`);
    if (field === 'valueGrade' || field === 'judgedGrade') return t(lang, `grade.${raw}`);
    return raw;
  },
}));

/** A mail-merge row (one per e-mail address). */
interface MergeRow {
  prospect: ExportRow;
  email: string;
}

/**
 * The person columns of the mail merge: the name, salutation ("Mr" / "Ms", for "Dear Mr Weber") and language of
 * the person with that address, else of the company's named contact.
 */
export const MAIL_MERGE_PERSON_COLUMNS: readonly CsvColumn<MergeRow>[] = [
  {
    key: 'contactName',
    header: 'contact_name',
    value: (r) => personForEmail(r.prospect.crm?.people, r.email)?.name ?? r.prospect.contactName,
  },
  {
    key: 'salutation',
    header: 'salutation',
    value: (r) => salutationWord(personForEmail(r.prospect.crm?.people, r.email)?.salutation ?? ''),
  },
  {
    key: 'language',
    header: 'language',
    value: (r) => personForEmail(r.prospect.crm?.people, r.email)?.language || r.prospect.language,
  },
];
