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

/** Search engines: host pattern and the paths of their results (and home) pages. */
const SEARCH_ENGINES: readonly { host: RegExp; path: RegExp }[] = [
  { host: /^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/, path: /^\/(search|webhp)?$/ },
  { host: /^(www\.|cn\.)?bing\.com$/, path: /^\/search$/ },
  { host: /^(www\.|m\.)?baidu\.com$/, path: /^\/s$/ },
  { host: /^(www\.)?yandex\.[a-z]{2,3}(\.[a-z]{2})?$/, path: /^\/search\/?$/ },
  { host: /^(www\.)?ya\.ru$/, path: /^\/search\/?$/ },
  { host: /^(www\.|html\.)?duckduckgo\.com$/, path: /^\/$/ },
  { host: /^([a-z]{2}\.)?search\.yahoo\.(com|co\.jp)$/, path: /^\/search/ },
  { host: /^(www\.)?ecosia\.org$/, path: /^\/search$/ },
  { host: /^(www\.)?sogou\.com$/, path: /^\/web$/ },
  { host: /^(www\.)?so\.com$/, path: /^\/s$/ },
  { host: /^search\.naver\.com$/, path: /^\/search\.naver$/ },
  { host: /^search\.brave\.com$/, path: /^\/search$/ },
  { host: /^(www\.)?startpage\.com$/, path: /^\/(sp|do)\/search$/ },
];

/**
 * True for a search engine's results (or home) page, where the rep starts, not a prospect: the popup says to open a result,
 * and a keyboard command refuses rather than save "google.com" as a buyer.
 * @example
 * isSearchResultsUrl('https://www.google.de/search?q=led+panel+gro%C3%9Fhandel'); // true
 * isSearchResultsUrl('https://about.google/'); // false
 */
export function isSearchResultsUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return SEARCH_ENGINES.some((e) => e.host.test(host) && e.path.test(parsed.pathname));
}
