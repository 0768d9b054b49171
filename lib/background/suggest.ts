/**
 * The classifier with the rep's active profile, for the keyboard commands (the popup calls `classify` itself,
 * because it re-classifies after a site scan with the profile it already read).
 */
import { classify, prepareGrading } from '../classify/index';
import type { PageCapture, ScanResult, Suggestion } from '../model';
import { getActiveProfile, getThresholds } from '../profile/storage';

/** Classifies captures with the active profile; null when there is no profile yet (first run). */
export async function suggestWithActiveProfile(
  captures: PageCapture[],
  scan: ScanResult,
): Promise<Suggestion | null> {
  const profile = await getActiveProfile();
  if (!profile) return null;
  await prepareGrading(captures.map((c) => c.lang || scan.company.language));
  return classify(captures, scan, profile, await getThresholds());
}
