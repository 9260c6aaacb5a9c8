import { defineConfig } from 'vitest/config';

// One test run over every package. Workspace packages resolve to their TypeScript sources
// (the `source` export condition), so tests never need a build of their dependencies.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // Apollo and graphql-tools must share one copy of graphql under vitest.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      { extends: true, test: { name: 'model', include: ['packages/model/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts'],
          // One line per run when TEST_DATABASE_URL is unset: the PostgreSQL half of the suite is skipped.
          globalSetup: ['apps/api/src/test-support/postgres-notice.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      { extends: true, test: { name: 'web', include: ['apps/web/src/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
