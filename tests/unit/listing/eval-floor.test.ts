import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreListing } from '../../tools/eval-listings';

const DIR = resolve(import.meta.dirname, '../../fixtures/listings');

// Issue 10's aim on dealer lists: ≥ 90 % of the listed phones and e-mails, at ≥ 95 % precision.
describe.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('labelled listing %s', (file) => {
  const s = scoreListing(resolve(DIR, file));
  it('finds every company and skips only the broken entries', () => {
    expect(s.found).toBe(s.listed);
    expect(s.skipped).toBe(s.broken);
  });
  it.each(['phones', 'emails'] as const)('%s: recall ≥ 90 %, precision ≥ 95 %', (kind) => {
    expect(s[kind].right / s[kind].expected).toBeGreaterThanOrEqual(0.9);
    expect(s[kind].right / s[kind].found).toBeGreaterThanOrEqual(0.95);
  });
});
