import { openDatabase } from '../src/index.ts';
import { seedMigratedDataDir } from '../../../test/support/migrated-data-dir.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { eventRepositoryContract } from './event-repository.contract.ts';

const dir = createTempDir('repo-pglite');
eventRepositoryContract(
  'PGlite',
  // A copy of the run's migrated folder: these suites test the repositories, not migrating from empty.
  async () => {
    await seedMigratedDataDir(dir.path);
    return openDatabase({ dataDir: dir.path });
  },
  async () => dir.remove(),
);
