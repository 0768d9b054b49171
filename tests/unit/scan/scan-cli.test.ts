import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatchLines, runJob } from '../../tools/scan-cli';
import { recycleParser } from '../../tools/scan-node';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');

describe('scan CLI', () => {
  it('prints the flat keys and the evidence-bearing details for a site of several pages', () => {
    const out = runJob(
      {
        files: [
          resolve(SITES, 'brewhaus-supply.com/index.html'),
          resolve(SITES, 'brewhaus-supply.com/pages/contact.html'),
        ],
        url: 'https://brewhaus-supply.com/',
      },
      SITES,
    ) as {
      domain: string;
      company: { name: string; country: string };
      contacts: { emails: string[]; phones: string[]; whatsapp: string[]; socials: string[] };
      details: { pages: { url: string }[] };
    };
    expect(out.domain).toBe('brewhaus-supply.com');
    expect(out.company).toMatchObject({ name: 'Brewhaus Supply Co.', country: 'US' });
    expect(out.contacts.emails).toEqual(['hello@brewhaus-supply.com', 'wholesale@brewhaus-supply.com']);
    expect(out.contacts.phones).toEqual(['+15032847719']);
    expect(out.contacts.whatsapp).toEqual([]);
    // Later pages get URLs from their paths beside the first file.
    expect(out.details.pages.map((p) => p.url)).toEqual([
      'https://brewhaus-supply.com/',
      'https://brewhaus-supply.com/pages/contact',
    ]);
  });

  it('writes exactly one line per job, in order, with an error line for a failing job', () => {
    const lines = [
      JSON.stringify({
        files: ['grosshandel-weber.de/impressum.html'],
        url: 'https://grosshandel-weber.de/impressum',
      }),
      '',
      'not json',
      JSON.stringify({ files: ['missing-site.example/index.html'], url: 'https://x.de/' }),
      JSON.stringify({ files: [] }),
      JSON.stringify({
        files: ['quiet-meadow-journal.net/index.html'],
        url: 'https://quiet-meadow-journal.net/',
        profile: { name: 'p' },
      }),
      JSON.stringify({
        files: ['quiet-meadow-journal.net/index.html'],
        url: 'https://quiet-meadow-journal.net/',
      }),
    ];
    const out = [...runBatchLines(lines, SITES)].map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(6);
    expect(out[0]?.domain).toBe('grosshandel-weber.de');
    expect(out[1]).toHaveProperty('error');
    expect(out[2]).toHaveProperty('error');
    expect(out[3]).toEqual({ error: 'job has no files' });
    // A profile without keywords cannot grade anything: that job fails with the reason, the next one still runs.
    expect(String(out[4]?.error)).toMatch(/^profile: keywords/);
    expect(out[5]?.domain).toBe('quiet-meadow-journal.net');
  });

  it('prints every company of a listing page under entries', () => {
    const out = runJob(
      {
        files: [resolve(SITES, 'sedie-moretti.it/rivenditori.html')],
        url: 'https://www.sedie-moretti.it/rivenditori',
      },
      SITES,
    ) as { entries: { name: string; country: string; phones: string[] }[]; skipped: number };
    expect(out.entries).toHaveLength(112);
    expect(out.skipped).toBe(0);
    expect(new Set(out.entries.map((e) => e.country))).toEqual(new Set(['IT', 'CH', 'SM']));
    for (const e of out.entries) expect(e.phones[0]).toMatch(/^\+(39|41|378)/);
    const company = runJob(
      { files: [resolve(SITES, 'brewhaus-supply.com/index.html')], url: 'https://brewhaus-supply.com/' },
      SITES,
    );
    expect(company.entries).toEqual([]);
  });
});

describe('parser recycling (scan --batch in flat memory)', () => {
  it('scans the same page the same way with a fresh window after the old one was closed', async () => {
    const job = {
      files: [resolve(SITES, 'brewhaus-supply.com/index.html')],
      url: 'https://brewhaus-supply.com/',
    };
    const strip = (o: unknown) => JSON.stringify(o).replace(/"scannedAt":"[^"]*"/g, '');
    const before = strip(runJob(job, SITES));
    await recycleParser();
    expect(strip(runJob(job, SITES))).toBe(before);
    // Recycling twice in a row (no window open) is harmless.
    await recycleParser();
    await recycleParser();
    expect(strip(runJob(job, SITES))).toBe(before);
  });
});
