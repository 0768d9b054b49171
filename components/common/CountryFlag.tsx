/** The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator letters); a globe when unknown. */
export function flagOf(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return '🌐';
  return String.fromCodePoint(...[...country.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The country's display name in the UI language, or the code when the browser does not know it. */
export function countryName(country: string, lang: string): string {
  if (!country) return '';
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** The language's display name in the UI language ('de' → 'German' / '德语'). */
export function languageName(language: string, lang: string): string {
  if (!language) return '';
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
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
