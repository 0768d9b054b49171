import { defineConfig } from '@playwright/test';

// `npm run bench`: timings in real Chromium, each printed as a ratio to a baseline measured in the same run.
// Benchmarks report; they never fail on time (these machines are shared and noisy).
const port = Number(process.env.FIXTURE_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  workers: 1,
  timeout: 600_000,
  outputDir: '../../test-results/bench',
  reporter: [['list']],
  webServer: {
    command: 'node ../tools/fixture-server.mjs',
    env: { FIXTURE_PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: true,
    stdout: 'ignore',
  },
});
