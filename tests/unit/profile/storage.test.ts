import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import {
  getActiveProfile,
  getProfiles,
  getThresholds,
  profilesItem,
  setActiveProfileId,
  setProfiles,
  thresholdsItem,
} from '../../../lib/profile/storage';
import type { Profile } from '../../../lib/model';

const a: Profile = {
  id: 'a',
  name: 'A',
  lines: [{ name: 'l', keywords: ['x'] }],
  industryKeywords: [],
  excludeKeywords: [],
};
const b: Profile = { ...a, id: 'b', name: 'B' };

describe('profile storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns null before the rep has a profile', async () => {
    expect(await getActiveProfile()).toBeNull();
  });

  it('returns the active profile, or the first when the active id is stale', async () => {
    await setProfiles([a, b]);
    await setActiveProfileId('b');
    expect((await getActiveProfile())?.id).toBe('b');
    await setActiveProfileId('gone');
    expect((await getActiveProfile())?.id).toBe('a');
  });

  it('drops corrupt entries on read instead of failing', async () => {
    await profilesItem.setValue([a, { id: 'bad' } as unknown as Profile]);
    expect(await getProfiles()).toEqual([a]);
  });

  it('falls back to default thresholds when the stored ones are invalid', async () => {
    await thresholdsItem.setValue({ a: 0.2, b: 0.5, sizeLift: 2 });
    expect(await getThresholds()).toEqual(DEFAULT_THRESHOLDS);
  });
});
