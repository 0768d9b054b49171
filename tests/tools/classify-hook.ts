/**
 * Where `npm run scan -- … --profile p.json` adds the classification (tier, buyer type) to the CLI output:
 * `tier.value` ("A"–"D" or null), `tier.reasons` and `buyerType.value` / `buyerType.reasons` as English sentences.
 */
import { classify } from '../../lib/classify/index';
import { renderReason } from '../../lib/classify/reasons';
import type { PageCapture, ScanResult } from '../../lib/model';
import { DEFAULT_THRESHOLDS } from '../../lib/profile/defaults';
import { parseProfileJson } from '../../lib/profile/parse';

/** The JSON object the scan CLI prints for one job. */
export type ScanOutput = Record<string, unknown>;

/**
 * Adds classification keys to `out` for the given profile JSON (minimal or full shape); unchanged without one.
 * @returns `out` with `tier` and `buyerType`
 */
export function addClassification(
  out: ScanOutput,
  captures: PageCapture[],
  scan: ScanResult,
  profileJson: unknown,
): ScanOutput {
  if (profileJson === undefined || profileJson === null) return out;
  let profile: ReturnType<typeof parseProfileJson>;
  try {
    profile = parseProfileJson(profileJson);
  } catch (e) {
    throw new Error(`profile: ${(e as Error).message}`);
  }
  const s = classify(captures, scan, profile, DEFAULT_THRESHOLDS);
  out.tier = {
    value: s.tier.value,
    share: Math.round(s.tier.share * 100) / 100,
    matchedLines: s.tier.matchedLines,
    reasons: s.tier.reasons.map((r) => renderReason(r, 'en')),
  };
  out.buyerType = {
    value: s.buyerType.value,
    secondary: s.buyerType.secondary,
    confidence: s.buyerType.confidence,
    reasons: s.buyerType.reasons.map((r) => renderReason(r, 'en')),
  };
  return out;
}
