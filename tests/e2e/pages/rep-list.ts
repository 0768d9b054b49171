/**
 * A prospect list as a real rep of a Chinese LED-lighting exporter keeps it after two months of searching: lighting
 * wholesalers, distributors and importers in the countries such a rep works (company names, domains, role e-mails
 * and phones in each country's own shape), the regions and search plans they were found by, tiers mostly
 * suggested and some set by hand, a few customers and lost ones, trade-fair tags and short notes. Every name is
 * invented. For the README screenshots (`npm run screenshots`) and the stats: random strings
 * (`tests/unit/backup/generate.ts`) test the edges, not how the list looks.
 */
import type { BuyerType, Outreach, Prospect, Status, Tier } from '../../../lib/model';
import { seededRandom } from '../../unit/backup/generate';
import { makeProspect } from './manager';

interface Market {
  country: string;
  language: string;
  tld: string;
  region: string;
  searchPlan: string;
  /** Country calling code and the length of the national number. */
  dial: string;
  digits: number;
  mailboxes: readonly string[];
  /** Builds a company name from a family or place name and a trade word. */
  name: (who: string, trade: string, legal: string) => string;
  who: readonly string[];
  trades: readonly string[];
  legal: readonly string[];
  /** Branch towns, for a second company of the same name and trade. */
  cities: readonly string[];
  buyers: readonly BuyerType[];
  weight: number;
}

