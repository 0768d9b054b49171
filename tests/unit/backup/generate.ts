/**
 * A small seeded generator of random but valid prospects for property tests (no new dependency): mulberry32
 * for the numbers, and text pools with the awkward characters real data has (quotes, commas, newlines, CJK,
 * emoji, formula starters, accented letters).
 */
import { BUYER_TYPES, OUTREACH, type Prospect, STATUSES, TIERS } from '../../../lib/model';

/** mulberry32: tiny, fast, good enough to vary test data; same seed → same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Weber',
  'Großhandel',
  'GmbH',
  '"Best" Lights',
  'Luz, S.L.',
  '照明',
  '有限公司',
  '🚀 Rocket',
  '=SUM(A1)',
  '-5%',
  '+49',
  '@home',
  'Éclairage',
  'line\nbreak',
  'tab\there',
  "O'Neil",
  'Ltd.',
];

/** Random valid prospects with unique domains. */
export function randomProspects(count: number, seed: number): Prospect[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const text = (n: number) => Array.from({ length: 1 + Math.floor(rnd() * n) }, () => pick(WORDS)).join(' ');
  const date = () => new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 680 * 86_400_000)).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const domain = `firma-${i}-${Math.floor(rnd() * 1e6)}.${pick(['de', 'com', 'co.uk', 'fr', 'cn'])}`;
    const firstSeen = date();
    return {
      domain,
      url: `https://www.${domain}/`,
      company: {
        name: text(3),
        address: rnd() < 0.5 ? text(4) : '',
        country: pick(['DE', 'FR', 'CN', 'GB', 'ES', '']),
        language: pick(['de', 'fr', 'zh', 'en', '']),
      },
      contacts: {
        emails: Array.from({ length: Math.floor(rnd() * 3) }, (_, j) => ({
          value: `${pick(['info', 'sales', 'einkauf'])}${j}@${domain}`,
          isRole: rnd() < 0.5,
          isOwnDomain: true,
          evidence: [{ page: `https://www.${domain}/kontakt`, source: 'mailto' }],
        })),
        phones: Array.from({ length: Math.floor(rnd() * 2) }, (_, j) => ({
          value: `+49301234${500 + j}`,
          kind: 'phone' as const,
          country: 'DE',
          raw: `+49 30 1234${500 + j}`,
          evidence: [],
        })),
        messengers: [],
        socials:
          rnd() < 0.3
            ? [{ network: 'linkedin' as const, url: `https://linkedin.com/company/${i}`, evidence: [] }]
            : [],
      },
      suggestedTier: rnd() < 0.2 ? null : pick(TIERS),
      suggestedBuyerType: pick(BUYER_TYPES),
      reasons:
        rnd() < 0.5 ? [{ key: 'tier.share', params: { n: Math.floor(rnd() * 10), lines: text(2) } }] : [],
      tier: rnd() < 0.5 ? null : pick(TIERS),
      buyerType: rnd() < 0.5 ? null : pick(BUYER_TYPES),
      status: pick(STATUSES),
      outreach: pick(OUTREACH),
      region: pick(['DACH', 'Benelux', '华东', '']),
      searchPlan: pick(['LED panels DE', 'Messe 2026', '']),
      tags: rnd() < 0.5 ? [pick(['vip', 'messe', '展会', 'follow-up'])] : [],
      notes: rnd() < 0.6 ? text(6) : '',
      firstSeen,
      updatedAt: firstSeen,
      history: [{ at: firstSeen, field: 'created', from: '', to: `https://www.${domain}/` }],
    };
  });
}
