import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // (A unit test that builds a corpus takes seconds on a busy machine: Vitest's default of 5 s failed one in CI. Speed is measured by
      // the benchmark scripts, not by timeouts.)
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
