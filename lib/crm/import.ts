/**
 * Reading the customer file back from a spreadsheet: the import fields, their header names (TierScout's own
 * export headers in both languages first, then what reps' own sheets and CRMs such as OKKI call them), and the
 * cell readers. A cell that cannot be read is flagged and left empty, like every other import cell.
 */
import { type Lang, t } from '../i18n';
import '../i18n/strings/crm';
import { normalWord, parseDate, type DayMonthOrder } from '../import/values';
import { splitHonorific } from './people';
import { readAmount, readDaysLate } from './input';
import {
  type ContactPerson,
  type Crm,
  LOYALTIES,
  type Loyalty,
  VALUE_GRADES,
  type ValueGrade,
} from './schema';

/** The import fields of the customer file, beside lib/import/mapping.ts's `IMPORT_FIELDS`. */
export const CRM_IMPORT_FIELDS = [
  'loyalty',
  'judgedGrade',
  'figuresYear',
  'orderAmount',
  'profit',
  'daysLate',
  'nextContact',
  'people',
] as const;
export type CrmImportField = (typeof CRM_IMPORT_FIELDS)[number];

/** Header names other sheets use (normalised like lib/import/mapping.ts: lower-case, no spaces or dashes). */
export const CRM_SYNONYMS: Record<CrmImportField, string[]> = {
  loyalty: ['loyalty', 'customerloyalty', 'treue', '忠诚度', '客户忠诚度', '客户类别'],
  judgedGrade: [
    'judgedgrade',
    'valuegrade',
    'value',
    'customervalue',
    'vip',
    '价值等级',
    '客户价值',
    '价值',
    '客户分级',
  ],
  figuresYear: ['figuresyear', 'year', 'jahr', '年份', '年度'],
  orderAmount: [
    'orderamount',
    'orders',
    'revenue',
    'turnover',
    'umsatz',
    '订单金额',
    '年订单额',
    '采购金额',
    '销售额',
    '成交金额',
  ],
  profit: ['profit', 'margin', 'grossprofit', 'gewinn', 'marge', '利润', '毛利', '利润贡献'],
  daysLate: ['dayslate', 'paymentdelay', 'overduedays', 'zahlungsverzug', '逾期天数', '付款逾期', '账期逾期'],
  nextContact: [
    'nextcontact',
    'followup',
    'nextfollowup',
    'nächsterkontakt',
    'wiedervorlage',
    '下次联系',
    '下次跟进',
    '跟进日期',
    '下次跟进时间',
  ],
  people: ['contactpersons', 'contacts', 'persons', 'ansprechpartnerliste', '联系人列表', '联系人们'],
};

const norm = (h: string) =>
  h
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.*:：]+/g, '');

/** A field's header names in order of preference: raw export header, localised export headers, synonyms. */
export function crmHeaderNames(field: CrmImportField): string[] {
  const own = (['en', 'zh'] as Lang[]).map((lang) => t(lang, `sheet.col.${field}`));
  const [first, ...rest] = CRM_SYNONYMS[field];
  return [first!, ...own, ...rest].map(norm);
}

const LOYALTY_WORDS: Record<string, Loyalty> = {
  loyal: 'loyal',
  忠诚: 'loyal',
  old: 'old',
  existing: 'old',
  老客户: 'old',
  老: 'old',
  new: 'new',
  新客户: 'new',
  新: 'new',
  potential: 'potential',
  潜在: 'potential',
  潜在客户: 'potential',
};
const GRADE_WORDS: Record<string, ValueGrade> = {
  vip: 'vip',
  key: 'vip',
  keyaccount: 'vip',
  大客户: 'vip',
  重点: 'vip',
  important: 'important',
  main: 'important',
  重要: 'important',
  主要客户: 'important',
  ordinary: 'ordinary',
  normal: 'ordinary',
  standard: 'ordinary',
  普通: 'ordinary',
  一般: 'ordinary',
};

function lookup<T extends string>(
  cell: string,
  values: readonly T[],
  prefix: string,
  extra: Record<string, T>,
) {
  const word = normalWord(cell);
  for (const v of values) {
    if (normalWord(v) === word) return v;
    for (const lang of ['en', 'zh'] as const) if (normalWord(t(lang, `${prefix}.${v}`)) === word) return v;
  }
  return extra[word];
}

