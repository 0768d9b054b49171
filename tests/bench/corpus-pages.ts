/**
 * Real pages for the benches: about 20 saved pages of the labelled prospects corpus kept beside the checkout (or
 * wherever `TIERSCOUT_CORPUS` points), read at run time and never copied into the repository, spread over the
 * corpus so every language and page kind it holds is in the sample.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CorpusPage {
  id: string;
  url: string;
  html: Buffer;
}

/** The prospects corpus folder, or null when this machine has none (the benches then say so and skip). */
export function corpusDir(): string | null {
  const candidates = [
    process.env.TIERSCOUT_CORPUS,
    resolve(process.cwd(), '../shared/corpus/prospects'),
    resolve(process.cwd(), '../../shared/corpus/prospects'),
  ];
  for (const dir of candidates) if (dir && existsSync(resolve(dir, 'labels.tsv'))) return dir;
  return null;
}

/** `count` pages spread evenly over labels.tsv (every n-th row), with the URL each was saved from. */
export function corpusPages(count = 20): CorpusPage[] {
  const dir = corpusDir();
  if (!dir) return [];
  const rows = readFileSync(resolve(dir, 'labels.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const step = Math.max(1, rows.length / count);
  const picked: CorpusPage[] = [];
  for (let i = 0; i < rows.length && picked.length < count; i += step) {
    const [id, file, url] = rows[Math.floor(i)] ?? [];
    if (!id || !file || !url) continue;
    picked.push({ id, url, html: readFileSync(resolve(dir, 'pages', file)) });
  }
  return picked;
}
