/**
 * Clean values for everything a page can put into the rep's list (issue 16): invisible and direction-changing
 * characters stripped (a U+202E made the popup show a name reversed), lengths bounded, contacts checked by their
 * own syntax and capped per kind with a count of the rest. Pure and Zod-free: lib/model.ts applies it at store
 * time (so import and restore are covered), the analysis and the CSV export use the same functions.
 */

/** Contacts kept per kind; the rest are counted in `more`. */
export const MAX_CONTACTS_PER_KIND = 30;
/**
 * Phone kinds capped each on its own (phone, mobile, fax): a group's page of twenty offices lists forty numbers,
 * and one cap over all of them cut every fax printed after the phones (fax recall on the WebStruct pages fell from
 * 91.9 % to 81.8 % when the cap came in).
 */
export const PHONE_KINDS = ['phone', 'mobile', 'fax'] as const;
/** Stored phone numbers at most: {@link MAX_CONTACTS_PER_KIND} of each of {@link PHONE_KINDS}. */
export const MAX_PHONES = MAX_CONTACTS_PER_KIND * PHONE_KINDS.length;

/** Evidence entries kept per finding. */
export const MAX_EVIDENCE = 5;

/**
 * Format characters (Unicode Cf: bidi embeddings, overrides and isolates, zero-width spaces and joiners, the word
 * joiner, the BOM, soft hyphens) and control characters other than tab and line breaks.
 */
const INVISIBLE = /\p{Cf}|(?![\t\n\r])\p{Cc}/gu;

let invisibleClass: string | null = null;

/**
 * A character-class body (for a regex without the `u` flag) that matches every character {@link hasInvisible}
 * finds, and any surrogate: the invisible characters of the basic plane as this runtime's Unicode data lists
 * them (found once, by testing each), and every character beyond it sent on to the exact test. A plain class is
 * about twice as fast as `\p{Cf}` in a `u` pattern, which a 100,000-row export runs three million times.
 */
