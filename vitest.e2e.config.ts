import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's chromium and firefox-esr. One browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    // No retry: a test waits for the state it checks (tests/e2e/harness/poll.ts), with a deadline.
    // A test that must be retried says so itself (`{ retry: N }`), naming the browser behaviour.
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
