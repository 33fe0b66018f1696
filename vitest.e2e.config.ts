import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's chromium and firefox-esr. One browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    // Real browsers on a shared 2-core machine: a timing-sensitive test (policy pick-up, a
    // journey's landing refresh) may be retried; a retried test is reported as flaky, and one that
    // fails three times fails the run.
    retry: 2,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
