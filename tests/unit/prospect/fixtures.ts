// Builders for scans and prospects used by the store and merge tests (invented companies and contacts).
import type { GradedScan } from '../../../lib/grading/pipeline';
import { encodeReading } from '../../../lib/grading/stored-reading';
import type { Prospect, ScanResult, SiteReading, Suggestion } from '../../../lib/model';

export function scanOf(
  domain: string,
  overrides: Partial<ScanResult> = {},
  emails: string[] = [],
): ScanResult {
  return {
    url: `https://www.${domain}/`,
    domain,
    scannedAt: '2026-11-26T10:00:00.000Z',
    pages: [{ url: `https://www.${domain}/`, title: 'Home', ok: true, truncated: false }],
    company: {
      name: 'Großhandel Weber GmbH',
      address: 'Lindenstraße 12, 20095 Hamburg',
      country: 'DE',
      language: 'de',
      evidence: { name: [], address: [], country: [], language: [] },
    },
    contacts: {
      emails: emails.map((value) => ({
        value,
        isRole: value.startsWith('info@') || value.startsWith('vertrieb@'),
        isOwnDomain: true,
        evidence: [{ page: `https://www.${domain}/`, source: 'mailto' }],
      })),
      phones: [],
      messengers: [],
      socials: [],
    },
    ...overrides,
  };
}

export function suggestionOf(
  tier: Suggestion['tier']['value'],
  buyer: Suggestion['buyerType']['value'],
): Suggestion {
  return {
    tier: {
      value: tier,
      share: 0.5,
      matchedLines: ['LED panels'],
      reasons: [{ key: 'tier.reason.share', params: { n: 3 } }],
    },
    buyerType: { value: buyer, secondary: null, confidence: 0.8, reasons: [{ key: 'buyer.reason.cues' }] },
    profileId: 'p1',
  };
}

/** A small reading of a German lighting wholesaler's home page, as `readSite` returns it. */
export function readingOf(overrides: Partial<SiteReading> = {}): SiteReading {
  return {
    version: 1,
    lang: 'de',
    items: [
      { text: 'LED-Panels', zone: 'nav', weight: 3 },
      { text: 'Downlights', zone: 'nav', weight: 3 },
      { text: 'Kabel', zone: 'nav', weight: 3 },
    ],
    identity: [{ zone: 'title', text: 'Weber Großhandel – LED-Leuchten' }],
    sample: [],
    buyerType: { value: 'wholesaler', secondary: null, confidence: 0.8, reasons: [] },
    listing: null,
    notTrader: null,
    news: false,
    commerce: { cart: 0, productCards: 0, prices: 0 },
    size: [],
    hasContacts: true,
    country: 'DE',
    ...overrides,
  };
}

/** What `gradeScan` returns for a suggestion (the reading is `readingOf()`). */
export function gradedOf(suggestion: Suggestion | null, reading: SiteReading = readingOf()): GradedScan {
  return {
    reading,
    stored: encodeReading(reading, [reading.lang], '2026-11-26T10:00:00.000Z'),
    suggestion,
    buyerType: suggestion?.buyerType ?? reading.buyerType,
  };
}

export function prospectOf(domain: string, overrides: Partial<Prospect> = {}): Prospect {
  return {
    domain,
    url: `https://www.${domain}/`,
    company: { name: 'Iluminación Sur S.L.', address: '', country: 'ES', language: 'es' },
    contacts: { emails: [], phones: [], messengers: [], socials: [] },
    suggestedTier: null,
    suggestedBuyerType: 'unknown',
    reasons: [],
    tier: null,
    buyerType: null,
    status: 'potential',
    outreach: 'todo',
    region: '',
    searchPlan: '',
    tags: [],
    notes: '',
    firstSeen: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    history: [],
    ...overrides,
  };
}
