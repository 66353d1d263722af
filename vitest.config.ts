import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts its own sandbox and graph on ephemeral loopback ports; two cores, so two workers.
    maxWorkers: 2,
  },
});
