/**
 * Country cells of a rep's sheet → ISO 3166-1 alpha-2. Names come from `Intl.DisplayNames` over every region code
 * the runtime knows (AA…ZZ, kept when Intl names it), in English, Simplified and Traditional Chinese and in the
 * country's own language (the likely language of the region, from `Intl.Locale#maximize`), so 德国, Germany,
 * Deutschland and DE all read as DE without a hand-kept list. The scanner's aliases (USA, UK, Holland…) fill in.
 */
import { countryFromName } from '../scan/countries';

const BASE_LOCALES = ['en', 'zh', 'zh-Hant', 'de', 'es', 'fr'];

let table: Map<string, string> | null = null;
let codeSet: Set<string> | null = null;

/** Lower-case, accent-free, without dots and spaces at the ends: how names are compared. */
export function normalCountry(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.。]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function displayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
}

function canonicalRegion(code: string): string {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
  } catch {
    return code;
  }
}

/** Every two-letter code Intl gives a name to (the ISO list as the runtime's CLDR data has it). */
export function regionCodes(): string[] {
  const en = displayNames('en');
  const codes: string[] = [];
  if (!en) return codes;
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Withdrawn codes (DD, YU, UK…) canonicalise to their successor and are not listed twice.
      if (canonicalRegion(code) !== code) continue;
      const name = en.of(code);
      // Groupings (EU, UN, EZ) and private-use codes are not countries a company sits in.
      if (name && name !== code && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code))
        codes.push(code);
    }
  }
  return codes;
}

function ownLanguage(code: string): string {
  try {
    return new Intl.Locale(`und-${code}`).maximize().language;
  } catch {
    return '';
  }
}

function names(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  const codes = regionCodes();
  const byLocale = new Map<string, Intl.DisplayNames | null>();
  const namer = (locale: string) => {
    if (!byLocale.has(locale)) byLocale.set(locale, displayNames(locale));
    return byLocale.get(locale) ?? null;
  };
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const key = normalCountry(name);
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const locale of BASE_LOCALES) for (const code of codes) add(namer(locale)?.of(code), code);
  for (const code of codes) {
    const lang = ownLanguage(code);
    if (lang) add(namer(lang)?.of(code), code);
  }
  table = map;
  return map;
}

/**
 * ISO2 of a country cell: a code (`de`, `DE`), a name in English, Chinese or the country's language, '' if none.
 * @example countryOfCell('西班牙') // 'ES'
 */
export function countryOfCell(cell: string): string {
  const clean = cell.trim();
  if (!clean) return '';
  if (/^[a-z]{2}$/i.test(clean)) {
    const code = canonicalRegion(clean.toUpperCase());
    codeSet ??= new Set(regionCodes());
    return codeSet.size === 0 || codeSet.has(code) ? code : '';
  }
  return names().get(normalCountry(clean)) ?? countryFromName(clean);
}

// Names by language and code: building an `Intl.DisplayNames` per cell was the largest cost of a localised
// 100,000-row export (over a second), while a list holds a few dozen countries.
const shownNames = { en: new Map<string, string>(), zh: new Map<string, string>() };

/** The country's name in the UI language, for localised exports ('' stays ''). */
export function countryName(code: string, lang: 'en' | 'zh'): string {
  if (!code) return '';
  const cache = shownNames[lang === 'zh' ? 'zh' : 'en'];
  let name = cache.get(code);
  if (name === undefined) {
    name = displayNames(lang === 'zh' ? 'zh' : 'en')?.of(code) ?? code;
    // Bounded: codes come from stored rows, which hold a few hundred at most; odd values are not remembered.
    if (cache.size < 1_000) cache.set(code, name);
  }
  return name;
}
