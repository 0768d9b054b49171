import { describe, expect, it } from 'vitest';
import {
  compareRows,
  EMPTY_FILTER,
  filterRows,
  mergeSorted,
  patchInPlace,
  refines,
  type Sort,
  SORT_KEYS,
  sortRows,
} from '../../../lib/manager/filter';
import {
  createInterner,
  haystackOf,
  type ManagerRow,
  sameRow,
  toManagerRow,
} from '../../../lib/manager/rows';
import { computeStats } from '../../../lib/manager/stats';
import { randomProspects, seededRandom } from '../backup/generate';

const ps = randomProspects(400, 42);
const rows = ps.map((p) => toManagerRow(p));
const tierOf = (p: (typeof ps)[number]) => p.tier ?? p.suggestedTier ?? 'none';

describe('toManagerRow', () => {
  it('keeps every exported and filtered field of the prospect', () => {
    const p = ps.find((x) => x.contacts.emails.length > 1 && x.contacts.phones.length > 0)!;
    const row = toManagerRow(p);
    expect(row).toMatchObject({
      domain: p.domain,
      name: p.company.name,
      url: p.url,
      address: p.company.address,
      country: p.company.country,
      language: p.company.language,
      tier: p.tier,
      suggestedTier: p.suggestedTier,
      effectiveTier: tierOf(p),
      buyerType: p.buyerType,
      suggestedBuyerType: p.suggestedBuyerType,
      status: p.status,
      outreach: p.outreach,
      region: p.region,
      searchPlan: p.searchPlan,
      tags: p.tags,
      emails: p.contacts.emails.map((e) => e.value),
      phones: p.contacts.phones.map((x) => x.value),
      notes: p.notes,
      firstSeen: p.firstSeen,
      updatedAt: p.updatedAt,
    });
  });

  it('shares one string per repeated value through the interner', () => {
    const intern = createInterner();
    const a = toManagerRow({ ...ps[0]!, region: ['DA', 'CH'].join('') }, intern);
    const b = toManagerRow({ ...ps[1]!, region: ['D', 'ACH'].join('') }, intern);
    expect(a.region).toBe('DACH');
    expect(Object.is(a.region, b.region)).toBe(true);
  });

  it('stops remembering new values past its limit but still returns them', () => {
    const intern = createInterner(30);
    const values = Array.from({ length: 100 }, (_, i) => `region ${i}`);
    expect(values.map(intern)).toEqual(values);
  });

  it('sameRow tells equal data from changed data in any field', () => {
    const p = ps.find((x) => x.tags.length > 0 && x.contacts.emails.length > 0)!;
    const a = toManagerRow(p);
    expect(sameRow(a, toManagerRow(structuredClone(p)))).toBe(true);
    const changes = [
      { ...p, notes: `${p.notes}!` },
      { ...p, tier: p.tier === 'A' ? ('B' as const) : ('A' as const) },
      { ...p, tags: [...p.tags, 'neu'] },
      { ...p, contacts: { ...p.contacts, emails: p.contacts.emails.slice(1) } },
      { ...p, updatedAt: '2030-01-01T00:00:00.000Z' },
    ];
    for (const changed of changes) expect(sameRow(a, toManagerRow(changed))).toBe(false);
  });

  it('haystack holds the searchable fields only, lower-cased', () => {
    const p = { ...ps[0]!, region: 'UNIQUE-REGION', notes: 'Call MÜLLER' };
    const hay = haystackOf({ ...p, emails: ['Info@X.de'] });
    expect(hay).not.toContain('unique-region');
    expect(hay).toContain('call müller');
    expect(hay).toContain('info@x.de');
  });
});

