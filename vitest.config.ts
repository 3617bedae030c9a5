import { defineConfig } from 'vitest/config';

// `vitest run --mode slow` (npm run test:slow) repeats the tests of crashes and concurrency
// many more times (tests/e2e/helpers.ts, testRuns).
export default defineConfig(({ mode }) => ({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/fast-reader.ts'],
    // Every temporary folder of the run in one, removed at the end (SAK_KEEP_TEMP=1 keeps it).
    globalSetup: ['tests/support/temp-root.ts'],
    // The test files share their worker's modules instead of loading the program afresh for
    // each file: measured, that took a third of the suite's CPU time. Nothing a test needs
    // to start from scratch is module state: a file that mocks a module resets them itself
    // (tests/unit/store/lazy-loading.test.ts).
    isolate: false,
    // Two workers on two cores (Vitest's default is one fewer than the cores): much of a test's
    // time is spent waiting for git and other processes, which the other worker fills.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: mode === 'slow' ? { SAK_TEST_RUNS: 'slow' } : {},
  },
}));
