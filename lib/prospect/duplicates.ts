/**
 * Likely duplicates beyond the domain key: two prospects saved under different domains that share an e-mail
 * address, a phone number (E.164) or a normalised company name (legal forms, punctuation and case removed) are
 * probably one company with two sites (acme.de and acme-shop.com). Pure: the manager runs it over its rows.
 */
import type { Prospect } from '../model';

/** Legal-form words dropped before names are compared; Latin ones as whole words, Chinese as suffixes. */
const LEGAL_WORDS = new Set([
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ek',
  'co',
  'ltd',
  'limited',
  'llc',
  'llp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'company',
  'plc',
  'pty',
  'pvt',
  'sa',
  'sl',
  'slu',
  'srl',
  'spa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'aps',
  'sp',
  'zoo',
  'sro',
  'kft',
  'the',
  'und',
  'and',
  'y',
  'et',
]);
const CHINESE_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团|公司|商行|工厂|厂)$/;

/**
 * A company name reduced to what identifies it: lower case, accents and legal forms gone.
 * @example normalCompanyName('ACME Lighting GmbH & Co. KG') // 'acme lighting'
 */
export function normalCompanyName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // S.L., S.A., B.V.: a dotted abbreviation is one word.
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
    .replace(CHINESE_SUFFIX, '');
  const words = folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .filter((w) => !LEGAL_WORDS.has(w));
  return words.join(' ');
}

/** What duplicates are found by. */
export type DuplicateReason = 'email' | 'phone' | 'name';

/** The fields of a prospect duplicates are looked for in (a `ManagerRow` has them all). */
export interface DuplicateCandidate {
  domain: string;
  name: string;
  emails: readonly string[];
  phones: readonly string[];
  firstSeen: string;
  notDuplicateOf?: readonly string[];
}

/** Two prospects that look like one company: `domain` matches `other` by `reason` on `value`. */
export interface DuplicatePair {
  domain: string;
  other: string;
  reason: DuplicateReason;
  value: string;
}

/** The keys a prospect is matched on: `email:…`, `phone:+…`, `name:…` (short names and numbers are skipped). */
export function duplicateKeys(p: DuplicateCandidate): { reason: DuplicateReason; value: string }[] {
  const keys: { reason: DuplicateReason; value: string }[] = [];
  for (const e of p.emails) keys.push({ reason: 'email', value: e.toLowerCase() });
  for (const phone of p.phones)
    if (phone.replace(/\D/g, '').length >= 8) keys.push({ reason: 'phone', value: phone });
  const name = normalCompanyName(p.name);
  if (name.replace(/\s/g, '').length >= 3) keys.push({ reason: 'name', value: name });
  return keys;
}

/** The index keys of a stored prospect (`email:…`, `phone:…`, `name:…`). */
export function dupKeysOf(p: Prospect): string[] {
  return [...new Set(duplicateKeys(candidateOf(p)).map((k) => `${k.reason}:${k.value}`))];
}

/** A prospect as a duplicate candidate. */
export function candidateOf(p: Prospect): DuplicateCandidate {
  return {
    domain: p.domain,
    name: p.company.name,
    emails: p.contacts.emails.map((e) => e.value),
    phones: p.contacts.phones.map((x) => x.value),
    firstSeen: p.firstSeen,
    notDuplicateOf: p.notDuplicateOf,
  };
}

function isKept(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  return (a.notDuplicateOf?.includes(b.domain) ?? false) || (b.notDuplicateOf?.includes(a.domain) ?? false);
}

/**
 * The work of {@link findDuplicates} as steps: it yields after every `step` rows indexed and every `step` keys
 * paired, so a caller on the page can pause between them (an import checks 100,000 rows: in one go that blocked
 * the page for seconds, tests/bench/sheets.bench.ts). Returns the pairs.
 */
function* duplicateSteps(
  rows: readonly DuplicateCandidate[],
  step: number,
): Generator<void, DuplicatePair[]> {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    for (const k of duplicateKeys(rows[i]!)) {
      const key = `${k.reason}:${k.value}`;
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
    if ((i + 1) % step === 0) yield;
  }
  const order: DuplicateReason[] = ['email', 'phone', 'name'];
  const pairs = new Map<string, DuplicatePair>();
  let keys = 0;
  for (const [key, indexes] of byKey) {
    if (++keys % step === 0) yield;
    if (indexes.length < 2) continue;
    const reason = key.slice(0, key.indexOf(':')) as DuplicateReason;
    const value = key.slice(key.indexOf(':') + 1);
    // A key shared by very many rows (a directory's shared switchboard) says little; cap the pairs it makes.
    for (const i of indexes.slice(0, 20)) {
      for (const j of indexes.slice(0, 20)) {
        if (i >= j) continue;
        const [a, b] = [rows[i]!, rows[j]!];
        if (a.domain === b.domain || isKept(a, b)) continue;
        const [later, earlier] = a.firstSeen >= b.firstSeen ? [a, b] : [b, a];
        const id = [a.domain, b.domain].sort().join('\n');
        const known = pairs.get(id);
        if (known && order.indexOf(known.reason) <= order.indexOf(reason)) continue;
        pairs.set(id, { domain: later.domain, other: earlier.domain, reason, value });
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => x.domain.localeCompare(y.domain) || x.other.localeCompare(y.other),
  );
}

/**
 * Every pair of prospects (by different domains) that share a key, once per pair, strongest reason first
 * (e-mail, then phone, then name). The later-saved prospect is `domain`, the one saved first `other`, so the
 * rep reads "new.com: same phone as old.de". Pairs the rep kept apart ("keep both") are left out.
 */
export function findDuplicates(rows: readonly DuplicateCandidate[]): DuplicatePair[] {
  const steps = duplicateSteps(rows, Number.POSITIVE_INFINITY);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link findDuplicates} with a pause (a macrotask) after every `step` rows or keys, for the page: the same pairs,
 * without one long block of the main thread on a large list.
 */
export async function findDuplicatesInSteps(
  rows: readonly DuplicateCandidate[],
  step = 2000,
): Promise<DuplicatePair[]> {
  const steps = duplicateSteps(rows, step);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The prospects `candidate` looks like, among `rows` (for one save or one imported row). */
export function duplicatesOf(
  candidate: DuplicateCandidate,
  rows: readonly DuplicateCandidate[],
): DuplicatePair[] {
  const keys = new Map(duplicateKeys(candidate).map((k) => [`${k.reason}:${k.value}`, k]));
  const found = new Map<string, DuplicatePair>();
  for (const row of rows) {
    if (row.domain === candidate.domain || isKept(candidate, row) || found.has(row.domain)) continue;
    for (const k of duplicateKeys(row)) {
      if (keys.has(`${k.reason}:${k.value}`)) {
        found.set(row.domain, {
          domain: candidate.domain,
          other: row.domain,
          reason: k.reason,
          value: k.value,
        });
        break;
      }
    }
  }
  return [...found.values()];
}
