import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterProspects,
  haystackOf,
  indexProspects,
  refines,
  sortProspects,
  tierOf,
} from '../../../lib/manager/filter';
import { computeStats } from '../../../lib/manager/stats';
import { randomProspects } from '../backup/generate';

const ps = randomProspects(400, 42);
const items = indexProspects(ps);

describe('filterProspects', () => {
  it('returns everything for the empty filter', () => {
    expect(filterProspects(items, EMPTY_FILTER)).toHaveLength(400);
  });

  it('ANDs search terms over company, domain, emails and notes, case-insensitively', () => {
    const target = ps.find((p) => p.contacts.emails.length > 0)!;
    const email = target.contacts.emails[0]!.value.toUpperCase();
    const hits = filterProspects(items, { ...EMPTY_FILTER, text: `${email} ${target.domain}` });
    expect(hits.map((i) => i.prospect.domain)).toEqual([target.domain]);
    expect(filterProspects(items, { ...EMPTY_FILTER, text: `${target.domain} no-such-word` })).toEqual([]);
  });

  it('combines structured filters', () => {
    const f = { ...EMPTY_FILTER, tiers: ['A' as const], statuses: ['target' as const], countries: ['DE'] };
    const hits = filterProspects(items, f).map((i) => i.prospect);
    const expected = ps.filter(
      (p) => tierOf(p) === 'A' && p.status === 'target' && p.company.country === 'DE',
    );
    expect(hits).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('filters by inclusive date range on updatedAt and by tag', () => {
    const hits = filterProspects(items, {
      ...EMPTY_FILTER,
      dateFrom: '2025-06-01',
      dateTo: '2025-06-30',
      tags: ['vip'],
    });
    for (const { prospect: p } of hits) {
      expect(p.updatedAt.slice(0, 7)).toBe('2025-06');
      expect(p.tags).toContain('vip');
    }
  });

  it('haystack holds the searchable fields only', () => {
    const p = { ...ps[0]!, region: 'UNIQUE-REGION' };
    expect(haystackOf(p)).not.toContain('unique-region');
  });
});

describe('sortProspects', () => {
  it('sorts by tier A..D then none, ties by domain', () => {
    const sorted = sortProspects(items, { key: 'tier', dir: 'asc' }).map((i) => tierOf(i.prospect));
    expect(sorted.join('')).toBe(
      [...sorted].sort((a, b) => 'ABCDn'.indexOf(a[0]!) - 'ABCDn'.indexOf(b[0]!)).join(''),
    );
  });
  it('sorts by date descending', () => {
    const d = sortProspects(items, { key: 'updatedAt', dir: 'desc' }).map((i) => i.prospect.updatedAt);
    expect(d).toEqual([...d].sort().reverse());
  });
});

describe('computeStats', () => {
  it('counts every prospect once per chart and fills empty days', () => {
    const s = computeStats(ps, '2026-11-26');
    expect(Object.values(s.byTier).reduce((a, b) => a + b)).toBe(400);
    expect(Object.values(s.byOutreach).reduce((a, b) => a + b)).toBe(400);
    expect(s.byCountry.reduce((a, [, n]) => a + n, 0)).toBe(400);
    expect(s.addedPerDay).toHaveLength(30);
    expect(s.addedPerDay.at(-1)?.[0]).toBe('2026-11-26');
  });
});

describe('refines', () => {
  it('says when searching the previous result gives the same rows as searching all', () => {
    const prev = { ...EMPTY_FILTER, text: 'firma-1' };
    const next = { ...EMPTY_FILTER, text: 'firma-12 de' };
    expect(refines(prev, next)).toBe(true);
    const fromPrev = filterProspects(filterProspects(items, prev), next);
    expect(fromPrev).toEqual(filterProspects(items, next));
    expect(refines(next, prev)).toBe(false);
    expect(refines(prev, { ...next, tiers: ['A'] })).toBe(false);
  });
});
