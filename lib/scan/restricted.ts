/**
 * Pages the scanner cannot or must not be injected into: browser pages, extension galleries (Chromium blocks
 * scripts there), file viewers and PDFs (no DOM of the company's site to read).
 */
const BLOCKED_HOSTS = [
  /^chrome\.google\.com$/,
  /^chromewebstore\.google\.com$/,
  /^addons\.mozilla\.org$/,
  /^microsoftedge\.microsoft\.com$/,
  /^docs\.google\.com$/,
  /^drive\.google\.com$/,
  /^accounts\.google\.com$/,
];

/**
 * True when the scanner can be run on `url`: an http(s) page that is not a store, a viewer or a PDF.
 * @example
 * isScannableUrl('https://weber-handel.de/kontakt'); // true
 * isScannableUrl('chrome://extensions'); // false
 */
export function isScannableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  if (!host) return false;
  if (BLOCKED_HOSTS.some((re) => re.test(host))) return false;
  if (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))
  )
    return false;
  if (/\.pdf$/i.test(parsed.pathname)) return false;
  return true;
}
