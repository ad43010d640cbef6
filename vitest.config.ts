import { defineConfig } from 'vitest/config';

// Every test runs with TZ set far from the sites' zone (UTC+7), so day boundaries that
// accidentally use the process zone fail loudly.
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
