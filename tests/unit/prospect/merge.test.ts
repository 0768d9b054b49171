import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  HISTORY_LIMIT,
  mergeContacts,
  mergeProspect,
  prospectFromScan,
  REVIEW_HISTORY_LIMIT,
} from '../../../lib/prospect/merge';
import { prospectOf, scanOf, suggestionOf } from './fixtures';

describe('mergeProspect', () => {
  it('returns the incoming record when nothing is stored', () => {
    const p = prospectOf('sur.es');
    expect(mergeProspect(undefined, p)).toBe(p);
  });

  it('keeps the rep tier and buyer type over a later suggestion', () => {
    const stored = prospectOf('sur.es', { tier: 'A', buyerType: 'importer', suggestedTier: 'C' });
    const incoming = prospectOf('sur.es', {
      suggestedTier: 'B',
      suggestedBuyerType: 'retailer',
      reasons: [{ key: 'x' }],
    });
    const merged = mergeProspect(stored, incoming);
    expect(merged).toMatchObject({
      tier: 'A',
      buyerType: 'importer',
      suggestedTier: 'B',
      suggestedBuyerType: 'retailer',
    });
    expect(merged.history.map((h) => `${h.field}:${h.from}>${h.to}`)).toEqual(['suggestedTier:C>B']);
  });

  it('lets a new explicit choice replace the old one and records it', () => {
    const merged = mergeProspect(prospectOf('sur.es', { tier: 'C' }), prospectOf('sur.es', { tier: 'A' }));
    expect(merged.tier).toBe('A');
    expect(merged.history.at(-1)).toMatchObject({ field: 'tier', from: 'C', to: 'A' });
  });

  it.each([
    [
      'notes joined',
      { notes: 'called, no answer' },
      { notes: 'send catalogue' },
      'notes',
      'called, no answer\nsend catalogue',
    ],
    ['same note once', { notes: 'x' }, { notes: 'x' }, 'notes', 'x'],
    ['blank region filled', { region: '' }, { region: 'Iberia' }, 'region', 'Iberia'],
    ['stored region kept', { region: 'Iberia' }, { region: 'LatAm' }, 'region', 'Iberia'],
    [
      'default status keeps stored',
      { status: 'target' as const },
      { status: 'potential' as const },
      'status',
      'target',
    ],
    [
      'earlier firstSeen',
      { firstSeen: '2026-11-20T00:00:00Z' },
      { firstSeen: '2026-01-01T00:00:00Z' },
      'firstSeen',
      '2026-01-01T00:00:00Z',
    ],
  ])('%s', (_name, a, b, field, expected) => {
    const merged = mergeProspect(prospectOf('sur.es', a), prospectOf('sur.es', b));
    expect(merged[field as keyof typeof merged]).toEqual(expected);
  });

  it('unions tags and caps history', () => {
    const history = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({
      at: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`,
      field: 'tier',
      from: '',
      to: 'A',
    }));
    const merged = mergeProspect(
      prospectOf('sur.es', { tags: ['fair'], history }),
      prospectOf('sur.es', { tags: ['fair', 'vip'], tier: 'B', updatedAt: '2026-12-01T00:00:00Z' }),
    );
    expect(merged.tags).toEqual(['fair', 'vip']);
    expect(merged.history).toHaveLength(HISTORY_LIMIT);
    expect(merged.history.at(-1)).toMatchObject({ field: 'tier', to: 'B' });
  });

  it('keeps the monthly review’s changes apart from the cap: many tier edits never push them out', () => {
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const becameCustomer = { at: at(0), field: 'status', from: 'target', to: 'customer' };
    const tierEdits = Array.from({ length: 200 }, (_, i) => ({
      at: at(i + 1),
      field: 'tier',
      from: 'A',
      to: 'B',
    }));
    const history = appendHistory([becameCustomer], tierEdits);
    expect(history).toHaveLength(HISTORY_LIMIT + 1);
    expect(history[0]).toEqual(becameCustomer);
    expect(history.at(-1)).toEqual(tierEdits.at(-1));
    // The review's own entries are capped too, at their own limit, newest kept.
    const moves = Array.from({ length: REVIEW_HISTORY_LIMIT + 5 }, (_, i) => ({
      at: at(300 + i),
      field: 'valueGrade',
      from: 'vip',
      to: 'important',
    }));
    const long = appendHistory(history, moves);
    expect(long.filter((h) => h.field === 'valueGrade')).toHaveLength(REVIEW_HISTORY_LIMIT);
    expect(long.filter((h) => h.field === 'tier')).toHaveLength(HISTORY_LIMIT);
    expect(long.some((h) => h.field === 'status')).toBe(false);
  });
});

describe('mergeContacts', () => {
  it('keeps each address once, case-insensitively, with both evidence lists', () => {
    const a = scanOf('weber.de', {}, ['info@weber.de']).contacts;
    const b = scanOf('weber.de', {}, ['INFO@weber.de', 'vertrieb@weber.de']).contacts;
    b.emails[0]!.evidence = [{ page: 'https://www.weber.de/impressum', source: 'text' }];
    const merged = mergeContacts(a, b);
    expect(merged.emails.map((e) => e.value)).toEqual(['info@weber.de', 'vertrieb@weber.de']);
    expect(merged.emails[0]!.evidence).toHaveLength(2);
  });

  it('keeps the "N more found" count of a capped page when the same page is saved again', () => {
    const a = scanOf('telefon-flut.de', {}, ['zentrale@telefon-flut.de']).contacts;
    a.more = { emails: 0, phones: 16_971, messengers: 0, socials: 0 };
    const b = { ...scanOf('telefon-flut.de', {}, ['zentrale@telefon-flut.de']).contacts };
    b.more = { emails: 0, phones: 16_970, messengers: 0, socials: 0 };
    expect(mergeContacts(a, b).more).toEqual({ emails: 0, phones: 16_971, messengers: 0, socials: 0 });
    expect(mergeContacts(b, { ...a, more: undefined }).more?.phones).toBe(16_970);
    expect(mergeContacts({ ...a, more: undefined }, { ...b, more: undefined }).more).toBeUndefined();
  });
});

describe('prospectFromScan', () => {
  it('takes the suggestion and the session stamps', () => {
    const p = prospectFromScan(
      {
        scan: scanOf('weber.de'),
        suggestion: suggestionOf('B', 'wholesaler'),
        region: 'DACH',
        searchPlan: 'LED grossist',
      },
      '2026-11-26T10:00:00Z',
    );
    expect(p).toMatchObject({
      suggestedTier: 'B',
      suggestedBuyerType: 'wholesaler',
      tier: null,
      region: 'DACH',
      searchPlan: 'LED grossist',
    });
    expect(p.reasons).toHaveLength(2);
    expect(p.company).not.toHaveProperty('evidence');
  });
});
