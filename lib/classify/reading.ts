/**
 * One read of a site for grading: everything the tier and the buyer type need, independent of the rep's profile,
 * in a small, bounded, storable shape ({@link SiteReading}). The popup and the keyboard command grade it at once;
 * the prospect keeps it so that editing a profile re-grades the whole list without opening a single page again.
 */
import type { PageCapture, ScanResult, SiteReading, TextBlock } from '../model';
import { cueText } from './cue-text';
import { listingCues, notTraderCues, sizeSignals, suggestBuyerType } from './cues';
import { isNewsArticle } from './jsonld';
import { pageLang, rangeCandidates } from './range';
import {
  IDENTITY_HEADINGS,
  LISTING_DOMAINS,
  LISTING_MIN_ADDRESSES,
  LISTING_MIN_CUES,
  LISTING_MIN_EXTERNAL_LINKS,
  LISTING_MIN_SITE_LINKS,
  PRICE_RE,
} from './rules';
import { isFreeMailDomain } from '../free-mail/index';

/** Characters of text sample kept per zone (for pages without a usable menu). */
const SAMPLE_CHARS: Partial<Record<TextBlock['zone'], number>> = {
  title: 300,
  meta: 1_000,
  heading: 1_500,
  nav: 2_000,
  product: 1_500,
  body: 4_000,
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The text a site says about itself, for cue look-ups: title, meta and every block, in reading order. */
export function siteText(captures: PageCapture[]): string {
  return captures
    .flatMap((c) => [c.title, ...Object.values(c.meta), ...c.blocks.map((b) => b.text)])
    .join('\n');
}

function identityOf(captures: PageCapture[]): TextBlock[] {
  const first = captures[0];
  if (!first) return [];
  const out: TextBlock[] = [];
  if (first.title) out.push({ zone: 'title', text: first.title.slice(0, 300) });
  const site = first.meta['og:site_name'];
  if (site) out.push({ zone: 'title', text: site.slice(0, 160) });
  const description = first.meta.description ?? first.meta['og:description'];
  if (description) out.push({ zone: 'meta', text: description.slice(0, 400) });
  const headings = first.blocks
    .filter((b) => b.zone === 'heading')
    .flatMap((b) => b.text.split('\n'))
    .map((h) => h.trim())
    .filter(Boolean)
    .slice(0, IDENTITY_HEADINGS);
  for (const h of headings) out.push({ zone: 'heading', text: h.slice(0, 200) });
  return out;
}

/**
 * A listing's companies are its text (grading reads each entry's description), and a catalogue page opens with
 * its rubrics and rules: it keeps this many times the body, heading and card sample.
 */
const LISTING_SAMPLE_FACTOR = 4;
/** Blocks in a sample (the stored reading's schema holds no more). */
const MAX_SAMPLE_BLOCKS = 60;

function sampleOf(captures: PageCapture[], listing: boolean): TextBlock[] {
  const factor = listing ? LISTING_SAMPLE_FACTOR : 1;
  const left = {
    ...SAMPLE_CHARS,
    body: SAMPLE_CHARS.body! * factor,
    heading: SAMPLE_CHARS.heading! * factor,
    product: SAMPLE_CHARS.product! * factor,
  };
  const out: TextBlock[] = [];
  for (const capture of captures) {
    for (const block of capture.blocks) {
      const budget = left[block.zone] ?? 0;
      if (budget <= 0 || out.length >= MAX_SAMPLE_BLOCKS) continue;
      const text = block.text.slice(0, budget);
      left[block.zone] = budget - text.length;
      out.push({ zone: block.zone, text });
    }
  }
  return out;
}

/** True when the page gives e-mail addresses and all are on another company's domain (not free mail). */
function emailsElsewhere(scan: ScanResult): boolean {
  const emails = scan.contacts.emails;
  if (!emails.length || emails.some((e) => e.isOwnDomain)) return false;
  return emails.some((e) => {
    const domain = e.value.split('@')[1]?.toLowerCase() ?? '';
    return domain !== '' && !isFreeMailDomain(domain);
  });
}

const TRADE_TYPES = new Set<string>(['wholesaler', 'distributor', 'importer', 'manufacturer']);

/**
 * A site whose words say it trades in no goods (media, a bank, a law firm, an association): strong cues, or two
 * cues on a site without a cart or prices. A listing is judged as a listing.
 */
export function tradesNoGoods(reading: Pick<SiteReading, 'notTrader' | 'listing' | 'commerce'>): boolean {
  const { notTrader, listing, commerce } = reading;
  if (!notTrader || listing) return false;
  const trades = commerce.cart > 0 || commerce.prices > 0;
  return notTrader.strong || (!trades && notTrader.cues.length >= 2);
}

/** Reads the captured pages of one site (home page first) into what grading needs. */
export function readSite(captures: PageCapture[], scan: ScanResult): SiteReading {
  const lang = pageLang(captures, scan.company.language);
  const text = cueText(siteText(captures));
  const domain = scan.domain.toLowerCase();
  const host = hostOf(scan.url || captures[0]?.url || '');
  const prices = captures.reduce(
    (n, c) => n + c.blocks.filter((b) => b.zone === 'product' && PRICE_RE.test(b.text.slice(0, 300))).length,
    0,
  );
  const commerce = {
    cart: captures.reduce((n, c) => n + c.counts.cartControls, 0),
    productCards: captures.reduce((n, c) => n + c.counts.productCards, 0),
    prices,
  };
  const addresses = new Set(
    captures.flatMap((c) => c.blocks.filter((b) => b.zone === 'address').map((b) => b.text)),
  ).size;
  let listing: SiteReading['listing'] = null;
  for (const d of [domain, host])
    if (!listing && d && LISTING_DOMAINS.has(d)) listing = { site: d, why: 'domain' };
  if (!listing) {
    const cues = listingCues(text, lang);
    const external = Math.max(0, ...captures.map((c) => c.counts.externalLinks));
    if (cues.listing.length + cues.directory.length >= LISTING_MIN_CUES) {
      // A page with its own cart sells what it shows ("sellers", "members" there are its marketplace's words):
      // only a directory's own words make it a listing then.
      const byLinks = external >= LISTING_MIN_EXTERNAL_LINKS && commerce.cart === 0;
      // A catalogue of shops or sites that names itself twice ("каталог интернет-магазинов", "добавить сайт"), or
      // one that lists many places' addresses, need not link out or show e-mails to be a listing.
      const byWords = cues.directory.length >= 2 && commerce.cart === 0;
      const byAddresses = cues.directory.length > 0 && addresses >= LISTING_MIN_ADDRESSES;
      if (byLinks || byWords || byAddresses || (cues.directory.length > 0 && emailsElsewhere(scan)))
        listing = { site: domain || host, why: 'structure' };
    }
  }
  let notTrader = notTraderCues(text, lang);
  const news = isNewsArticle(captures);
  let buyerType = suggestBuyerType(captures, text, lang);
  // One service word on a page where the company says it distributes, imports, makes or wholesales goods is an
  // advertisement or a side line ("автошкола" beside "авторизованный дистрибьютор"), not what the site is.
  if (notTrader?.strong && notTrader.cues.length === 1 && TRADE_TYPES.has(buyerType.value))
    notTrader = { ...notTrader, strong: false };
  // A directory of many companies is no buyer itself: the "official distributor" or "wholesale" it prints
  // belongs to one of its entries.
  if (listing?.why === 'structure')
    buyerType = {
      value: 'unknown',
      secondary: null,
      confidence: 0,
      reasons: [{ key: 'classify.buyer.listing' }],
    };
  else if (news || tradesNoGoods({ notTrader, listing, commerce }))
    buyerType = {
      value: 'unknown',
      secondary: null,
      confidence: 0,
      reasons: [
        news
          ? { key: 'classify.tier.newsArticle' }
          : { key: 'classify.tier.notTrader', params: { cues: notTrader!.cues.slice(0, 4).join(', ') } },
      ],
    };
  return {
    version: 1,
    lang,
    items: rangeCandidates(captures, lang),
    identity: identityOf(captures),
    sample: sampleOf(captures, listing !== null),
    buyerType,
    listing,
    notTrader,
    news,
    commerce,
    size: sizeSignals(text, lang),
    // A listing gives its companies' contacts as addresses and links to their sites as often as e-mails.
    hasContacts:
      scan.contacts.emails.length + scan.contacts.phones.length + scan.contacts.messengers.length > 0 ||
      (listing?.why === 'structure' &&
        (addresses >= 2 ||
          Math.max(0, ...captures.map((c) => c.counts.externalLinks)) >= LISTING_MIN_SITE_LINKS)),
    country: scan.company.country,
  };
}
