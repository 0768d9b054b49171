import { describe, expect, it } from 'vitest';
import type { CrmRow } from '../../../lib/crm/row';
import { type ExportRow, toManagerRow } from '../../../lib/manager/rows';
import { PACKED_FIELDS, packRows, unpackRows } from '../../../lib/sheet-worker/pack';
import { randomProspects } from '../backup/generate';

/** A row whose every field holds a value no other field holds, so a field packed out of order shows. */
function distinctRow(i: number): ExportRow {
  const crm: CrmRow = {
    loyalty: 'loyal',
    grade: 'vip',
    isJudged: false,
    valuation: null,
    judgedGrade: null,
    figures: { year: 2026, orderAmount: 1000 + i, profit: 10, daysLate: 3 },
    nextContact: `2026-12-0${(i % 9) + 1}T00:00:00.000Z`,
    lastContact: '',
    people: [],
  };
  return {
    domain: `d${i}.de`,
    name: `name ${i}`,
    url: `https://u${i}.de/`,
    address: `address ${i}`,
    contactName: `contact ${i}`,
    country: 'DE',
    language: 'de',
    tier: 'A',
    suggestedTier: 'B',
    buyerType: 'importer',
    suggestedBuyerType: 'retailer',
    status: 'customer',
    outreach: 'sent',
    region: `region ${i}`,
    searchPlan: `plan ${i}`,
    tags: [`tag ${i}`],
    emails: [`a${i}@d.de`, `b${i}@d.de`],
    phones: [`+4930${i}`],
    notes: `notes ${i}\nline 2`,
    firstSeen: `2026-01-0${(i % 9) + 1}T10:00:00.000Z`,
    updatedAt: `2026-02-0${(i % 9) + 1}T10:00:00.000Z`,
    crm: i % 2 ? crm : null,
  };
}

describe('packRows / unpackRows', () => {
  it('gives back every field of every row, in order, through a structured clone', () => {
    const rows = Array.from({ length: 5 }, (_, i) => distinctRow(i));
    expect(Object.keys(rows[0]!)).toHaveLength(PACKED_FIELDS);
    const packed = structuredClone(packRows(rows));
    expect(packed).toHaveLength(5 * PACKED_FIELDS);
    expect(unpackRows(packed)).toEqual(rows);
  });

  it('packs a slice of manager rows without what only the page reads (search text, kept-apart domains)', () => {
    const rows = randomProspects(50, 9).map((p) => toManagerRow(p));
    const back = unpackRows(packRows(rows, 10, 20));
    expect(back.map((r) => r.domain)).toEqual(rows.slice(10, 20).map((r) => r.domain));
    const { haystack, notDuplicateOf, effectiveTier, ...exported } = rows[10]!;
    expect(haystack).not.toBe('');
    expect(back[0]).toEqual(exported);
    expect(packRows(rows, 45, 60)).toHaveLength(5 * PACKED_FIELDS);
  });

  it('refuses a slice cut off mid-row', () => {
    expect(() => unpackRows(packRows([distinctRow(1)]).slice(1))).toThrow(/cut off/);
  });
});