export function invisibleOrAstralClass(): string {
  if (invisibleClass !== null) return invisibleClass;
  const one = new RegExp(INVISIBLE.source, 'u');
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let body = '';
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    // Surrogates are left to the range added below.
    const hit = c < 0x10000 && (c < 0xd800 || c > 0xdfff) && one.test(String.fromCharCode(c));
    if (hit && start < 0) start = c;
    if (!hit && start >= 0) {
      body += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  invisibleClass = `${body}\\ud800-\\udfff`;
  return invisibleClass;
}

const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/** True when `text` holds an invisible or direction-changing character. */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** Removes invisible and direction-changing characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * A clean stored value: invisible and direction-changing characters out, at most `max` characters. Whitespace is
 * kept as written (the analysis has already tidied page text; a rep's own line breaks stay).
 */
export function cleanLine(text: string, max: number): string {
  const s = stripInvisible(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return s.length > max ? s.slice(0, max) : s;
}

/** The same for multi-line text (addresses). */
export const cleanText = cleanLine;

const EMAIL_LOCAL = /^[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*$/u;
const EMAIL_DOMAIN =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * Strict address syntax, the same for `mailto:` links and page text: a dot-atom local part of letters, digits and
 * `_ % + ' -`, a host name with a letter TLD. `javascript:alert(1)@junk-co.de` fails (`:` and parentheses).
 * @example isStrictEmail('sales@weber-handel.de') // true
 */
export function isStrictEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && EMAIL_LOCAL.test(local) && EMAIL_DOMAIN.test(domain);
}

/** E.164: a plus and 7–15 digits, no leading zero. */
const E164 = /^\+[1-9]\d{6,14}$/;

/** Each messenger's handle syntax (as the analysis stores them: E.164 numbers, `@` for Telegram). */
const HANDLE: Record<string, RegExp> = {
  whatsapp: E164,
  viber: E164,
  telegram: /^@[A-Za-z][A-Za-z0-9_]{3,31}$/,
  // Skype names: 6–32 characters, a letter first; Microsoft accounts as `live:` or `live:.cid.<hex>`.
  skype: /^(?:live:(?:\.cid\.[0-9a-f]{8,32}|[A-Za-z0-9][A-Za-z0-9._-]{1,40})|[A-Za-z][A-Za-z0-9._,-]{5,31})$/,
  wechat: /^(?:[A-Za-z][-_A-Za-z0-9]{5,19}|\+?[1-9]\d{6,15})$/,
  line: /^[@~]?[A-Za-z0-9._-]{3,40}$/,
};

/** Whether `value` is a well-formed handle of the messenger `kind`. */
export function isMessengerHandle(kind: string, value: string): boolean {
  return HANDLE[kind]?.test(value) ?? false;
}

/** Whether `value` is an E.164 phone number. */
export function isE164(value: string): boolean {
  return E164.test(value);
}

/** An http(s) URL of reasonable length. */
export function isWebUrl(value: string): boolean {
  return value.length <= 600 && /^https?:\/\/[^\s<>"']+$/i.test(value);
}

/** How many contacts of each kind were found beyond those kept. */
export interface MoreCounts {
  emails: number;
  phones: number;
  messengers: number;
  socials: number;
}

type Loose = Record<string, unknown>;
const KINDS = ['emails', 'phones', 'messengers', 'socials'] as const;

function isKept(kind: (typeof KINDS)[number], item: Loose): boolean {
  if (kind === 'emails') return typeof item.value === 'string' && isStrictEmail(item.value);
  if (kind === 'phones') return typeof item.value === 'string' && isE164(item.value);
  if (kind === 'messengers')
    return (
      typeof item.value === 'string' &&
      typeof item.kind === 'string' &&
      isMessengerHandle(item.kind, item.value)
    );
  return typeof item.url === 'string' && isWebUrl(item.url);
}

function cleanEvidence(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.slice(0, MAX_EVIDENCE).map((e: unknown) => {
    if (!e || typeof e !== 'object') return e;
    const ev = e as Loose;
    return {
      ...ev,
      ...(typeof ev.page === 'string' ? { page: cleanLine(ev.page, 2_000) } : {}),
      ...(typeof ev.source === 'string' ? { source: cleanLine(ev.source, 40) } : {}),
      ...(typeof ev.snippet === 'string' ? { snippet: cleanLine(ev.snippet, 300) } : {}),
    };
  });
}

/**
 * Cleans a contacts object of unknown shape: entries that fail their kind's syntax are dropped, text fields are
 * stripped and bounded, at most {@link MAX_CONTACTS_PER_KIND} per kind (per phone kind for phones) are kept (the first ones: the analysis ranks
 * the best first) and the rest counted in `more` (set only when something was left out), adding to a count
 * already there. Anything not an object is
 * returned as is, for the schema to reject.
 * @example capContacts({ emails: [...40 addresses], phones: [], messengers: [], socials: [] }).more.emails // 10
 */
export function capContacts(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const src = input as Loose;
  const before = (src.more && typeof src.more === 'object' ? src.more : {}) as Partial<MoreCounts>;
  const more: MoreCounts = { emails: 0, phones: 0, messengers: 0, socials: 0 };
  const out: Loose = { ...src };
  for (const kind of KINDS) {
    const list = src[kind];
    const carried = Number.isFinite(before[kind]) ? Math.max(0, Math.floor(before[kind] as number)) : 0;
    more[kind] = carried;
    if (!Array.isArray(list)) continue;
    const kept: Loose[] = [];
    // Phones count per phone kind (an unknown kind counts as 'phone'), every other kind as one list.
    const perKind = new Map<unknown, number>();
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const entry = item as Loose;
      if (!isKept(kind, entry)) continue;
      const sub = kind === 'phones' && (entry.kind === 'mobile' || entry.kind === 'fax') ? entry.kind : kind;
      const n = perKind.get(sub) ?? 0;
      if (n >= MAX_CONTACTS_PER_KIND) {
        more[kind]++;
        continue;
      }
      perKind.set(sub, n + 1);
      const clean: Loose = { ...entry, evidence: cleanEvidence(entry.evidence) };
      if (typeof entry.raw === 'string') clean.raw = cleanLine(entry.raw, 80);
      kept.push(clean);
    }
    out[kind] = kept;
  }
  // Only when something was left out: rows under the cap keep their shape (and round-trip unchanged).
  if (KINDS.some((k) => more[k] > 0)) out.more = more;
  else delete out.more;
  return out;
}
