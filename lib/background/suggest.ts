/**
 * The classifier with the rep's active profile, as the popup and the keyboard commands call it: the one place that
 * imports the classifier (issue 4), so the popup and background agree on one path and the handler stays testable.
 */
import { classify } from '../classify/index';
import { renderReason } from '../classify/reasons';
import type { Lang } from '../i18n/index';
import type { PageCapture, Profile, Reason, ScanResult, Suggestion, Thresholds } from '../model';
import { getActiveProfile, getThresholds } from '../profile/storage';

/** The active profile, or null on first run (no profile described yet). */
export async function activeProfile(): Promise<Profile | null> {
  return (await getActiveProfile()) ?? null;
}

/** The rep's thresholds, or the defaults when unset or invalid. */
export function activeThresholds(): Promise<Thresholds> {
  return getThresholds();
}

/** Classifies with a given profile (the popup re-classifies after a site scan). */
export function suggestWith(
  captures: PageCapture[],
  scan: ScanResult,
  profile: Profile,
  thresholds: Thresholds,
): Suggestion | null {
  return classify(captures, scan, profile, thresholds);
}

/** A classifier reason in the UI language. */
export function reasonText(reason: Reason, lang: Lang): string {
  return renderReason(reason, lang);
}

/** Classifies captures with the active profile; null when there is no profile yet. */
export async function suggestWithActiveProfile(
  captures: PageCapture[],
  scan: ScanResult,
): Promise<Suggestion | null> {
  const profile = await activeProfile();
  if (!profile) return null;
  return suggestWith(captures, scan, profile, await activeThresholds());
}
