/**
 * Restore without surprises (issue 17): a backup's storage is validated key by key, the plan says what will change
 * before anything is written, merge keeps rows edited after the backup, undo puts everything back, and a failure
 * midway (a full disk, a cancel, settings that cannot be written) leaves every row and setting as it was.
 */
import { browser, storage } from '#imports';
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Backup, BackupError, backupToJson, buildBackup, parseBackup } from '../../../lib/backup/backup';
import { planRestore, settingsToWrite } from '../../../lib/backup/plan';
import { applyRestore, collectBackup, readRestorePlan, undoRestore } from '../../../lib/backup/storage-io';
import { TierScoutDB } from '../../../lib/db/db';
import { putProspects } from '../../../lib/db/prospects';
import type { Prospect } from '../../../lib/model';
import { randomProspects } from './generate';

const PROFILE = (id: string, name: string) => ({
  id,
  name,
  lines: [{ name: 'Panels', keywords: ['LED panel'] }],
  industryKeywords: [],
  excludeKeywords: [],
});

let db: TierScoutDB;
let name: string;
beforeEach(() => {
  name = `restore-${crypto.randomUUID()}`;
  db = new TierScoutDB(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

/** Every row (sorted) and every storage key: what "nothing changed" is checked against. */
async function everything(d: TierScoutDB = db) {
  const rows = (await d.prospects.toArray()).sort((a, b) => (a.domain < b.domain ? -1 : 1));
  return { rows, storage: await browser.storage.local.get(null) };
}

function backupOf(prospects: Prospect[], store: Record<string, unknown>): Backup {
  return parseBackup(backupToJson(buildBackup(prospects, store, '2026-11-01T08:00:00.000Z'))).backup;
}

/** Rejects every prospects write after `okWrites` with Chromium's QuotaExceededError. */
function quotaAfter(okWrites: number): Middleware<DBCore> {
  let writes = 0;
  return {
    stack: 'dbcore',
    name: 'quota-after',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) =>
            writes++ >= okWrites
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  };
}

describe('a backup is validated at the boundary', () => {
  const good = (over: Record<string, unknown> = {}) => ({
    format: 'tierscout-backup',
    version: 1,
    exportedAt: '2026-11-01T08:00:00.000Z',
    prospects: randomProspects(30, 3),
    storage: { profiles: [PROFILE('p1', 'LED')], activeProfileId: 'p1', language: 'en' },
    ...over,
  });
  const detailOf = (json: unknown) => {
    try {
      parseBackup(JSON.stringify(json));
    } catch (e) {
      expect(e).toBeInstanceOf(BackupError);
      return (e as BackupError).detail;
    }
    throw new Error('parseBackup accepted it');
  };

  it('names the path of a bad prospect value', () => {
    const json = good();
    (json.prospects[25] as unknown as { tier: string }).tier = 'Z';
    expect(detailOf(json)).toBe('prospects.25.tier: not a tier (A–D)');
  });

  it('names a hostile website in a restored row', () => {
    const json = good();
    json.prospects[3]!.url = 'data:text/html,<script>alert(1)</script>';
    expect(detailOf(json)).toBe('prospects.3.url: not an http(s) address');
  });

  it.each([
    [{ profiles: 'not-an-array' }, 'storage.profiles: Invalid input: expected array, received string'],
    [{ language: 'klingon' }, 'storage.language'],
    [{ thresholds: { a: 2, b: 0.3, sizeLift: 1 } }, 'storage.thresholds.a'],
    [{ profiles: [{ id: 'p1', name: '', lines: [] }] }, 'storage.profiles.0.'],
    [{ profiles$: { v: 'one' } }, 'storage.profiles$.v'],
  ])('rejects storage %j at its path', (bad, path) => {
    expect(detailOf(good({ storage: { ...good().storage, ...bad } }))).toContain(path);
  });

  it('drops unknown storage keys and reports them; known keys pass parsed', () => {
    const { backup, dropped } = parseBackup(
      JSON.stringify(good({ storage: { ...good().storage, 'unrelated-key': { x: 1 }, evil$: 3 } })),
    );
    expect(dropped).toEqual(['unrelated-key', 'evil$']);
    expect(Object.keys(backup.storage).sort()).toEqual(['activeProfileId', 'language', 'profiles']);
  });
});

describe('the plan, before anything is written', () => {
  it('counts new, older, newer-here and identical rows and the settings that differ', async () => {
    const here = randomProspects(50, 7).map((p) => ({ ...p, updatedAt: '2026-10-01T00:00:00.000Z' }));
    await putProspects(db, here, { merge: false });
    await storage.setItem('local:profiles', [PROFILE('p1', 'LED'), PROFILE('p2', 'Office')]);
    await storage.setItem('local:language', 'zh');
    const inBackup = [
      ...here
        .slice(0, 40)
        .map((p, i) =>
          i < 5 ? p : { ...p, notes: `${p.notes} (backup)`, updatedAt: '2026-10-15T00:00:00.000Z' },
        ),
      ...randomProspects(5, 99).map((p) => ({ ...p, domain: `new-${p.domain}` })),
    ];
    // Ten rows were edited here after the backup was taken.
    const edited = here
      .slice(10, 20)
      .map((p) => ({ ...p, notes: 'called', updatedAt: '2026-11-20T00:00:00.000Z' }));
    await putProspects(db, edited, { merge: false });
    const backup = backupOf(inBackup, { profiles: [PROFILE('p1', 'LED')], language: 'zh' });
    const before = await everything();

    const plan = await readRestorePlan(backup, ['unrelated-key'], db);
    expect(plan).toMatchObject({
      total: 45,
      add: 5,
      same: 5,
      newerHere: 10,
      older: 25,
      notInBackup: 10,
      profilesHere: 2,
      profilesInBackup: 1,
      dropped: ['unrelated-key'],
    });
    expect(plan.newerHereDomains.sort()).toEqual(edited.map((p) => p.domain).sort());
    expect(plan.settings).toEqual([{ key: 'profiles', isSetHere: true }]);
    expect(await everything()).toEqual(before);
  });

  it('settings: merge keeps the values here and joins profiles; replace takes the backup', () => {
    const here = { profiles: [PROFILE('p1', 'LED mine')], language: 'zh', activeProfileId: 'p1' };
    const fromBackup = {
      profiles: [PROFILE('p1', 'LED old'), PROFILE('p3', 'Tools')],
      language: 'en',
      thresholds: { a: 0.6, b: 0.3, sizeLift: 2 },
    };
    expect(settingsToWrite(fromBackup, here, 'merge')).toEqual({
      profiles: [PROFILE('p1', 'LED mine'), PROFILE('p3', 'Tools')],
      thresholds: { a: 0.6, b: 0.3, sizeLift: 2 },
    });
    expect(settingsToWrite(fromBackup, here, 'replace')).toEqual(fromBackup);
    expect(planRestore(backupOf([], fromBackup), [], 0, here).settings.map((s) => s.key)).toEqual([
      'profiles',
      'language',
      'thresholds',
    ]);
  });
});

describe('applying a restore', () => {
  async function scenario() {
    const here = randomProspects(40, 11).map((p) => ({ ...p, updatedAt: '2026-10-01T00:00:00.000Z' }));
    await putProspects(db, here, { merge: false });
    await storage.setItem('local:profiles', [PROFILE('p1', 'LED'), PROFILE('p2', 'Office')]);
    await storage.setItem('local:activeProfileId', 'p2');
    const old = here
      .slice(0, 30)
      .map((p) => ({ ...p, notes: 'from the backup', updatedAt: '2026-10-10T00:00:00.000Z' }));
    const added = randomProspects(6, 12).map((p) => ({ ...p, domain: `neu-${p.domain}` }));
    const backup = backupOf([...old, ...added], { profiles: [PROFILE('p9', 'Old')], activeProfileId: 'p9' });
    // Rows 0–4 were edited here after the backup.
    const edited = here
      .slice(0, 5)
      .map((p) => ({ ...p, notes: 'edited after', updatedAt: '2026-11-25T00:00:00.000Z' }));
    await putProspects(db, edited, { merge: false });
    return { backup, edited, old, added };
  }

  it('merge keeps the rows edited after the backup and the settings here', async () => {
    const { backup, edited, added } = await scenario();
    const outcome = await applyRestore(backup, 'merge', db);
    expect(outcome).toMatchObject({ added: 6, replaced: 25, keptNewer: 5, unchanged: 0 });
    for (const p of edited) expect((await db.prospects.get(p.domain))?.notes).toBe('edited after');
    expect((await db.prospects.get(added[0]!.domain))?.domain).toBe(added[0]!.domain);
    expect(await db.prospects.count()).toBe(46);
    expect(await storage.getItem('local:activeProfileId')).toBe('p2');
    expect((await storage.getItem<{ id: string }[]>('local:profiles'))?.map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p9',
    ]);
  });

  it('replace overwrites them as announced, and undo puts every row and setting back', async () => {
    const { backup } = await scenario();
    const before = await everything();
    const outcome = await applyRestore(backup, 'replace', db);
    expect(outcome).toMatchObject({ added: 6, replaced: 30, keptNewer: 0 });
    expect(outcome.settings.sort()).toEqual(['activeProfileId', 'profiles']);
    expect(await storage.getItem('local:activeProfileId')).toBe('p9');
    await undoRestore(outcome.undo, db);
    expect(await everything()).toEqual(before);
  });

  it('undo leaves rows edited after the restore as the rep left them', async () => {
    const { backup, old } = await scenario();
    const outcome = await applyRestore(backup, 'replace', db);
    const later = { ...old[10]!, notes: 'edited after the restore', updatedAt: '2026-12-02T00:00:00.000Z' };
    await putProspects(db, [later], { merge: false });
    expect(await undoRestore(outcome.undo, db)).toBe(1);
    expect((await db.prospects.get(later.domain))?.notes).toBe('edited after the restore');
    expect((await db.prospects.get(old[11]!.domain))?.notes).not.toBe('from the backup');
  });

  it('a full disk midway changes no row and no setting, and says so', async () => {
    const { backup } = await scenario();
    const before = await everything();
    const faulty = new TierScoutDB(name);
    faulty.use(quotaAfter(2));
    await expect(applyRestore(backup, 'replace', faulty, { chunkSize: 5 })).rejects.toMatchObject({
      kind: 'quota',
    });
    faulty.close();
    expect(await everything()).toEqual(before);
  });

  it('a cancel midway changes nothing', async () => {
    const { backup } = await scenario();
    const before = await everything();
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      applyRestore(backup, 'replace', db, {
        chunkSize: 10,
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done === 20) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(seen).toEqual([10, 20]);
    expect(await everything()).toEqual(before);
  });

  it('settings that cannot be written roll the prospects back', async () => {
    const { backup } = await scenario();
    const before = await everything();
    const set = vi
      .spyOn(browser.storage.local, 'set')
      .mockRejectedValueOnce(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    await expect(applyRestore(backup, 'replace', db)).rejects.toMatchObject({ kind: 'quota' });
    set.mockRestore();
    expect(await everything()).toEqual(before);
  });

  it('round-trips a backup of this browser into an empty one', async () => {
    await scenario();
    const text = backupToJson(await collectBackup(db));
    const target = new TierScoutDB(`${name}-target`);
    const source = await everything();
    await browser.storage.local.clear();
    await applyRestore(parseBackup(text).backup, 'merge', target);
    expect(await everything(target)).toEqual(source);
    target.close();
    await Dexie.delete(`${name}-target`);
  });
});
