import { afterEach, describe, expect, it } from 'vitest';
import { TierScoutDB } from '../../../lib/db/db';
import { getProspect, putProspects } from '../../../lib/db/prospects';
import { PROSPECT_COLUMNS } from '../../../lib/export/columns';
import { toCsv } from '../../../lib/export/csv';
import { guessMapping, headerSignature, isUsableMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/read-csv';
import { importRows, type ReadOptions } from '../../../lib/import/rows';
import { toManagerRow } from '../../../lib/manager/rows';
import { randomProspects } from '../backup/generate';

const NOW = '2026-11-26T12:00:00.000Z';
const read = (headers: string[]): ReadOptions => ({
  mapping: guessMapping(headers),
  dateOrder: 'dmy',
  now: NOW,
});

/** A sales rep's own spreadsheet, the way a German CRM export looks (semicolons, German headers). */
const REP_SHEET = [
  'Firma;Webseite;E-Mail;Telefon;Land;Klasse;Notiz',
  'Weber Großhandel GmbH;www.grosshandel-weber.de;info@grosshandel-weber.de, einkauf@grosshandel-weber.de;+49 521 987650;de;A;Messe Frankfurt',
  'Luz y Diseño S.L.;https://luzdiseno.es/contacto;ventas@luzdiseno.es;;ES;2;',
  'Kein Web;;;;DE;B;nur Telefon',
  'Falsche Mail;falsch.de;info(at)falsch;;DE;Z;',
  'Lampen Meier;lampen-meier.de;;030 1234567;Deutschland;;',
].join('\r\n');

describe('column mapping', () => {
  it('guesses German headers and own-export headers', () => {
    const { headers } = parseCsv(REP_SHEET);
    expect(guessMapping(headers)).toEqual({
      website: 1,
      company: 0,
      emails: 2,
      phones: 3,
      country: 4,
      tier: 5,
      notes: 6,
    });
    const own = parseCsv(toCsv([], PROSPECT_COLUMNS)).headers;
    const m = guessMapping(own);
    expect(own[m.tier!]).toBe('rep_tier');
    expect(own[m.emails!]).toBe('emails');
    expect(isUsableMapping(m)).toBe(true);
  });

  it('keys remembered mappings by normalised headers', () => {
    expect(headerSignature([' E-Mail ', 'Firma'])).toBe(headerSignature(['e_mail', 'FIRMA']));
  });
});

describe('importRows', () => {
  const { headers, rows } = parseCsv(REP_SHEET);
  const result = importRows(rows, read(headers));

  it('keeps every keyable row, keyed by registrable domain from the website', () => {
    expect(result.prospects.map((p) => p.domain)).toEqual([
      'grosshandel-weber.de',
      'luzdiseno.es',
      'falsch.de',
      'lampen-meier.de',
    ]);
    const weber = result.prospects[0]!;
    expect(weber.contacts.emails.map((e) => e.value)).toEqual([
      'info@grosshandel-weber.de',
      'einkauf@grosshandel-weber.de',
    ]);
    expect(weber.contacts.phones[0]?.value).toBe('+49521987650');
    expect(weber.company.country).toBe('DE');
    expect(weber.tier).toBe('A');
    expect(result.prospects[1]!.tier).toBe('B');
    // The bad cells are left empty, the rest of the row is kept.
    expect(result.prospects[2]!.tier).toBeNull();
    expect(result.prospects[2]!.contacts.emails).toEqual([]);
    expect(result.prospects[3]!.company.country).toBe('DE');
  });

  it('flags each unreadable cell with its line and column', () => {
    expect(
      result.flagged.map((r) => ({
        line: r.line,
        imported: r.imported,
        flags: r.flags.map((f) => [f.field, f.column, f.value, f.key]),
      })),
    ).toEqual([
      { line: 4, imported: false, flags: [['website', 1, '', 'import.problem.noDomain']] },
      {
        line: 5,
        imported: true,
        flags: [
          ['emails', 2, 'info(at)falsch', 'import.problem.email'],
          ['tier', 5, 'Z', 'import.problem.tier'],
        ],
      },
    ]);
  });

  it('round-trips its own export (formula guard stripped, lists split)', () => {
    const ps = randomProspects(40, 11);
    const table = parseCsv(
      toCsv(
        ps.map((p) => toManagerRow(p)),
        PROSPECT_COLUMNS,
        { delimiter: ';' },
      ),
    );
    const back = importRows(table.rows, read(table.headers));
    expect(back.flagged).toEqual([]);
    expect(
      back.prospects.map((p) => [
        p.domain,
        p.company.name,
        p.notes,
        p.tier,
        p.status,
        p.outreach,
        p.tags,
        p.firstSeen,
      ]),
    ).toEqual(
      ps.map((p) => [
        p.domain,
        p.company.name.trim(),
        p.notes.trim(),
        p.tier,
        p.status,
        p.outreach,
        p.tags,
        p.firstSeen,
      ]),
    );
    expect(back.prospects.map((p) => p.contacts.emails.map((e) => e.value))).toEqual(
      ps.map((p) => p.contacts.emails.map((e) => e.value)),
    );
  });
});

describe('merging an import into saved prospects', () => {
  let db: TierScoutDB;
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('merges duplicates by domain and loses nothing already saved', async () => {
    db = new TierScoutDB(`import-merge-${Math.random()}`);
    const [saved] = randomProspects(1, 5);
    const stored = {
      ...saved!,
      domain: 'grosshandel-weber.de',
      tier: 'C' as const,
      notes: 'met at fair',
      tags: ['messe'],
    };
    stored.contacts = {
      ...stored.contacts,
      emails: [{ value: 'vertrieb@grosshandel-weber.de', isRole: true, isOwnDomain: true, evidence: [] }],
    };
    await putProspects(db, [stored]);
    const { headers, rows } = parseCsv(REP_SHEET);
    const { prospects } = importRows(rows, read(headers));
    await putProspects(db, prospects, { merge: true });
    const merged = await getProspect(db, 'grosshandel-weber.de');
    expect(await db.prospects.count()).toBe(4);
    expect(merged!.contacts.emails.map((e) => e.value).sort()).toEqual([
      'einkauf@grosshandel-weber.de',
      'info@grosshandel-weber.de',
      'vertrieb@grosshandel-weber.de',
    ]);
    expect(merged!.tier).toBe('A'); // the sheet's explicit tier is a newer choice
    expect(merged!.notes).toContain('met at fair');
    expect(merged!.tags).toEqual(['messe']);
  });
});

/**
 * A list saved from Chinese Excel the way the issue describes it: Chinese headers, countries as 德国 / 西班牙 /
 * Germany, two e-mails joined by a full-width semicolon, buyer types 经销商 / 贸易商, Chinese status and dates.
 */
const CHINESE_SHEET = [
  '公司名称,官网,联系人,邮箱,电话,国家,客户等级,客户类型,跟进状态,备注,添加日期',
  'Lichtwerk Handel GmbH,www.lichtwerk-handel.de,Anna Schmidt,info@lichtwerk-handel.de；einkauf@lichtwerk-handel.de,+49 30 12345678,德国,A类,经销商,潜在客户,展会认识,2026/11/2',
  'Iluminación Sol S.L.,iluminacion-sol.es,Carlos Ruiz,ventas@iluminacion-sol.es,+34 91 123 45 67,西班牙,B,贸易商,目标客户,,2.11.2026',
  'Brightline Ltd,brightline.co.uk,Tom Green,sales@brightline.co.uk、tom@brightline.co.uk,020 7946 0958,Germany,C,零售商,现有客户,,46327',
  'Gmail Trader,,Li Wei,liwei.trade@gmail.com,13800138000,中国,D,进口商,潜在客户,只有邮箱,2026/11/5',
  'Bad Cells BV,badcells.nl,,sales@badcells.nl,,火星,E,朋友,可能,,明天',
].join('\r\n');

describe('a Chinese Excel sheet', () => {
  const { headers, rows } = parseCsv(CHINESE_SHEET);
  const mapping = guessMapping(headers);
  const result = importRows(rows, { mapping, dateOrder: 'dmy', now: NOW });

  it('maps 客户等级, 跟进状态, 添加日期 and 联系人', () => {
    expect(mapping).toMatchObject({
      company: 0,
      website: 1,
      contactName: 2,
      emails: 3,
      phones: 4,
      country: 5,
      tier: 6,
      buyerType: 7,
      status: 8,
      notes: 9,
      firstSeen: 10,
    });
  });

  it('reads Chinese, English and full-width values', () => {
    const [lichtwerk, sol, bright] = result.prospects;
    expect(lichtwerk).toMatchObject({
      domain: 'lichtwerk-handel.de',
      contactName: 'Anna Schmidt',
      tier: 'A',
      buyerType: 'distributor',
      status: 'potential',
      company: { country: 'DE' },
      firstSeen: new Date(2026, 10, 2).toISOString(),
    });
    expect(lichtwerk!.contacts.emails.map((e) => e.value)).toEqual([
      'info@lichtwerk-handel.de',
      'einkauf@lichtwerk-handel.de',
    ]);
    expect(sol).toMatchObject({ buyerType: 'wholesaler', status: 'target', company: { country: 'ES' } });
    expect(sol!.firstSeen).toBe(new Date(2026, 10, 2).toISOString());
    expect(bright).toMatchObject({ buyerType: 'retailer', status: 'customer', company: { country: 'DE' } });
    expect(bright!.contacts.emails).toHaveLength(2);
    expect(bright!.firstSeen).toBe(new Date(2026, 10, 1).toISOString()); // serial 46327
  });

  it('never makes a company of a free-mail domain: the row waits for a website', () => {
    expect(result.prospects.map((p) => p.domain)).not.toContain('gmail.com');
    const held = result.flagged.find((r) => r.line === 5)!;
    expect(held.imported).toBe(false);
    expect(held.flags).toEqual([{ field: 'website', column: 1, value: '', key: 'import.problem.freeMail' }]);
  });

  it('imports the row with bad cells, those cells empty and flagged', () => {
    const bad = result.prospects.find((p) => p.domain === 'badcells.nl')!;
    expect(bad).toMatchObject({ tier: null, buyerType: null, status: 'potential', company: { country: '' } });
    expect(bad.firstSeen).toBe(NOW);
    const flagged = result.flagged.find((r) => r.line === 6)!;
    expect(flagged.imported).toBe(true);
    expect(flagged.flags.map((f) => [f.field, f.value])).toEqual([
      ['country', '火星'],
      ['tier', 'E'],
      ['buyerType', '朋友'],
      ['status', '可能'],
      ['firstSeen', '明天'],
    ]);
  });

  it('imports the held row once the rep adds a website', () => {
    const fixed = [...rows[3]!];
    fixed[1] = 'liwei-trading.cn';
    const again = importRows([fixed], { mapping, dateOrder: 'dmy', now: NOW });
    expect(again.flagged).toEqual([]);
    expect(again.prospects[0]).toMatchObject({
      domain: 'liwei-trading.cn',
      buyerType: 'importer',
      company: { country: 'CN' },
    });
  });
});
