import { defineConfig } from 'vitest/config';

// `vitest run --mode slow` (npm run test:slow) repeats the tests of crashes and concurrency
// many more times (tests/e2e/helpers.ts, testRuns).
export default defineConfig(({ mode }) => ({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/fast-reader.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: mode === 'slow' ? { SAK_TEST_RUNS: 'slow' } : {},
  },
}));
