/**
 * Column mapping for imports: which column of the rep's spreadsheet holds which prospect field. TierScout's own
 * export maps itself; other sheets are guessed from common header names (English, German, French, Spanish, Chinese)
 * and the rep corrects the guess once — the mapping is remembered by the sheet's header signature.
 */
import { type Lang, t } from '../i18n';
import '../i18n/strings/sheets';
import { CRM_IMPORT_FIELDS, CRM_SYNONYMS } from '../crm/import';

/** The prospect fields an import can fill. */
export const IMPORT_FIELDS = [
  'domain',
  'website',
  'company',
  'contactName',
  'emails',
  'phones',
  'country',
  'language',
  'address',
  'tier',
  'buyerType',
  'status',
  'outreach',
  'region',
  'searchPlan',
  'tags',
  'notes',
  'firstSeen',
  'updatedAt',
  // The customer file (lib/crm/import.ts), after the fields above so it never takes their columns.
  ...CRM_IMPORT_FIELDS,
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → index of the column in the sheet (absent = not imported). */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Header names (lower-case, spaces/underscores/dashes removed) that mean each field. Own export headers first. */
const SYNONYMS: Record<ImportField, string[]> = {
  domain: ['domain', 'domäne', '域名'],
  website: [
    'website',
    'url',
    'web',
    'homepage',
    'site',
    'webseite',
    'internetseite',
    'siteweb',
    'sitio',
    'sitioweb',
    '网站',
    '网址',
    '官网',
  ],
  company: [
    'company',
    'companyname',
    'name',
    'firma',
    'unternehmen',
    'firmenname',
    'société',
    'societe',
    'empresa',
    'entreprise',
    'organisation',
    'organization',
    'account',
    '公司',
    '公司名称',
    '企业',
    '客户名称',
    '客户',
  ],
  contactName: [
    'contact',
    'contactname',
    'contactperson',
    'ansprechpartner',
    'kontakt',
    'contacto',
    'personnedecontact',
    '联系人',
    '联系人姓名',
    '姓名',
  ],
  emails: [
    'emails',
    'email',
    'e-mail',
    'mail',
    'emailaddress',
    'mailadresse',
    'correo',
    'courriel',
    '邮箱',
    '电子邮件',
    '邮件',
  ],
  phones: [
    'phones',
    'phone',
    'telephone',
    'tel',
    'telefon',
    'téléphone',
    'telefono',
    'teléfono',
    'mobile',
    '电话',
    '手机',
    '联系电话',
  ],
  country: ['country', 'land', 'pays', 'país', 'pais', 'countrycode', '国家', '国家/地区'],
  language: ['language', 'sprache', 'langue', 'idioma', '语言'],
  address: ['address', 'adresse', 'anschrift', 'dirección', 'direccion', '地址'],
  tier: ['reptier', 'tier', 'grade', 'rating', 'klasse', 'kategorie', '客户等级', '等级', '级别', '客户级别'],
  buyerType: [
    'buyertype',
    'buyer',
    'type',
    'customertype',
    'kundentyp',
    'typ',
    '买家类型',
    '客户类型',
    '类型',
  ],
  status: ['status', 'stage', '跟进状态', '客户状态', '状态', '跟进'],
  outreach: ['outreach', 'letter', '开发信', '开发信状态'],
  region: ['region', 'area', 'territory', 'gebiet', '区域', '地区'],
  searchPlan: ['searchplan', 'campaign', 'source', 'quelle', '搜索计划', '搜索方案', '来源'],
  tags: ['tags', 'tag', 'labels', 'schlagwörter', '标签'],
  notes: ['notes', 'note', 'comment', 'comments', 'notiz', 'notizen', 'bemerkung', 'remarks', '备注', '说明'],
  firstSeen: [
    'firstseen',
    'created',
    'createdat',
    'added',
    'dateadded',
    'erstellt',
    '添加日期',
    '创建时间',
    '添加时间',
    '创建日期',
    '日期',
  ],
  updatedAt: ['updatedat', 'updated', 'modified', 'lastupdated', 'geändert', '更新时间'],
  ...CRM_SYNONYMS,
};

function normalHeader(h: string): string {
  return h
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.*:：]+/g, '');
}

/**
 * A field's names in order of preference: TierScout's raw export header, the localised export headers (both
 * languages, from lib/i18n so a renamed header is still read back), then the common names of other sheets.
 */
function namesOf(field: ImportField): string[] {
  const own = ['en', 'zh'].map((lang) => t(lang as Lang, `sheet.col.${field}`));
  const [first, ...rest] = SYNONYMS[field];
  return [first!, ...own, ...rest].map(normalHeader);
}

/**
 * Guesses a mapping from header names; each column is used for at most one field, first match wins.
 * @example guessMapping(['Firma', 'E-Mail', 'Webseite']) // { company: 0, emails: 1, website: 2 }
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normal = headers.map(normalHeader);
  for (const field of IMPORT_FIELDS) {
    // Synonyms in order of preference: TierScout's own `rep_tier` beats the derived `tier` column.
    for (const name of namesOf(field)) {
      const index = normal.findIndex((h, i) => !used.has(i) && h === name);
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** True when the mapping can produce a prospect key: a domain, website or email column. */
export function isUsableMapping(mapping: ColumnMapping): boolean {
  return mapping.domain !== undefined || mapping.website !== undefined || mapping.emails !== undefined;
}

/** The key a remembered mapping is stored under: the sheet's normalised headers in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalHeader).join('|');
}
