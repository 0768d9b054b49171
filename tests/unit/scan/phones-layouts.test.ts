/**
 * Number shapes and layouts from real contact pages that the plain "label: number" reading missed. Invented
 * numbers (valid per libphonenumber) in the shapes seen on: a Hong Kong / mainland China software reseller listing
 * its offices ("Tel ( 86 ) 21-5175- 8787"), a Brazilian agency footer ("(0xx11) 2509-7626"), an Australian taxi
 * company's sidebar (a stack of labels beside a stack of numbers), a university office with its opening hours in
 * brackets after the number.
 */
import { describe, expect, it } from 'vitest';
import { findPhonesInText } from '../../../lib/scan/phones';

const numbers = (text: string, region: string) =>
  findPhonesInText(text, region).matches.map((m) => [m.e164, m.kind] as const);

describe('country code in brackets without "+"', () => {
  it('reads "(86) …" and "( 852 ) …" as international when no region is known', () => {
    const text = [
      'Hong Kong:',
      'Suite 805, Siu On Centre, 188 Lockhart Rd, Wanchai, Hong Kong',
      'Tel ( 852 ) 2572- 1121',
      'Shanghai:',
      'Room 1203, 1088 Yuanshen Road, Pudong, Shanghai 200122, China',
      'Tel ( 86 ) 21-5175- 8787',
      'Qingdao: Tel ( 86 ) 0532-8097-1939',
      'Beijing sales: Tel ( 86 ) 137 0116 8570',
    ].join('\n');
    expect(numbers(text, '')).toEqual([
      ['+85225721121', 'phone'],
      ['+862151758787', 'phone'],
      ['+8653280971939', 'phone'],
      ['+8613701168570', 'mobile'],
    ]);
  });

  it('keeps a bracketed area code national where the page has a region', () => {
    expect(numbers('Phone: (312) 867-0110', 'US')).toEqual([['+13128670110', 'phone']]);
    expect(numbers('Phone: (02) 8338 8955', 'AU')).toEqual([['+61283388955', 'phone']]);
    // Without a region, the strict North American shape still wins over a bracketed "country code".
    expect(numbers('Phone: (312) 867-0110', '')).toEqual([['+13128670110', 'phone']]);
  });

  it('does not turn list numbering, years or quantities in brackets into phones', () => {
    expect(numbers('Step (1) 2013-05-12 delivery', '')).toEqual([]);
    expect(numbers('Order (44) 1200 pcs, price (86) 12.50', '')).toEqual([]);
  });
});

describe("Brazil's carrier-code form", () => {
  it('reads "(0xx11) 2509-7626" as a São Paulo number whatever the page region', () => {
    const text =
      'Contato\n(0xx11) 2509-7626\n(0xx11) 9194-5374\nSkype: agencia.exemplo\nRua Dr. Alberto Seabra, 648';
    expect(numbers(text, '').map(([e164]) => e164)).toEqual(['+551125097626', '+551191945374']);
    expect(numbers('Tel.: (0xx21) 3812-4455', 'PT')).toEqual([['+552138124455', 'phone']]);
  });

  it('ignores "0xx" outside that shape', () => {
    expect(numbers('Model 0xx-12 valve, 2 pcs', '')).toEqual([]);
  });
});

describe('a stack of labels beside a stack of numbers', () => {
  it('gives each number the cue of its own label, or of the stack when its label has none', () => {
    const text = [
      'Fleet Services - Taxi Plate Leasing',
      'TELEPHONE BOOKING CALL',
      'TRUE BLUE PRESTIGE CALL',
      'LOST PROPERTY',
      '(02) 9581 1111',
      '(02) 9470 1100',
      '(02) 8338 1046',
      'Home',
      'Services',
    ].join('\n');
    expect(numbers(text, 'AU')).toEqual([
      ['+61295811111', 'phone'],
      ['+61294701100', 'phone'],
      ['+61283381046', 'phone'],
    ]);
  });

  it('pairs "Telefon / Telefax" over two numbers in order', () => {
    const text = 'Zentrale\nTelefon\nTelefax\n0521 987650\n0521 9876599\nImpressum';
    expect(numbers(text, 'DE')).toEqual([
      ['+49521987650', 'phone'],
      ['+495219876599', 'fax'],
    ]);
  });

  it('lets one label cover the numbers listed under it', () => {
    expect(numbers('Phone:\n0521 987650\n0521 987651\n', 'DE')).toEqual([
      ['+49521987650', 'phone'],
      ['+49521987651', 'phone'],
    ]);
  });

  it('does not pair stacks of different heights, nor take unlabelled figures', () => {
    // Three labels, two numbers: which is whose is a guess, so only the line-above rule applies.
    const text = 'Opening hours\nMonday to Friday\nSaturday\n0800 1700\n0900 1300';
    expect(numbers(text, 'GB')).toEqual([]);
    expect(numbers('VAT number\nRegistration\nDE 123456789\n04567812', 'DE')).toEqual([]);
  });
});

describe('a note in brackets after the number', () => {
  it('cuts "( 8:30 AM-5:00PM )" off the number', () => {
    expect(numbers('Phone: (413)-545-0722 ( 8:30 AM-5:00PM M-F )', 'US')).toEqual([
      ['+14135450722', 'phone'],
    ]);
  });
});

describe('a bare label heading sub-labelled numbers', () => {
  it('gives "Fax:" to the lines under it whose own labels name no kind', () => {
    const text = [
      'Amherst, MA 01003-9333',
      'Phone: (413) 545-0722',
      'Fax:',
      'Application materials: (413) 577-0010',
      'Transcript requests: (413) 577-0386',
    ].join('\n');
    expect(numbers(text, 'US')).toEqual([
      ['+14135450722', 'phone'],
      ['+14135770010', 'fax'],
      ['+14135770386', 'fax'],
    ]);
  });

  it('stops at a line that is neither the heading nor a sibling, and lets a line keep its own label', () => {
    const text =
      'Fax:\nOur opening hours are long.\nBookings: (413) 577-0010\nFax:\nSales phone: (413) 577-0123';
    expect(numbers(text, 'US')).toEqual([
      ['+14135770010', 'phone'],
      ['+14135770123', 'phone'],
    ]);
  });
});
