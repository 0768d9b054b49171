/**
 * Cell values as reps write them in Excel, read into TierScout's closed vocabularies: list cells split on ASCII and
 * full-width separators, tier / buyer type / status / outreach in English or Chinese as the UI names them (the
 * i18n strings are read, so a renamed label is still understood), and dates in the forms Excel writes.
 * Every parser returns `undefined` for a cell it cannot read, so the caller can flag that one cell.
 */
import { t } from '../i18n';
import {
  BUYER_TYPES,
  type BuyerType,
  OUTREACH,
  type Outreach,
  STATUSES,
  type Status,
  TIERS,
  type Tier,
} from '../model';

// ───────────────────────────── Lists ─────────────────────────────

/** ; , | and newlines, their full-width forms and the ideographic comma; a slash only when not inside a number. */
const LIST_SPLIT = /\s*(?:[;,|\n\r；，、｜]|(?<!\d)\/|\/(?!\d)|\s\/\s)\s*/;

/**
 * Splits a multi-value cell (emails, phones, tags).
 * @example splitList('a@x.de；b@x.de、c@x.de') // ['a@x.de', 'b@x.de', 'c@x.de']
 */
export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ───────────────────────────── Vocabularies ─────────────────────────────

/** Lower-case, no spaces or punctuation, full-width letters folded: how vocabulary words are compared. */
export function normalWord(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-·.()（）:：]+/g, '');
}

function vocabulary<T extends string>(
  values: readonly T[],
  prefix: string,
  extra: Record<string, T>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const v of values) {
    map.set(normalWord(v), v);
    for (const lang of ['en', 'zh'] as const) map.set(normalWord(t(lang, `${prefix}.${v}`)), v);
  }
  for (const [word, v] of Object.entries(extra)) map.set(normalWord(word), v);
  return map;
}

/** Words other tools and reps' own sheets use, beside the UI's labels. */
const BUYER_WORDS: Record<string, BuyerType> = {
  retail: 'retailer',
  shop: 'retailer',
  store: 'retailer',
  einzelhändler: 'retailer',
  零售: 'retailer',
  零售商: 'retailer',
  商店: 'retailer',
  门店: 'retailer',
  wholesale: 'wholesaler',
  'trading company': 'wholesaler',
  trader: 'wholesaler',
  großhändler: 'wholesaler',
  grosshändler: 'wholesaler',
  批发: 'wholesaler',
  批发商: 'wholesaler',
  贸易商: 'wholesaler',
  贸易公司: 'wholesaler',
  dealer: 'distributor',
  händler: 'distributor',
  agent: 'distributor',
  经销商: 'distributor',
  分销商: 'distributor',
  代理商: 'distributor',
  代理: 'distributor',
  import: 'importer',
  importeur: 'importer',
  进口商: 'importer',
  进口: 'importer',
  factory: 'manufacturer',
  maker: 'manufacturer',
  producer: 'manufacturer',
  hersteller: 'manufacturer',
  工厂: 'manufacturer',
  制造商: 'manufacturer',
  生产商: 'manufacturer',
  厂家: 'manufacturer',
  unknown: 'unknown',
  未知: 'unknown',
};
const STATUS_WORDS: Record<string, Status> = {
  prospect: 'potential',
  lead: 'potential',
  潜在: 'potential',
  target: 'target',
  目标: 'target',
  重点客户: 'target',
  client: 'customer',
  kunde: 'customer',
  客户: 'customer',
  已成交: 'customer',
  成交: 'customer',
  verloren: 'lost',
  流失: 'lost',
  'not a customer': 'none',
  无效: 'none',
};
const OUTREACH_WORDS: Record<string, Outreach> = {
  'to do': 'todo',
  todo: 'todo',
  待定: 'todo',
  未发: 'todo',
  'fine letter': 'fine',
  精细: 'fine',
  精细开发信: 'fine',
  'rough letter': 'rough',
  粗略: 'rough',
  群发: 'rough',
  已发送: 'sent',
  已发: 'sent',
};

let vocabularies: {
  buyer: Map<string, BuyerType>;
  status: Map<string, Status>;
  outreach: Map<string, Outreach>;
} | null = null;

function vocab() {
  vocabularies ??= {
    buyer: vocabulary(BUYER_TYPES, 'buyer', BUYER_WORDS),
    status: vocabulary(STATUSES, 'status', STATUS_WORDS),
    outreach: vocabulary(OUTREACH, 'outreach', OUTREACH_WORDS),
  };
  return vocabularies;
}

/** 经销商 → distributor, Trading company → wholesaler; undefined when unknown. */
export function parseBuyerType(cell: string): BuyerType | undefined {
  return vocab().buyer.get(normalWord(cell));
}

/** 潜在客户 → potential, Customer → customer; undefined when unknown. */
export function parseStatus(cell: string): Status | undefined {
  return vocab().status.get(normalWord(cell));
}

/** 精发 → fine, Rough letter → rough; undefined when unknown. */
export function parseOutreach(cell: string): Outreach | undefined {
  return vocab().outreach.get(normalWord(cell));
}

const TIER_NUMBERS: Record<string, Tier> = { '1': 'A', '2': 'B', '3': 'C', '4': 'D' };

/**
 * A, b, 2, A类, A级客户, Grade A, "A · 产品相同" → the tier; undefined when unknown.
 * @example parseTier('B类客户') // 'B'
 */