/** "老客户" / "Old customer" / "old" → 'old'; undefined when unknown. */
export const parseLoyalty = (cell: string) => lookup(cell, LOYALTIES, 'loyalty', LOYALTY_WORDS);
/** "VIP 客户" / "Important" / "重要" → the grade; undefined when unknown. */
export const parseGrade = (cell: string) => lookup(cell, VALUE_GRADES, 'grade', GRADE_WORDS);

/**
 * The "contact persons" cell of TierScout's own export: "Max Weber (Einkauf) <max@weber.de>; Anna Schulz".
 * Pieces without a name are skipped.
 */
export function parsePeopleCell(cell: string): ContactPerson[] {
  const out: ContactPerson[] = [];
  for (const piece of cell.split(/[;；]/)) {
    const m = /^\s*([^(<]+?)\s*(?:\(([^)]*)\))?\s*(?:<([^>]*)>)?\s*$/.exec(piece);
    if (!m?.[1]?.trim()) continue;
    const { salutation, name } = splitHonorific(m[1]);
    const email = (m[3] ?? '').trim().toLowerCase();
    out.push({
      name,
      salutation,
      title: (m[2] ?? '').trim(),
      email: /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email) ? email : '',
      phone: '',
      language: '',
      notes: '',
      source: 'import',
    });
  }
  return out;
}

/** One cell of the customer file that could not be read: the field and the lib/i18n key of why. */
export interface CrmCellProblem {
  field: CrmImportField;
  key: string;
}

/**
 * Builds the customer file from a row's cells (already trimmed, by field). `contactName` (the sheet's contact
 * column) becomes the first person when the row has no persons cell. Returns undefined when nothing is filled.
 */
export function crmFromCells(
  cell: (field: CrmImportField) => string,
  contactName: string,
  options: { dateOrder: DayMonthOrder },
): { crm: Crm | undefined; problems: CrmCellProblem[] } {
  const problems: CrmCellProblem[] = [];
  const crm: Crm = {};
  if (cell('loyalty')) {
    const v = parseLoyalty(cell('loyalty'));
    if (v) crm.loyalty = v;
    else problems.push({ field: 'loyalty', key: 'import.problem.loyalty' });
  }
  if (cell('judgedGrade')) {
    const v = parseGrade(cell('judgedGrade'));
    if (v) crm.judgedGrade = v;
    else problems.push({ field: 'judgedGrade', key: 'import.problem.grade' });
  }
  const amounts: Record<'orderAmount' | 'profit', number | null> = { orderAmount: null, profit: null };
  for (const f of ['orderAmount', 'profit'] as const) {
    if (!cell(f)) continue;
    const r = readAmount(cell(f));
    if (r.ok) amounts[f] = r.value;
    else
      problems.push({
        field: f,
        key: r.error === 'crm.error.negative' ? 'import.problem.negative' : 'import.problem.amount',
      });
  }
  let daysLate: number | null = null;
  if (cell('daysLate')) {
    const r = readDaysLate(cell('daysLate'));
    if (r.ok) daysLate = r.value;
    else
      problems.push({
        field: 'daysLate',
        key: r.error === 'crm.error.negative' ? 'import.problem.negativeDays' : 'import.problem.days',
      });
  }
  if (amounts.orderAmount !== null || amounts.profit !== null || daysLate !== null) {
    const y = Number(cell('figuresYear'));
    const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : new Date().getFullYear();
    if (cell('figuresYear') && year !== y) problems.push({ field: 'figuresYear', key: 'crm.error.year' });
    crm.figures = { year, orderAmount: amounts.orderAmount, profit: amounts.profit, daysLate };
  }
  if (cell('nextContact')) {
    // An imported follow-up may lie in the past: it is then simply overdue (the sheet is history, not a form).
    const iso = parseDate(cell('nextContact'), options.dateOrder);
    if (iso) crm.nextContact = iso;
    else problems.push({ field: 'nextContact', key: 'import.problem.nextContact' });
  }
  const people = cell('people') ? parsePeopleCell(cell('people')) : [];
  if (people.length === 0 && contactName) {
    const { salutation, name } = splitHonorific(contactName);
    people.push({
      name: name.slice(0, 200),
      salutation,
      title: '',
      email: '',
      phone: '',
      language: '',
      notes: '',
      source: 'import',
    });
  }
  if (people.length > 0) crm.people = people.slice(0, 50);
  return { crm: Object.keys(crm).length > 0 ? crm : undefined, problems };
}
