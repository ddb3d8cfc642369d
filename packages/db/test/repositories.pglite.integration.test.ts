import { openDatabase } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { repositoryContractSuite } from './contracts/index.ts';

const dir = createTempDir('repositories-pglite');
repositoryContractSuite(
  'PGlite',
  () => openDatabase({ dataDir: dir.path }),
  async () => dir.remove(),
);
