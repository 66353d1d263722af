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
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts its own sandbox and graph on ephemeral loopback ports; two cores, so two workers.
    maxWorkers: 2,
    // What every test graph logs and answers in error, and all console output, goes to one directory per run
    // (test/support/log-capture.ts), scanned for personal data and tokens by test/logs/no-personal-data.test.ts.
    reporters: ['default', './test/support/contracts/contracts.reporter.ts', './test/support/log-capture.reporter.ts'],
    globalSetup: ['test/support/log-capture.global.ts'],
    // Every exchange with the embedded sandbox is judged against the API's published OpenAPI document; a test fails on
    // one that does not conform (test/support/contracts/).
    setupFiles: ['test/support/contracts/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'graph', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/logs/**', 'node_modules/**'], sequence: { groupOrder: 0 } },
      },
      // The scan of those logs for personal data and tokens runs once every other suite has finished.
      { extends: true, test: { name: 'logs', include: ['test/logs/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
