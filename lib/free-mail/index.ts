/**
 * Free-mail providers (163.com, qq.com, gmail.com, mail.ru, web.de, …): an address there says nothing about whose
 * company it is, so such a domain never becomes a prospect's key or company name — in the popup, in listings, on
 * import and on merge. The list is the maintained one of the `freemail` package (lib/free-mail/domains.ts is
 * generated from it).
 */
import { FREE_MAIL_LIST } from './domains';

/** Consumer mail services the package list lacks (checked 2026-12): kept here until it has them. */
const MORE_FREE_MAIL = [
  'gmx.ch',
  'bluewin.ch',
  'btinternet.com',
  'sympatico.ca',
  'shaw.ca',
  'prodigy.net.mx',
];

let domains: Set<string> | null = null;

/**
 * True when the host or registrable domain belongs to a free-mail provider (subdomains included:
 * `mail.163.com`, `yahoo.co.jp`).
 * @example isFreeMailDomain('QQ.com') // true
 */
export function isFreeMailDomain(domain: string): boolean {
  domains ??= new Set([...FREE_MAIL_LIST.split(' '), ...MORE_FREE_MAIL]);
  let d = domain.trim().toLowerCase().replace(/\.$/, '');
  while (d.includes('.')) {
    if (domains.has(d)) return true;
    d = d.slice(d.indexOf('.') + 1);
  }
  return false;
}

/** True when the e-mail address is at a free-mail provider. */
export function isFreeMailAddress(email: string): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && isFreeMailDomain(email.slice(at + 1));
}
