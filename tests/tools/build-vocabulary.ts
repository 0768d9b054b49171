/**
 * `npm run build:vocabulary`: builds the product vocabulary the extension ships (lib/vocabulary/generated/) from
 *  1. the Google product taxonomy in 17 languages (`../shared/data/google-product-taxonomy/` beside the checkout,
 *     or `$TIERSCOUT_TAXONOMY`): one tree, the same category IDs in every language; and
 *  2. the hand-written additions in lib/vocabulary/terms/*.ts (menu words, finer kinds, more languages).
 *
 * Output: `tree.json` (concept ids, parents, English and Chinese names) and one `<lang>.json` per language mapping
 * stemmed term keys (lib/vocabulary/stem.ts, the same rule the matcher uses) to concept indexes; a negative index
 * marks a weak term, one derived by splitting a taxonomy name ("Pet Bowls, Feeders & Waterers" → "Pet Feeders").
 * The generated files are committed, so building the extension needs neither the taxonomy nor this script.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ConceptSource, VOCABULARY_LANGS, type VocabularyLang } from '../../lib/vocabulary/source';
import { tokenize } from '../../lib/match/normalize';
import { CJK, checksInflection, cjkKey, vocabStems } from '../../lib/vocabulary/stem';

const repoRoot = resolve(import.meta.dirname, '../..');
const outDir = join(repoRoot, 'lib/vocabulary/generated');
const termsDir = join(repoRoot, 'lib/vocabulary/terms');

/** Taxonomy locale files and the vocabulary language each one feeds (de-CH, fr-CH, it-CH, en-AU repeat others). */
const LOCALES: [string, VocabularyLang][] = [
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['de-DE', 'de'],
  ['fr-FR', 'fr'],
  ['es-ES', 'es'],
  ['it-IT', 'it'],
  ['pt-BR', 'pt'],
  ['nl-NL', 'nl'],
  ['pl-PL', 'pl'],
  ['ru-RU', 'ru'],
  ['tr-TR', 'tr'],
  ['ja-JP', 'ja'],
  ['zh-CN', 'zh'],
  ['cs-CZ', 'cs'],
  ['da-DK', 'da'],
  ['no-NO', 'no'],
  ['sv-SE', 'sv'],
];

/** Words for "and" that join the parts of a category name, per language. */
const CONJUNCTIONS: Record<string, string> = {
  en: 'and',
  de: 'und',
  fr: 'et',
  es: 'y|e',
  it: 'e|ed',
  pt: 'e',
  nl: 'en',
  pl: 'i|oraz',
  cs: 'a',
  ru: 'и',
  uk: 'і|та',
  tr: 've',
  sv: 'och',
  da: 'og',
  no: 'og',
};

export function taxonomyDir(): string | null {
  const candidates = [
    process.env.TIERSCOUT_TAXONOMY,
    resolve(repoRoot, '../shared/data/google-product-taxonomy'),
    resolve(repoRoot, '../../shared/data/google-product-taxonomy'),
  ].filter((c): c is string => Boolean(c));
  return candidates.find((c) => existsSync(join(c, 'taxonomy-with-ids.en-US.txt'))) ?? null;
}

function readLocale(dir: string, locale: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, `taxonomy-with-ids.${locale}.txt`), 'utf8').split('\n')) {
    const m = /^(\d+) - (.+)$/.exec(line.trim());
    if (m)
      out.set(
        m[1]!,
        m[2]!.split(' > ').map((s) => s.trim()),
      );
  }
  return out;
}

/**
 * The terms one category name gives: the whole name (strong) and, for names joining several things, each part
 * with the words the parts share (weak): "Reptile & Amphibian Food" → "Reptile Food", "Amphibian Food";
 * "Pet Bowls, Feeders & Waterers" → "Pet Feeders", "Pet Waterers", "Feeders"; "Миски и поилки для животных" →
 * "Миски для животных".
 */
