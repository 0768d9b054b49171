import { describe, expect, it } from 'vitest';
import { cueOfLabel, findPhonesInText, parsePhone, phoneFromTelHref } from '../../../lib/scan/phones';

const numbers = (text: string, region: string) =>
  findPhonesInText(text, region).matches.map((m) => [m.e164, m.kind] as const);

describe('findPhonesInText: real numbers', () => {
  it.each([
    ['Telefon: +49 (0) 521 987650', 'DE', [['+49521987650', 'phone']]],
    ['Tel. 0521 98765-20', 'DE', [['+495219876520', 'phone']]],
    ['Fax: +49 (0) 521 9876599', 'DE', [['+495219876599', 'fax']]],
    ['Telefax 0521 9876599', 'DE', [['+495219876599', 'fax']]],
    ['Tel/Fax: 0521 987650', 'DE', [['+49521987650', 'phone']]],
    [
      'Tel.: 963 52 48 10 · Móvil: 612 34 56 78',
      'ES',
      [
        ['+34963524810', 'phone'],
        ['+34612345678', 'mobile'],
      ],
    ],
    ['Call us: (503) 284-7719', 'US', [['+15032847719', 'phone']]],
    ['1-310-260-8918 (fax)', 'US', [['+13102608918', 'fax']]],
    ['Phone: (02) 9748 3320', 'AU', [['+61297483320', 'phone']]],
    ['电话：0574-6265 8812', 'CN', [['+8657462658812', 'phone']]],
    ['传真：0574-6265 8813', 'CN', [['+8657462658813', 'fax']]],
    ['Телефон: +7 (495) 123-45-67', 'RU', [['+74951234567', 'phone']]],
    ['Mob/WhatsApp: +86 138 5741 2290', '', [['+8613857412290', 'mobile']]],
    ['0049 521 987650 (Zentrale)', '', [['+49521987650', 'phone']]],
    [
      'Tel: +86-574-6265 8812   Fax: +86-574-6265 8813',
      '',
      [
        ['+8657462658812', 'phone'],
        ['+8657462658813', 'fax'],
      ],
    ],
    ['T: 01793 612480', 'GB', [['+441793612480', 'phone']]],
    [
      'Ticket Office: (561) 630-1828 (561) 630-1829',
      'US',
      [
        ['+15616301828', 'phone'],
        ['+15616301829', 'phone'],
      ],
    ],
    [
      'Tel: (202) 623-3900Fax: (202) 623-3815',
      'US',
      [
        ['+12026233900', 'phone'],
        ['+12026233815', 'fax'],
      ],
    ],
    ['Accounts Receivable\n504-865-5368 or billing', 'US', [['+15048655368', 'phone']]],
    ['the phone number is (214)-670-5111. 3-1-1 is your call', 'US', [['+12146705111', 'phone']]],
    ['954-724-4288 (Main Fax Line)', 'US', [['+19547244288', 'fax']]],
  ])('%s (%s)', (text, region, expected) => {
    expect(numbers(text, region)).toEqual(expected);
  });
});

