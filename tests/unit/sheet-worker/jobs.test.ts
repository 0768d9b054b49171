import { parseCsv } from '../../../lib/import/read-csv';
import writeExcelFile from 'write-excel-file/node';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../lib/i18n';
import '../../../lib/i18n/strings/sheets';
import { isEncryptedPackage } from '../../../lib/import/read-xlsx';
import { localisedCsvColumns, PROSPECT_COLUMNS } from '../../../lib/export/columns';
import { toCsv } from '../../../lib/export/csv';
import { toManagerRow } from '../../../lib/manager/rows';
import type { Prospect } from '../../../lib/model';
import { EXPORT_SLICE, SheetJobCancelled, SheetWorker } from '../../../lib/sheet-worker/client';
import { MAX_IMPORT_BYTES, PROSPECT_CHUNK, SheetJobs } from '../../../lib/sheet-worker/jobs';
import { randomProspects } from '../backup/generate';

const NOW = '2026-12-03T08:00:00.000Z';
const fixture = (name: string) => {
  const b = readFileSync(resolve(__dirname, '../../fixtures/sheets', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const bufferOf = async (rows: (string | null)[][]) => {
  const b = await writeExcelFile(
    rows.map((r) => r.map((v) => (v === null ? null : { value: v }))),
  ).toBuffer();
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('SheetJobs.read', () => {
  it('reads a GBK CSV: encoding, headers, first rows, count', async () => {
    const outcome = await new SheetJobs().read('客户名单-gbk.csv', fixture('客户名单-gbk.csv'));
    expect(outcome).toMatchObject({ ok: true, source: 'csv', encoding: 'gb18030' });
    if (!outcome.ok) return;
    expect(outcome.sheets[0]!.headers.slice(0, 3)).toEqual(['公司名称', '官网', '联系人']);
    expect(outcome.sheets[0]!.preview).toHaveLength(3);
    expect(outcome.sheets[0]!.rowCount).toBeGreaterThanOrEqual(6);
  });

  it('refuses a password-protected workbook with the password message (a real encrypted file)', async () => {
    const bytes = fixture('客户名单-有密码.xlsx');
    expect(isEncryptedPackage(new Uint8Array(bytes))).toBe(true);
    const outcome = await new SheetJobs().read('客户名单-有密码.xlsx', bytes);
    expect(outcome).toEqual({ ok: false, key: 'import.error.encrypted' });
    expect(t('zh', 'import.error.encrypted')).toContain('设有密码');
  });

  it('an old .xls (OLE2 without an encrypted package) gets the .xls message', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await new SheetJobs().read('alt.xls', ole.buffer)).toEqual({ ok: false, key: 'import.error.xls' });
  });

  it('a workbook cut off mid-download says it is damaged and why', async () => {
    const whole = await bufferOf([
      ['Company', 'Website'],
      ['Weber', 'weber.de'],
    ]);
    const outcome = await new SheetJobs().read(
      'kunden.xlsx',
      whole.slice(0, Math.floor(whole.byteLength / 2)),
    );
    expect(outcome).toMatchObject({ ok: false, key: 'import.error.xlsx' });
    if (outcome.ok) return;
    expect(t('en', outcome.key, outcome.params)).toMatch(
      /^This \.xlsx file cannot be read: it is damaged \(.+\)\./,
    );
  });

  it('refuses a file over the limit', async () => {
    const outcome = await new SheetJobs().read('export.csv', new ArrayBuffer(MAX_IMPORT_BYTES + 1));
    expect(outcome).toMatchObject({ ok: false, key: 'import.error.tooBig', params: { mb: 50, max: 50 } });
    if (outcome.ok) return;
    expect(t('en', outcome.key, outcome.params)).toContain(
      'export.csv is 50 MB: TierScout reads files of up to 50 MB',
    );
  });

  it('reads a sheet of 500 columns with the website in column 450', async () => {
    const header = Array.from({ length: 500 }, (_, i) => `Feld ${i + 1}`);
    header[0] = 'Firma';
    header[449] = 'Webseite';
    const row = Array.from({ length: 500 }, (_, i) => `w${i}`);
    row[0] = 'Weber Leuchten GmbH';
    row[449] = 'weber-leuchten.de';
    const jobs = new SheetJobs();
    const outcome = await jobs.read('crm-dump.xlsx', await bufferOf([header, row]));
    expect(outcome.ok && outcome.sheets[0]!.headers).toHaveLength(500);
    const chunks: Prospect[][] = [];
    const rows = jobs.rows(
      0,
      { company: 0, website: 449 },
      'de-DE',
      NOW,
      () => undefined,
      (c) => chunks.push(c),
    );
    expect(rows.flagged).toEqual([]);
    expect(chunks.flat().map((p) => p.domain)).toEqual(['weber-leuchten.de']);
  });
});

describe('SheetJobs.rows', () => {
  it('returns every prospect in chunks, reports progress, and forgets the file afterwards', async () => {
    const lines = ['Company,Website,Email'];
    for (let i = 0; i < PROSPECT_CHUNK + 10; i++) lines.push(`Firma ${i},firma-${i}.de,info@firma-${i}.de`);
    const jobs = new SheetJobs();
    await jobs.read('big.csv', new TextEncoder().encode(lines.join('\r\n')).buffer as ArrayBuffer);
    const chunks: Prospect[][] = [];
    const progress = vi.fn();
    jobs.rows(0, { company: 0, website: 1, emails: 2 }, 'en-GB', NOW, progress, (c) => chunks.push(c));
    expect(chunks.map((c) => c.length)).toEqual([PROSPECT_CHUNK, 10]);
    expect(progress).toHaveBeenLastCalledWith(PROSPECT_CHUNK + 10, PROSPECT_CHUNK + 10);
    expect(() => jobs.rows(0, { website: 1 }, 'en', NOW, progress, () => undefined)).toThrow(/pick it again/);
  });
});

describe('SheetWorker without a Worker (the in-page path)', () => {
  it('reads, imports and exports through the same jobs; cancel rejects what is pending', async () => {
    const client = new SheetWorker(() => null);
    expect(client.isOffMainThread).toBe(false);
    const csv = new TextEncoder().encode('Firma;Webseite\r\nWeber;weber.de\r\nMüller;mueller-licht.de\r\n')
      .buffer as ArrayBuffer;
    const read = await client.read('kunden.csv', csv);
    expect(read).toMatchObject({ ok: true, sheets: [{ rowCount: 2 }] });
    const rows = await client.rows(0, { company: 0, website: 1 }, 'de-DE', NOW, () => undefined);
    expect(rows.prospects.map((p) => p.domain)).toEqual(['weber.de', 'mueller-licht.de']);

    const managerRows = randomProspects(3000, 3).map((p) => toManagerRow(p));
    const seen: number[] = [];
    const file = await client.export(managerRows, 'csv', 'zh', ',', (done) => seen.push(done));
    expect(file.filename).toMatch(/\.csv$/);
    expect(seen.at(-1)).toBe(3000);
    expect(await file.blob.text()).toContain(t('zh', 'sheet.col.company'));

    const pending = client.export(managerRows, 'xlsx', 'en', ',', () => undefined);
    client.cancel();
    await expect(pending).rejects.toBeInstanceOf(SheetJobCancelled);
  });

  it('hands a long list over in slices and exports every row once, then starts the next export empty', async () => {
    const client = new SheetWorker(() => null);
    const many = randomProspects(EXPORT_SLICE * 2 + 17, 5).map((p) => toManagerRow(p));
    const file = await client.export(many, 'csv-raw', 'en', ',', () => undefined);
    const table = parseCsv((await file.blob.text()).replace(/^\uFEFF/, ''));
    expect(table.rows.map((r) => r[table.headers.indexOf('domain')])).toEqual(many.map((r) => r.domain));
    const small = await client.export(many.slice(0, 3), 'csv-raw', 'en', ',', () => undefined);
    expect(parseCsv((await small.blob.text()).replace(/^\uFEFF/, '')).rows).toHaveLength(3);
  });

  it('a sliced export writes the same bytes as the whole list in one piece, with progress per slice', async () => {
    const client = new SheetWorker(() => null);
    const many = randomProspects(EXPORT_SLICE * 3 + 5, 8).map((p) => toManagerRow(p));
    for (const [format, columns] of [
      ['csv', localisedCsvColumns('zh')],
      ['csv-raw', PROSPECT_COLUMNS],
    ] as const) {
      const seen: number[] = [];
      const file = await client.export(many, format, 'zh', ';', (done) => seen.push(done));
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      const whole = new TextEncoder().encode(toCsv(many, columns, { delimiter: ';' }));
      expect(bytes[0]).toBe(0xef); // the UTF-8 BOM
      expect(Buffer.from(bytes).equals(Buffer.from(whole))).toBe(true);
      expect(seen).toEqual([EXPORT_SLICE, EXPORT_SLICE * 2, EXPORT_SLICE * 3, many.length]);
    }
    const xlsx = await client.export(many, 'xlsx', 'en', ',', () => undefined);
    expect(xlsx.filename).toMatch(/\.xlsx$/);
  });

  it('Stop while the slices are being sent ends the export; the next one starts afresh', async () => {
    const client = new SheetWorker(() => null);
    const many = randomProspects(EXPORT_SLICE * 3, 6).map((p) => toManagerRow(p));
    const stopped = client.export(many, 'csv-raw', 'en', ',', () => client.cancel());
    await expect(stopped).rejects.toBeInstanceOf(SheetJobCancelled);
    const again = await client.export(many.slice(0, EXPORT_SLICE + 1), 'csv-raw', 'en', ',', () => undefined);
    expect(parseCsv((await again.blob.text()).replace(/^\uFEFF/, '')).rows).toHaveLength(EXPORT_SLICE + 1);
  });
});
