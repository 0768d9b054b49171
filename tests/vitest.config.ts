import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Loading the multilingual vocabulary and parsing real corpus pages is slow on a shared 2-core machine; these
    // are generous ceilings against hangs, not performance assertions (those live in npm run bench).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'tests/.reports/unit.json' }]],
  },
});
