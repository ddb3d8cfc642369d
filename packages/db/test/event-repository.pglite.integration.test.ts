import { openDatabase } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { eventRepositoryContract } from './event-repository.contract.ts';

const dir = createTempDir('repo-pglite');
eventRepositoryContract(
  'PGlite',
  () => openDatabase({ dataDir: dir.path }),
  async () => dir.remove(),
);
