// `npm test`: every check in the order that fails fast and names what broke (format/lint, types, unit tests,
// builds, e2e in Chromium), then one closing line `tests: N passed, N failed` adding up both test runners —
// CI reads that line, not Vitest's or Playwright's own summaries.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const reports = resolve(root, 'tests/.reports');
rmSync(reports, { recursive: true, force: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(resolve(reports, file), 'utf8'));
  } catch {
    return null;
  }
}

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const unit = readJson('unit.json');
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  }
  const e2e = readJson('e2e.json');
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
    skipped += e2e.stats.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const steps = [
  ['format and lint', bin('biome'), ['ci', '.']],
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['unit tests', bin('vitest'), ['run', '--config', 'tests/vitest.config.ts']],
  ['production build (chrome-mv3)', bin('wxt'), ['build']],
  ['firefox build', bin('wxt'), ['build', '-b', 'firefox']],
  // NODE_ENV: WXT would otherwise set it to the mode name, and React would run its slow development build.
  ['e2e build', bin('wxt'), ['build', '--mode', 'e2e'], { NODE_ENV: 'production' }],
  ['e2e tests in Chromium', bin('playwright'), ['test', '--config', 'tests/playwright.config.ts']],
];

let broken = null;
for (const [label, command, args, env] of steps) {
  if (!run(label, command, args, env)) {
    broken = label;
    break;
  }
}

const { passed, failed, skipped } = counts();
if (broken) console.log(`\nnpm test stopped: "${broken}" failed (steps after it did not run).`);
if (!existsSync(resolve(reports, 'unit.json'))) console.log('note: no unit-test report was written');
// A failed step that is not a test runner (lint, types, build) still counts as one failure.
const stepFailure = broken && !['unit tests', 'e2e tests in Chromium'].includes(broken) ? 1 : 0;
const totalFailed = failed + stepFailure;
console.log(`tests: ${passed} passed, ${totalFailed} failed, ${skipped} skipped`);
process.exit(broken || totalFailed > 0 ? 1 : 0);
