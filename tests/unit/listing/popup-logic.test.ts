import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareGrading } from '../../../lib/classify/index';
import { isEntryKey } from '../../../lib/listing/analyze';
import { EntryGrades, gradeEntries } from '../../../lib/listing/grade';
import { isCompanyKey } from '../../../lib/listing/save';
import { applySelect, countriesOf, filterEntries, firstContact } from '../../../lib/listing/select';
import { type ListingView, listingProspects, listingViewOf } from '../../../lib/listing/view';
import { ProspectSchema } from '../../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { captureFile } from '../../tools/scan-node';

const PAGE = resolve(import.meta.dirname, '../../fixtures/sites/nordvik-lighting.com/en/where-to-buy.html');
const URL = 'https://www.nordvik-lighting.com/en/where-to-buy';
const LED = {
  id: 'led',
  name: 'LED lighting',
  lines: [
    { name: 'Downlights', keywords: ['downlight'] },
    { name: 'LED panels', keywords: ['LED panel'] },
  ],
  industryKeywords: ['lighting', 'Beleuchtung'],
  excludeKeywords: [],
};
const OFFICE = {
  id: 'office',
  name: 'Office chairs',
  lines: [{ name: 'Office chairs', keywords: ['office chair', 'Bürostuhl'] }],
  industryKeywords: ['office furniture'],
  excludeKeywords: [],
};

let view: ListingView;
beforeAll(async () => {
  await prepareGrading(['en']);
  const capture = captureFile(PAGE, URL);
  view = listingViewOf(capture, analyzeCaptures([capture]), LED, DEFAULT_THRESHOLDS)!;
});

describe('the popup view of a dealer list', () => {
  it('lists every dealer, graded from its own words', () => {
    expect(view.listing.entries).toHaveLength(318);
    expect(view.listing.skipped).toBe(2);
    const hartmann = view.listing.entries.find((e) => e.name === 'Hartmann Beleuchtung AG')!;
    expect(view.grades!.get(hartmann.key)).toMatchObject({ tier: 'D', lines: ['Downlights'] });
    const graded = view.listing.entries.filter((e) => view.grades!.get(e.key)?.tier === 'D').length;
    // Two of three cards list their range; the others say nothing of the product and stay ungraded.
    expect(graded).toBeGreaterThan(150);
    expect(graded).toBeLessThan(318);
  });

  it('grades on demand and in steps exactly as all at once, whatever the order', () => {
    const all = gradeEntries(view.listing, LED, DEFAULT_THRESHOLDS, view.lang);
    const lazy = new EntryGrades(view.listing, LED, DEFAULT_THRESHOLDS, view.lang);
    const last = view.listing.entries.at(-1)!;
    expect(lazy.get(last.key)).toEqual(all.get(last.key));
    expect(lazy.isComplete).toBe(false);
    let steps = 0;
    while (!lazy.gradeNext(50)) steps++;
    expect(steps).toBe(Math.ceil((view.listing.entries.length - 1) / 50) - 1);
    for (const e of view.listing.entries) expect(lazy.get(e.key)).toEqual(all.get(e.key));
    expect(lazy.get('no-such-key')).toBeUndefined();
  });

  it('grades nothing D against a profile of other products', () => {
    const capture = captureFile(PAGE, URL);
    const other = listingViewOf(capture, analyzeCaptures([capture]), OFFICE, DEFAULT_THRESHOLDS)!;
    expect([...other.grades!.values()].filter((g) => g.tier === 'D')).toEqual([]);
  });

  it('filters by country and grade, and selects all / graded / none over what shows', () => {
    expect(countriesOf(view.listing.entries)[0]).toEqual({ country: 'DE', n: 96 });
    const austria = filterEntries(view.listing.entries, view.grades, { country: 'AT', grade: 'all' });
    expect(austria).toHaveLength(20);
    let selected = applySelect(new Set(), austria, view.grades, 'all');
    expect(selected.size).toBe(20);
    selected = applySelect(selected, austria, view.grades, 'graded');
    const gradedAt = austria.filter((e) => view.grades!.get(e.key)?.tier === 'D');
    expect([...selected].sort()).toEqual(gradedAt.map((e) => e.key).sort());
    expect(applySelect(selected, austria, view.grades, 'none').size).toBe(0);
    const ungraded = filterEntries(view.listing.entries, view.grades, { country: '', grade: 'none' });
    expect(
      ungraded.length + filterEntries(view.listing.entries, view.grades, { country: '', grade: 'D' }).length,
    ).toBe(318);
    expect(firstContact(austria[0]!)).toMatch(/@|^\+43/);
  });

  it('saves each entry as its own valid D prospect with the listing as source, never under free mail', () => {
    const rows = listingProspects(
      view,
      view.listing.entries,
      null,
      { region: 'DACH', searchPlan: '' },
      '2026-12-03T10:00:00.000Z',
    );
    expect(rows).toHaveLength(318);
    for (const row of rows) {
      expect(() => ProspectSchema.parse(row)).not.toThrow();
      expect(row).toMatchObject({ suggestedTier: 'D', tier: null, url: URL, region: 'DACH' });
      expect(isCompanyKey(row.domain)).toBe(true);
    }
    const gruber = rows.find((r) => r.domain === 'lichthaus-gruber.at')!;
    expect(gruber.company.name).toBe('Lichthaus Gruber GmbH');
    expect(gruber.contacts.emails[0]).toMatchObject({
      value: 'office@lichthaus-gruber.at',
      isOwnDomain: true,
    });
    const freeMailOnly = rows.filter((r) =>
      r.contacts.emails.some((e) => /@(gmx|aon|web|gmail)\./.test(e.value)),
    );
    expect(freeMailOnly.length).toBeGreaterThan(10);
    for (const r of freeMailOnly)
      expect(isEntryKey(r.domain) || !/gmx|aon|web\.de|gmail/.test(r.domain)).toBe(true);
    expect(
      listingProspects(view, view.listing.entries.slice(0, 1), 'B', { region: '', searchPlan: '' })[0]!.tier,
    ).toBe('B');
  });

  it('a free-mail domain is never a company key', () => {
    expect(isCompanyKey('gmail.com')).toBe(false);
    expect(isCompanyKey('163.com')).toBe(false);
    expect(isCompanyKey('listing:nordvik-lighting.com/x')).toBe(true);
    expect(isCompanyKey('lichthaus-gruber.at')).toBe(true);
  });
});
