/**
 * The generated vocabulary files, as text. Kept apart from ./index.ts (and free of its imports) so the popup can
 * start fetching the files it will need while it is still loading the grading code (lib/popup/first-read.ts).
 *
 * The files load as text and are parsed with `JSON.parse` by ./index.ts: bundled as JSON modules they became
 * object literals split into thousands of variables, several times costlier to compile than JSON is to parse (the
 * popup loads three or four of them before it can grade, issue 16).
 */

const TREE = () => jsonText('tree', () => import('./generated/tree.json?raw'));

const LOADERS: Record<string, () => Promise<string>> = {
  en: () => jsonText('en', () => import('./generated/en.json?raw')),
  de: () => jsonText('de', () => import('./generated/de.json?raw')),
  fr: () => jsonText('fr', () => import('./generated/fr.json?raw')),
  es: () => jsonText('es', () => import('./generated/es.json?raw')),
  it: () => jsonText('it', () => import('./generated/it.json?raw')),
  pt: () => jsonText('pt', () => import('./generated/pt.json?raw')),
  nl: () => jsonText('nl', () => import('./generated/nl.json?raw')),
  pl: () => jsonText('pl', () => import('./generated/pl.json?raw')),
  ru: () => jsonText('ru', () => import('./generated/ru.json?raw')),
  uk: () => jsonText('uk', () => import('./generated/uk.json?raw')),
  tr: () => jsonText('tr', () => import('./generated/tr.json?raw')),
  ja: () => jsonText('ja', () => import('./generated/ja.json?raw')),
  zh: () => jsonText('zh', () => import('./generated/zh.json?raw')),
  ko: () => jsonText('ko', () => import('./generated/ko.json?raw')),
  ar: () => jsonText('ar', () => import('./generated/ar.json?raw')),
  cs: () => jsonText('cs', () => import('./generated/cs.json?raw')),
  da: () => jsonText('da', () => import('./generated/da.json?raw')),
  no: () => jsonText('no', () => import('./generated/no.json?raw')),
  sv: () => jsonText('sv', () => import('./generated/sv.json?raw')),
};

/**
 * A generated file's text: through the bundler's `?raw` import in the extension and under Vitest, read from disk
 * under plain Node (the CLIs run through tsx, which has no `?raw`).
 */
async function jsonText(name: string, bundled: () => Promise<{ default: string }>): Promise<string> {
  if (typeof import.meta.env !== 'undefined') return (await bundled()).default;
  const fsName = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
  // Through a variable: the bundler would otherwise emit every generated file as an asset for this `new URL`.
  const here = import.meta.url;
  return fs.readFile(new URL(`./generated/${name}.json`, here), 'utf8');
}

const pending = new Map<string, Promise<string>>();

/** True when there is a generated file of this name (a primary language subtag, or `tree`). */
export function hasVocabularyFile(name: string): boolean {
  return name === 'tree' || Object.hasOwn(LOADERS, name);
}

/**
 * The text of one generated file (`tree` or a language), fetched once per page.
 * @example const tree = JSON.parse(await vocabularyText('tree'));
 */
export function vocabularyText(name: string): Promise<string> {
  let text = pending.get(name);
  if (!text) {
    const load = name === 'tree' ? TREE : LOADERS[name];
    if (!load) return Promise.reject(new Error(`no vocabulary file ${name}`));
    text = load();
    pending.set(name, text);
    // A failed fetch may be retried by the next caller.
    text.catch(() => pending.delete(name));
  }
  return text;
}

/**
 * Starts fetching these files (unknown names are ignored) without waiting for them.
 * @example prefetchVocabulary(['tree', 'en', 'zh', 'de']);
 */
export function prefetchVocabulary(names: string[]): void {
  for (const name of names) if (hasVocabularyFile(name)) vocabularyText(name).catch(() => undefined);
}