export function termsOfName(name: string, lang: string): { text: string; strong: boolean }[] {
  const out = [{ text: name, strong: true }];
  const conj = CONJUNCTIONS[lang];
  const sep = new RegExp(`\\s*(?:[,&/+、・，]|与|和|及)\\s*${conj ? `|\\s+(?:${conj})\\s+` : ''}`, 'u');
  const parts = name
    .split(sep)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return out;
  const words = parts.map((p) => p.split(/\s+/));
  const single = (i: number) => words[i]!.length === 1;
  const last = words.length - 1;
  // A lone word split off a longer name ("Links" of "Chain Connectors & Links", "Weights" of "Tablecloth Clips &
  // Weights") is too general to stand for the category; it only stands alone in a list of peers ("Belts & Buckles").
  const peers = words.every((_, i) => single(i));
  for (let i = 0; i < parts.length; i++) {
    // "Paarden- en veetrailers": the first part lends its head to the last word and is no term of its own.
    if (parts[i]!.endsWith('-')) continue;
    if (peers || !single(i) || CJK.test(parts[i]!)) out.push({ text: parts[i]!, strong: false });
  }
  if (words[last]!.length > 1 && words.slice(0, last).every((_, i) => single(i))) {
    const tail = words[last]!.slice(1).join(' ');
    for (let i = 0; i < last; i++) out.push({ text: `${parts[i]} ${tail}`, strong: false });
  } else if (words[0]!.length > 1 && words.slice(1).every((_, i) => single(i + 1))) {
    const head = words[0]!.slice(0, -1).join(' ');
    for (let i = 1; i < parts.length; i++) out.push({ text: `${head} ${parts[i]}`, strong: false });
  }
  return out;
}

/** The key a term is stored under: stemmed words joined by spaces, or folded CJK text without spaces. */
export function termKey(text: string, lang: string): string {
  if (CJK.test(text)) return cjkKey(text);
  return vocabStems(text, lang).join(' ');
}

async function readTerms(): Promise<ConceptSource[]> {
  if (!existsSync(termsDir)) return [];
  const out: ConceptSource[] = [];
  for (const file of readdirSync(termsDir).sort()) {
    if (!file.endsWith('.ts')) continue;
    const mod = (await import(pathToFileURL(join(termsDir, file)).href)) as { concepts?: ConceptSource[] };
    if (!Array.isArray(mod.concepts)) throw new Error(`${file}: no \`concepts\` array`);
    out.push(...mod.concepts);
  }
  return out;
}

function depthOf(i: number, parent: number[]): number {
  let d = 1;
  for (let c = parent[i]!; c >= 0; c = parent[c]!) d++;
  return d;
}

/** The deepest concept all given concepts lie within (themselves included), or -1. */
function commonAncestor(concepts: number[], parent: number[]): number {
  const chain = (i: number) => {
    const out: number[] = [];
    for (let c = i; c >= 0; c = parent[c]!) out.unshift(c);
    return out;
  };
  let shared = chain(concepts[0]!);
  for (const c of concepts.slice(1)) {
    const other = chain(c);
    let k = 0;
    while (k < shared.length && k < other.length && shared[k] === other[k]) k++;
    shared = shared.slice(0, k);
  }
  return shared.at(-1) ?? -1;
}

/** One language's file: stemmed term keys → concept refs, and the words one-word keys were written as. */
export interface VocabularyFile {
  terms: Record<string, number[]>;
  /** One-word key → its folded words joined by `|`, for the matcher's inflection check (lib/vocabulary/stem.ts). */
  forms: Record<string, string>;
}

export interface BuiltVocabulary {
  tree: { ids: string[]; parent: number[]; en: string[]; zh: string[] };
  langs: Record<string, VocabularyFile>;
  stats: Record<string, number>;
}

