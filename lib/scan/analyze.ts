/**
 * Turns page captures of one site into a {@link ScanResult}: contacts and company facts, each with evidence per
 * page. Runs in extension pages and under Node (no `#imports`); uses tldts and libphonenumber-js, which are kept
 * out of the content script. Total: messy input yields empty fields, never an exception.
 */
import { capContacts, cleanLine, cleanText } from '../clean-values';
import { applyDirectoryProfile } from '../listing/profile';
import type {
  Contacts,
  Company,
  Email,
  Evidence,
  Messenger,
  PageCapture,
  Phone,
  ScannedPage,
  ScanResult,
  Social,
  TextBlock,
} from '../model';
import {
  addressInText,
  copyrightHolder,
  jsonLdFacts,
  languageGuess,
  legalFormName,
  type NameCandidate,
  nameFromTitle,
  rankNameCandidates,
  wrappedNames,
  domainAgreement,
  domainPhrases,
  titleSegments,
} from './company';
import {
  countryFromCurrency,
  countryFromName,
  countryFromTld,
  countryFromUrlLocale,
  countryOfAddress,
  regionFromLanguage,
} from './countries';
import { registrableDomain } from './domain';
import { decodeCfEmail, emailsFromMailto, findEmailsInText, isRoleAddress, normalizeEmail } from './emails';
import { cueOfLabel, findPhonesInText, type PhoneKind, parsePhone, phoneFromTelHref } from './phones';
import { messengerFromHref, messengersInText, socialProfile } from './socials';
import { findPeople } from './people';

/** Options for {@link analyzeCaptures}. */
export interface AnalyzeOptions {
  /** Region for national phone numbers when the page does not reveal one (the eval's per-folder default). */
  defaultRegion?: string;
  /** Clock for `scannedAt` (tests pin it). */
  now?: () => Date;
}

/** A page that could not be fetched or read during a site scan. */
export interface ScanFailure {
  url: string;
  error: string;
}

const MAX_EVIDENCE = 5;
const SNIPPET_RADIUS = 40;

