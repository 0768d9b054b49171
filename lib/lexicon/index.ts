// TEMPORARY stub until the per-language lexicons land: one mixed lexicon from the old rules.
import { BUYER_CUES, DIRECTORY_CUES, GENERIC_NAV_WORDS, LISTING_CUES } from '../classify/rules';
import type { Lexicon } from './types';

const join = (type: keyof typeof BUYER_CUES, w: number) =>
  BUYER_CUES[type]
    .filter((c) => c.weight === w)
    .map((c) => c.text)
    .join('|');
const mixed: Lexicon = {
  lang: 'en',
  nav: [...GENERIC_NAV_WORDS].join('|'),
  buyer: {
    retailer: { strong: join('retailer', 3), normal: join('retailer', 2), weak: join('retailer', 1) },
    wholesaler: { strong: join('wholesaler', 3), normal: join('wholesaler', 2) },
    distributor: { strong: join('distributor', 3), normal: join('distributor', 2) },
    importer: { strong: join('importer', 3), normal: join('importer', 2) },
    manufacturer: { strong: join('manufacturer', 3), normal: join('manufacturer', 2) },
  },
  notTrader: { strong: 'news agency|law firm|editor in chief', normal: 'newspaper|magazine|bank' },
  listing: LISTING_CUES.join('|'),
  directory: DIRECTORY_CUES.join('|'),
  size: {
    branches: 'stores',
    countries: 'countries',
    employees: 'employees',
    founded: 'since',
    brands: 'brands',
    containers: 'containers',
    area: 'm2',
  },
};
export const LEXICONS: Record<string, Lexicon> = { en: mixed };
export function lexiconsFor(_lang: string): Lexicon[] {
  return [mixed];
}
