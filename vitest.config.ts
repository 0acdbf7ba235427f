import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    // The default reporter for people, plus the plain `N passed, N failed` line for CI.
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});