export async function buildVocabulary(dir: string): Promise<BuiltVocabulary> {
  const en = readLocale(dir, 'en-US');
  const ids: string[] = [];
  const index = new Map<string, number>();
  const byPath = new Map<string, string>();
  for (const [id, path] of en) byPath.set(path.join(' > '), id);
  for (const id of en.keys()) {
    index.set(id, ids.length);
    ids.push(id);
  }
  const parent = ids.map((id) => {
    const path = en.get(id)!;
    const up = path.length > 1 ? byPath.get(path.slice(0, -1).join(' > ')) : undefined;
    return up === undefined ? -1 : index.get(up)!;
  });
  const nameEn = ids.map((id) => en.get(id)!.at(-1)!);
  const nameZh = ids.map(() => '');

  const langs: Record<string, Map<string, Set<number>>> = {};
  const forms: Record<string, Map<string, Set<string>>> = {};
  const add = (lang: string, text: string, concept: number, strong: boolean) => {
    const key = termKey(text, lang);
    if (!key || (key.length < 3 && !CJK.test(text))) return;
    langs[lang] ??= new Map();
    const map = langs[lang]!;
    const refs = map.get(key) ?? new Set<number>();
    map.set(key, refs);
    refs.add(strong ? concept : -1 - concept);
    const words = tokenize(text);
    if (words.length === 1 && checksInflection(lang) && !CJK.test(text)) {
      forms[lang] ??= new Map();
      const seen = forms[lang]!.get(key) ?? new Set<string>();
      forms[lang]!.set(key, seen.add(words[0]!));
    }
  };

  for (const [locale, lang] of LOCALES) {
    const names = locale === 'en-US' ? en : readLocale(dir, locale);
    for (const [id, path] of names) {
      const i = index.get(id);
      if (i === undefined) continue; // a category the 2019 English tree no longer has
      const leaf = path.at(-1)!;
      if (lang === 'zh') nameZh[i] = leaf;
      for (const term of termsOfName(leaf, lang)) add(lang, term.text, i, term.strong);
    }
  }

  // Hand-written additions: new concepts first (they may name each other as parents), then every word.
  const sources = await readTerms();
  for (const source of sources) {
    const id = String(source.id);
    if (typeof source.id === 'number') {
      if (!index.has(id)) throw new Error(`terms: taxonomy ID ${id} does not exist`);
      continue;
    }
    if (index.has(id)) continue; // the same new concept written in two files: words merge below
    index.set(id, ids.length);
    ids.push(id);
    parent.push(-2); // resolved below
    nameEn.push(source.name ?? id);
    nameZh.push('');
  }
  for (const source of sources) {
    const i = index.get(String(source.id))!;
    if (typeof source.id === 'string' && parent[i] === -2) {
      const up = source.parent === undefined ? undefined : index.get(String(source.parent));
      if (up === undefined) throw new Error(`terms: ${source.id} has no known parent (${source.parent})`);
      parent[i] = up;
    }
    for (const [lang, list] of Object.entries(source.words)) {
      for (const word of (list ?? '').split('|')) {
        const w = word.trim();
        if (!w) continue;
        if (lang === 'zh' && !nameZh[i]) nameZh[i] = w;
        add(lang, w, i, true);
      }
    }
  }
  for (let i = 0; i < parent.length; i++)
    if (parent[i] === -2) throw new Error(`terms: unresolved parent of ${ids[i]}`);

  const out: BuiltVocabulary = { tree: { ids, parent, en: nameEn, zh: nameZh }, langs: {}, stats: {} };
  for (const [lang, map] of Object.entries(langs)) {
    let entries: [string, number[]][] = [...map.entries()].map(([key, refs]) => {
      // A strong reading of a key wins over weak ones: "Tools" is Hardware > Tools, not "Shoe Care & Tools".
      const list = [...refs];
      const strong = list.filter((r) => r >= 0);
      if (strong.length) return [key, strong.sort((a, b) => a - b)];
      // A weak key ("cases", "средства") naming things all over the tree says nothing: keep it only as the one
      // concept its readings share, and only when that is a real product family (below the top level).
      // A part that names one category only ("Drapes" of "Curtains & Drapes") is as specific as the name.
      const concepts = [...new Set(list.map((r) => -1 - r))];
      if (concepts.length === 1) return [key, concepts];
      const shared = commonAncestor(
        list.map((r) => -1 - r),
        parent,
      );
      return [key, shared >= 0 && depthOf(shared, parent) >= 2 ? [-1 - shared] : []];
    });
    entries = entries.filter(([, refs]) => refs.length > 0);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = entries.filter(([key]) => forms[lang]?.has(key));
    out.langs[lang] = {
      terms: Object.fromEntries(entries),
      forms: Object.fromEntries(kept.map(([key]) => [key, [...forms[lang]!.get(key)!].sort().join('|')])),
    };
    out.stats[lang] = entries.length;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = taxonomyDir();
  if (!dir) {
    console.error('Google product taxonomy not found: put it beside the checkout or set TIERSCOUT_TAXONOMY.');
    process.exit(2);
  }
  const built = await buildVocabulary(dir);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'tree.json'), `${JSON.stringify(built.tree)}\n`);
  // Every language gets a file (empty until words are written for it): the loader imports them by name.
  for (const lang of VOCABULARY_LANGS)
    writeFileSync(
      join(outDir, `${lang}.json`),
      `${JSON.stringify(built.langs[lang] ?? { terms: {}, forms: {} })}\n`,
    );
  console.log(`${built.tree.ids.length} concepts; terms per language: ${JSON.stringify(built.stats)}`);
}
