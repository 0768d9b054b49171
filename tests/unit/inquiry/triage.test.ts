import { beforeAll, describe, expect, it } from 'vitest';
import { compileProfile } from '../../../lib/classify/profile';
import type { ProductContext } from '../../../lib/inquiry/facts';
import { mailLanguage, triageInquiry } from '../../../lib/inquiry/triage';
import type { Profile } from '../../../lib/model';
import { loadVocabulary } from '../../../lib/vocabulary/index';

const profile: Profile = {
  id: 'led',
  name: 'LED',
  lines: [
    { name: 'Panels', keywords: ['LED panel', 'panel light'] },
    { name: 'Downlights', keywords: ['downlight'] },
  ],
  industryKeywords: ['lighting'],
  excludeKeywords: [],
};
let ctx: ProductContext;
beforeAll(async () => {
  const vocab = await loadVocabulary(['en', 'es', 'de', 'ru']);
  ctx = { vocab, profile: compileProfile(profile, vocab) };
});

const triage = (body: string, from = 'Anna Berg <anna@acme-lights.de>', to = 'sales@factory.cn') =>
  triageInquiry({ subject: '', from, body, to }, ctx, ['factory.cn']).triage;

describe('kind', () => {
  it.each([
    ['a bare price-list request', 'Hello,\nPlease send your price list.\n\nRegards\nAnna', 'generic'],
    [
      'products with quantity and specs',
      'Hello,\nWe need LED panel 600x600 40W, 1,200 pcs. Please quote FOB Shenzhen.\n\nRegards\nAnna',
      'detailed',
    ],
    [
      'every trade fact and a signed company',
      'Dear Ms Chen,\nLED downlight 12W 3000K: 3,500 pcs. CIF Hamburg, Germany. Payment: 30% T/T deposit. Target price USD 3.80/pc. Delivery before 15 February 2027.\n\nBest regards\nAnna Berg\nAcme Lights GmbH\nTel: +49 30 1234567\nwww.acme-lights.de',
      'complete',
    ],
    ['a newsletter', 'Save the date: our trade fair opens in May.\nUnsubscribe here.', 'none'],
    ['text with no request', 'The meeting is moved to Tuesday at ten.', 'none'],
  ])('%s → %s', (_name, body, kind) => {
    expect(triage(body).kind).toBe(kind);
  });
});

describe('facts', () => {
  it('reads the facts of a complete inquiry with evidence, and marks our products', () => {
    const t = triage(
      'LED downlight 12W 3000K: 3,500 pcs. Also office chairs, 20 pcs.\nCIF Hamburg, Germany. Payment: 30% T/T deposit.\n\nBest regards\nAnna Berg\nAcme Lights GmbH\nTel: +49 30 1234567\nwww.acme-lights.de',
    );
    expect(t.facts.quantities.map((q) => q.value)).toEqual(['3,500 pcs', '20 pcs']);
    expect(t.facts.incoterm).toMatchObject({ value: 'CIF' });
    expect(t.facts.destination?.value).toBe('DE');
    expect(t.facts.payment?.evidence).toContain('T/T');
    expect(t.facts.company?.value).toBe('Acme Lights GmbH');
    expect(t.facts.website?.value).toBe('acme-lights.de');
    expect(t.facts.phones[0]?.value).toBe('+49301234567');
    const byMatch = Object.fromEntries(t.facts.products.map((p) => [p.match, p.value]));
    expect(byMatch.ours).toMatch(/downlight/i);
    expect(byMatch.other).toMatch(/chairs/i);
    expect(t.domain).toBe('acme-lights.de');
  });
  it('never takes the seller’s own domain or a free-mail domain as the site', () => {
    const t = triage('Send prices to me, see www.factory.cn and www.gmail.com', 'Bob <bob@gmail.com>');
    expect(t.facts.website).toBeNull();
    expect(t.domain).toBe('');
  });
});

describe('flags', () => {
  it.each([
    [
      'free mail with no site',
      'Please send your price list for LED panel.',
      'x <bob.trade@gmail.com>',
      'a@factory.cn',
      'freeMailNoSite',
    ],
    [
      'a company that is not the sender domain',
      'We need 250 pcs LED panel 30W.\n\nBest regards\nLars\nNordlys Lamper ApS',
      'Lars <lars@tradefind-directory.com>',
      'a@factory.cn',
      'domainMismatch',
    ],
    [
      'undisclosed recipients',
      'Please send your price list for LED panel.',
      'a <a@acme-lights.de>',
      'undisclosed-recipients:;',
      'massMailing',
    ],
    [
      'Dear Sir/Madam on a generic request',
      'Dear Sir/Madam,\nPlease send your price list.',
      'a <a@acme-lights.de>',
      'a@factory.cn',
      'massMailing',
    ],
    [
      'no product named',
      'Please send your catalogue and prices.',
      'a <a@acme-lights.de>',
      'a@factory.cn',
      'noProduct',
    ],
  ])('%s', (_name, body, from, to, flag) => {
    expect(triage(body, from, to).flags.map((f) => f.flag)).toContain(flag);
  });
  it('does not flag a signed company on its own domain', () => {
    const t = triage('We need 300 pcs LED panel 40W.\n\nBest regards\nAnna\nAcme Lights GmbH');
    expect(t.flags.map((f) => f.flag)).toEqual([]);
  });
});

describe('language and asker hint', () => {
  it.each([
    ['Bonjour,\nPourriez-vous m’envoyer votre liste de prix ?\nCordialement', 'fr'],
    ['Hallo,\nbitte schicken Sie mir Ihre Preisliste.\nDanke', 'de'],
    ['Здравствуйте! Пришлите прайс-лист.', 'ru'],
    ['Hello, please send your price list.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(mailLanguage(text)).toBe(lang);
  });
  it('calls a catalogue request collecting and a quantified order with terms ready', () => {
    expect(triage('Please send your catalogue.').asker?.hint).toBe('collecting');
    expect(
      triage(
        'LED panel 40W, 2,000 pcs, CIF Hamburg, Germany, payment 30% T/T deposit, delivery before 1 March 2027.',
      ).asker?.hint,
    ).toBe('ready');
  });
});

describe('specifications', () => {
  it.each([
    ['Model: LP-6060-40, 600x600mm, 4000K', ['600x600mm', '4000K', 'Model: LP-6060-40']],
    ['for an office refurbishment project', []],
  ])('%s', (text, specs) => {
    expect(triage(text).facts.specs.map((s) => s.value)).toEqual(specs);
  });
});
