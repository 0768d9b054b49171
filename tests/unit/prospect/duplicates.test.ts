import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { STORES_V2, STORES_V3, TierScoutDB } from '../../../lib/db/db';
import { keepBoth, mergeDuplicate, savedDuplicatesOf } from '../../../lib/db/duplicates';
import { getProspect, putProspects } from '../../../lib/db/prospects';
import { toManagerRow } from '../../../lib/manager/rows';
import {
  type DuplicateCandidate,
  duplicatesOf,
  findDuplicates,
  findDuplicatesInSteps,
  normalCompanyName,
} from '../../../lib/prospect/duplicates';
import { randomProspects } from '../backup/generate';

const row = (domain: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  domain,
  name: '',
  emails: [],
  phones: [],
  firstSeen: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('normalCompanyName', () => {
  it.each([
    ['ACME Lighting GmbH & Co. KG', 'acme lighting'],
    ['Acme Lighting Ltd.', 'acme lighting'],
    ['ACME LIGHTING, S.L.', 'acme lighting'],
    ['Éclairage Dupont SARL', 'eclairage dupont'],
    ['深圳市光明照明有限公司', '深圳市光明照明'],
    ['Ｌｉｃｈｔ ＡＧ', 'licht'],
  ])('%s → %s', (name, normal) => {
    expect(normalCompanyName(name)).toBe(normal);
  });
});

describe('findDuplicates', () => {
  it('pairs prospects by e-mail, phone or normalised name, the later one first', () => {
    const rows = [
      row('acme.de', { name: 'ACME GmbH', phones: ['+442476550120'], firstSeen: '2026-12-01T00:00:00Z' }),
      row('acme-shop.com', {
        name: 'Acme Shop',
        phones: ['+442476550120'],
        firstSeen: '2026-12-03T00:00:00Z',
      }),
      row('weber.de', { name: 'Weber', emails: ['einkauf@weber.de'] }),
      row('weber-licht.de', {
        name: 'Licht',
        emails: ['einkauf@weber.de'],
        firstSeen: '2026-12-02T00:00:00Z',
      }),
      row('luz.es', { name: 'Luz y Diseño S.L.' }),
      row('luzdiseno.com', { name: 'LUZ Y DISEÑO SL', firstSeen: '2026-12-02T00:00:00Z' }),
      row('other.fr', { name: 'Other', phones: ['+3312'] }),
      row('other2.fr', { name: 'Else', phones: ['+3312'] }),
    ];
    expect(findDuplicates(rows)).toEqual([
      { domain: 'acme-shop.com', other: 'acme.de', reason: 'phone', value: '+442476550120' },
      { domain: 'luzdiseno.com', other: 'luz.es', reason: 'name', value: 'luz diseno' },
      { domain: 'weber-licht.de', other: 'weber.de', reason: 'email', value: 'einkauf@weber.de' },
    ]);
  });

  it('names the strongest reason once per pair and leaves out pairs kept apart', () => {
    const a = row('a.de', { name: 'Same Name', emails: ['x@a.de'], notDuplicateOf: [] });
    const b = row('b.de', { name: 'Same Name', emails: ['x@a.de'] });
    expect(findDuplicates([a, b]).map((p) => p.reason)).toEqual(['email']);
    expect(findDuplicates([{ ...a, notDuplicateOf: ['b.de'] }, b])).toEqual([]);
    expect(duplicatesOf(b, [a])).toEqual([
      { domain: 'b.de', other: 'a.de', reason: 'email', value: 'x@a.de' },
    ]);
  });
});

let db: TierScoutDB;
afterEach(async () => {
  if (!db) return;
  db.close();
  await db.delete();
});

describe('merge and keep both', () => {
  it('merges one prospect into the other in one step, or remembers to keep both', async () => {
    db = new TierScoutDB(`dups-${Math.random()}`);
    const [a, b, c] = randomProspects(3, 9);
    await putProspects(db, [
      { ...a!, domain: 'acme.de', tags: ['messe'], notes: 'first' },
      { ...b!, domain: 'acme-shop.com', tags: ['vip'], notes: 'second' },
      { ...c!, domain: 'third.de' },
    ]);
    const merged = await mergeDuplicate(db, 'acme-shop.com', 'acme.de');
    expect(await getProspect(db, 'acme-shop.com')).toBeUndefined();
    expect(merged.tags.sort()).toEqual(['messe', 'vip']);
    expect(merged.notes).toContain('first');
    expect(merged.notes).toContain('second');
    expect(merged.history.at(-1)).toMatchObject({ field: 'merged', from: 'acme-shop.com', to: 'acme.de' });

    await keepBoth(db, 'acme.de', 'third.de');
    const rows = (await db.prospects.toArray()).map((p) => toManagerRow(p));
    expect(rows.find((r) => r.domain === 'third.de')!.notDuplicateOf).toEqual(['acme.de']);
    expect(findDuplicates(rows.map((r) => ({ ...r, name: 'Same' })))).toEqual([]);
  });
});

describe('the dupKeys index (schema version 4)', () => {
  it('fills dupKeys on rows of a version-3 database and keeps its inquiry queue', async () => {
    const name = `test-v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(STORES_V3);
    const [a] = randomProspects(1, 22);
    const acme = {
      ...a!,
      domain: 'acme.de',
      company: { ...a!.company, name: 'ACME GmbH' },
      contacts: {
        ...a!.contacts,
        emails: [],
        phones: [{ value: '+442476550120', kind: 'phone' as const, country: 'GB', raw: '', evidence: [] }],
      },
    };
    await v3.table('prospects').put({ ...acme, effectiveTier: 'none' });
    await v3.table('inquiries').put({ id: 'inq-1', replyBy: '2026-12-02T09:00:00.000Z', status: 'new' });
    v3.close();

    db = new TierScoutDB(name);
    expect(db.verno).toBe(6);
    expect((await db.prospects.get('acme.de'))!.dupKeys).toEqual(['phone:+442476550120', 'name:acme']);
    expect((await db.inquiries.toArray()).map((i) => i.id)).toEqual(['inq-1']);
  });

  it('fills dupKeys on rows of a version-2 database and finds duplicates of a save by index', async () => {
    const name = `test-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(STORES_V2);
    const [a, b, c] = randomProspects(3, 21);
    const acme = {
      ...a!,
      domain: 'acme.de',
      company: { ...a!.company, name: 'ACME GmbH' },
      firstSeen: '2026-12-03T09:00:00.000Z',
      contacts: {
        ...a!.contacts,
        emails: [],
        phones: [{ value: '+442476550120', kind: 'phone' as const, country: 'GB', raw: '', evidence: [] }],
      },
    };
    const other = {
      ...b!,
      domain: 'other.fr',
      company: { ...b!.company, name: 'Other' },
      contacts: { ...b!.contacts, phones: [], emails: [] },
    };
    await v2.table('prospects').bulkPut([acme, other].map((p) => ({ ...p, effectiveTier: 'none' })));
    v2.close();

    db = new TierScoutDB(name);
    const rows = await db.prospects.toArray();
    expect(rows.find((r) => r.domain === 'acme.de')!.dupKeys).toEqual(['phone:+442476550120', 'name:acme']);

    const incoming = {
      ...c!,
      domain: 'acme-shop.com',
      company: { ...c!.company, name: 'Acme Shop' },
      contacts: {
        ...c!.contacts,
        emails: [],
        phones: [{ value: '+442476550120', kind: 'phone' as const, country: 'GB', raw: '', evidence: [] }],
      },
    };
    const found = await savedDuplicatesOf(db, incoming);
    expect(found).toEqual([
      {
        pair: { domain: 'acme-shop.com', other: 'acme.de', reason: 'phone', value: '+442476550120' },
        name: 'ACME GmbH',
        firstSeen: '2026-12-03T09:00:00.000Z',
      },
    ]);
    // Writes keep the index current.
    await putProspects(db, [incoming]);
    expect((await savedDuplicatesOf(db, acme)).map((d) => d.pair.other)).toEqual(['acme-shop.com']);
    await keepBoth(db, 'acme.de', 'acme-shop.com');
    expect(await savedDuplicatesOf(db, (await getProspect(db, 'acme.de'))!)).toEqual([]);
  });
});

describe('findDuplicatesInSteps', () => {
  it('finds the same pairs as findDuplicates, pausing between steps', async () => {
    const rows = randomProspects(600, 11).map((p, i) => ({
      domain: p.domain,
      name: i % 7 === 0 ? 'Shared Name GmbH' : p.company.name,
      emails: p.contacts.emails.map((e) => e.value),
      phones: i % 5 === 0 ? ['+4940123456'] : p.contacts.phones.map((x) => x.value),
      firstSeen: p.firstSeen,
    }));
    const expected = findDuplicates(rows);
    expect(expected.length).toBeGreaterThan(10);
    for (const step of [1, 7, 250, 10_000]) expect(await findDuplicatesInSteps(rows, step)).toEqual(expected);
  });
});
