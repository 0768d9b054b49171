/**
 * Encodings and file kinds of picked CSV files (issue 17): real windows-1252, GB18030 and UTF-16 bytes built here,
 * each checked to decode back to the text it was built from, so the bytes are what Excel would have written.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeAs,
  decodeCsvBytes,
  detectEncoding,
  isXlsxBytes,
  NotCsvError,
  parseCsv,
  sniffFileKind,
} from '../../../lib/import/read-csv';

/** windows-1252 bytes of text in the Latin-1 range plus the few 0x80–0x9F letters used below (€ „ “ ” – …). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '„': 0x84,
  '…': 0x85,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
};
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    const byte = CP1252_HIGH[c] ?? code;
    if (byte > 0xff) throw new Error(`not in windows-1252: ${c}`);
    return byte;
  });
}

/** GB18030 bytes of Chinese words (from Python's `str.encode('gb18030')`); ASCII is the same in GB18030. */
const GB: Record<string, number[]> = {
  深圳照明有限公司: [
    0xc9, 0xee, 0xdb, 0xda, 0xd5, 0xd5, 0xc3, 0xf7, 0xd3, 0xd0, 0xcf, 0xde, 0xb9, 0xab, 0xcb, 0xbe,
  ],
  公司名称: [0xb9, 0xab, 0xcb, 0xbe, 0xc3, 0xfb, 0xb3, 0xc6],
  网站: [0xcd, 0xf8, 0xd5, 0xbe],
  灯具: [0xb5, 0xc6, 0xbe, 0xdf],
  广州市: [0xb9, 0xe3, 0xd6, 0xdd, 0xca, 0xd0],
  中山古镇灯饰: [0xd6, 0xd0, 0xc9, 0xbd, 0xb9, 0xc5, 0xd5, 0xf2, 0xb5, 0xc6, 0xca, 0xce],
};
function gb18030(parts: string[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((p) => GB[p] ?? [...p].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : NaN))),
  );
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
}

const GERMAN =
  'Firma;Webseite;Ort\r\nMüller Leuchten GmbH;mueller-leuchten.de;Düsseldorf\r\nLichthaus Straße 5;lichthaus.de;Köln\r\n';
const FRENCH =
  'Société;Site\r\nÉclairage Généraux SARL;eclairage.fr\r\n“Lumière à Paris” – 15 €;lumiere.fr\r\n';
const SPANISH = 'Empresa;Web\r\nLuz y Diseño S.L.;luzdiseno.es\r\nIluminación Peña;pena.es\r\n';