describe('filterRows', () => {
  it('returns everything for the empty filter', () => {
    expect(filterRows(rows, EMPTY_FILTER)).toHaveLength(400);
  });

  it('ANDs search terms over company, domain, emails and notes, case-insensitively', () => {
    const target = ps.find((p) => p.contacts.emails.length > 0)!;
    const email = target.contacts.emails[0]!.value.toUpperCase();
    const hits = filterRows(rows, { ...EMPTY_FILTER, text: `${email} ${target.domain}` });
    expect(hits.map((r) => r.domain)).toEqual([target.domain]);
    expect(filterRows(rows, { ...EMPTY_FILTER, text: `${target.domain} no-such-word` })).toEqual([]);
  });

  it('combines structured filters', () => {
    const f = { ...EMPTY_FILTER, tiers: ['A' as const], statuses: ['target' as const], countries: ['DE'] };
    const hits = filterRows(rows, f).map((r) => r.domain);
    const expected = ps.filter(
      (p) => tierOf(p) === 'A' && p.status === 'target' && p.company.country === 'DE',
    );
    expect(hits).toEqual(expected.map((p) => p.domain));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('takes several values of one filter as OR, and the shown buyer type', () => {
    const f = { ...EMPTY_FILTER, tiers: ['A' as const, 'none' as const], buyerTypes: ['importer' as const] };
    const expected = ps.filter(
      (p) => ['A', 'none'].includes(tierOf(p)) && (p.buyerType ?? p.suggestedBuyerType) === 'importer',
    );
    expect(filterRows(rows, f).map((r) => r.domain)).toEqual(expected.map((p) => p.domain));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('filters by inclusive date range on updatedAt and by tag', () => {
    const f = { ...EMPTY_FILTER, dateFrom: '2025-06-01', dateTo: '2025-06-30', tags: ['vip'] };
    const expected = ps.filter(
      (p) =>
        p.updatedAt.slice(0, 10) >= '2025-06-01' &&
        p.updatedAt.slice(0, 10) <= '2025-06-30' &&
        p.tags.includes('vip'),
    );
    expect(filterRows(rows, f).map((r) => r.domain)).toEqual(expected.map((p) => p.domain));
    // The bounds are days: a row updated late on the last day is in, one on the next day is out.
    const edge = (updatedAt: string) => toManagerRow({ ...ps[0]!, updatedAt, tags: ['vip'] });
    const inside = [edge('2025-06-01T00:00:00.000Z'), edge('2025-06-30T23:59:59.999Z')];
    const outside = [edge('2025-05-31T23:59:59.999Z'), edge('2025-07-01T00:00:00.000Z')];
    expect(filterRows([...inside, ...outside], f)).toEqual(inside);
  });
});

describe('sortRows', () => {
  it('sorts by tier A..D then none, ties by domain', () => {
    const sorted = sortRows(rows, { key: 'tier', dir: 'asc' });
    const order = 'ABCDn';
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      const da = order.indexOf(a.effectiveTier[0]!);
      const db = order.indexOf(b.effectiveTier[0]!);
      expect(da < db || (da === db && a.domain < b.domain)).toBe(true);
    }
  });
  it('sorts by date descending', () => {
    const d = sortRows(rows, { key: 'updatedAt', dir: 'desc' }).map((r) => r.updatedAt);
    expect(d).toEqual([...d].sort().reverse());
  });
  it.each(SORT_KEYS.flatMap((key) => (['asc', 'desc'] as const).map((dir) => ({ key, dir }))))(
    'agrees with compareRows for $key $dir',
    (sort: Sort) => {
      expect(sortRows(rows, sort)).toEqual([...rows].sort(compareRows(sort)));
    },
  );
});

describe('mergeSorted', () => {
  // Random edits, additions and deletions, merged into the sorted list, must equal sorting the edited list.
  it.each([1, 2, 3, 4, 5])('equals a full sort after random changes (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const sort: Sort = { key: SORT_KEYS[seed % SORT_KEYS.length]!, dir: seed % 2 ? 'asc' : 'desc' };
    const before = sortRows(rows, sort);
    const fresh = randomProspects(5, 1000 + seed).map((p) =>
      toManagerRow({ ...p, domain: `new-${seed}-${p.domain}` }),
    );
    const edited: ManagerRow[] = [];
    const touched = new Set<string>();
    for (let k = 0; k < 12; k++) {
      const victim = rows[Math.floor(random() * rows.length)]!;
      touched.add(victim.domain);
      if (random() < 0.7) {
        const other = ps[Math.floor(random() * ps.length)]!;
        edited.push(toManagerRow({ ...other, domain: victim.domain }));
      }
    }
    for (const f of fresh) touched.add(f.domain);
    const upserted = [...new Map([...edited, ...fresh].map((r) => [r.domain, r])).values()];
    const after = [...rows.filter((r) => !touched.has(r.domain)), ...upserted];
    expect(mergeSorted(before, upserted, touched, sort)).toEqual(sortRows(after, sort));
  });
});

describe('computeStats', () => {
  it('counts every prospect once per chart and fills empty days', () => {
    const s = computeStats(rows, '2026-11-26');
    expect(Object.values(s.byTier).reduce((a, b) => a + b)).toBe(400);
    expect(Object.values(s.byOutreach).reduce((a, b) => a + b)).toBe(400);
    expect(s.byCountry.reduce((a, [, n]) => a + n, 0)).toBe(400);
    expect(s.byTier.A).toBe(ps.filter((p) => tierOf(p) === 'A').length);
    expect(s.addedPerDay).toHaveLength(30);
    expect(s.addedPerDay.at(-1)?.[0]).toBe('2026-11-26');
  });
});

describe('refines', () => {
  it('says when searching the previous result gives the same rows as searching all', () => {
    const prev = { ...EMPTY_FILTER, text: 'firma-1' };
    const next = { ...EMPTY_FILTER, text: 'firma-12 de' };
    expect(refines(prev, next)).toBe(true);
    const fromPrev = filterRows(filterRows(rows, prev), next);
    expect(fromPrev).toEqual(filterRows(rows, next));
    expect(refines(next, prev)).toBe(false);
    expect(refines(prev, { ...next, tiers: ['A'] })).toBe(false);
  });
});

describe('search covers country names, phone digits and e-mail parts (issue 11)', () => {
  const base = ps[0]!;
  const make = (domain: string, country: string, phone: string, email: string) =>
    toManagerRow({
      ...base,
      domain,
      company: { ...base.company, name: `Firma ${domain}`, country },
      contacts: {
        ...base.contacts,
        emails: [{ value: email, isRole: false, isOwnDomain: true, evidence: [] }],
        phones: [{ value: phone, kind: 'phone', country, raw: phone, evidence: [] }],
      },
      notes: '',
    });
  const list = [
    make('weber.de', 'DE', '+4930123456', 'einkauf@weber.de'),
    make('luz.es', 'ES', '+34911222333', 'compras@luz.es'),
    make('light.co.uk', 'GB', '+442071234567', 'buyer@light.co.uk'),
  ];
  it.each([
    ['Germany', ['weber.de']],
    ['germany', ['weber.de']],
    ['德国', ['weber.de']],
    ['西班牙', ['luz.es']],
    ['Spain', ['luz.es']],
    ['United Kingdom', ['light.co.uk']],
    ['英国', ['light.co.uk']],
    ['+49', ['weber.de']],
    ['4930', ['weber.de']],
    ['+49 30 123', ['weber.de']],
    ['030 123456', ['weber.de']],
    ['(0)20 7123', ['light.co.uk']],
    ['einkauf', ['weber.de']],
    ['compras@', ['luz.es']],
    ['@light.co.uk', ['light.co.uk']],
  ])('%s finds %o', (text, domains) => {
    expect(filterRows(list, { ...EMPTY_FILTER, text }).map((r) => r.domain)).toEqual(domains);
  });
});

describe('patchInPlace', () => {
  const sort: Sort = { key: 'updatedAt', dir: 'desc' };
  const sorted = sortRows(rows.slice(0, 20), sort);
  it('keeps a changed row in its place (a tier key does not move it to the top)', () => {
    const fifth = sorted[4]!;
    const changed = {
      ...fifth,
      tier: 'A' as const,
      effectiveTier: 'A' as const,
      updatedAt: '2099-01-01T00:00:00.000Z',
    };
    const { rows: next, isStale } = patchInPlace(sorted, [changed], new Set([fifth.domain]), sort);
    expect(next.map((r) => r.domain)).toEqual(sorted.map((r) => r.domain));
    expect(next[4]).toBe(changed);
    expect(isStale).toBe(true);
    // A full sort (the rep re-sorts) moves it.
    expect(sortRows(next, sort)[0]).toBe(changed);
  });

  it('drops deleted rows and merges new ones in at their sorted place', () => {
    const gone = sorted[2]!;
    const fresh = { ...rows[30]!, domain: 'zz-new.example', updatedAt: '2099-01-01T00:00:00.000Z' };
    const { rows: next, isStale } = patchInPlace(sorted, [fresh], new Set([gone.domain, fresh.domain]), sort);
    expect(next).toHaveLength(sorted.length);
    expect(next[0]).toBe(fresh);
    expect(next.some((r) => r.domain === gone.domain)).toBe(false);
    expect(isStale).toBe(false);
  });
});
