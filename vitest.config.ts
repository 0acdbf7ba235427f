import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // which leaves a core idle while a browser test waits on Chromium. Two files at a time use both.
    maxWorkers: 2,
    // The default reporter for people, plus the plain `N passed, N failed` line for CI (last).
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});
