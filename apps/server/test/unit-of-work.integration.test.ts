import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer } from '../../../test/support/server.ts';
import type { RunningServer } from '../src/index.ts';
import { unitOfWorkContract } from './unit-of-work.contract.ts';

const dir = createTempDir('unit-of-work');
let server: RunningServer | undefined;
unitOfWorkContract(
  'PGlite',
  async () => {
    server = await startTestServer({ DATA_DIR: dir.path });
    return server;
  },
  async () => {
    await server?.close();
    dir.remove();
  },
);
