import { defineConfig } from '@playwright/test';

const port = Number(process.env.FIXTURE_PORT ?? 4173);
const isCI = !!process.env.CI;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own Chromium with the extension; two cores run two of them well.
  workers: 2,
  fullyParallel: true,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../test-results',
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  webServer: {
    command: `node tools/fixture-server.mjs`,
    cwd: '.',
    env: { FIXTURE_PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
    stdout: 'ignore',
  },
});
