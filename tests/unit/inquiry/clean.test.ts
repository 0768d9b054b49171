import { describe, expect, it } from 'vitest';
import {
  cleanMail,
  decodeQuotedPrintable,
  htmlToText,
  MAX_MAIL_CHARS,
  parseSender,
  splitHeaders,
  splitSignature,
  stripQuotes,
} from '../../../lib/inquiry/clean';

describe('splitHeaders', () => {
  it('reads a header block in several languages and keeps the body', () => {
    const { headers, body } = splitHeaders('Betreff: Anfrage\nVon: Jens <j@x.de>\nAn: info@y.cn\n\nHallo');
    expect(headers).toMatchObject({ subject: 'Anfrage', from: 'Jens <j@x.de>', to: 'info@y.cn' });
    expect(body).toBe('Hallo');
  });
  it('leaves a body that does not start with headers alone', () => {
    const text = 'Dear Sir,\nNote: we need 500 pcs.\n\nRegards';
    expect(splitHeaders(text).body).toBe(text);
  });
});

describe('stripQuotes', () => {
  it.each([
    ['Gmail', 'Please quote.\n\nOn Mon, 30 Nov 2026 at 10:00, Kevin <k@x.cn> wrote:\n> FOB Ningbo'],
    [
      'Spanish Gmail',
      'Cotice por favor.\n\nEl jue, 19 nov 2026 a las 09:12, Sales <s@x.cn> escribió:\n> FOB',
    ],
    [
      'Outlook',
      'Please quote.\n\nFrom: Kevin <k@x.cn>\nSent: 28 November 2026 08:10\nTo: P\nSubject: x\nFOB Ningbo',
    ],
    ['Russian', 'Прошу цену.\n\n-------- Исходное сообщение --------\nFOB Ningbo'],
    ['quoted lines', 'Please quote.\n> FOB Ningbo\n> T/T'],
  ])('cuts the %s quote', (_name, text) => {
    const out = stripQuotes(text);
    expect(out.hadQuote).toBe(true);
    expect(out.text).not.toMatch(/FOB/);
    expect(out.text).toMatch(/^(Please quote\.|Cotice por favor\.|Прошу цену\.)/);
  });
  it('drops phone signatures and disclaimers', () => {
    expect(stripQuotes('Price list please.\nSent from my iPhone').text).toBe('Price list please.');
  });
});

describe('HTML and quoted-printable source', () => {
  it('turns HTML into lines, drops style and blockquotes, decodes entities', () => {
    const { text, hadQuote } = htmlToText(
      '<html><head><style>p{}</style></head><body><p>Hi&nbsp;Lily,</p><p>90&deg; beam<br>450 pcs</p><blockquote>FOB Ningbo</blockquote></body></html>',
    );
    expect(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(['Hi Lily,', '90° beam', '450 pcs']);
    expect(hadQuote).toBe(true);
  });
  it('decodes quoted-printable UTF-8 with soft breaks', () => {
    expect(decodeQuotedPrintable('Gro=C3=9Fhandel =\nGmbH a=3Db')).toBe('Großhandel GmbH a=b');
  });
});

describe('splitSignature', () => {
  it.each([
    ['Best regards', 'Need 500 pcs.\n\nBest regards,\nAnna\nAcme Ltd'],
    ['С уважением', 'Нужно 500 шт.\n\nС уважением,\nAnna\nAcme Ltd'],
    ['Mit freundlichen Grüßen', 'Bitte Angebot.\n\nMit freundlichen Grüßen\n\nAnna\nAcme Ltd'],
  ])('splits at %s', (_n, text) => {
    const { signature } = splitSignature(text);
    expect(signature).toBe('Anna\nAcme Ltd');
  });
});

describe('cleanMail', () => {
  it('cuts a 1 MB paste and says so', () => {
    const raw = `Subject: x\n\n${'Please send your price list. '.repeat(40_000)}`;
    const mail = cleanMail(raw);
    expect(raw.length).toBeGreaterThan(1_000_000);
    expect(mail.truncatedAt).toBe(raw.length);
    expect(mail.text.length).toBeLessThanOrEqual(MAX_MAIL_CHARS);
  });
  it('returns empty text for an empty paste', () => {
    expect(cleanMail('  \n ').text).toBe('');
  });
});

describe('parseSender', () => {
  it.each([
    [
      'Sarah Whitfield <S.Whitfield@brightline-led.co.uk>',
      'Sarah Whitfield',
      's.whitfield@brightline-led.co.uk',
    ],
    ['"Отдел закупок" <zakupki@svet-distribution.ru>', 'Отдел закупок', 'zakupki@svet-distribution.ru'],
    ['ahmed@gmail.com', '', 'ahmed@gmail.com'],
  ])('%s', (from, name, email) => {
    expect(parseSender(from)).toEqual({ name, email });
  });
});
