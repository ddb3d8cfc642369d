import { openDatabase } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { taxiiRepositoryContract } from './taxii-repository.contract.ts';

const dir = createTempDir('taxii-pglite');
taxiiRepositoryContract(
  'PGlite',
  () => openDatabase({ dataDir: dir.path }),
  async () => dir.remove(),
);
