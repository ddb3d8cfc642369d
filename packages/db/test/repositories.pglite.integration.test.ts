import { describe } from 'vitest';
import { openDatabase } from '../src/index.ts';
import { seedMigratedDataDir } from '../../../test/support/migrated-data-dir.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { repositoryContractSuite } from './contracts/index.ts';

const dir = createTempDir('repositories-pglite');
// The suite's tests cite their rules in their own names; the contracts live beside this file.
describe('[STORE-1][STORE-2] every repository on PGlite', () => {
  repositoryContractSuite(
    'PGlite',
    // A copy of the run's migrated folder: these suites test the repositories, not migrating from empty.
    async () => {
      await seedMigratedDataDir(dir.path);
      return openDatabase({ dataDir: dir.path });
    },
    async () => dir.remove(),
  );
});
