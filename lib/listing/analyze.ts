/**
 * Turns a listing's raw entries into companies: name, own website, e-mails, phones and fax in E.164 (region from
 * the entry's own address or country, else the listing's), address, city, country, and the prospect key each one
 * is saved under. Runs in the extension page and under Node (uses tldts and libphonenumber-js). Total: a broken
 * entry is skipped and counted, never a failure of the whole page.
 */
import { isFreeMailDomain } from '../free-mail/index';
import { countryFromName, countryInText, countryOfAddress } from '../scan/countries';
import { registrableDomain } from '../scan/domain';
import { emailsFromMailto, findEmailsInText, normalizeEmail } from '../scan/emails';
import { findPhonesInText, parsePhone, phoneFromTelHref } from '../scan/phones';
import { socialProfile } from '../scan/socials';
import type { ListingCapture, RawListingEntry } from './capture';

export interface ListingEntry {
  /** The prospect key: the entry's own registrable domain, else {@link entryKey}. */
  key: string;
  name: string;
  /** The entry's own website (https://…), '' when the listing gives none. */
  website: string;
  emails: string[];
  phones: { value: string; kind: 'phone' | 'fax'; raw: string }[];
  address: string;
  city: string;
  /** ISO 3166-1 alpha-2, '' unknown. */
  country: string;
  /** The entry's own words, for grading against the profile. */
  text: string;
  /** Where the key came from: the entry's website, the domain of its e-mail address, or the entry itself. */
  keySource: 'website' | 'email' | 'entry';
}

export interface AnalyzedListing {
  url: string;
  /** Registrable domain of the listing site. */
  site: string;
  entries: ListingEntry[];
  /** Entries that could not be read (no name and no contact). */
  skipped: number;
  total: number;
  truncated: boolean;
}

/** Prefix of prospect keys for companies known only from a listing (no website of their own). */
export const ENTRY_KEY_PREFIX = 'listing:';

/** Hosts that are never a company's own website: maps, search, link shorteners, the big platforms. */
const NOT_A_WEBSITE =
  /(?:^|\.)(?:google\.[a-z.]+|goo\.gl|maps\.apple\.com|bing\.com|openstreetmap\.org|yandex\.[a-z]+|baidu\.com|bit\.ly|t\.co|wa\.me|whatsapp\.com|t\.me|apple\.com|microsoft\.com|w3\.org|schema\.org|youtube\.com)$/i;

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * The key of a company known only from a listing: the listing's site and the entry's name (and city, to keep apart
 * two branches of one chain), so a re-visit finds the same prospect. Later merged into a domain when the rep
 * finds the company's own site.
 * @example entryKey('europages.com', 'Müller Leuchten GmbH', 'Köln') // 'listing:europages.com/muller-leuchten-gmbh--koln'
 */
export function entryKey(site: string, name: string, city: string): string {
  return `${ENTRY_KEY_PREFIX}${site}/${slug(name)}${city ? `--${slug(city)}` : ''}`;
}

/** True for keys of listing-only prospects. */
export function isEntryKey(key: string): boolean {
  return key.startsWith(ENTRY_KEY_PREFIX);
}

