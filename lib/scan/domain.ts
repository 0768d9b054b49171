/**
 * The registrable domain of a URL (public-suffix aware, punycode): the key a prospect is stored under.
 */
import { getDomain } from 'tldts';
import { memoize } from '../memo';

/**
 * `https://shop.example.co.uk/x` → `example.co.uk`; `https://acme.myshopify.com` → `acme.myshopify.com`
 * (private suffixes kept apart); IPs and single-label hosts are returned as they are; '' for an invalid URL and
 * for anything but `http:` / `https:` — `chrome://settings/passwords` is no company "settings" (issue 17).
 * The hostname is taken from `URL`, which already gives the punycode form of an IDN.
 */
export const registrableDomain: (url: string) => string = memoize(domainOf);

function domainOf(url: string): string {
  let hostname = '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    hostname = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
  if (!hostname) return '';
  try {
    return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
  } catch {
    return hostname;
  }
}
