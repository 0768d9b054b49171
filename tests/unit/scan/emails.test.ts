import { describe, expect, it } from 'vitest';
import {
  decodeCfEmail,
  deobfuscate,
  emailsFromMailto,
  findEmailsInText,
  isRoleAddress,
  normalizeEmail,
} from '../../../lib/scan/emails';

const found = (text: string) => findEmailsInText(text).matches.map((m) => m.value);

describe('findEmailsInText', () => {
  it.each([
    ['Mail: info@weber-handel.de', ['info@weber-handel.de']],
    ['Write to Sales@Acme-Pumps.CO.UK today', ['sales@acme-pumps.co.uk']],
    ['vertrieb [at] grosshandel-weber [dot] de', ['vertrieb@grosshandel-weber.de']],
    ['ventas(at)importaciones-levante.es', ['ventas@importaciones-levante.es']],
    ['contact {at} atelier-lumiere {dot} fr', ['contact@atelier-lumiere.fr']],
    ['info at kleinhandel dot nl', ['info@kleinhandel.nl']],
    ['sales＠hengda-valve.com', ['sales@hengda-valve.com']],
    ['verkauf @ domain-firma . de', ['verkauf@domain-firma.de']],
    ['a.b+c@sub.example-shop.com.au, and x_y@firma.at', ['a.b+c@sub.example-shop.com.au', 'x_y@firma.at']],
    ['(Email: export@yuyao-valves.cn)', ['export@yuyao-valves.cn']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['image names', 'logo@2x.png banner@3x.webp icon@2x.jpg'],
    ['package versions', 'webpack@5.88.2 lodash@4.17.21 vite@5.1.4'],
    ['placeholders', 'you@example.com name@domain.com your@email.com john.doe@example.org'],
    [
      'error-tracking vendors',
      'abc123@sentry.io 8f1e2d3c4b5a69788f1e2d3c4b5a6978@sentry.wixpress.com x@wixpress.com',
    ],
    ['a bare at sign', 'Meet us @ the fair, 10 @ 5 €, @home, email@'],
    ['social handles', 'Follow @weber_handel on Instagram'],
    ['unknown TLD', 'info@firma.notatld'],
    ['"visit us at" prose', 'Visit us at shop.com or meet us at trade fairs'],
  ])('rejects %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays bounded on text full of @ and reports truncation', () => {
    const hostile = `${'a@'.repeat(200_000)}b`;
    const { matches, truncated } = findEmailsInText(hostile);
    expect(truncated).toBe(true);
    expect(matches).toEqual([]);
  });

  it('stays linear on a long run of letters with " at " and " dot "', () => {
    const text = `${'x'.repeat(200_000)} at ${'y'.repeat(100_000)} dot com`;
    expect(found(text)).toEqual([]);
  });
});

describe('normalizeEmail / deobfuscate / mailto', () => {
  it.each([
    ['Info@Firma.DE', 'info@firma.de'],
    ['.info@firma.de.', 'info@firma.de'],
    ['info@@firma.de', null],
    ['info@firma..de', null],
    ['info@192.168.0.1', null],
  ])('normalizeEmail(%s)', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it('undoes bracket obfuscations', () => {
    expect(deobfuscate('kontakt [at] firma [dot] de')).toBe('kontakt@firma.de');
  });

  it.each([
    ['mailto:info@firma.de?subject=Anfrage', ['info@firma.de']],
    ['mailto:a@firma.de,b@firma.de', ['a@firma.de', 'b@firma.de']],
    ['MAILTO:compras%40empresa.es', ['compras@empresa.es']],
    ['mailto:', []],
    ['mailto:%E0%A4%A', []],
  ])('emailsFromMailto(%s)', (href, expected) => {
    expect(emailsFromMailto(href)).toEqual(expected);
  });
});

describe('decodeCfEmail (Cloudflare e-mail protection)', () => {
  it('XOR-decodes with the first byte', () => {
    expect(decodeCfEmail('3c534e58594e4f7c545d4e5e534e1150555b544855525b125f5351125d49')).toBe(
      'orders@harbor-lighting.com.au',
    );
  });
  it.each(['', 'zz', '3', 'not-hex', 'ff'])('returns empty for %j', (value) => {
    expect(decodeCfEmail(value)).toBe('');
  });
});

describe('isRoleAddress', () => {
  it.each([
    ['sales@x.com', true],
    ['info@x.de', true],
    ['einkauf@x.de', true],
    ['compras@x.es', true],
    ['ventes@x.fr', true],
    ['sales2@x.com', true],
    ['info.de@x.com', true],
    ['purchasing@x.co.uk', true],
    ['m.nguyen@x.com.au', false],
    ['linda@x.com', false],
    ['salesforce.admin@x.com', false],
    ['information-desk@x.com', false],
  ])('%s → %s', (address, expected) => {
    expect(isRoleAddress(address)).toBe(expected);
  });
});
