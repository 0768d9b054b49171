/**
 * The scan → grade step of the keyboard commands, with the rep's active profile: the same `gradeScan` the popup
 * runs (lib/grading/pipeline.ts), so a prospect saved by a key is graded, and re-gradable, like one saved from the
 * popup.
 */
import { type GradedScan, gradeScan } from '../grading/pipeline';
import type { PageCapture, ScanResult } from '../model';
import { getActiveProfile, getThresholds } from '../profile/storage';

/** Grades captures with the active profile (suggestion null when there is no profile yet, on first run). */
export async function gradeWithActiveProfile(captures: PageCapture[], scan: ScanResult): Promise<GradedScan> {
  const [profile, thresholds] = await Promise.all([getActiveProfile(), getThresholds()]);
  return gradeScan(captures, scan, profile, thresholds);
}