describe('findPhonesInText: look-alikes are not phones', () => {
  it.each([
    ['a date', 'Stand der Preise: 01.03.2024', 'DE'],
    ['an ISO date', 'Published 2024-03-14', 'US'],
    ['a year range', 'In Leeds 1998-2004, Bristol 2004–2012', 'GB'],
    ['a time range', 'Open 12:30–14:45', 'GB'],
    ['a price', 'Preis: 1.249,00 € netto', 'DE'],
    ['a price with currency before', 'Only $1,249.00 today, €3.50 seed', 'US'],
    ['a postcode and city', '33609 Bielefeld', 'DE'],
    ['a German VAT id', 'USt-IdNr.: DE 812 345 678', 'DE'],
    ['a register number', 'Registernummer: HRB 384712', 'DE'],
    ['a Spanish CIF', 'CIF B-46123456', 'ES'],
    ['a UK company number', 'Company Reg. No. 04567812', 'GB'],
    ['a UK VAT number', 'VAT No. GB 287 6543 21', 'GB'],
    ['an IBAN', 'IBAN DE12 4805 0161 0012 3456 78', 'DE'],
    ['an article number', 'Art.-Nr. 40211880', 'DE'],
    ['an SKU', 'SKU: 4401234567890', 'US'],
    ['an EAN', 'EAN 4006381333931', 'DE'],
    ['an ISBN', 'ISBN 978-0-14-312755-7', 'GB'],
    ['an order number', 'order no. 302-1234567-7654321', 'US'],
    ['a quantity', 'annual output 8,000,000 pcs', 'CN'],
    ['a Chinese ICP licence', '浙ICP备12345678号-1', 'CN'],
    ['a national number without a cue', 'We shipped 0521 987650 units', 'DE'],
    ['coordinates', 'Coordinates 51.4545, -2.5879', 'GB'],
    ['a model number', 'Model HD-2025-15 DN15 PN25', 'CN'],
  ])('%s', (_label, text, region) => {
    expect(numbers(text, region)).toEqual([]);
  });
});

describe('tel: links and labels', () => {
  it.each([
    ['tel:+34963524810', 'ES', '+34963524810'],
    ['tel:0521-987650', 'DE', '+49521987650'],
    ['tel:%2B44%201793%20612480', 'GB', '+441793612480'],
    ['callto:+8657462658812', '', '+8657462658812'],
  ])('%s', (href, region, e164) => {
    expect(phoneFromTelHref(href, region)?.e164).toBe(e164);
  });
  it.each(['tel:', 'tel:123', 'tel:%%%'])('rejects %s', (href) => {
    expect(phoneFromTelHref(href, 'DE')).toBeNull();
  });
  it.each([
    ['Fax', 'fax'],
    ['WhatsApp us', 'whatsapp'],
    ['Mobile', 'mobile'],
    ['Call now', 'phone'],
    ['Download', ''],
  ])('cueOfLabel(%s) → %s', (label, cue) => {
    expect(cueOfLabel(label)).toBe(cue);
  });
  it('parsePhone never throws', () => {
    expect(parsePhone('++--()', 'XX')).toBeNull();
    expect(parsePhone('', '')).toBeNull();
  });
});

/** Patterns behind misses on the WebStruct development pages (each written here with invented numbers). */
describe('findPhonesInText: shapes found on real contact pages', () => {
  it.each([
    // A space between the plus and the country code (Spanish and Portuguese office lists).
    [
      'Tel: + 34 91 562 40 17\nFax: + 351 21 791 22 18',
      '',
      [
        ['+34915624017', 'phone'],
        ['+351217912218', 'fax'],
      ],
    ],
    // The label after the number, without brackets.
    [
      '408 736 1190\n408 727 5520 Fax\n(650) 566-3000 phone',
      'US',
      [
        ['+14087361190', 'phone'],
        ['+14087275520', 'fax'],
        ['+16505663000', 'phone'],
      ],
    ],
    // One-letter labels without a colon.
    [
      'p 215.256.4410\nf 215.256.4411',
      'US',
      [
        ['+12152564410', 'phone'],
        ['+12152564411', 'fax'],
      ],
    ],
    ['Facsimile - (615) 382-1004', 'US', [['+16153821004', 'fax']]],
    // Two numbers in one table row, only a space apart (phone and fax columns).
    [
      'Julia Ingram 408.868.1150 408.868.1151',
      'US',
      [
        ['+14088681150', 'phone'],
        ['+14088681151', 'phone'],
      ],
    ],
    // A word on the next line that starts like a currency is not a unit of the number.
    ['Fax: 601-486-2210\nEurope office', 'US', [['+16014862210', 'fax']]],
  ] as const)('%s', (text, region, expected) => {
    expect(numbers(text, region)).toEqual(expected);
  });

  it('does not read a job title or a word ending in "ring" as a phone label', () => {
    expect(numbers('Engineering 0521 987650', 'DE')).toEqual([]);
    expect(numbers('Director 0521 987650', 'DE')).toEqual([]);
    expect(numbers('Direct 0521 987650', 'DE')).toEqual([['+49521987650', 'phone']]);
  });

  it('drops form placeholders', () => {
    expect(numbers('Teléfono: 123 456 789', 'ES')).toEqual([]);
    expect(numbers('Tel: +34 123 456 789', '')).toEqual([]);
  });
});

