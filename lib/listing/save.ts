/**
 * Listing entries as prospects: each saved entry is its own prospect, keyed by its own website's registrable
 * domain when the listing gives one (so a later visit to that site merges into it), else by its entry key; the
 * listing page is its source (`url`, and the first history line). Tier D is suggested (the listing shows it deals
 * in the product); the rep's own tier, when chosen, is stored as the rep's and wins over any later suggestion.
 * Pure: the popup writes the result with `writeProspects`, which merges with rows already saved.
 */
import { isFreeMailDomain } from '../free-mail/index';
import type { Prospect, Reason, Tier } from '../model';
import { isRoleAddress } from '../scan/emails';
import { parsePhone } from '../scan/phones';
import type { AnalyzedListing, ListingEntry } from './analyze';
import { isEntryKey } from './analyze';
import type { GradeLookup } from './grade';

export interface ListingSaveInput {
  listing: AnalyzedListing;
  entries: ListingEntry[];
  grades?: GradeLookup;
  /** The rep's tier for this save; null leaves the suggested D. */
  tier?: Tier | null;
  region?: string;
  searchPlan?: string;
  /** The listing page's language, kept as the entries' language. */
  lang?: string;
}

/** True when a key may store a company: an entry key, or a registrable domain that is not a free-mail provider. */
export function isCompanyKey(key: string): boolean {
  return key.length > 0 && (isEntryKey(key) || !isFreeMailDomain(key));
}

/**
 * One prospect per entry (entries with a free-mail key are never produced: analyzeListing keys them by entry).
 * @example const rows = prospectsFromListing({ listing, entries: picked }, new Date().toISOString());
 */
export function prospectsFromListing(input: ListingSaveInput, now: string): Prospect[] {
  const { listing, grades } = input;
  const evidence = [{ page: listing.url.slice(0, 2_000), source: 'listing' }];
  const out: Prospect[] = [];
  for (const entry of input.entries) {
    if (!isCompanyKey(entry.key)) continue;
    const grade = grades?.get(entry.key);
    const reasons: Reason[] = grade?.reasons.length
      ? grade.reasons
      : [{ key: 'classify.tier.listingStructure', params: { site: listing.site } }];
    const own = isEntryKey(entry.key) ? '' : entry.key;
    out.push({
      domain: entry.key,
      url: listing.url,
      company: {
        name: entry.name.slice(0, 200),
        address: entry.address.slice(0, 500),
        country: entry.country,
        language: (input.lang ?? '').slice(0, 8),
      },
      contacts: {
        emails: entry.emails.map((value) => ({
          value,
          isRole: isRoleAddress(value),
          isOwnDomain: own !== '' && value.toLowerCase().endsWith(`@${own}`),
          evidence,
        })),
        phones: entry.phones.map((p) => ({
          value: p.value,
          kind: p.kind,
          country: parsePhone(p.value, '')?.country ?? '',
          raw: p.raw.slice(0, 80),
          evidence,
        })),
        messengers: [],
        socials: [],
      },
      suggestedTier: 'D',
      suggestedBuyerType: 'unknown',
      reasons,
      tier: input.tier ?? null,
      buyerType: null,
      status: 'potential',
      outreach: 'todo',
      region: input.region ?? '',
      searchPlan: input.searchPlan ?? '',
      tags: [],
      notes: '',
      firstSeen: now,
      updatedAt: now,
      history: [{ at: now, field: 'created', from: '', to: listing.url }],
    });
  }
  return out;
}
