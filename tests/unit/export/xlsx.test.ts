import readExcelFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { localisedCsvColumns } from '../../../lib/export/columns';
import { toCsv } from '../../../lib/export/csv';
import { textWidth, writeXlsx, xlsxSheet } from '../../../lib/export/xlsx';
import type { Lang } from '../../../lib/i18n';
import { guessMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/read-csv';
import { readXlsx, tableOfRows, XlsxReadError } from '../../../lib/import/read-xlsx';
import { importRows } from '../../../lib/import/rows';
import { toManagerRow } from '../../../lib/manager/rows';
import type { Prospect } from '../../../lib/model';
import { randomProspects } from '../backup/generate';
import { excelWorkbook } from '../import/excel-workbook';

const NOW = '2026-12-03T08:00:00.000Z';

/** The fields a rep's sheet carries, as they should come back (times to the second: Excel keeps no more). */
function sheetFields(p: Prospect) {
  const second = (iso: string) => `${iso.slice(0, 19)}Z`;
  return {
    domain: p.domain,
    url: p.url,
    name: p.company.name.trim(),
    contact: p.contactName ?? '',
    emails: p.contacts.emails.map((e) => e.value),
    phones: p.contacts.phones.map((x) => x.value),
    country: p.company.country,
    language: p.company.language,
    tier: p.tier,
    buyerType: p.buyerType,
    status: p.status,
    outreach: p.outreach,
    region: p.region,
    searchPlan: p.searchPlan,
    tags: p.tags,
    notes: p.notes.trim(),
    firstSeen: second(p.firstSeen),
    updatedAt: second(p.updatedAt),
  };
}

function sample(): Prospect[] {
  return randomProspects(60, 42).map((p, i) => ({
    ...p,
    contactName: i % 3 === 0 ? '王小明' : i % 3 === 1 ? 'Anna Schmidt' : undefined,
    firstSeen: new Date(Date.parse(p.firstSeen) + 37_123).toISOString(),
    updatedAt: new Date(Date.parse(p.updatedAt) + 86_400_000 + 5_000).toISOString(),
  }));
}

describe.each(['zh', 'en'] as Lang[])('.xlsx round trip (%s)', (lang) => {
  it('exports and imports back the same prospects', async () => {
    const prospects = sample();
    const blob = await writeXlsx(
      prospects.map((p) => toManagerRow(p)),
      lang,
    );
    const [sheet] = await readXlsx(await blob.arrayBuffer());
    const back = importRows(sheet!.table.rows, {
      mapping: guessMapping(sheet!.table.headers),
      dateOrder: 'dmy',
      now: NOW,
    });
    expect(back.flagged).toEqual([]);
    expect(back.prospects.map(sheetFields)).toEqual(prospects.map(sheetFields));
  });
});

describe.each(['zh', 'en'] as Lang[])('localised CSV round trip (%s)', (lang) => {
  it('exports and imports back the same prospects', () => {
    const prospects = sample();
    const csv = toCsv(
      prospects.map((p) => toManagerRow(p)),
      localisedCsvColumns(lang),
    );
    const table = parseCsv(csv);
    const back = importRows(table.rows, { mapping: guessMapping(table.headers), dateOrder: 'dmy', now: NOW });
    expect(back.flagged).toEqual([]);
    expect(back.prospects.map(sheetFields)).toEqual(prospects.map(sheetFields));
  });
});

describe('the .xlsx sheet', () => {
  const p = randomProspects(1, 3)[0]!;
  const row = toManagerRow({
    ...p,
    status: 'potential',
    outreach: 'rough',
    buyerType: 'distributor',
    company: { ...p.company, country: 'GB' },
    contacts: {
      ...p.contacts,
      phones: [{ value: '+442476550120', kind: 'phone', country: 'GB', raw: '', evidence: [] }],
    },
  });

  it('writes Chinese headers and values in the Chinese UI, phones as text, dates as dates', async () => {
    const blob = await writeXlsx([row], 'zh');
    const [sheet] = await readExcelFile(blob);
    const [headers, cells] = sheet!.data as unknown[][];
    expect(headers).toContain('公司名称');
    expect(headers).toContain('客户等级');
    const at = (h: string) => cells![(headers as string[]).indexOf(h)];
    expect(at('跟进状态')).toBe('潜在客户');
    expect(at('开发信')).toBe('粗发');
    expect(at('客户类型')).toBe('分销商');
    expect(at('国家')).toBe('英国');
    expect(at('电话')).toBe('+442476550120');
    expect(at('添加日期')).toBeInstanceOf(Date);
  });

  it('freezes the header row and fits the columns', () => {
    const sheet = xlsxSheet([row], 'en');
    expect(sheet.stickyRowsCount).toBe(1);
    expect(sheet.columns).toHaveLength((sheet.data[0] as unknown[]).length);
    const emailsAt = (sheet.data[0] as { value: string }[]).findIndex((c) => c.value === 'Emails');
    expect(sheet.columns[emailsAt]!.width).toBeGreaterThanOrEqual(
      Math.min(60, textWidth(row.emails.join('; '))),
    );
    expect(textWidth('公司')).toBe(4);
  });
});

describe('reading workbooks', () => {
  it('skips title rows above the header and names empty (merged) header cells', () => {
    const table = tableOfRows([
      ['客户名单 2026', null, null],
      [null, null, null],
      ['公司名称', null, '邮箱'],
      ['ACME', 'x', 'a@acme.de'],
    ]);
    expect(table.headers).toEqual(['公司名称', 'B', '邮箱']);
    expect(table.rows).toEqual([['ACME', 'x', 'a@acme.de']]);
    expect(table.firstLine).toBe(4);
  });

  it('reads a workbook as Excel saves it: merged title, empty row, formulas by their cached value, dates', async () => {
    const [sheet] = await readXlsx(excelWorkbook());
    expect(sheet!.name).toBe('客户');
    expect(sheet!.table.headers).toEqual(['公司名称', '单价', '数量', '订单金额', '添加日期']);
    expect(sheet!.firstLine).toBe(4);
    expect(sheet!.table.rows.map((r) => [r[0], r[3]])).toEqual([
      ['Weber Großhandel GmbH', '1200'],
      ['Iluminación Sur S.L.', '350'],
    ]);
    // 46358 is 2026-12-02 in Excel's 1900 date system, read as a local date.
    expect(sheet!.table.rows[0]![4]).toMatch(/^2026-12-0[12]/);
  });

  it('says clearly when a file is an old .xls, encrypted or corrupt', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).buffer;
    await expect(readXlsx(ole)).rejects.toMatchObject({ kind: 'xls' });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]).buffer;
    await expect(readXlsx(broken)).rejects.toBeInstanceOf(XlsxReadError);
  });
});
