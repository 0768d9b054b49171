/**
 * The labelled real-page corpora live outside the repository (other people's pages are never copied in): beside the
 * checkout in `../shared/corpus/`, or wherever `TIERSCOUT_CORPUS` points. This module finds them and reads the
 * prospects corpus' labels and profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Profile } from '../../lib/model';
import { parseProfileJson } from '../../lib/profile/parse';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The corpus folder (holding `prospects/` and `webstruct/`), or null when none is reachable. */
export function corpusRoot(): string | null {
  const candidates = [
    process.env.TIERSCOUT_CORPUS,
    resolve(repoRoot, '../shared/corpus'),
    resolve(repoRoot, '../../shared/corpus'),
  ].filter((c): c is string => Boolean(c));
  return candidates.find((c) => existsSync(join(c, 'prospects', 'labels.tsv'))) ?? null;
}

/** One labelled page of the prospects corpus. */
export interface ProspectLabel {
  id: string;
  file: string;
  url: string;
  lang: string;
  pageKind: string;
  companyName: string;
  /** ISO code, '?' of an inferred label removed. */
  country: string;
  buyerType: string;
  size: string;
  /** Profile id → tier (A–D); profiles not named are `none`. `?` of hard calls removed. */
  tiers: Record<string, string>;
  reason: string;
}

export function readProspectLabels(root: string): ProspectLabel[] {
  const lines = readFileSync(join(root, 'prospects', 'labels.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const header = lines.shift()?.split('\t') ?? [];
  const col = (cells: string[], name: string) => cells[header.indexOf(name)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    const tiers: Record<string, string> = {};
    for (const pair of col(cells, 'tiers').split(';').filter(Boolean)) {
      const [profile, tier] = pair.split(':');
      if (profile && tier) tiers[profile.trim()] = tier.trim().replace(/\?$/, '');
    }
    return {
      id: col(cells, 'id'),
      file: col(cells, 'file'),
      url: col(cells, 'url'),
      lang: col(cells, 'lang'),
      pageKind: col(cells, 'page_kind'),
      companyName: col(cells, 'company_name'),
      country: col(cells, 'country').replace(/\?$/, '').toUpperCase(),
      buyerType: col(cells, 'buyer_type'),
      size: col(cells, 'size'),
      tiers,
      reason: col(cells, 'reason'),
    };
  });
}

export function readProspectProfiles(root: string): Profile[] {
  const raw = JSON.parse(readFileSync(join(root, 'prospects', 'profiles.json'), 'utf8')) as unknown[];
  return raw.map((p) => parseProfileJson(p));
}
