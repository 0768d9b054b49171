/**
 * Which web addresses TierScout trusts. A prospect's website comes from scans, spreadsheets and backups, and the
 * manager opens it in a tab and renders it as a link: a `data:` page, `javascript:`, `file:` or `chrome://`
 * address there would be a phishing page (or a browser settings page) opened by the extension itself (issue 17).
 * Only `http:` and `https:` addresses with a host are trusted, at the schema and again where a tab is opened.
 */

/** Longest website address stored (browsers and servers commonly stop at about 2,000 characters). */
export const MAX_URL_LENGTH = 2048;

/**
 * True for an absolute `http:` / `https:` address with a host name.
 * @example isHttpUrl('https://weber.de/kontakt'); // true
 * @example isHttpUrl('data:text/html,<script>…'); // false
 */
export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** True when the text starts with a URL scheme (`data:`, `chrome:`, `https:` …), as opposed to a bare host name. */
export function hasUrlScheme(value: string): boolean {
  // A scheme is letters, digits, + . - before a colon; "weber.de:8080" is a host with a port, not a scheme.
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim());
  if (!match) return false;
  return !/^\d+(\/|$)/.test(value.trim().slice(match[0].length));
}

/**
 * A website cell (from a spreadsheet) as an address to store: `https://…` kept, a bare host name such as
 * `www.weber.de` prefixed with `https://`; null for anything else (`data:`, `javascript:`, `file:`, `chrome:` …).
 */
export function websiteFromCell(cell: string): string | null {
  const value = cell.trim();
  if (!value) return null;
  const candidate = hasUrlScheme(value) ? value : `https://${value}`;
  return isHttpUrl(candidate) ? candidate : null;
}

/**
 * The address "open site" may open for a prospect: its stored URL when that is http(s), else the home page of its
 * domain; null when neither is a web address (a hostile row restored from an old database).
 */
export function siteUrlOf(p: { url: string; domain: string }): string | null {
  if (isHttpUrl(p.url)) return p.url;
  const home = `https://${p.domain}/`;
  return /^[a-z0-9.-]+$/i.test(p.domain) && isHttpUrl(home) ? home : null;
}