function snippetAt(text: string, index: number, length = 0): string {
  const start = Math.max(0, index - SNIPPET_RADIUS);
  const end = Math.min(text.length, index + length + SNIPPET_RADIUS);
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Adds evidence once per (page, source), at most {@link MAX_EVIDENCE} per item. */
function addEvidence(list: Evidence[], evidence: Evidence): void {
  if (list.length >= MAX_EVIDENCE) return;
  if (list.some((e) => e.page === evidence.page && e.source === evidence.source)) return;
  list.push(evidence.snippet ? evidence : { page: evidence.page, source: evidence.source });
}

function sourceOfZone(block: TextBlock): string {
  if (block.zone === 'footer') return 'footer';
  if (block.zone === 'address') return 'address';
  return 'text';
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

interface Collected<T> {
  order: string[];
  items: Map<string, T>;
}

function collector<T>(): Collected<T> {
  return { order: [], items: new Map() };
}

function upsert<T>(c: Collected<T>, key: string, make: () => T): T {
  let item = c.items.get(key);
  if (!item) {
    item = make();
    c.items.set(key, item);
    c.order.push(key);
  }
  return item;
}

/**
 * Analyses the captures of one site (the first is the page the rep is on) into contacts and company facts.
 * @param failures pages of a site scan that could not be read; listed in `pages` with `ok: false`.
 * @example
 * const scan = analyzeCaptures([capturePage(document, location.href)]);
 * scan.contacts.emails[0]?.value; // 'sales@weber-handel.de'
 */
export function analyzeCaptures(
  captures: PageCapture[],
  failures: ScanFailure[] = [],
  options: AnalyzeOptions = {},
): ScanResult {
  const now = options.now ?? (() => new Date());
  const url = captures[0]?.url ?? failures[0]?.url ?? '';
  const result: ScanResult = {
    url,
    domain: registrableDomain(url),
    scannedAt: now().toISOString(),
    pages: [],
    company: {
      name: '',
      address: '',
      country: '',
      language: '',
      evidence: { name: [], address: [], country: [], language: [] },
    },
    contacts: { emails: [], phones: [], messengers: [], socials: [] },
  };
  try {
    analyzeInto(result, captures, options);
    // A directory's page about one company is that company, not the directory (issue 10).
    applyDirectoryProfile(captures, result);
  } catch {
    // Keep whatever was filled before the failure: a partial scan is still useful to the rep.
  }
  // The same clean values the store keeps (lib/model.ts), so the popup never shows a reversed name or 10,000 phones.
  result.company.name = cleanLine(result.company.name, 200);
  result.company.address = cleanText(result.company.address, 500);
  result.contacts = capContacts(result.contacts) as Contacts;
  result.pages = [
    ...captures.map((c): ScannedPage => ({ url: c.url, title: c.title, ok: true, truncated: c.truncated })),
    ...failures.map(
      (f): ScannedPage => ({ url: f.url, title: '', ok: false, error: f.error, truncated: false }),
    ),
  ];
  return result;
}

function analyzeInto(result: ScanResult, captures: PageCapture[], options: AnalyzeOptions): void {
  const domain = result.domain;
  const hostname = hostnameOf(result.url);
  const facts = captures.map((c) => jsonLdFacts(c.jsonld));

  const company = companyFacts(captures, facts, domain);
  result.company = company.company;

  const tldCountry = countryFromTld(hostname);
  const region =
    (options.defaultRegion ?? '').toUpperCase() ||
    tldCountry ||
    company.addressCountry ||
    regionFromLanguage(captures[0]?.lang ?? '') ||
    // No `lang` attribute (common on older sites): the language the text is written in.
    regionFromLanguage(company.company.language) ||
    '';

  result.contacts.emails = collectEmails(captures, facts, domain);
  const { phones, whatsapp } = collectPhones(captures, facts, region);
  result.contacts.phones = phones;
  result.contacts.messengers = collectMessengers(captures, whatsapp);
  result.contacts.socials = collectSocials(captures, facts);
  const people = findPeople(captures);
  if (people.length > 0) result.people = people;

  // Country: the address says it best, then the phone numbers' country codes, then a country-code TLD.
  const c = result.company;
  if (company.addressCountry) {
    c.country = company.addressCountry;
    addEvidence(c.evidence.country, { page: company.addressPage, source: 'address', snippet: c.address });
  } else {
    const votes = new Map<string, number>();
    // Only numbers the site shows as its own vote: footer, address, tel: links, structured data. Numbers in body
    // text may be other companies' (a directory, a dealer list).
    const ownSources = new Set(['footer', 'address', 'tel', 'jsonld', 'microdata']);
    for (const p of phones)
      if (p.country && p.kind !== 'fax' && p.evidence.some((e) => ownSources.has(e.source)))
        votes.set(p.country, (votes.get(p.country) ?? 0) + 1);
    const top = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) {
      c.country = top[0];
      const phone = phones.find((p) => p.country === top[0]);
      if (phone)
        addEvidence(c.evidence.country, {
          page: phone.evidence[0]?.page ?? result.url,
          source: 'phone',
          snippet: phone.raw,
        });
    } else if (tldCountry) {
      c.country = tldCountry;
      addEvidence(c.evidence.country, { page: result.url, source: 'tld', snippet: hostname });
    } else {
      // A .com site: the locale in its address, the currency it prices in, then the language it is written in.
      const text = captures.map((cap) => cap.blocks.map((b) => b.text).join('\n')).join('\n');
      const lang = captures[0]?.lang || company.company.language;
      const guesses: [string, string, string][] = [
        [countryFromUrlLocale(result.url), 'url', result.url],
        [countryFromCurrency(text), 'currency', ''],
        [regionFromLanguage(lang), 'lang', lang],
      ];
      const guess = guesses.find(([country]) => country);
      if (guess) {
        c.country = guess[0];
        addEvidence(c.evidence.country, {
          page: result.url,
          source: guess[1],
          snippet: guess[2] || guess[0],
        });
      }
    }
  }
}

// ───────────────────────────── Company ─────────────────────────────

function companyFacts(
  captures: PageCapture[],
  facts: ReturnType<typeof jsonLdFacts>[],
  domain: string,
): { company: Company; addressCountry: string; addressPage: string } {
  const company: Company = {
    name: '',
    address: '',
    country: '',
    language: '',
    evidence: { name: [], address: [], country: [], language: [] },
  };
  const domainLabel = domain.split('.')[0] ?? '';

  // Name candidates, in order of trust; evidence on the page then ranks them (see rankNameCandidates).
  const nameCandidates: NameCandidate[] = [];
  captures.forEach((capture, i) => {
    for (const name of facts[i]?.orgNames ?? [])
      nameCandidates.push({ name, page: capture.url, source: 'jsonld' });
  });
  for (const capture of captures) {
    const site = capture.meta['og:site_name'] ?? capture.meta['application-name'];
    if (site) nameCandidates.push({ name: site, page: capture.url, source: 'meta' });
  }
  for (const capture of captures) {
    for (const block of capture.blocks) {
      if (block.zone !== 'footer' && block.zone !== 'body' && block.zone !== 'address') continue;
      const holder = copyrightHolder(block.text);
      if (holder) {
        nameCandidates.push({ name: holder, page: capture.url, source: 'copyright' });
        for (const inner of wrappedNames(holder))
          nameCandidates.push({ name: inner, page: capture.url, source: 'copyright' });
        break;
      }
    }
  }
  for (const capture of captures) {
    // One legal-form name from the footer or address, one from the rest: the first is usually the owner, the
    // second may be a client or supplier named in the text.
    const seen = new Set<string>();
    for (const block of capture.blocks) {
      if (block.zone === 'nav' || block.zone === 'product' || block.zone === 'title') continue;
      const side = block.zone === 'footer' || block.zone === 'address' ? 'side' : 'main';
      if (seen.has(side)) continue;
      const legal = legalFormName(block.text);
      if (legal) {
        nameCandidates.push({ name: legal, page: capture.url, source: 'text', zone: block.zone });
        seen.add(side);
      }
    }
  }
  // A short line in a heading, footer or address that spells the domain ("Penninx Schoenen" on penninx.nl), for
  // pages whose title only names the page.
  if (domain)
    for (const capture of captures) {
      let found = 0;
      for (const block of capture.blocks) {
        if (found >= 2) break;
        if (block.zone !== 'heading' && block.zone !== 'footer' && block.zone !== 'address') continue;
        for (const line of block.text.slice(0, 4_000).split('\n')) {
          const t = line.trim();
          if (t.length < 3 || t.length > 50 || t.split(/\s+/).length > 5) continue;
          if (domainAgreement(t, domain) === 2) {
            nameCandidates.push({ name: t, page: capture.url, source: 'domain-text', zone: block.zone });
            if (++found >= 2) break;
          }
        }
      }
    }
  captures.forEach((capture, i) => {
    for (const name of facts[i]?.siteNames ?? [])
      nameCandidates.push({ name, page: capture.url, source: 'site' });
  });
  for (const capture of captures) {
    const name = nameFromTitle(capture.title, domainLabel);
    if (name) nameCandidates.push({ name, page: capture.url, source: 'title' });
    for (const part of titleSegments(capture.title, domain))
      if (part !== name) nameCandidates.push({ name: part, page: capture.url, source: 'title-part' });
  }
  // Last: a page whose title, headings and footer never name the company may still spell its domain in a sentence.
  // (A name in another script than the domain's cannot be checked against it, so it stands.)
  const named = (c: NameCandidate) =>
    c.source === 'jsonld' || domainAgreement(c.name, domain) > 0 || !/\p{Script=Latin}/u.test(c.name);
  if (domain && !nameCandidates.some(named))
    for (const capture of captures)
      for (const block of capture.blocks) {
        if (block.zone === 'nav' || block.zone === 'product') continue;
        const phrases = domainPhrases(block.text, domain, 1);
        for (const name of phrases)
          nameCandidates.push({ name, page: capture.url, source: 'domain-phrase', zone: block.zone });
        if (phrases.length) break;
      }
  const pageText: string[] = [];
  const navItems: string[] = [];
  let textBudget = 60_000;
  for (const capture of captures) {
    for (const block of capture.blocks) {
      if (block.zone === 'nav') navItems.push(...block.text.split('\n').filter((l) => l.length <= 60));
      else if (block.zone !== 'title' && block.zone !== 'meta' && block.zone !== 'jsonld' && textBudget > 0) {
        pageText.push(block.text.slice(0, textBudget));
        textBudget -= block.text.length;
      }
    }
  }
  const ranked = rankNameCandidates(nameCandidates, {
    domain,
    titles: captures.map((c) => c.title),
    text: pageText.join('\n'),
    navItems,
  });
  let chosenName = ranked[0];
  // A brand name ("Weber Großhandel") gives way to its own full legal name ("Weber Großhandel GmbH") found elsewhere.
  if (chosenName) {
    const brand = chosenName.name.trim().toLowerCase();
    const fuller = ranked.find((c) => {
      const n = c.name.trim().toLowerCase();
      return (
        n.length > brand.length &&
        n.length <= brand.length + 30 &&
        n.startsWith(brand) &&
        legalFormName(c.name) !== ''
      );
    });
    if (fuller) chosenName = fuller;
  }
  if (chosenName) {
    company.name = chosenName.name.trim();
    for (const c of ranked)
      if (c.name.trim().toLowerCase() === company.name.toLowerCase())
        addEvidence(company.evidence.name, {
          page: c.page,
          // Evidence keeps the shared vocabulary: a title part is from the title, a WebSite name from JSON-LD.
          source: c.source === 'title-part' ? 'title' : c.source === 'site' ? 'jsonld' : c.source,
          snippet: c.name,
        });
  }

  // Address, in order of trust.
  let addressCountry = '';
  let addressPage = captures[0]?.url ?? '';
  const setAddress = (text: string, country: string, page: string, source: string) => {
    if (company.address) return;
    company.address = text.slice(0, 200);
    addressCountry = country || countryOfAddress(text);
    addressPage = page;
    addEvidence(company.evidence.address, { page, source, snippet: text.slice(0, 120) });
  };
  captures.forEach((capture, i) => {
    const address = facts[i]?.addresses[0];
    if (address) setAddress(address.text, address.country, capture.url, 'jsonld');
  });
  for (const capture of captures) {
    if (company.address) break;
    const props = new Map<string, string>();
    for (const { prop, value } of capture.itemprops) if (!props.has(prop)) props.set(prop, value);
    const street = props.get('streetAddress') ?? '';
    const city = [props.get('postalCode'), props.get('addressLocality')].filter(Boolean).join(' ');
    const countryRaw = props.get('addressCountry') ?? '';
    if (street && city) {
      setAddress(
        [street, city, props.get('addressRegion'), countryRaw.length > 2 ? countryRaw : '']
          .filter(Boolean)
          .join(', '),
        countryRaw ? countryFromName(countryRaw) : '',
        capture.url,
        'microdata',
      );
    }
  }
  for (const zone of ['address', 'footer', 'body'] as const) {
    for (const capture of captures) {
      if (company.address) break;
      for (const block of capture.blocks) {
        if (block.zone !== zone) continue;
        const text = addressInText(block.text);
        if (text) {
          setAddress(text, '', capture.url, zone === 'body' ? 'text' : zone);
          break;
        }
        if (zone === 'address' && block.text.length <= 240) {
          setAddress(
            block.text
              .split('\n')
              .filter((l) => !/@|tel|fax|phone|\+\d/i.test(l))
              .join(', '),
            '',
            capture.url,
            'address',
          );
          break;
        }
      }
    }
  }

  // Language: the page says it, unless its text plainly disagrees (themes ship `lang="en-US"` everywhere).
  const first = captures[0];
  if (first) {
    const declared = (first.lang.split('-')[0] ?? '').toLowerCase();
    const sample = first.blocks
      .filter((b) => b.zone === 'body' || b.zone === 'heading' || b.zone === 'product')
      .map((b) => b.text)
      .join('\n')
      .slice(0, 6000);
    const guess = languageGuess(sample || first.blocks.map((b) => b.text).join('\n'));
    const detected = guess.language;
    // Overrule a declared `en` only when English words are rare next to the detected language's.
    const isDeclaredDoubtful =
      declared === 'en' && !!detected && detected !== 'en' && guess.english < 0.25 && guess.words >= 120;
    if (declared && !isDeclaredDoubtful) {
      company.language = declared;
      addEvidence(company.evidence.language, { page: first.url, source: 'lang', snippet: first.lang });
    } else if (detected) {
      company.language = detected;
      addEvidence(company.evidence.language, { page: first.url, source: 'text' });
    }
  }
  return { company, addressCountry, addressPage };
}

// ───────────────────────────── Emails ─────────────────────────────

function collectEmails(
  captures: PageCapture[],
  facts: ReturnType<typeof jsonLdFacts>[],
  domain: string,
): Email[] {
  const emails = collector<Email>();
  const add = (value: string, evidence: Evidence) => {
    const email = upsert(emails, value, () => {
      const emailDomain = value.slice(value.indexOf('@') + 1);
      return {
        value,
        isRole: isRoleAddress(value),
        isOwnDomain: !!domain && (emailDomain === domain || emailDomain.endsWith(`.${domain}`)),
        evidence: [],
      };
    });
    addEvidence(email.evidence, evidence);
  };
  captures.forEach((capture, i) => {
    const page = capture.url;
    for (const link of capture.links) {
      if (!/^mailto:/i.test(link.href)) continue;
      for (const value of emailsFromMailto(link.href))
        add(value, { page, source: 'mailto', snippet: link.text });
    }
    for (const { kind, value } of capture.encoded) {
      if (kind === 'cfemail') {
        const decoded = normalizeEmail(decodeCfEmail(value));
        if (decoded) add(decoded, { page, source: 'cfemail' });
      } else if (kind === 'split') {
        const decoded = normalizeEmail(value);
        if (decoded) add(decoded, { page, source: 'obfuscated' });
      } else if (kind === 'reversed') {
        for (const m of findEmailsInText([...value].reverse().join('')).matches)
          add(m.value, { page, source: 'obfuscated', snippet: value });
      }
    }
    for (const { prop, value } of capture.itemprops) {
      if (prop !== 'email') continue;
      const email = normalizeEmail(value.replace(/^mailto:/i, ''));
      if (email) add(email, { page, source: 'microdata', snippet: value });
    }
    for (const raw of facts[i]?.emails ?? []) {
      const email = normalizeEmail(raw);
      if (email) add(email, { page, source: 'jsonld', snippet: raw });
    }
    for (const key of ['og:email', 'business:contact_data:email']) {
      const email = capture.meta[key] ? normalizeEmail(capture.meta[key] ?? '') : null;
      if (email) add(email, { page, source: 'meta' });
    }
    for (const block of capture.blocks) {
      if (block.zone === 'title' || block.zone === 'meta') continue;
      for (const m of findEmailsInText(block.text).matches) {
        add(m.value, {
          page,
          source: m.isObfuscated ? 'obfuscated' : sourceOfZone(block),
          snippet: snippetAt(block.text, m.index, m.value.length),
        });
      }
    }
  });
  const list = emails.order.map((k) => emails.items.get(k)!);
  // Own-domain addresses first, then role mailboxes, then in order of appearance (sort is stable).
  return list.sort(
    (a, b) => Number(b.isOwnDomain) - Number(a.isOwnDomain) || Number(b.isRole) - Number(a.isRole),
  );
}

// ───────────────────────────── Phones ─────────────────────────────

function collectPhones(
  captures: PageCapture[],
  facts: ReturnType<typeof jsonLdFacts>[],
  region: string,
): { phones: Phone[]; whatsapp: { value: string; evidence: Evidence }[] } {
  const phones = collector<Phone & { kinds: PhoneKind[]; labelled: PhoneKind[] }>();
  const whatsapp: { value: string; evidence: Evidence }[] = [];
  const add = (
    parsed: { e164: string; country: string; type: string | undefined },
    kind: PhoneKind,
    raw: string,
    evidence: Evidence,
    isLabelled = true,
  ) => {
    const phone = upsert(phones, parsed.e164, () => ({
      value: parsed.e164,
      kind,
      country: parsed.country,
      raw,
      evidence: [],
      kinds: [],
      labelled: [],
    }));
    phone.kinds.push(kind);
    if (isLabelled) phone.labelled.push(kind);
    addEvidence(phone.evidence, evidence);
  };
  const kindFor = (cue: string, type: string | undefined): PhoneKind =>
    cue === 'fax' ? 'fax' : cue === 'mobile' || type === 'MOBILE' ? 'mobile' : 'phone';

  captures.forEach((capture, i) => {
    const page = capture.url;
    for (const link of capture.links) {
      if (!/^(?:tel|callto|sms):/i.test(link.href)) continue;
      const parsed = phoneFromTelHref(link.href, region);
      if (!parsed) continue;
      const cue = cueOfLabel(link.text);
      add(
        parsed,
        kindFor(cue, parsed.type),
        link.text || link.href,
        { page, source: 'tel', snippet: link.text },
        cue !== '',
      );
      if (cue === 'whatsapp')
        whatsapp.push({ value: parsed.e164, evidence: { page, source: 'tel', snippet: link.text } });
    }
    for (const { value, isFax } of facts[i]?.phones ?? []) {
      const parsed = parsePhone(value, region, true);
      if (parsed)
        add(parsed, isFax ? 'fax' : kindFor('', parsed.type), value, {
          page,
          source: 'jsonld',
          snippet: value,
        });
    }
    for (const { prop, value } of capture.itemprops) {
      if (prop !== 'telephone' && prop !== 'faxNumber') continue;
      const parsed = parsePhone(value.replace(/^tel:/i, ''), region, true);
      if (parsed)
        add(parsed, prop === 'faxNumber' ? 'fax' : kindFor('', parsed.type), value, {
          page,
          source: 'microdata',
          snippet: value,
        });
    }
    for (const block of capture.blocks) {
      if (block.zone === 'title') continue;
      for (const m of findPhonesInText(block.text, region).matches) {
        const evidence = {
          page,
          source: sourceOfZone(block),
          snippet: snippetAt(block.text, m.index, m.raw.length),
        };
        add({ e164: m.e164, country: m.country, type: undefined }, m.kind, m.raw, evidence, m.cue !== '');
        if (m.cue === 'whatsapp') whatsapp.push({ value: m.e164, evidence });
      }
    }
  });
  const list = phones.order.map((k) => {
    const { kinds, labelled, ...phone } = phones.items.get(k)!;
    // A number is a fax only when every labelled sighting says so; one labelled phone sighting makes it a phone.
    // Unlabelled sightings (a bare number in a sidebar, an unlabelled tel: link) do not outvote a "Fax:" label.
    const basis = labelled.length > 0 ? labelled : kinds;
    phone.kind = basis.every((kind) => kind === 'fax')
      ? 'fax'
      : kinds.includes('mobile')
        ? 'mobile'
        : 'phone';
    return phone;
  });
  // Phones before faxes: the rep calls, rarely faxes.
  return { phones: list.sort((a, b) => Number(a.kind === 'fax') - Number(b.kind === 'fax')), whatsapp };
}

// ───────────────────────────── Messengers and socials ─────────────────────────────

function collectMessengers(
  captures: PageCapture[],
  whatsappPhones: { value: string; evidence: Evidence }[],
): Messenger[] {
  const messengers = collector<Messenger>();
  const add = (kind: Messenger['kind'], value: string, evidence: Evidence) => {
    const m = upsert(messengers, `${kind}:${value.toLowerCase()}`, () => ({ kind, value, evidence: [] }));
    addEvidence(m.evidence, evidence);
  };
  for (const capture of captures) {
    for (const link of capture.links) {
      const m = messengerFromHref(link.href);
      if (m) add(m.kind, m.value, { page: capture.url, source: 'link', snippet: link.href.slice(0, 120) });
    }
    for (const block of capture.blocks) {
      for (const m of messengersInText(block.text))
        add(m.kind, m.value, {
          page: capture.url,
          source: 'text',
          snippet: snippetAt(block.text, m.index, 30),
        });
    }
  }
  for (const w of whatsappPhones) add('whatsapp', w.value, w.evidence);
  return messengers.order.map((k) => messengers.items.get(k)!);
}

function collectSocials(captures: PageCapture[], facts: ReturnType<typeof jsonLdFacts>[]): Social[] {
  const socials = collector<Social>();
  const add = (href: string, evidence: Evidence) => {
    const profile = socialProfile(href);
    if (!profile) return;
    const s = upsert(socials, profile.url.toLowerCase(), () => ({
      network: profile.network,
      url: profile.url,
      evidence: [],
    }));
    addEvidence(s.evidence, evidence);
  };
  captures.forEach((capture, i) => {
    for (const link of capture.links)
      add(link.href, { page: capture.url, source: 'link', snippet: link.text });
    for (const href of facts[i]?.sameAs ?? []) add(href, { page: capture.url, source: 'jsonld' });
    for (const { prop, value } of capture.itemprops)
      if (prop === 'sameAs') add(value, { page: capture.url, source: 'microdata' });
  });
  return socials.order.map((k) => socials.items.get(k)!);
}
