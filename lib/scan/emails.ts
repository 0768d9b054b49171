/**
 * E-mail finding: anchored on `@` (never a regex over the whole text, which backtracks for seconds on text without
 * `@`, shared/DEPENDENCIES.md), after undoing the obfuscations people really use, then filtered for junk.
 */
import { isStrictEmail } from '../clean-values';
import { parse as parseDomain } from 'tldts';
import { memoize } from '../memo';

/** One address found in a piece of text. */
export interface EmailMatch {
  value: string;
  /** Position in the searched text, for a snippet. */
  index: number;
  /** True when the address only appeared after undoing an obfuscation (`[at]`, ` dot `, `＠`, spaces). */
  isObfuscated: boolean;
}

/** At most this many `@` per text are examined (text full of `@` must not cost more than a bounded amount). */
const MAX_AT_SIGNS = 5_000;

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_AFTER_AT =
  /[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:(?: ?\. ?| (?:dot|DOT|Dot) )[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))+/y;

const FILE_SUFFIX =
  /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|css|js|mjs|json|xml|php|aspx?|html?|woff2?|ttf|eot|otf|mp4|webm|mp3|avi|mov|pdf|zip|gz|map)$/i;

/** Registrable domains that never belong to a prospect: documentation placeholders and error-tracking vendors. */
const JUNK_DOMAINS = new Set([
  'example.com',
  'example.org',
  'example.net',
  'domain.com',
  'domain.tld',
  'yourdomain.com',
  'your-domain.com',
  'yoursite.com',
  'yourcompany.com',
  'company.com',
  'mysite.com',
  'website.com',
  'email.com',
  'test.com',
  'sentry.io',
  'wixpress.com',
  'sentry-next.wixpress.com',
  'godaddy.com',
  'mailchimp.com',
  'schema.org',
  'w3.org',
  'placeholder.com',
  'localhost',
]);

const PLACEHOLDER_LOCAL =
  /^(?:name|your[._-]?name|you|your|youremail|your[._-]?e-?mail|user|username|firstname[._-]?lastname|first[._-]?last|john[._-]?doe|jane[._-]?doe|johndoe|max[._-]?mustermann|mustermann|vorname[._-]?nachname|nombre|x{2,}|someone|somebody|ihre[._-]?e-?mail|votre[._-]?e-?mail|tu[._-]?correo|change[._-]?me)$/i;

/**
 * Role mailboxes in the languages the trade uses: a role address reaches the company, not one person.
 * Matched at the start of the local part (`sales2@`, `info.de@`, `sales-eu@` count).
 */
const ROLE_PREFIXES = [
  'info',
  'sales',
  'sale',
  'contact',
  'contacts',
  'office',
  'hello',
  'hi',
  'support',
  'service',
  'services',
  'enquiries',
  'enquiry',
  'inquiry',
  'inquiries',
  'admin',
  'purchasing',
  'purchase',
  'procurement',
  'buyer',
  'buying',
  'orders',
  'order',
  'export',
  'import',
  'marketing',
  'hr',
  'jobs',
  'careers',
  'career',
  'recruiting',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'invoice',
  'invoices',
  'press',
  'media',
  'pr',
  'webmaster',
  'help',
  'team',
  'mail',
  'email',
  'post',
  'reception',
  'general',
  'trade',
  'wholesale',
  'b2b',
  'customerservice',
  'customer',
  'feedback',
  'noreply',
  'no-reply',
  'privacy',
  'legal',
  'datenschutz',
  'bestellung',
  'bestellungen',
  'einkauf',
  'verkauf',
  'vertrieb',
  'kontakt',
  'buchhaltung',
  'zentrale',
  'kundenservice',
  'anfrage',
  'ventas',
  'compras',
  'contacto',
  'pedidos',
  'administracion',
  'comercial',
  'atencion',
  'ventes',
  'achats',
  'commercial',
  'commande',
  'commandes',
  'vendite',
  'acquisti',
  'commerciale',
  'ordini',
  'vendas',
  'contato',
  'verkoop',
  'inkoop',
  'klantenservice',
  'bestellingen',
  'zakaz',
  'prodazhi',
  'sprzedaz',
  'biuro',
  'satis',
];
const ROLE_PATTERN = new RegExp(
  `^(?:${ROLE_PREFIXES.map((r) => r.replace(/-/g, '\\-')).join('|')})(?![a-z])`,
  'i',
);

/** True for a role mailbox such as `sales@`, `einkauf@`, `compras@`. */
export function isRoleAddress(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  return ROLE_PATTERN.test(local);
}

/**
 * Validates and normalises one candidate: lower-case, a real public suffix, not a file name, placeholder or
 * vendor address. Returns null for junk.
 */
export const normalizeEmail: (candidate: string) => string | null = memoize(readEmail);

