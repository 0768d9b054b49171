/**
 * Contact persons: an empty one for forms, the salutation a mail merge greets with, and the main person of a
 * prospect (the one the mail merge writes to).
 */
import type { ContactPerson, Salutation } from './schema';

/** A person with every optional field blank (the schema's defaults). */
export const EMPTY_PERSON: ContactPerson = {
  name: '',
  salutation: '',
  title: '',
  email: '',
  phone: '',
  language: '',
  notes: '',
  source: 'rep',
};

/** Words before a name that say Mr or Ms, in the languages of the fixture sites and common export markets. */
const HONORIFICS: readonly [RegExp, Exclude<Salutation, ''>][] = [
  [/^(mr|mister|herr|hr|monsieur|m|sr|señor|senor|sig|signor|dhr|pan)\.?$/i, 'mr'],
  [/^(mrs|ms|miss|frau|fr|madame|mme|mlle|sra|señora|senora|srta|sig\.ra|signora|mevr|pani)\.?$/i, 'ms'],
];

/**
 * Splits a leading honorific off a name: "Herr Max Weber" → { salutation: 'mr', name: 'Max Weber' }; Chinese
 * "王先生" / "李女士" are read too.
 * @example splitHonorific('Mrs. Ana López') // { salutation: 'ms', name: 'Ana López' }
 */
export function splitHonorific(raw: string): { salutation: Salutation; name: string } {
  const text = raw.trim().replace(/\s+/g, ' ');
  const zh = /^(\p{Script=Han}{1,4})(先生|女士|小姐)$/u.exec(text);
  if (zh) return { salutation: zh[2] === '先生' ? 'mr' : 'ms', name: text };
  const [first, ...rest] = text.split(' ');
  if (first && rest.length > 0) {
    for (const [re, salutation] of HONORIFICS)
      if (re.test(first)) return { salutation, name: rest.join(' ') };
  }
  return { salutation: '', name: text };
}

/** The greeting word of a mail merge in English ("Mr", "Ms", '' when unknown). */
export function salutationWord(s: Salutation): string {
  return s === 'mr' ? 'Mr' : s === 'ms' ? 'Ms' : '';
}

/**
 * The person a mail merge to `email` writes to: the one with that address, else the first person without an
 * address of their own (a name the sheet gave for the company), else none.
 */
export function personForEmail(
  people: readonly ContactPerson[] | undefined,
  email: string,
): ContactPerson | undefined {
  if (!people?.length) return undefined;
  const lower = email.toLowerCase();
  return people.find((p) => p.email.toLowerCase() === lower) ?? people.find((p) => !p.email);
}
