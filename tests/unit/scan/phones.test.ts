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
