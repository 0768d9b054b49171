/**
 * How analyzeCaptures settles a number's kind across sightings and which region it reads national numbers in.
 * Invented numbers; the shapes come from real contact pages (a municipal contact page with a bare number in the
 * sidebar and a labelled one in the body; an older Spanish dealer list with no `lang` attribute).
 */
import { describe, expect, it } from 'vitest';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { capturePage } from '../../../lib/scan/capture';
import { parseDocument } from '../../tools/scan-node';

const scanOf = (html: string, url: string, defaultRegion?: string) =>
  analyzeCaptures([capturePage(parseDocument(html), url)], [], defaultRegion ? { defaultRegion } : {});

describe('phone kinds across sightings', () => {
  it('keeps a labelled fax a fax when the same number also appears bare', () => {
    const scan = scanOf(
      `<html><body><aside><p>Town Hall</p><p>(615) 382-4470</p><p>(615) 382-4439</p></aside>
       <main><p>Phone - (615) 382-4470</p><p>Facsimile - (615) 382-4439</p></main></body></html>`,
      'http://town-hall.invalid/contact',
      'US',
    );
    const kinds = Object.fromEntries(scan.contacts.phones.map((p) => [p.value, p.kind]));
    expect(kinds).toEqual({ '+16153824470': 'phone', '+16153824439': 'fax' });
  });

  it('lets one labelled phone sighting outvote a fax label elsewhere', () => {
    const scan = scanOf(
      '<html><body><p>Tel: 0521 987650</p><footer>Fax: 0521 987650</footer></body></html>',
      'https://firma.de/',
    );
    expect(scan.contacts.phones.map((p) => [p.value, p.kind])).toEqual([['+49521987650', 'phone']]);
  });
});

describe('region for national numbers', () => {
  it('reads national numbers in the region of the language the page is written in when nothing else says', () => {
    const scan = scanOf(
      `<html><body><h1>Distribuidores</h1><p>Somos una empresa de distribución de material informático con oficinas en
       Valladolid y Burgos. Consulte nuestra lista de distribuidores y puntos de venta en toda la región.</p>
       <p>INFORMÁTICA DEL DUERO, S.L.<br>Calle Gardoquí, 3<br>47003 Valladolid<br>Tel: 983 36 25 10<br>Fax: 983 35 44 21</p></body></html>`,
      'http://page-1.invalid/',
    );
    expect(scan.contacts.phones.map((p) => [p.value, p.kind])).toEqual([
      ['+34983362510', 'phone'],
      ['+34983354421', 'fax'],
    ]);
  });
});
