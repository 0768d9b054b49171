/** The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator letters); a globe when unknown. */
export function flagOf(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return '🌐';
  return String.fromCodePoint(...[...country.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * Display names by UI language, type and code. Building an `Intl.DisplayNames` costs far more than a lookup, and a
 * listing names a country on each of its 100 drawn rows.
 */
const displayNames = new Map<string, string>();

function displayName(code: string, lang: string, type: 'region' | 'language'): string {
  const key = `${lang}\u0000${type}\u0000${code}`;
  let name = displayNames.get(key);
  if (name === undefined) {
    try {
      name =
        new Intl.DisplayNames([lang], { type }).of(type === 'region' ? code.toUpperCase() : code) ?? code;
    } catch {
      name = code;
    }
    displayNames.set(key, name);
  }
  return name;
}

/** The country's display name in the UI language, or the code when the browser does not know it. */
export function countryName(country: string, lang: string): string {
  if (!country) return '';
  return displayName(country, lang, 'region');
}

/** The language's display name in the UI language ('de' → 'German' / '德语'). */
export function languageName(language: string, lang: string): string {
  if (!language) return '';
  return displayName(language, lang, 'language');
}

/** Flag plus country name. */
export function CountryFlag({ country, lang }: { country: string; lang: string }) {
  const name = countryName(country, lang);
  return (
    <span className="ts-flag" title={name || undefined}>
      <span aria-hidden="true">{flagOf(country)}</span>
      {name && <span>{name}</span>}
    </span>
  );
}