export function parseTier(cell: string): Tier | undefined {
  const word = normalWord(cell)
    .replace(/^(grade|tier|class|level|klasse|kategorie)/, '')
    .replace(/(类|级|等|类客户|级客户|客户)$/, '');
  const letter = word.toUpperCase();
  if ((TIERS as readonly string[]).includes(letter)) return letter as Tier;
  if (TIER_NUMBERS[word]) return TIER_NUMBERS[word];
  for (const tier of TIERS) {
    for (const lang of ['en', 'zh'] as const) if (normalWord(t(lang, `tier.${tier}`)) === word) return tier;
  }
  // "A · 产品相同" and the like: a tier letter followed by a label.
  const m = /^([a-d])(?![a-z])/i.exec(normalWord(cell));
  return m ? (m[1]!.toUpperCase() as Tier) : undefined;
}

// ───────────────────────────── Dates ─────────────────────────────

/** Which part comes first in a date like 12/2/2026. */
export type DayMonthOrder = 'dmy' | 'mdy';

/** The order the rep's locale writes short dates in (en-US month first; en-GB, de, fr, es day first). */
export function dateOrderOfLocale(locale: string): DayMonthOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(new Date(2026, 11, 2))
      .map((p) => p.type);
    return parts.indexOf('month') < parts.indexOf('day') ? 'mdy' : 'dmy';
  } catch {
    return 'dmy';
  }
}

const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The day/month order of a date column: a value whose first part is over 12 settles it as day first, one whose
 * second part is over 12 as month first; a column that never says falls back to the locale.
 */
export function inferDateOrder(cells: readonly string[], locale: string): DayMonthOrder {
  for (const cell of cells) {
    const m = SLASHED.exec(cell.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return dateOrderOfLocale(locale);
}

/** Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug for every date after February 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A local wall-clock time → ISO (UTC), or undefined when the parts are no real date (31 February). */
function localIso(y: number, m: number, d: number, h = 0, mi = 0, s = 0): string | undefined {
  const date = new Date(y, m - 1, d, h, mi, s);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d || h > 23 || mi > 59)
    return undefined;
  return date.toISOString();
}

/**
 * Excel's serial day number (days since 1899-12-30, fractions = time of day) read as the rep's local time.
 * @example excelSerialToIso(46358) // 2026-12-02 00:00 local
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  // The serial is a wall-clock time; read its parts in UTC and rebuild them in the local zone.
  const wall = new Date(EXCEL_EPOCH_UTC + Math.round(serial * 86_400_000));
  return localIso(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

/** The serial Excel stores for a moment, as the rep's local wall clock shows it. */
export function isoToExcelSerial(iso: string): number {
  const d = new Date(iso);
  const wall = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
  );
  return (wall - EXCEL_EPOCH_UTC) / 86_400_000;
}

const YMD =
  /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date cell → ISO 8601 (UTC) of that local time. Reads ISO timestamps, 2026/12/2, 2026-12-02 14:30,
 * 2026年12月2日, 2.12.2026 (always day first), 12/2/2026 and 12/2/26 in `order`, and Excel serial numbers.
 * @example parseDate('2.12.2026', 'mdy') // local 2 December 2026
 */
export function parseDate(cell: string, order: DayMonthOrder): string | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
  const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  let m = YMD.exec(text);
  if (m) return localIso(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]));
  m = DOTTED.exec(text);
  if (m) return localIso(num(m[3]), num(m[2]), num(m[1]), num(m[4]), num(m[5]), num(m[6]));
  m = SLASHED.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + num(m[3]) : num(m[3]);
    const [day, month] = order === 'dmy' ? [num(m[1]), num(m[2])] : [num(m[2]), num(m[1])];
    return localIso(year, month, day, num(m[4]), num(m[5]), num(m[6]));
  }
  return undefined;
}

/** A local "2026-12-02 14:30:05" for CSV cells: what a rep reads, and what `parseDate` reads back. */
export function localDateText(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const HOUR = 3_600_000;
const DAY = 86_400_000;
// 1000-01-01 and 10000-01-01 (UTC): the years the fast path writes with four digits.
const FAST_FROM = -30_610_224_000_000;
const FAST_TO = 253_402_300_800_000;

/**
 * `localDateText` for many dates, the same text: a localised 100,000-row export writes two or more dates a row,
 * and asking the time zone for each of six fields of every date took a tenth of its time. This asks it twice per
 * UTC hour (its offset at the start and end of the hour; an hour in which it changes, or an offset of odd seconds,
 * goes the slow way) and takes the calendar fields from the local instant by arithmetic. One writer per export:
 * its remembered offsets follow the time zone of the moment it was made.
 */
export function localDateWriter(): (iso: string) => string {
  const offsets = new Map<number, number>();
  // Local minus UTC at `time`, in ms, as the local getters see it (`getTimezoneOffset` rounds to whole minutes, and
  // old local mean times are odd seconds: Berlin's was +0:53:28).
  const offsetAt = (time: number): number => {
    const d = new Date(time);
    const local = Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds(),
    );
    return local - time;
  };
  const offsetThrough = (hour: number): number => {
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const a = offsetAt(hour * HOUR);
      offset = a === offsetAt(hour * HOUR + HOUR - 1) ? a : Number.NaN;
      if (offsets.size < 100_000) offsets.set(hour, offset);
    }
    return offset;
  };
  return (iso) => {
    if (!iso) return '';
    const time = new Date(iso).getTime();
    if (Number.isNaN(time)) return '';
    if (!(time > FAST_FROM + DAY && time < FAST_TO - DAY)) return localDateText(iso);
    const local = time + offsetThrough(Math.floor(time / HOUR));
    if (!(local >= FAST_FROM && local < FAST_TO)) return localDateText(iso);
    const days = Math.floor(local / DAY);
    const ms = local - days * DAY;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian as in ECMAScript).
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor(
      (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const t = TWO_DIGITS;
    return `${year}-${t[month]}-${t[day]} ${t[Math.floor(ms / HOUR)]}:${t[Math.floor(ms / 60_000) % 60]}:${t[Math.floor(ms / 1000) % 60]}`;
  };
}