const MARKETS: readonly Market[] = [
  {
    country: 'DE',
    language: 'de',
    tld: 'de',
    region: 'DACH',
    searchPlan: 'LED Panel Großhändler',
    dial: '49',
    digits: 10,
    mailboxes: ['einkauf', 'info', 'vertrieb'],
    name: (who, trade, legal) => `${who} ${trade} ${legal}`,
    who: [
      'Brandt',
      'Krüger',
      'Hansen',
      'Schmitt',
      'Hoffmann',
      'Becker',
      'Neumann',
      'Vogel',
      'Lorenz',
      'Keller',
    ],
    trades: ['Leuchten', 'Lichttechnik', 'Elektro-Großhandel', 'Elektrovertrieb', 'LED-Systeme'],
    legal: ['GmbH', 'GmbH & Co. KG', 'e.K.', 'KG'],
    cities: ['Köln', 'Hamburg', 'Bielefeld', 'Leipzig', 'Stuttgart', 'Nürnberg'],
    buyers: ['wholesaler', 'wholesaler', 'distributor', 'retailer', 'importer'],
    weight: 5,
  },
  {
    country: 'AT',
    language: 'de',
    tld: 'at',
    region: 'DACH',
    searchPlan: 'Leuchten Großhandel Österreich',
    dial: '43',
    digits: 10,
    mailboxes: ['office', 'einkauf'],
    name: (who, trade, legal) => `${who} ${trade} ${legal}`,
    who: ['Huber', 'Gruber', 'Pichler', 'Steiner', 'Moser'],
    trades: ['Licht', 'Elektrohandel', 'Leuchtenvertrieb'],
    legal: ['GmbH', 'GesmbH'],
    cities: ['Wien', 'Graz', 'Linz'],
    buyers: ['wholesaler', 'distributor'],
    weight: 1,
  },
  {
    country: 'ES',
    language: 'es',
    tld: 'es',
    region: 'Iberia',
    searchPlan: 'distribuidor iluminación LED',
    dial: '34',
    digits: 9,
    mailboxes: ['compras', 'info', 'ventas'],
    name: (who, trade, legal) => `${trade} ${who} ${legal}`,
    who: ['García', 'Martínez', 'Navarro', 'Ruiz', 'Serrano', 'Castillo', 'Romero'],
    trades: ['Iluminación', 'Luminotecnia', 'Suministros Eléctricos', 'Electro'],
    legal: ['S.L.', 'S.A.'],
    cities: ['Valencia', 'Sevilla', 'Bilbao', 'Madrid'],
    buyers: ['distributor', 'importer', 'wholesaler'],
    weight: 3,
  },
  {
    country: 'FR',
    language: 'fr',
    tld: 'fr',
    region: 'France',
    searchPlan: 'grossiste éclairage LED',
    dial: '33',
    digits: 9,
    mailboxes: ['achats', 'contact'],
    name: (who, trade, legal) => `${trade} ${who} ${legal}`,
    who: ['Lefèvre', 'Moreau', 'Girard', 'Lambert', 'Fontaine', 'Roussel'],
    trades: ['Éclairage', 'Luminaires', 'Distribution Électrique'],
    legal: ['SARL', 'SAS'],
    cities: ['Lyon', 'Lille', 'Nantes', 'Bordeaux'],
    buyers: ['wholesaler', 'distributor', 'retailer'],
    weight: 3,
  },
  {
    country: 'GB',
    language: 'en',
    tld: 'co.uk',
    region: 'UK',
    searchPlan: 'LED lighting wholesaler UK',
    dial: '44',
    digits: 10,
    mailboxes: ['sales', 'purchasing', 'info'],
    name: (who, trade, legal) => `${who} ${trade} ${legal}`,
    who: ['Harper', 'Whitfield', 'Carter', 'Bennett', 'Ashworth', 'Fletcher', 'Holloway'],
    trades: ['Lighting', 'Electrical Wholesale', 'LED Supplies', 'Lighting Solutions'],
    legal: ['Ltd'],
    cities: ['Leeds', 'Bristol', 'Glasgow', 'Manchester'],
    buyers: ['wholesaler', 'distributor', 'importer', 'retailer'],
    weight: 3,
  },
  {
    country: 'PL',
    language: 'pl',
    tld: 'pl',
    region: 'CEE',
    searchPlan: 'hurtownia oświetlenia LED',
    dial: '48',
    digits: 9,
    mailboxes: ['biuro', 'zakupy'],
    name: (who, trade, legal) => `${trade} ${who} ${legal}`,
    who: ['Kowalski', 'Nowak', 'Wiśniewski', 'Zieliński', 'Wójcik'],
    trades: ['Oświetlenie', 'Elektro-Hurt', 'LED Systemy'],
    legal: ['Sp. z o.o.'],
    cities: ['Kraków', 'Poznań', 'Gdańsk'],
    buyers: ['wholesaler', 'importer'],
    weight: 2,
  },
  {
    country: 'IT',
    language: 'it',
    tld: 'it',
    region: 'Italia',
    searchPlan: 'distributore illuminazione LED',
    dial: '39',
    digits: 10,
    mailboxes: ['info', 'acquisti'],
    name: (who, trade, legal) => `${trade} ${who} ${legal}`,
    who: ['Rossi', 'Bianchi', 'Colombo', 'Ricci', 'Marino', 'Greco'],
    trades: ['Illuminazione', 'Elettroforniture', 'Luce'],
    legal: ['S.r.l.', 'S.p.A.'],
    cities: ['Milano', 'Torino', 'Bologna'],
    buyers: ['distributor', 'wholesaler', 'retailer'],
    weight: 2,
  },
  {
    country: 'NL',
    language: 'nl',
    tld: 'nl',
    region: 'Benelux',
    searchPlan: 'LED verlichting groothandel',
    dial: '31',
    digits: 9,
    mailboxes: ['inkoop', 'info'],
    name: (who, trade, legal) => `${who} ${trade} ${legal}`,
    who: ['De Vries', 'Jansen', 'Bakker', 'Visser', 'Smit'],
    trades: ['Verlichting', 'Elektrotechniek', 'LED Groothandel'],
    legal: ['B.V.'],
    cities: ['Utrecht', 'Eindhoven', 'Rotterdam'],
    buyers: ['wholesaler', 'importer'],
    weight: 2,
  },
  {
    country: 'AE',
    language: 'en',
    tld: 'ae',
    region: 'Middle East',
    searchPlan: 'lighting trading company Dubai',
    dial: '971',
    digits: 9,
    mailboxes: ['sales', 'info'],
    name: (who, trade, legal) => `${who} ${trade} ${legal}`,
    who: ['Al Noor', 'Gulf Star', 'Al Madina', 'Desert Light', 'Al Waha'],
    trades: ['Lighting Trading', 'Electrical Trading', 'Electromechanical'],
    legal: ['LLC', 'FZE'],
    cities: ['Dubai', 'Sharjah', 'Abu Dhabi'],
    buyers: ['importer', 'distributor', 'wholesaler'],
    weight: 2,
  },
  {
    country: 'US',
    language: 'en',
    tld: 'com',
    region: 'North America',
    searchPlan: 'LED lighting distributor USA',
    dial: '1',
    digits: 10,
    mailboxes: ['purchasing', 'sales'],
    name: (who, trade, legal) => `${who} ${trade} ${legal}`,
    who: ['Summit', 'Lakeside', 'Keystone', 'Pacific', 'Liberty', 'Redwood'],
    trades: ['Lighting Supply', 'Electric Supply', 'LED Distributors'],
    legal: ['Inc.', 'LLC'],
    cities: ['Texas', 'Ohio', 'Florida', 'Oregon'],
    buyers: ['distributor', 'wholesaler', 'importer'],
    weight: 2,
  },
  {
    country: 'CN',
    language: 'zh',
    tld: 'cn',
    region: '华南',
    searchPlan: '同行 LED 面板灯',
    dial: '86',
    digits: 11,
    mailboxes: ['sales', 'export'],
    name: (who, trade, legal) => `${who}${trade}${legal}`,
    who: ['中山市耀辉', '深圳市恒亮', '宁波市佳诚', '佛山市华睿', '江门市永泰'],
    trades: ['照明', '光电科技', '灯饰'],
    legal: ['有限公司'],
    cities: [],
    buyers: ['manufacturer'],
    weight: 1,
  },
];