function websiteOf(entry: RawListingEntry, site: string): string {
  const candidates = [entry.fields?.url ?? '', ...entry.links.map((l) => l.href)];
  for (const href of candidates) {
    if (!/^https?:\/\//i.test(href)) continue;
    let host = '';
    try {
      host = new URL(href).hostname.toLowerCase();
    } catch {
      continue;
    }
    const domain = registrableDomain(href);
    if (
      !domain ||
      domain === site ||
      NOT_A_WEBSITE.test(host) ||
      socialProfile(href) ||
      isFreeMailDomain(domain)
    )
      continue;
    return `https://${host}`;
  }
  return '';
}

const ADDRESS_LINE =
  /\d{4,5}\s+\p{L}|\p{L}+\s+\d{1,4}[a-z]?,|\b(?:str\.|straße|strasse|street|st\.|road|rd\.|avenue|ave\.|calle|rue|via|ул\.|улица|路|号)\b/iu;

function addressOf(entry: RawListingEntry): string {
  if (entry.fields?.address) return entry.fields.address;
  const lines = entry.text.split('\n').map((l) => l.trim());
  const at = lines.findIndex(
    (l, i) => i > 0 && ADDRESS_LINE.test(l) && !/@|https?:|www\./.test(l) && l.length < 160,
  );
  if (at < 0) return '';
  // An address may run over the next line ("Hauptstr. 5" / "50667 Köln" / "Germany").
  const next = lines
    .slice(at + 1, at + 3)
    .filter((l) => l && !/\d{6,}|@|https?:|tel|fax|phone/i.test(l) && l.length < 80);
  return [lines[at], ...next].join(', ').slice(0, 240);
}

function cityOf(address: string): string {
  const m = /\b\d{4,6}\s+([\p{L}][\p{L} .'-]{1,40})/u.exec(address);
  return (m?.[1] ?? '').split(',')[0]!.trim();
}

function nameOf(entry: RawListingEntry): string {
  const candidates = [entry.name, ...entry.text.split('\n')];
  for (const c of candidates) {
    const line = c.trim().replace(/\s+/g, ' ');
    if (line.length < 2 || line.length > 120) continue;
    if (
      /@|https?:|www\.|^\+?[\d\s()./-]{6,}$|^(?:tel(?:efon|ephone|éfono)?|fax|phone|e-?mail|web(?:site)?)\b/i.test(
        line,
      )
    )
      continue;
    return line.replace(/^[\d.)\s]+(?=\p{L})/u, '');
  }
  return '';
}

function fallbackKey(
  site: string,
  name: string,
  city: string,
  phones: Map<string, unknown>,
  emails: Set<string>,
): string {
  return entryKey(site, name || [...phones.keys()][0] || [...emails][0] || 'entry', city);
}

/** Analyses one raw entry; null when it gives neither a name nor any contact. */
export function analyzeEntry(
  entry: RawListingEntry,
  site: string,
  listingCountry: string,
): ListingEntry | null {
  const name = nameOf(entry);
  const address = addressOf(entry);
  const country =
    countryFromName(entry.fields?.country ?? '') ||
    countryOfAddress(address) ||
    countryInText(entry.text) ||
    countryInText((entry.group ?? '').replace(/\s*\(.*$/, '')) ||
    '';
  const region = country || listingCountry;
  const emails = new Set<string>();
  if (entry.fields?.email) {
    const e = normalizeEmail(entry.fields.email);
    if (e) emails.add(e);
  }
  for (const l of entry.links)
    if (/^mailto:/i.test(l.href)) for (const e of emailsFromMailto(l.href)) emails.add(e);
  for (const m of findEmailsInText(entry.text).matches) emails.add(m.value);
  const phones = new Map<string, { value: string; kind: 'phone' | 'fax'; raw: string }>();
  const addPhone = (raw: string, kind: 'phone' | 'fax') => {
    const parsed = parsePhone(raw, region);
    if (parsed && !phones.has(parsed.e164))
      phones.set(parsed.e164, { value: parsed.e164, kind, raw: raw.trim() });
  };
  if (entry.fields?.telephone) addPhone(entry.fields.telephone, 'phone');
  if (entry.fields?.fax) addPhone(entry.fields.fax, 'fax');
  // The entry's text holds the number a `tel:` link dials as its link text, too: it is parsed once (parsing was
  // the main cost of reading a 1,000-entry listing), tel: links first as before, the text's other numbers after.
  const inText = findPhonesInText(entry.text, region).matches;
  const tail = (s: string) => s.replace(/\D/g, '').slice(-8);
  for (const l of entry.links) {
    if (!/^(tel|callto):/i.test(l.href)) continue;
    const digits = tail(l.href);
    const same = digits.length === 8 ? inText.find((m) => tail(m.e164) === digits) : undefined;
    const p = same ? { e164: same.e164 } : phoneFromTelHref(l.href, region);
    if (p && !phones.has(p.e164)) phones.set(p.e164, { value: p.e164, kind: 'phone', raw: l.text || l.href });
  }
  for (const m of inText)
    if (!phones.has(m.e164))
      phones.set(m.e164, { value: m.e164, kind: m.kind === 'fax' ? 'fax' : 'phone', raw: m.raw });
  if (!name && !emails.size && !phones.size) return null;
  const website = websiteOf(entry, site);
  // An own-domain e-mail names the company's site even where the listing links none (never a free-mail one).
  let domain = website ? registrableDomain(website) : '';
  if (!domain) {
    for (const e of emails) {
      const d = e.split('@')[1] ?? '';
      if (d && !isFreeMailDomain(d) && d !== site) {
        domain = registrableDomain(`https://${d}`);
        break;
      }
    }
  }
  const city = cityOf(address);
  // A listing of one country often names it nowhere in the entries: the entry's own phone number says it then.
  const firstPhone = [...phones.values()].find((p) => p.kind === 'phone') ?? [...phones.values()][0];
  const phoneCountry = !country && firstPhone ? (parsePhone(firstPhone.value, '')?.country ?? '') : '';
  return {
    key: domain || fallbackKey(site, name, city, phones, emails),
    keySource: website ? 'website' : domain ? 'email' : 'entry',
    name,
    website: website || (domain ? `https://${domain}` : ''),
    emails: [...emails].slice(0, 20),
    phones: [...phones.values()].slice(0, 20),
    address,
    city,
    country: country || phoneCountry,
    text: entry.text.slice(0, 1_200),
  };
}

/**
 * Analyses a captured listing. Entries sharing a key (one dealer listed twice) are merged.
 * @param listingCountry the listing page's own country, for national phone numbers of entries that give none
 */
export function analyzeListing(capture: ListingCapture, listingCountry = ''): AnalyzedListing {
  const site = registrableDomain(capture.url);
  const byKey = new Map<string, ListingEntry>();
  let skipped = 0;
  const analyzed: ListingEntry[] = [];
  for (const raw of capture.entries) {
    let entry: ListingEntry | null = null;
    try {
      entry = analyzeEntry(raw, site, listingCountry);
    } catch {
      entry = null;
    }
    if (entry) analyzed.push(entry);
    else skipped++;
  }
  // An e-mail domain that differently named companies share is a mail provider the free-mail list lacks (a local
  // ISP such as shaw.ca or omniway.sm), not their website: those entries are keyed by themselves.
  const namesByMailDomain = new Map<string, Set<string>>();
  for (const e of analyzed)
    if (e.keySource === 'email')
      namesByMailDomain.set(e.key, (namesByMailDomain.get(e.key) ?? new Set()).add(e.name.toLowerCase()));
  for (const entry of analyzed) {
    if (entry.keySource === 'email' && (namesByMailDomain.get(entry.key)?.size ?? 0) > 1) {
      entry.key = entryKey(site, entry.name || entry.emails[0] || 'entry', entry.city);
      entry.website = '';
      entry.keySource = 'entry';
    }
    const known = byKey.get(entry.key);
    if (known) {
      for (const e of entry.emails) if (!known.emails.includes(e)) known.emails.push(e);
      for (const p of entry.phones) if (!known.phones.some((k) => k.value === p.value)) known.phones.push(p);
    } else byKey.set(entry.key, entry);
  }
  return {
    url: capture.url,
    site,
    entries: [...byKey.values()],
    skipped,
    total: capture.total,
    truncated: capture.truncated,
  };
}
