import { openDatabase } from '../src/index.ts';
import { seedMigratedDataDir } from '../../../test/support/migrated-data-dir.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { seizureTrendIndexContract } from './seizure-trend-index.contract.ts';

const dir = createTempDir('trend-index-pglite');
seizureTrendIndexContract(
  'PGlite',
  // A copy of the run's migrated folder: these suites test the repositories, not migrating from empty.
  async () => {
    await seedMigratedDataDir(dir.path);
    return openDatabase({ dataDir: dir.path });
  },
  async () => dir.remove(),
);