const PINYIN: Record<string, string> = {
  中山市耀辉: 'yaohui',
  深圳市恒亮: 'hengliang',
  宁波市佳诚: 'jiacheng',
  佛山市华睿: 'huarui',
  江门市永泰: 'yongtai',
  照明: 'lighting',
  光电科技: 'opto',
  灯饰: 'lamps',
};

const TAGS = ['Light + Building', 'samples sent', 'price list sent', 'LinkedIn', 'Alibaba inquiry'];
const NOTES = [
  'Asked for the catalogue and CE/RoHS papers',
  'Buyer is on leave until next week',
  'Wants 3000K and 4000K panels, 600×600',
  'Uses a Chinese supplier already; price-driven',
  'Met at Light + Building, send samples',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
];

/** Lowercase ASCII for a domain: "Krüger Leuchten" → "krueger-leuchten". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `count` prospects of a rep's list, the same for the same seed, newest first across the two months before
 * `until`; domains are unique.
 */
export function repList(count: number, seed = 11, until = '2026-11-27T17:00:00.000Z'): Prospect[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const weighted = MARKETS.flatMap((m) => Array.from({ length: m.weight }, () => m));
  const seen = new Set<string>();
  const out: Prospect[] = [];
  const end = Date.parse(until);
  for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
    const m = pick(weighted);
    const who = pick(m.who);
    let trade = pick(m.trades);
    const tld = m.country === 'CN' ? 'com' : m.tld;
    const baseOf = (t: string) =>
      m.country === 'CN' ? `${PINYIN[who]}-${PINYIN[t]}` : slug(m.name(who, t, '').trim());
    if (seen.has(`${baseOf(trade)}.${tld}`) && m.cities.length > 0) trade = `${trade} ${pick(m.cities)}`;
    const name = m.name(who, trade, pick(m.legal));
    const domain = `${baseOf(trade)}.${tld}`;
    if (seen.has(domain)) continue;
    seen.add(domain);
    const firstSeen = new Date(end - Math.floor(rnd() * 60 * 86_400_000));
    const updatedAt = new Date(Math.min(end, firstSeen.getTime() + Math.floor(rnd() * 5 * 86_400_000)));
    const national = Array.from({ length: m.digits }, (_, i) =>
      i === 0 ? 2 + Math.floor(rnd() * 7) : Math.floor(rnd() * 10),
    ).join('');
    const suggested: Tier | null = m.country === 'CN' ? 'C' : pick(['A', 'B', 'B', 'B', 'C', 'C', 'C', 'D']);
    const isHandTiered = rnd() < 0.4;
    const status: Status = pick([
      'potential',
      'potential',
      'potential',
      'potential',
      'potential',
      'none',
      'none',
      'none',
      'target',
      'target',
      'customer',
      'lost',
    ]);
    const outreach: Outreach =
      status === 'customer' || status === 'lost'
        ? 'sent'
        : pick(['todo', 'todo', 'todo', 'fine', 'rough', 'sent']);
    const mailboxes = [...new Set([pick(m.mailboxes), pick(m.mailboxes)])];
    out.push(
      makeProspect(domain, {
        company: { name, address: '', country: m.country, language: m.language },
        contacts: {
          emails: mailboxes.map((box) => ({
            value: `${box}@${domain}`,
            isRole: true,
            isOwnDomain: true,
            evidence: [],
          })),
          phones: [
            {
              value: `+${m.dial}${national}`,
              kind: 'phone',
              country: m.country,
              raw: `+${m.dial} ${national}`,
              evidence: [],
            },
          ],
          messengers: [],
          socials: [],
        },
        suggestedTier: suggested,
        suggestedBuyerType: pick(m.buyers),
        tier: isHandTiered ? pick(['A', 'B', 'C', 'D', suggested ?? 'C'] as const) : null,
        status,
        outreach,
        region: m.region,
        searchPlan: m.searchPlan,
        tags: rnd() < 0.25 ? [pick(TAGS)] : [],
        notes: pick(NOTES),
        firstSeen: firstSeen.toISOString(),
        updatedAt: updatedAt.toISOString(),
      }),
    );
  }
  return out;
}
