/** Store-time clean values (lib/clean-values.ts) and their use in the schemas of lib/model.ts and the CSV export. */
import { describe, expect, it } from 'vitest';
import {
  capContacts,
  hasInvisible,
  invisibleOrAstralClass,
  isMessengerHandle,
  isStrictEmail,
  MAX_CONTACTS_PER_KIND,
  stripInvisible,
} from '../../lib/clean-values';
import { PROSPECT_COLUMNS } from '../../lib/export/columns';
import { toCsv } from '../../lib/export/csv';
import { toManagerRow } from '../../lib/manager/rows';
import { ContactsSchema, type Prospect, ProspectSchema } from '../../lib/model';
import { randomProspects } from './backup/generate';

describe('isStrictEmail', () => {
  it.each([
    ['sales@weber-handel.de', true],
    ["o'neil.ltd@lights.co.uk", true],
    ['einkauf+messe@grosshandel-weber.de', true],
    ['müller@bäckerei-müller.de', true],
    ['javascript:alert(1)@junk-co.de', false],
    ['"><script>alert(1)</script>@junk-co.de', false],
    ['a@b', false],
    ['two@@at.de', false],
    ['dot..dot@x.de', false],
    [`${'x'.repeat(65)}@x.de`, false],
  ])('%s → %s', (value, ok) => {
    expect(isStrictEmail(value)).toBe(ok);
  });
});

describe('isMessengerHandle', () => {
  it.each([
    ['skype', 'junk.vertrieb', true],
    ['skype', 'live:.cid.1a2b3c4d5e6f7a8b', true],
    ['skype', "';alert(1);//", false],
    ['telegram', '@weber_sales', true],
    ['telegram', '@a', false],
    ['whatsapp', '+4915112345678', true],
    ['whatsapp', '+0123', false],
    ['wechat', 'weber_sh_2024', true],
    ['wechat', '<img src=x>', false],
    ['line', '@weber', true],
    ['unknown', 'x', false],
  ])('%s %s → %s', (kind, value, ok) => {
    expect(isMessengerHandle(kind, value)).toBe(ok);
  });
});

describe('stripInvisible', () => {
  it('removes bidi overrides, isolates, zero-width characters and the BOM', () => {
    expect(stripInvisible('\u202eJunk Kontakte\u202c GmbH\u200b\u200b\u2066x\u2069\ufeff')).toBe(
      'Junk Kontakte GmbHx',
    );
    expect(stripInvisible('Weber GmbH\tTel.\n0521')).toBe('Weber GmbH\tTel.\n0521');
  });
});

const email = (i: number) => ({
  value: `info${i}@weber-handel.de`,
  isRole: true,
  isOwnDomain: true,
  evidence: Array.from({ length: 20 }, () => ({ page: 'https://weber-handel.de/', source: 'text' })),
});

