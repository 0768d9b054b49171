import { storage } from '#imports';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupToJson, parseBackup } from '../../../lib/backup/backup';
import { applyBackup, collectBackup } from '../../../lib/backup/storage-io';
import { TierScoutDB } from '../../../lib/db/db';
import { putProspects } from '../../../lib/db/prospects';
import { randomProspects } from './generate';

const PROFILE = {
  id: 'p1',
  name: 'LED lighting',
  lines: [{ name: 'Panels', keywords: ['LED panel', 'Panelleuchte', '面板灯'] }],
  industryKeywords: ['lighting'],
  excludeKeywords: [],
};

describe('JSON backup', () => {
  let dbs: TierScoutDB[] = [];
  afterEach(async () => {
    for (const d of dbs) {
      d.close();
      await d.delete();
    }
    dbs = [];
  });
  const newDb = () => {
    const d = new TierScoutDB(`backup-${Math.random()}`);
    dbs.push(d);
    return d;
  };

  it.each([1, 2, 3, 4, 5])(
    'round-trips random prospects, profiles and settings unchanged (seed %i)',
    async (seed) => {
      const source = newDb();
      const prospects = randomProspects(60 + seed * 7, seed);
      await putProspects(source, prospects, { merge: false });
      await storage.setItem('local:profiles', [PROFILE]);
      await storage.setItem('local:activeProfileId', 'p1');
      await storage.setItem('local:thresholds', { a: 0.7, b: 0.35, sizeLift: 2 });
      await storage.setItem('local:language', 'zh');
      const text = backupToJson(await collectBackup(source));

      // A fresh browser profile: empty storage, empty database.
      await storage.clear('local');
      const target = newDb();
      await applyBackup(parseBackup(text).backup, target);

      const again = await collectBackup(target);
      const sortByDomain = (xs: typeof prospects) => [...xs].sort((a, b) => (a.domain < b.domain ? -1 : 1));
      expect(sortByDomain(again.prospects)).toEqual(sortByDomain(prospects));
      expect(await storage.getItem('local:profiles')).toEqual([PROFILE]);
      expect(await storage.getItem('local:activeProfileId')).toBe('p1');
      expect(await storage.getItem('local:thresholds')).toEqual({ a: 0.7, b: 0.35, sizeLift: 2 });
      expect(await storage.getItem('local:language')).toBe('zh');
      expect(again.storage).toEqual(parseBackup(text).backup.storage);
    },
  );

  it.each([
    ['not JSON', '{oops', 'backup.error.notJson'],
    ['another file', '{"name":"LED"}', 'backup.error.notBackup'],
    ['a newer version', '{"format":"tierscout-backup","version":99}', 'backup.error.newer'],
    [
      'a damaged prospect',
      '{"format":"tierscout-backup","version":1,"exportedAt":"x","storage":{},"prospects":[{"domain":""}]}',
      'backup.error.invalid',
    ],
  ])('refuses %s with a clear key', (_name, text, key) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    try {
      parseBackup(text);
    } catch (e) {
      expect((e as BackupError).key).toBe(key);
    }
  });
});