describe('windows-1252 (German, French, Spanish Excel "CSV")', () => {
  it.each([
    ['German', GERMAN],
    ['French', FRENCH],
    ['Spanish', SPANISH],
  ])('%s is detected as windows-1252 and decodes exactly', (_name, text) => {
    const bytes = cp1252(text);
    expect(decodeAs(bytes, 'windows-1252')).toBe(text);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', confident: true });
    expect(decodeCsvBytes(bytes).text).toBe(text);
  });

  it('"Müller Leuchten GmbH" is not read as Chinese', () => {
    const table = parseCsv(decodeCsvBytes(cp1252(GERMAN)).text);
    expect(table.rows[0]![0]).toBe('Müller Leuchten GmbH');
    expect(table.rows[0]![0]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a mostly-ASCII sheet with a single accented letter is still windows-1252', () => {
    const text = `${'Company,Website\r\n'}${'Acme Lighting Ltd,acme.co.uk\r\n'.repeat(40)}Café Lumen,cafe.fr\r\n`;
    expect(detectEncoding(cp1252(text)).encoding).toBe('windows-1252');
  });
});

describe('GB18030 (Chinese Excel "CSV")', () => {
  it('a Chinese sheet is detected as GB18030 and decodes exactly', () => {
    const parts = [
      '公司名称',
      ',',
      '网站',
      '\r\n',
      '深圳照明有限公司',
      ',szlight.cn\r\n',
      '中山古镇灯饰',
      ',gzlamp.cn\r\n',
    ];
    const bytes = gb18030(parts);
    expect(decodeAs(bytes, 'gb18030')).toBe(parts.join(''));
    expect(detectEncoding(bytes)).toEqual({ encoding: 'gb18030', confident: true });
    expect(parseCsv(decodeCsvBytes(bytes).text).rows[0]).toEqual(['深圳照明有限公司', 'szlight.cn']);
  });

  it('Chinese mixed with Latin names stays GB18030', () => {
    const parts = ['Company,City\r\n', 'Shenzhen Lighting Co. Ltd ', '灯具', ',', '广州市', '\r\n'];
    const bytes = gb18030(parts);
    expect(detectEncoding(bytes).encoding).toBe('gb18030');
    expect(decodeCsvBytes(bytes).text).toBe(parts.join(''));
  });
});

describe('UTF-8 and UTF-16', () => {
  it('UTF-8 with and without BOM', () => {
    const text = 'Firma,Ort\r\nMüller Leuchten GmbH,深圳\r\n';
    const plain = new TextEncoder().encode(text);
    expect(decodeCsvBytes(plain)).toEqual({ text, encoding: 'utf-8', confident: true });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsvBytes(withBom).text).toBe(text);
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('UTF-16 %s (BOM: %s) is recognised and decoded', (order, bom) => {
    const text = 'Firma\tOrt\r\nMüller Leuchten GmbH\t深圳照明\r\nWeber\tKöln\r\n';
    const decoded = decodeCsvBytes(utf16(text, order, bom));
    expect(decoded.encoding).toBe(`utf-16${order}`);
    expect(decoded.text).toBe(text);
    expect(parseCsv(decoded.text).rows[0]).toEqual(['Müller Leuchten GmbH', '深圳照明']);
  });

  it('an encoding the rep picks overrides the guess', () => {
    const bytes = cp1252(GERMAN);
    expect(decodeCsvBytes(bytes, 'gb18030')).toMatchObject({ encoding: 'gb18030' });
    expect(decodeCsvBytes(bytes, 'gb18030').text).not.toBe(GERMAN);
  });
});

describe('files that are not CSV', () => {
  // A minimal zip local-file header ("PK\x03\x04", version, flags, …) naming its first entry.
  const zipWith = (name: string) => {
    const header = [
      0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    return Uint8Array.from([...header, name.length, 0, 0, 0, ...new TextEncoder().encode(name), 0x03, 0x00]);
  };

  it('an .xlsx workbook is recognised by its zip signature and xl/ entries', () => {
    const xlsx = zipWith('[Content_Types].xml');
    expect(isXlsxBytes(xlsx)).toBe(true);
    expect(sniffFileKind(zipWith('xl/workbook.xml'))).toBe('xlsx');
    expect(() => decodeCsvBytes(xlsx)).toThrow(NotCsvError);
    try {
      decodeCsvBytes(xlsx);
    } catch (e) {
      expect(e).toMatchObject({ kind: 'xlsx', key: 'import.notCsv.xlsx' });
    }
  });

  it('another zip is a zip', () => {
    expect(sniffFileKind(zipWith('photos/1.jpg'))).toBe('zip');
    expect(isXlsxBytes(zipWith('photos/1.jpg'))).toBe(false);
  });

  it('a PNG (binary) is not text', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(sniffFileKind(png)).toBe('binary');
    expect(() => decodeCsvBytes(png)).toThrow(NotCsvError);
  });

  it('random bytes without NULs but full of control characters are binary', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 255) + 1);
    expect(sniffFileKind(bytes)).toBe('binary');
  });

  it('ordinary text with tabs and line breaks is text', () => {
    expect(sniffFileKind(cp1252(GERMAN))).toBe('text');
    expect(sniffFileKind(new TextEncoder().encode('a\tb\r\nc\td\n'))).toBe('text');
  });
});
