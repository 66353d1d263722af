import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for every dependency
    // (@apollo/server, @graphql-tools/*); make our own code load the same copy, or instanceof checks fail across realms.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts its own sandbox and graph on ephemeral loopback ports; two cores, so two workers.
    maxWorkers: 2,
  },
});
