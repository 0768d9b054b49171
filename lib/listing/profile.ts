/**
 * A directory's profile of ONE company (a europages, Kompass or FirmenABC company page): the prospect is that
 * company — keyed by its own website's registrable domain, named by the profile's heading — never the directory.
 * Before issue 10 two such profiles collapsed into one prospect named "europages".
 *
 * The page must be on a known directory site, list no companies (lib/listing/capture.ts found no listing), and link
 * a website whose domain the heading names ("NORDLICHT LED TRADING BV" → nordlicht-led.nl): the similar-suppliers
 * box beside it links other companies' sites, and a directory's category page has a heading that names no company.
 * Pure and Node-safe.
 */
import { LISTING_DOMAINS } from '../classify/rules';
import { isFreeMailDomain } from '../free-mail/index';
import type { PageCapture, ScanResult } from '../model';
import { registrableDomain } from '../scan/domain';
import { socialProfile } from '../scan/socials';

/** Words of company names too common to tie a heading to a domain. */
const GENERIC = new Set(
  'gmbh ltd limited srl sarl sas spa bv nv inc llc corp company group trading handel import export international the and und'.split(
    ' ',
  ),
);

/** Link texts that say "the company's website" without naming it. */
const WEBSITE_LABEL =
  /^(?:website|web ?site|homepage|home page|web|webseite|zur website|site web|site internet|sitio web|página web|sito web|сайт|网站|官网|visit (?:the )?website)$/i;

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/** True when the heading names the domain: a distinctive word of one is part of the other. */
export function headingNamesDomain(heading: string, domain: string): boolean {
  const label = fold(domain.split('.')[0] ?? '');
  const compactLabel = label.replace(/[^a-z0-9]/g, '');
  const compactHeading = fold(heading).replace(/[^\p{L}\p{N}]/gu, '');
  if (compactLabel.length >= 4 && compactHeading.includes(compactLabel)) return true;
  const words = fold(heading)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !GENERIC.has(w));
  if (words.some((w) => compactLabel.includes(w))) return true;
  return label
    .split('-')
    .some((part) => part.length >= 4 && !GENERIC.has(part) && compactHeading.includes(part));
}

/** The profile's heading: the first heading block of the page's content, else the title before its separator. */
function headingOf(capture: PageCapture): string {
  const heading =
    capture.blocks
      .find((b) => b.zone === 'heading')
      ?.text.split('\n')[0]
      ?.trim() ?? '';
  if (heading) return heading.slice(0, 200);
  return (capture.title.split(/\s[|–—-]\s/)[0] ?? '').trim().slice(0, 200);
}

/** The company domain of a directory profile page, or '' when the page is not one. */
export function profileDomainOf(capture: PageCapture, scan: ScanResult): { domain: string; name: string } {
  const none = { domain: '', name: '' };
  const site = registrableDomain(capture.url);
  if (!site || !LISTING_DOMAINS.has(site)) return none;
  if ((capture.listing?.entries.length ?? 0) > 0) return none;
  const name = headingOf(capture);
  if (!name) return none;
  const candidates = new Set<string>();
  for (const link of capture.outlinks ?? []) {
    const domain = registrableDomain(link.href);
    if (!domain || domain === site || LISTING_DOMAINS.has(domain) || socialProfile(link.href)) continue;
    const text = link.text
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
    if (registrableDomain(`https://${text}`) === domain || WEBSITE_LABEL.test(text)) candidates.add(domain);
  }
  for (const email of scan.contacts.emails) {
    const domain = registrableDomain(`https://${email.value.split('@')[1] ?? ''}`);
    if (domain && domain !== site && !isFreeMailDomain(domain)) candidates.add(domain);
  }
  const named = [...candidates].filter((d) => headingNamesDomain(name, d));
  return named.length === 1 ? { domain: named[0]!, name } : none;
}

/**
 * Turns the scan of a directory profile into the scan of the company it shows (in place): its domain, its name,
 * its contacts without the directory's own. The URL stays the profile's, so the prospect's source is the directory
 * page and grading still sees a listing (tier D at most).
 * @returns true when the page was a profile.
 */
export function applyDirectoryProfile(captures: PageCapture[], scan: ScanResult): boolean {
  const first = captures[0];
  if (!first) return false;
  const { domain, name } = profileDomainOf(first, scan);
  if (!domain) return false;
  const site = registrableDomain(first.url);
  const siteLabel = site.split('.')[0] ?? site;
  scan.domain = domain;
  scan.company.name = name;
  scan.company.evidence.name = [{ page: first.url, source: 'directory', snippet: name }];
  scan.contacts.emails = scan.contacts.emails
    .filter((e) => registrableDomain(`https://${e.value.split('@')[1] ?? ''}`) !== site)
    .map((e) => ({
      ...e,
      isOwnDomain: registrableDomain(`https://${e.value.split('@')[1] ?? ''}`) === domain,
    }));
  // The directory's own hotline sits in its footer; the company's numbers are in the profile.
  scan.contacts.phones = scan.contacts.phones.filter((p) => p.evidence.some((e) => e.source !== 'footer'));
  scan.contacts.socials = scan.contacts.socials.filter((s) => !s.url.toLowerCase().includes(siteLabel));
  return true;
}