describe('ContactsSchema at store time', () => {
  it('keeps a few dozen per kind and counts the rest', () => {
    const phones = Array.from({ length: 17_000 }, (_, i) => ({
      value: `+4930${String(2_000_000 + i)}`,
      kind: 'phone',
      country: 'DE',
      raw: `030 ${2_000_000 + i}`,
      evidence: [],
    }));
    const parsed = ContactsSchema.parse({
      emails: Array.from({ length: 40 }, (_, i) => email(i)),
      phones,
      messengers: [],
      socials: [],
    });
    expect(parsed.emails).toHaveLength(MAX_CONTACTS_PER_KIND);
    expect(parsed.emails[0]?.value).toBe('info0@weber-handel.de');
    expect(parsed.emails[0]?.evidence.length).toBeLessThanOrEqual(5);
    expect(parsed.phones).toHaveLength(MAX_CONTACTS_PER_KIND);
    expect(parsed.more).toEqual({
      emails: 10,
      phones: 17_000 - MAX_CONTACTS_PER_KIND,
      messengers: 0,
      socials: 0,
    });
    expect(JSON.stringify(parsed).length).toBeLessThan(40_000);
  });

  it('caps phone, mobile and fax numbers each on its own, so the faxes of a many-office page are kept', () => {
    // A group's contact page: twenty offices, each with a phone and a fax line (WebStruct us_contact_pages/48).
    const number = (i: number, kind: 'phone' | 'fax') => ({
      value: `+4969${String(1_000_000 + i * 2 + (kind === 'fax' ? 1 : 0))}`,
      kind,
      country: 'DE',
      raw: '',
      evidence: [],
    });
    const phones = [
      ...Array.from({ length: 40 }, (_, i) => number(i, 'phone')),
      ...Array.from({ length: 20 }, (_, i) => number(i, 'fax')),
    ];
    const parsed = ContactsSchema.parse({ emails: [], phones, messengers: [], socials: [] });
    expect(parsed.phones.filter((p) => p.kind === 'fax')).toHaveLength(20);
    expect(parsed.phones.filter((p) => p.kind === 'phone')).toHaveLength(MAX_CONTACTS_PER_KIND);
    expect(parsed.more?.phones).toBe(10);
  });

  it('drops junk: script-like e-mails, messenger handles of the wrong syntax, non-web social URLs', () => {
    const parsed = ContactsSchema.parse({
      emails: [
        { value: 'javascript:alert(1)@junk-co.de', isRole: false, isOwnDomain: false, evidence: [] },
        email(1),
      ],
      phones: [{ value: 'tel:javascript', kind: 'phone', country: '', raw: '', evidence: [] }],
      messengers: [
        { kind: 'skype', value: "';alert(1);//", evidence: [] },
        { kind: 'skype', value: 'junk.vertrieb', evidence: [] },
      ],
      socials: [{ network: 'linkedin', url: 'javascript:alert(1)', evidence: [] }],
    });
    expect(parsed.emails.map((e) => e.value)).toEqual(['info1@weber-handel.de']);
    expect(parsed.phones).toEqual([]);
    expect(parsed.messengers.map((m) => m.value)).toEqual(['junk.vertrieb']);
    expect(parsed.socials).toEqual([]);
    expect(parsed.more).toBeUndefined();
  });

  it('keeps a count across a re-parse (a stored row read back)', () => {
    const once = ContactsSchema.parse({
      emails: Array.from({ length: 35 }, (_, i) => email(i)),
      phones: [],
      messengers: [],
      socials: [],
    });
    const twice = ContactsSchema.parse(once);
    expect(twice.more?.emails).toBe(5);
    expect(capContacts('not an object')).toBe('not an object');
  });
});

describe('ProspectSchema and the CSV export', () => {
  it('strips bidi and zero-width characters from a stored name and bounds its length', () => {
    const [row] = randomProspects(1, 7) as [Prospect];
    const parsed = ProspectSchema.parse({
      ...row,
      company: { ...row.company, name: `\u202eJunk\u200b Kontakte GmbH${'x'.repeat(1_000)}` },
    });
    expect(parsed.company.name.startsWith('Junk Kontakte GmbH')).toBe(true);
    expect(parsed.company.name.length).toBe(200);
  });

  it('writes no invisible characters into a CSV cell', () => {
    const [row] = randomProspects(1, 8) as [Prospect];
    const named = { ...row, company: { ...row.company, name: '\u202eJunk\u200b Kontakte' } };
    const csv = toCsv([toManagerRow(named)], PROSPECT_COLUMNS);
    expect(csv).toContain('Junk Kontakte');
    expect(/[\u200b\u202e]/.test(csv.slice(1))).toBe(false);
  });
});

describe('invisibleOrAstralClass', () => {
  it('matches every character hasInvisible finds, and every character beyond the basic plane', () => {
    const any = new RegExp(`[${invisibleOrAstralClass()}]`);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasInvisible(ch)) expect(any.test(ch), `U+${c.toString(16)}`).toBe(true);
    }
    for (const ch of ['\u{E0001}', '\u{1D173}', '😀']) expect(any.test(ch)).toBe(true);
    for (const ch of ['a', '中', 'é', '\t', '\n', ' ', '－']) expect(any.test(ch)).toBe(false);
  });
});
