import { afterEach, describe, expect, it } from 'vitest';
import { TierScoutDB } from '../../../lib/db/db';
import { getProspect, putProspects } from '../../../lib/db/prospects';
import { PROSPECT_COLUMNS } from '../../../lib/export/columns';
import { toCsv } from '../../../lib/export/csv';
import { guessMapping, headerSignature, isUsableMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/read-csv';
import { importRows } from '../../../lib/import/rows';
import { toManagerRow } from '../../../lib/manager/rows';
import { randomProspects } from '../backup/generate';

const NOW = '2026-11-26T12:00:00.000Z';

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
  const result = importRows(rows, guessMapping(headers), NOW);

  it('imports valid rows, keyed by registrable domain from the website', () => {
    expect(result.prospects.map((p) => p.domain)).toEqual(['grosshandel-weber.de', 'luzdiseno.es']);
    const weber = result.prospects[0]!;
    expect(weber.contacts.emails.map((e) => e.value)).toEqual([
      'info@grosshandel-weber.de',
      'einkauf@grosshandel-weber.de',
    ]);
    expect(weber.contacts.phones[0]?.value).toBe('+49521987650');
    expect(weber.company.country).toBe('DE');
    expect(weber.tier).toBe('A');
    expect(result.prospects[1]!.tier).toBe('B');
  });

  it('reports each rejected row with its line and reasons', () => {
    expect(result.rejected).toEqual([
      { line: 4, problems: [{ key: 'import.problem.noDomain', value: '' }] },
      {
        line: 5,
        problems: [
          { key: 'import.problem.email', value: 'info(at)falsch' },
          { key: 'import.problem.tier', value: 'Z' },
        ],
      },
      { line: 6, problems: [{ key: 'import.problem.country', value: 'Deutschland' }] },
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
    const back = importRows(table.rows, guessMapping(table.headers), NOW);
    expect(back.rejected).toEqual([]);
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
    const { prospects } = importRows(rows, guessMapping(headers), NOW);
    await putProspects(db, prospects, { merge: true });
    const merged = await getProspect(db, 'grosshandel-weber.de');
    expect(await db.prospects.count()).toBe(2);
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