describe('findPhonesInText: labels between two numbers', () => {
  it('reads "- Fax:" after a number as the label of the next number, not of this one', () => {
    expect(numbers('Tel.: (+34) 983 30 50 22 - Fax: 983 30 50 23', 'ES')).toEqual([
      ['+34983305022', 'phone'],
      ['+34983305023', 'fax'],
    ]);
  });
  it('takes a bracketed area code followed by seven digits as a North American number', () => {
    expect(numbers('JM: (876)4350118\nUSA: (302)3910066', 'US')).toEqual([
      ['+18764350118', 'mobile'],
      ['+13023910066', 'phone'],
    ]);
  });
});

describe('findPhonesInText: a contacts table labelled once in its header row', () => {
  it('gives each number the kind of its column', () => {
    const text = [
      'Name Position Phone Fax',
      'Anna Berger Sales Manager 0521 987650 0521 987659',
      'Responsible for dealers in Austria and Switzerland.',
      'Jonas Weber Office Administrator 0521 987640 0521 987649',
    ].join('\n');
    expect(numbers(text, 'DE')).toEqual([
      ['+49521987650', 'phone'],
      ['+49521987659', 'fax'],
      ['+49521987640', 'phone'],
      ['+49521987649', 'fax'],
    ]);
  });

  it('leaves rows alone whose count of numbers does not match the header', () => {
    const text = 'Office Phone Fax\nZentrale Tel. 0521 987650\nPostfach 10 20 30';
    expect(numbers(text, 'DE')).toEqual([['+49521987650', 'phone']]);
  });
});

describe('findPhonesInText: no region known', () => {
  it('reads the strict North American shape, and nothing else national', () => {
    expect(numbers('Customer Care: 888.393.2000', '')).toEqual([['+18883932000', 'phone']]);
    expect(numbers('978.262.0100\ninfo@example.com', '')).toEqual([['+19782620100', 'phone']]);
    expect(numbers('Tel: 0521 987650', '')).toEqual([]);
    expect(numbers('Order 012-345-6789', '')).toEqual([]);
  });
});

describe('parsePhone: numbers read once', () => {
  it('reads a number again the same way, whatever was parsed before', () => {
    // National forms depend on the region; the second read of each comes from the memo.
    for (let i = 0; i < 2; i++) {
      expect(parsePhone('030 1234567', 'DE')?.e164).toBe('+49301234567');
      expect(parsePhone('030 1234567', 'AT')?.e164).not.toBe('+49301234567');
      expect(parsePhone('030 1234567', '')).toBeNull();
      // An international form is the same number in every region.
      expect(parsePhone('+49 30 1234567', 'SE')).toEqual(parsePhone('+49 30 1234567', 'DE'));
      expect(parsePhone('0049 30 1234567', 'FR')?.country).toBe('DE');
    }
  });

  it('hands out a copy: a caller changing its result changes no later read', () => {
    const first = parsePhone('+49 30 1234567', 'DE')!;
    first.e164 = 'changed';
    expect(parsePhone('+49 30 1234567', 'DE')?.e164).toBe('+49301234567');
  });

  it('keeps a merely possible number apart from a valid one', () => {
    // "Possible" (right length) but not valid: accepted only when asked for.
    const possible = '+1 601 486 1278';
    const strict = parsePhone(possible, 'US');
    const loose = parsePhone(possible, 'US', true);
    expect(loose).not.toBeNull();
    expect(parsePhone(possible, 'US')).toEqual(strict);
  });
});
