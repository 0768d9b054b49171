import { Dexie } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupToJson, buildBackup, parseBackup } from '../../../lib/backup/backup';
import { applyBackup, collectBackup } from '../../../lib/backup/storage-io';
import { STORES_V2, TierScoutDB } from '../../../lib/db/db';
import { putInquiry, setInquiryStatus } from '../../../lib/db/inquiries';
import { putProspects } from '../../../lib/db/prospects';
import { inquiryRecord } from '../../../lib/inquiry/record';
import { REPLY_HOURS } from '../../../lib/inquiry/rules';
import { triageInquiry } from '../../../lib/inquiry/triage';
import type { Inquiry } from '../../../lib/inquiry/schema';
import { randomProspects } from '../backup/generate';
import { freshDatabasePerTest } from './fresh-db';

const now = '2026-12-01T08:00:00.000Z';
let sample: Inquiry;
beforeAll(() => {
  const result = triageInquiry(
    {
      subject: 'price list',
      from: 'John Carter <john@acme-lights.de>',
      body: 'Dear Sir/Madam,\nPlease send your latest price list.\n\nBest regards\nJohn',
    },
    { vocab: null, profile: null },
  );
  sample = inquiryRecord(result, now, { id: 'inq-1' });
});

describe('schema version 3', () => {
  it('opens a version-2 database with prospects, keeps them all and adds an empty inquiry table', async () => {
    const name = `test-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(STORES_V2);
    const prospects = randomProspects(25, 3).map((p) => ({
      ...p,
      effectiveTier: p.tier ?? p.suggestedTier ?? 'none',
    }));
    await v2.table('prospects').bulkPut(prospects);
    v2.close();
    const upgraded = new TierScoutDB(name);
    expect(await upgraded.prospects.count()).toBe(25);
    expect((await upgraded.prospects.get(prospects[7]!.domain))?.company).toEqual(prospects[7]!.company);
    expect(await upgraded.inquiries.count()).toBe(0);
    await putInquiry(upgraded, sample);
    expect((await upgraded.inquiries.get('inq-1'))?.subject).toBe('price list');
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('inquiry writes', () => {
  const db = freshDatabasePerTest();
  it('stores a generic request due by its kind’s hours, and a holding reply moves the reply-by time', async () => {
    await putInquiry(db(), sample);
    const stored = await db().inquiries.get('inq-1');
    expect(stored?.triage.kind).toBe('generic');
    expect(Date.parse(stored!.replyBy) - Date.parse(now)).toBe(REPLY_HOURS.generic * 3_600_000);
    const later = '2026-12-01T09:00:00.000Z';
    const held = await setInquiryStatus(db(), 'inq-1', 'holding', later);
    expect(held.replyBy > stored!.replyBy).toBe(true);
    const quoted = await setInquiryStatus(db(), 'inq-1', 'quoted', later);
    expect(quoted.replyBy).toBe('');
  });
  it('refuses an invalid row', async () => {
    await expect(putInquiry(db(), { ...sample, status: 'lost' as never })).rejects.toThrow();
    expect(await db().inquiries.count()).toBe(0);
  });
});

describe('backup', () => {
  it('round-trips inquiries, and still reads a version-1 file that has none', async () => {
    const prospects = randomProspects(3, 9);
    const text = backupToJson(buildBackup(prospects, {}, now, [sample]));
    expect(parseBackup(text).backup.inquiries).toEqual([sample]);
    const v1 = JSON.stringify({
      format: 'tierscout-backup',
      version: 1,
      exportedAt: now,
      prospects,
      storage: {},
    });
    expect(parseBackup(v1).backup.inquiries).toEqual([]);
  });
  it('collects inquiries into a backup and restores them into another database', async () => {
    const names = [`test-src-${crypto.randomUUID()}`, `test-dst-${crypto.randomUUID()}`];
    const [source, target] = names.map((n) => new TierScoutDB(n)) as [TierScoutDB, TierScoutDB];
    await putProspects(source, randomProspects(2, 4), { merge: false });
    await putInquiry(source, sample);
    const { backup } = parseBackup(backupToJson(await collectBackup(source)));
    expect(backup.inquiries).toHaveLength(1);
    expect(await applyBackup(backup, target)).toBe(2);
    expect(await target.inquiries.get('inq-1')).toEqual(sample);
    for (const d of [source, target]) d.close();
    await Promise.all(names.map((n) => Dexie.delete(n)));
  });
});
