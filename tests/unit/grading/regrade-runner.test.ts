/**
 * The background's re-grade trigger (lib/grading/regrade-runner.ts), on fakeBrowser storage: an edit of the active
 * profile re-grades the list and reports progress in session storage; an edit of another profile does not.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prepareGrading } from '../../../lib/classify/index';
import type { TierScoutDB } from '../../../lib/db/db';
import { getProspect, saveScan } from '../../../lib/db/prospects';
import {
  activeProfileChanged,
  parseRegradeStatus,
  regradeStatusItem,
  watchGradingSettings,
} from '../../../lib/grading/regrade-runner';
import { encodeReading } from '../../../lib/grading/stored-reading';
import type { Profile } from '../../../lib/model';
import { setActiveProfileId, setProfiles } from '../../../lib/profile/storage';
import { freshDatabasePerTest } from '../db/fresh-db';
import { readingOf, scanOf, suggestionOf } from '../prospect/fixtures';

const freshDb = freshDatabasePerTest();
let db: TierScoutDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
beforeAll(async () => {
  await prepareGrading(['de']);
});

const profile = (id: string, keywords: string[]): Profile => ({
  id,
  name: id,
  lines: [{ name: id, keywords }],
  industryKeywords: [],
  excludeKeywords: [],
});

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met');
}

describe('activeProfileChanged', () => {
  const a = profile('a', ['LED panel']);
  const b = profile('b', ['sofa']);
  it.each([
    [
      'an edit of the active profile',
      [a, b],
      [{ ...a, lines: [{ name: 'a', keywords: ['cable'] }] }, b],
      'a',
      true,
    ],
    ['an edit of another profile', [a, b], [a, { ...b, name: 'Sofas' }], 'a', false],
    ['the first profile added', [], [a], '', true],
    ['no change', [a], [a], 'a', false],
  ])('%s', (_, prev, next, id, expected) => {
    expect(activeProfileChanged(prev, next, id)).toBe(expected);
  });
});

describe('watchGradingSettings', () => {
  it('re-grades the list after the active profile is edited, with progress in session storage', async () => {
    await setProfiles([profile('led', ['LED panel']), profile('bags', ['handbag'])]);
    await setActiveProfileId('led');
    await saveScan(db, {
      scan: scanOf('weber.de'),
      suggestion: suggestionOf('A', 'wholesaler'),
      tier: 'B',
      reading: encodeReading(readingOf(), ['de'], '2026-12-03T10:00:00.000Z'),
    });
    const watcher = watchGradingSettings(db);
    try {
      // Another profile's edit changes nothing.
      await setProfiles([profile('led', ['LED panel']), profile('bags', ['handbag', 'tote'])]);
      await new Promise((r) => setTimeout(r, 500));
      expect(await regradeStatusItem.getValue()).toBeNull();
      // Switching to the bags profile re-grades: Weber sells no bags.
      await setActiveProfileId('bags');
      await until(async () => parseRegradeStatus(await regradeStatusItem.getValue())?.state === 'done');
      expect(parseRegradeStatus(await regradeStatusItem.getValue())).toMatchObject({
        profileName: 'bags',
        total: 1,
        done: 1,
        regraded: 1,
        changed: 1,
      });
      expect(await getProspect(db, 'weber.de')).toMatchObject({ tier: 'B', suggestedTier: null });
    } finally {
      watcher.stop();
    }
  });
});
