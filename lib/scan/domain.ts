/**
 * The registrable domain of a URL (public-suffix aware, punycode): the key a prospect is stored under.
 */
import { getDomain } from 'tldts';

/**
 * `https://shop.example.co.uk/x` → `example.co.uk`; `https://acme.myshopify.com` → `acme.myshopify.com`
 * (private suffixes kept apart); IPs and single-label hosts are returned as they are; '' for an invalid URL.
 * The hostname is taken from `URL`, which already gives the punycode form of an IDN.
 */
export function registrableDomain(url: string): string {
  let hostname = '';
  try {
    hostname = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
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
