import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's chromium and firefox-esr. One browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
