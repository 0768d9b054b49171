/**
 * Where profiles and thresholds live: WXT storage items in `chrome.storage.local`.
 *
 * Versioning: every item is at version 1. To change a shape, bump `version` and add a
 * `migrations: { 2: (v1) => v2 }` entry here; WXT runs them in order on first read. Reads are also
 * `safeParse`d, so a hand-edited or corrupt value falls back to the default instead of breaking the popup.
 */
import { storage } from '#imports';
import * as z from 'zod';
import { type Profile, ProfileSchema, type Thresholds, ThresholdsSchema } from '../model';
import { DEFAULT_THRESHOLDS } from './defaults';

export const profilesItem = storage.defineItem<Profile[]>('local:profiles', { fallback: [], version: 1 });
export const activeProfileIdItem = storage.defineItem<string>('local:activeProfileId', {
  fallback: '',
  version: 1,
});
export const thresholdsItem = storage.defineItem<Thresholds>('local:thresholds', {
  fallback: DEFAULT_THRESHOLDS,
  version: 1,
});

/** All valid profiles (invalid entries are dropped, not fatal). */
export async function getProfiles(): Promise<Profile[]> {
  const raw = await profilesItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p) => {
    const parsed = ProfileSchema.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Saves the whole profile list (validated). */
export async function setProfiles(profiles: Profile[]): Promise<void> {
  await profilesItem.setValue(z.array(ProfileSchema).parse(profiles));
}

/** The active profile, or the first one when the active id is stale; null when the rep has none yet. */
export async function getActiveProfile(): Promise<Profile | null> {
  const [profiles, activeId] = await Promise.all([getProfiles(), activeProfileIdItem.getValue()]);
  return profiles.find((p) => p.id === activeId) ?? profiles[0] ?? null;
}

/** Sets the active profile id. */
export async function setActiveProfileId(id: string): Promise<void> {
  await activeProfileIdItem.setValue(id);
}

/** Thresholds, falling back to the defaults when stored ones are invalid or inconsistent (b > a). */
export async function getThresholds(): Promise<Thresholds> {
  const parsed = ThresholdsSchema.safeParse(await thresholdsItem.getValue());
  return parsed.success && parsed.data.b <= parsed.data.a ? parsed.data : DEFAULT_THRESHOLDS;
}

/** Saves thresholds (validated). */
export async function setThresholds(value: Thresholds): Promise<void> {
  await thresholdsItem.setValue(ThresholdsSchema.parse(value));
}
