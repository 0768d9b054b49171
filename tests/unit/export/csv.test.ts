import { describe, expect, it } from 'vitest';
import { PROSPECT_COLUMNS, MAIL_MERGE_COLUMNS, mailMergeRows } from '../../../lib/export/columns';
import { BOM, type CsvColumn, csvChunks, guardFormula, toCsv, unguardFormula } from '../../../lib/export/csv';
import { decodeCsvBytes, parseCsv } from '../../../lib/import/read-csv';
import { toManagerRow } from '../../../lib/manager/rows';
import { randomProspects } from '../backup/generate';

const cols: CsvColumn<string[]>[] = [
  { key: 'a', header: 'a', value: (r) => r[0]! },
  { key: 'b', header: 'b', value: (r) => r[1]! },
];

describe('toCsv', () => {
  it.each([
    ['plain', 'x', 'x'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'l1\nl2', '"l1\nl2"'],
    ['CR', 'l1\rl2', '"l1\rl2"'],
    ['Chinese', '深圳照明有限公司', '深圳照明有限公司'],
    ['emoji', '🚀 Lights', '🚀 Lights'],
  ])('quotes a %s cell per RFC 4180', (_name, cell, expected) => {
    const out = toCsv([[cell, '']], cols, { bom: false });
    expect(out).toBe(`a,b\r\n${expected},\r\n`);
  });

  it('starts with a UTF-8 BOM by default and ends lines with CRLF', () => {
    const out = toCsv([['1', '2']], cols);
    expect(out.startsWith(BOM)).toBe(true);
    expect(out).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('uses ; as delimiter for German/French Excel and quotes cells holding ;', () => {
    expect(toCsv([['a;b', 'c,d']], cols, { delimiter: ';', bom: false })).toBe('a;b\r\n"a;b";c,d\r\n');
  });

  it.each(['=SUM(A1)', '+49 30 123', '-5', '@cmd', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠x'])(
    'guards the formula start of %j',
    (cell) => {
      const guarded = guardFormula(cell);
      expect(guarded).toBe(`'${cell}`);
      expect(unguardFormula(guarded)).toBe(cell);
    },
  );

  it('leaves harmless cells and a plain apostrophe alone', () => {
    expect(guardFormula('Weber GmbH')).toBe('Weber GmbH');
    expect(unguardFormula("'quoted'")).toBe("'quoted'");
  });
});

describe('reading CSV back', () => {
  it('round-trips awkward cells through the writer and papaparse', () => {
    const cells = [
      ['a,b "c"\nd', '深圳 🚀'],
      ['=1+1', ''],
      ['Éclairage; Luz', "O'Neil"],
    ];
    for (const delimiter of [',', ';'] as const) {
      const text = toCsv(cells, cols, { delimiter });
      const table = parseCsv(text);
      expect(table.headers).toEqual(['a', 'b']);
      expect(table.rows.map((r) => r.map(unguardFormula))).toEqual(cells);
      expect(table.delimiter).toBe(delimiter);
    }
  });

  it('decodes UTF-8 with BOM, and GB18030 when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode(`${BOM}公司,网站\r\n深圳照明,szlight.cn\r\n`);
    expect(decodeCsvBytes(utf8)).toMatchObject({
      text: '公司,网站\r\n深圳照明,szlight.cn\r\n',
      encoding: 'utf-8',
    });
    // "公司" in GBK/GB18030 is B9 AB CB BE: invalid as UTF-8.
    const gbk = new Uint8Array([0xb9, 0xab, 0xcb, 0xbe, 0x2c, 0x61, 0x0d, 0x0a]);
    expect(decodeCsvBytes(gbk)).toMatchObject({ text: '公司,a\r\n', encoding: 'gb18030' });
  });

  it('writes the documented prospect columns, lists joined and first email/phone alone', () => {
    const [p] = randomProspects(1, 7);
    p!.contacts.emails = [
      { value: 'info@x.de', isRole: true, isOwnDomain: true, evidence: [] },
      { value: 'sales@x.de', isRole: true, isOwnDomain: true, evidence: [] },
    ];
    const table = parseCsv(toCsv([toManagerRow(p!)], PROSPECT_COLUMNS));
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(row.emails).toBe('info@x.de; sales@x.de');
    expect(row.first_email).toBe('info@x.de');
    expect(row.first_seen).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('mail merge has one row per email address', () => {
    const ps = randomProspects(30, 3);
    const expected = ps.reduce((n, p) => n + p.contacts.emails.length, 0);
    const table = parseCsv(toCsv(mailMergeRows(ps.map((p) => toManagerRow(p))), MAIL_MERGE_COLUMNS));
    expect(table.rows).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it.each([1, 7, 1000])(
    'writes the same bytes in chunks of %i rows as in one piece',
    async (rowsPerChunk) => {
      const rows = randomProspects(120, 5).map((p) => toManagerRow(p));
      const chunks = [...csvChunks(rows, PROSPECT_COLUMNS, { delimiter: ';' }, rowsPerChunk)];
      expect(chunks.length > 1).toBe(rowsPerChunk < 120);
      expect(chunks[0]!.startsWith(`${BOM}domain;`)).toBe(true);
      expect(chunks.slice(1).every((c) => !c.startsWith(BOM))).toBe(true);
      // The Blob a download is made of, read back as UTF-8: one BOM, every row, nothing split across parts.
      const blob = new Blob(chunks.map((c) => new Blob([c])));
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
      expect(text).toBe(toCsv(rows, PROSPECT_COLUMNS, { delimiter: ';' }));
      expect(parseCsv(text).rows).toHaveLength(120);
    },
  );

  it('writes only the header (with BOM) for no rows', () => {
    expect([...csvChunks([], PROSPECT_COLUMNS, {})]).toEqual([
      `${BOM}${PROSPECT_COLUMNS.map((c) => c.header).join(',')}\r\n`,
    ]);
  });
});