function readEmail(candidate: string): string | null {
  const raw = candidate
    .trim()
    .replace(/^[._%+-]+/, '')
    .replace(/[.-]+$/, '');
  const at = raw.indexOf('@');
  if (at < 1 || at !== raw.lastIndexOf('@')) return null;
  const local = raw.slice(0, at);
  const domain = raw.slice(at + 1).toLowerCase();
  if (local.length > 64 || domain.length > 253 || local.includes('..') || domain.includes('..')) return null;
  if (FILE_SUFFIX.test(domain) || FILE_SUFFIX.test(local)) return null;
  if (/@\d+x\./i.test(raw) || /^\d+x$/i.test(domain.split('.')[0] ?? '')) return null;
  if (PLACEHOLDER_LOCAL.test(local)) return null;
  // Error-tracking keys and message ids: long hex strings.
  if (/^[0-9a-f]{16,}$/i.test(local) && /\d/.test(local)) return null;
  const parsed = parseDomain(domain, { allowPrivateDomains: true });
  if (!parsed.domain || !parsed.publicSuffix || parsed.isIp) return null;
  if (!parsed.isIcann && !parsed.isPrivate) return null;
  const registrable = parseDomain(domain).domain ?? parsed.domain;
  if (JUNK_DOMAINS.has(registrable) || JUNK_DOMAINS.has(domain) || /^example\./.test(registrable))
    return null;
  if (/(?:^|\.)sentry\./.test(domain)) return null;
  const address = `${local.toLowerCase()}@${domain}`;
  // The same strict syntax for every source, `mailto:` included (`javascript:alert(1)@junk-co.de`, issue 16).
  return isStrictEmail(address) ? address : null;
}

/** Undoes `[at]`, `(at)`, `{at}`, `＠`, `[dot]`, ` at … dot `, spaced `@`; keeps positions roughly aligned. */
export function deobfuscate(text: string): string {
  return text
    .replace(/[＠﹫]/g, '@')
    .replace(/[．。](?=[A-Za-z])/g, '.')
    .replace(/\s*[[({<]\s*(?:at|@|ät|arroba|chez|собака)\s*[\])}>]\s*/gi, '@')
    .replace(/\s*[[({<]\s*(?:dot|punkt|punto|point|ponto|точка|\.)\s*[\])}>]\s*/gi, '.')
    .replace(
      /([A-Za-z0-9._%+-]{1,64})\s{1,3}(?:at|AT|At)\s{1,3}([A-Za-z0-9-]{1,63}(?:\s{1,3}(?:dot|DOT|Dot)\s{1,3}[A-Za-z0-9-]{1,63}){1,4})\b/g,
      (_m, local: string, domain: string) => `${local}@${domain.replace(/\s+(?:dot|DOT|Dot)\s+/g, '.')}`,
    )
    .replace(/([A-Za-z0-9_%+-]) ?@ ?([A-Za-z0-9])/g, '$1@$2');
}

/** Scans text for addresses around each `@`. Bounded: each `@` costs at most ~320 character steps. */
function scanAtSigns(text: string, isObfuscated: boolean, out: EmailMatch[]): boolean {
  let from = 0;
  let seen = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) return false;
    if (++seen > MAX_AT_SIGNS) return true;
    from = at + 1;
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    if (start === at) continue;
    DOMAIN_AFTER_AT.lastIndex = at + 1;
    const m = DOMAIN_AFTER_AT.exec(text);
    if (!m) continue;
    const domain = m[0].replace(/ ?\. ?| (?:dot|DOT|Dot) /g, '.');
    const value = normalizeEmail(`${text.slice(start, at)}@${domain}`);
    if (value) out.push({ value, index: start, isObfuscated: isObfuscated || m[0].includes(' ') });
    from = at + 1 + m[0].length;
  }
}

/**
 * Finds e-mail addresses in plain text, including obfuscated forms.
 * @returns matches plus `truncated` when the text had more `@` signs than the budget allows.
 * @example
 * findEmailsInText('Mail: vertrieb [at] weber-handel [dot] de').matches[0].value; // 'vertrieb@weber-handel.de'
 */
export function findEmailsInText(text: string): { matches: EmailMatch[]; truncated: boolean } {
  const matches: EmailMatch[] = [];
  let truncated = scanAtSigns(text, false, matches);
  if (/[＠﹫@]|\bat\b|[[({<]\s*(?:at|ät|arroba|chez)/i.test(text)) {
    const plain = deobfuscate(text);
    if (plain !== text) {
      const extra: EmailMatch[] = [];
      truncated = scanAtSigns(plain, true, extra) || truncated;
      const known = new Set(matches.map((m) => m.value));
      for (const m of extra) if (!known.has(m.value)) matches.push(m);
    }
  }
  return { matches, truncated };
}

/** Reads the addresses of a `mailto:` link (several may be comma-separated; query parts are dropped). */
export function emailsFromMailto(href: string): string[] {
  let body = href.replace(/^mailto:/i, '');
  const q = body.indexOf('?');
  if (q >= 0) body = body.slice(0, q);
  try {
    body = decodeURIComponent(body);
  } catch {
    // Keep the undecoded form.
  }
  const out: string[] = [];
  for (const part of body.split(/[,;]/)) {
    const value = normalizeEmail(deobfuscate(part.trim()));
    if (value) out.push(value);
  }
  return out;
}

/**
 * Decodes Cloudflare's e-mail protection: hex bytes, each XOR-ed with the first byte.
 * @returns the address, or '' when the value is not a valid encoding.
 */
export function decodeCfEmail(hex: string): string {
  const clean = hex.trim();
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(clean) || clean.length > 512) return '';
  const key = Number.parseInt(clean.slice(0, 2), 16);
  const bytes = new Uint8Array(clean.length / 2 - 1);
  for (let i = 2; i < clean.length; i += 2)
    bytes[i / 2 - 1] = Number.parseInt(clean.slice(i, i + 2), 16) ^ key;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return '';
  }
}
