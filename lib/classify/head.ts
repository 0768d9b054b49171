/**
 * Which words of an English menu entry can name its product. An English noun phrase names what its last noun
 * names: "Game Room" is a room, "Baby Showers" a party, "Retail packaging" packaging; the words before it only say
 * which kind ("Kids Shoes" are shoes). After a preposition come the head's complements ("Gifts for Dog Lovers").
 * Where the head is a word every range uses ("Shoe Accessories", "Lighting Products", "Accessories for Phones"),
 * the other words say what the entry is about.
 */
import { fold } from '../match/normalize';

/** Per token of `tokenize(text)`: whether a concept found there can stand for the entry. */
export type TokenRole = 'head' | 'modifier' | 'complement' | 'open';

const BREAK_WORDS = new Set(['and', 'or']);
const PREPOSITIONS = new Set([
  'for',
  'with',
  'without',
  'of',
  'by',
  'in',
  'on',
  'from',
  'to',
  'at',
  'under',
  'over',
  'per',
  'vs',
]);
/** Heads that say nothing of the kind of goods: the entry's other words do. */
const GENERIC_HEADS = new Set([
  'accessories',
  'accessory',
  'parts',
  'part',
  'spares',
  'products',
  'product',
  'supplies',
  'supply',
  'collection',
  'collections',
  'range',
  'ranges',
  'sale',
  'sales',
  'clearance',
  'outlet',
  'items',
  'brands',
  'deals',
  'offers',
  'essentials',
  'store',
  'shop',
  'department',
  'series',
  'line',
  'lines',
  'equipment',
  'gear',
  'goods',
  'kits',
  'pack',
  'packs',
  'bundle',
  'bundles',
  'system',
  'systems',
  'kit',
  'sets',
  'set',
  'types',
  'styles',
  'categories',
  'category',
  'new',
  'arrivals',
  'bestsellers',
  'sellers',
  'gifts',
  'ideas',
  'guide',
  'all',
  'more',
  'other',
  'others',
  'etc',
]);

/** Words, numbers and the marks that part one phrase from the next, in text order (folded). */
const PIECE = /\p{L}+|\p{N}+|[&,/+|;:()[\]–—•·]/gu;

/**
 * The role of each word token (the tokens `tokenize` gives) in an English entry.
 * @example englishRoles('Game Room') // ['modifier', 'head']
 */
export function englishRoles(text: string): TokenRole[] {
  const roles: TokenRole[] = [];
  let segment: { index: number; word: string }[] = [];
  let complements: number[] = [];
  let inComplement = false;
  const close = () => {
    let head = -1;
    for (let k = segment.length - 1; k >= 0 && head < 0; k--)
      if (/^\p{L}{2,}$/u.test(segment[k]!.word)) head = k;
    const generic = head < 0 || GENERIC_HEADS.has(segment[head]!.word);
    segment.forEach((t, k) => {
      roles[t.index] = generic ? 'open' : k === head ? 'head' : 'modifier';
    });
    for (const i of complements) roles[i] = generic ? 'open' : 'complement';
    segment = [];
    complements = [];
    inComplement = false;
  };
  let index = 0;
  for (const piece of fold(text).match(PIECE) ?? []) {
    if (!/^[\p{L}\p{N}]/u.test(piece)) {
      close();
      continue;
    }
    const at = index++;
    if (BREAK_WORDS.has(piece)) {
      roles[at] = 'open';
      close();
    } else if (PREPOSITIONS.has(piece) && segment.length > 0) {
      complements.push(at);
      inComplement = true;
    } else if (inComplement) complements.push(at);
    else segment.push({ index: at, word: piece });
  }
  close();
  return roles;
}

/** True when a mention over `size` words from token `start` covers a word that can name the entry's product. */
export function namesTheEntry(roles: TokenRole[], start: number, size: number): boolean {
  for (let i = start; i < start + Math.max(1, Math.round(size)); i++) {
    const role = roles[i];
    if (role === undefined || role === 'head' || role === 'open') return true;
  }
  return false;
}
