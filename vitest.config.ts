import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // expect.poll waits for a page or a server to get there (a first analysis on a busy 2-core machine
    // takes seconds); it waits as long as a browser test's page actions do, not vitest's default 1 s.
    expect: { poll: { timeout: 20_000 } },
  },
});
