/**
 * The toolbar badge: the tier letter in the tier's colour, per tab. Pure parts (text, colour) are separate from
 * the browser call so both the background and tests use them.
 */
import type { Tier } from '../model';

/** One colour per tier, shared by the badge, the toast and the popup's tier chips. */
export const TIER_COLORS: Record<Tier, string> = {
  A: '#15803d',
  B: '#1d4ed8',
  C: '#b45309',
  D: '#64748b',
};

export interface BadgeSpec {
  text: string;
  color: string;
}

/** The badge for a saved prospect's tier: its letter and colour; '•' in grey when saved without a tier; null clears. */
export function badgeFor(saved: boolean, tier: Tier | null): BadgeSpec | null {
  if (!saved) return null;
  if (!tier) return { text: '•', color: '#94a3b8' };
  return { text: tier, color: TIER_COLORS[tier] };
}

/** The subset of `browser.action` the badge needs (stubbed in unit tests). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
}

/** Shows (or clears) the badge of one tab. */
export async function setTabBadge(action: BadgeApi, tabId: number, spec: BadgeSpec | null): Promise<void> {
  await action.setBadgeText({ tabId, text: spec?.text ?? '' });
  if (!spec) return;
  await action.setBadgeBackgroundColor({ tabId, color: spec.color });
  await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
}
