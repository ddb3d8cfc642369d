import { openDatabase } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { seizureTrendIndexContract } from './seizure-trend-index.contract.ts';

const dir = createTempDir('trend-index-pglite');
seizureTrendIndexContract(
  'PGlite',
  () => openDatabase({ dataDir: dir.path }),
  async () => dir.remove(),
);
