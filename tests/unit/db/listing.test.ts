import { describe, expect, it } from 'vitest';
import { mergeDuplicate } from '../../../lib/db/duplicates';
import type { ReadingRow } from '../../../lib/grading/stored-reading';
import { saveListingProspects, savedKeys } from '../../../lib/db/listing';
import { getProspect, saveScan } from '../../../lib/db/prospects';
import { prospectOf, scanOf, suggestionOf } from '../prospect/fixtures';
import { freshDatabasePerTest } from './fresh-db';

const db = freshDatabasePerTest();
const LISTING = 'https://www.nordvik-lighting.com/en/where-to-buy';
const fromListing = (domain: string, name: string) =>
  prospectOf(domain, {
    url: LISTING,
    suggestedTier: 'D',
    tier: null,
    reasons: [{ key: 'classify.tier.listingStructure', params: { site: 'nordvik-lighting.com' } }],
    company: { name, address: '', country: 'AT', language: 'en' },
  });

describe('saving listing entries', () => {
  it('adds new rows and merges saved ones without replacing their own suggestion or the rep tier', async () => {
    await saveScan(db(), {
      scan: scanOf('lichthaus-gruber.at'),
      suggestion: suggestionOf('B', 'retailer'),
      tier: 'A',
    });
    const result = await saveListingProspects(db(), [
      fromListing('lichthaus-gruber.at', 'Lichthaus Gruber GmbH'),
      fromListing('listing:nordvik-lighting.com/elektro-huber--graz', 'Elektro Huber OG'),
    ]);
    expect(result).toEqual({ added: 1, updated: 1 });
    expect(await getProspect(db(), 'lichthaus-gruber.at')).toMatchObject({ tier: 'A', suggestedTier: 'B' });
    expect(await getProspect(db(), 'listing:nordvik-lighting.com/elektro-huber--graz')).toMatchObject({
      suggestedTier: 'D',
      url: LISTING,
    });
    expect(await savedKeys(db(), ['lichthaus-gruber.at', 'nope.at'])).toEqual(
      new Set(['lichthaus-gruber.at']),
    );
  });

  it('a later visit to the dealer site merges into the listing row and its grade replaces D', async () => {
    await saveListingProspects(db(), [fromListing('lichthaus-gruber.at', 'Lichthaus Gruber GmbH')]);
    const row = await saveScan(db(), {
      scan: scanOf('lichthaus-gruber.at'),
      suggestion: suggestionOf('A', 'retailer'),
    });
    expect(row).toMatchObject({
      suggestedTier: 'A',
      url: LISTING,
      company: { name: 'Lichthaus Gruber GmbH' },
    });
    expect(await db().prospects.count()).toBe(1);
  });

  it('merging a listing-only prospect with a real domain keeps the domain, whichever way round', async () => {
    await saveListingProspects(db(), [
      fromListing('listing:nordvik-lighting.com/elektro-huber--graz', 'Elektro Huber OG'),
    ]);
    await saveScan(db(), { scan: scanOf('elektro-huber.at') });
    const merged = await mergeDuplicate(
      db(),
      'elektro-huber.at',
      'listing:nordvik-lighting.com/elektro-huber--graz',
    );
    expect(merged.domain).toBe('elektro-huber.at');
    expect(await db().prospects.count()).toBe(1);
  });

  it('a merge leaves no reading behind without its prospect, and gives its reading to a row that had none', async () => {
    await saveListingProspects(db(), [
      fromListing('listing:nordvik-lighting.com/elektro-huber--graz', 'Elektro Huber OG'),
    ]);
    await saveScan(db(), { scan: scanOf('elektro-huber.at') });
    const stored = { version: 1 } as unknown as ReadingRow['stored'];
    await db().readings.put({ domain: 'listing:nordvik-lighting.com/elektro-huber--graz', stored });
    await mergeDuplicate(db(), 'elektro-huber.at', 'listing:nordvik-lighting.com/elektro-huber--graz');
    expect(await db().readings.toArray()).toEqual([{ domain: 'elektro-huber.at', stored }]);
  });

  it('never stores a free-mail provider as a company', async () => {
    await expect(saveScan(db(), { scan: scanOf('163.com') })).rejects.toMatchObject({ kind: 'validation' });
    expect(await db().prospects.count()).toBe(0);
  });
});
