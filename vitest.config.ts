import { defineConfig } from 'vitest/config';

// Test tiers by file suffix: unit needs nothing; integration uses embedded PGlite and real servers on port 0;
// services needs the PostgreSQL and Redis of the machine; e2e drives Debian's Chromium against a built app.
const ignored = ['**/node_modules/**', '**/dist/**'];
// Tiers that open embedded PGlite get one migrated folder per run to copy (test/support/migrated-data-dir.ts).
const migratedTemplate = ['test/support/migrated-template.global-setup.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages,test}/**/*.test.ts'],
          exclude: [...ignored, '**/*.integration.test.ts', '**/*.e2e.test.ts', '**/*.services.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          globalSetup: migratedTemplate,
          include: ['{apps,packages,test}/**/*.integration.test.ts'],
          exclude: ignored,
          testTimeout: 60_000,
          // Hooks start and stop whole servers on embedded PGlite; on a loaded 2-core CI machine closing two
          // deployments took over 60 s once (federation.integration afterAll), so hooks get more room than tests.
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'services',
          globalSetup: migratedTemplate,
          include: ['{apps,packages,test}/**/*.services.test.ts'],
          exclude: ignored,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup: migratedTemplate,
          include: ['test/**/*.e2e.test.ts'],
          exclude: ignored,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
