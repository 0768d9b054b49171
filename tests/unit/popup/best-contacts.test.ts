import { describe, expect, it } from 'vitest';
import type { Contacts, Email, Phone } from '../../../lib/model';
import { bestEmail, bestPhone } from '../../../lib/popup/best-contacts';

const email = (value: string, isOwnDomain: boolean, isRole: boolean): Email => ({
  value,
  isOwnDomain,
  isRole,
  evidence: [],
});
const phone = (value: string, kind: Phone['kind']): Phone => ({
  value,
  kind,
  country: 'DE',
  raw: value,
  evidence: [],
});
const contacts = (emails: Email[], phones: Phone[]): Contacts => ({
  emails,
  phones,
  messengers: [],
  socials: [],
});

describe('bestEmail', () => {
  it.each([
    [[], null],
    [[email('max@gmail.com', false, false), email('anna@weber.de', true, false)], 'anna@weber.de'],
    [[email('anna@weber.de', true, false), email('vertrieb@weber.de', true, true)], 'vertrieb@weber.de'],
    [[email('info@weber.de', true, true), email('sales@weber.de', true, true)], 'info@weber.de'],
  ])('%o → %s', (emails, expected) => {
    expect(bestEmail(contacts(emails, []))?.value ?? null).toBe(expected);
  });
});

describe('bestPhone', () => {
  it.each([
    [[], null],
    [[phone('+4930111', 'fax')], null],
    [[phone('+4930111', 'fax'), phone('+49171222', 'mobile')], '+49171222'],
    [[phone('+49171222', 'mobile'), phone('+4930333', 'phone')], '+4930333'],
  ])('%o → %s', (phones, expected) => {
    expect(bestPhone(contacts([], phones))?.value ?? null).toBe(expected);
  });
});
