import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { startTestServer } from '../../../test/support/server.ts';
import type { RunningServer } from '../src/index.ts';
import { unitOfWorkContract } from './unit-of-work.contract.ts';

let temp: TempDatabase | undefined;
let server: RunningServer | undefined;
unitOfWorkContract(
  'PostgreSQL',
  async () => {
    temp = await createTempPostgresDatabase('unit_of_work');
    server = await startTestServer({ DATABASE_URL: temp.url, SUMMARY_SCHEDULER: 'off' });
    return server;
  },
  async () => {
    await server?.close();
    await temp?.drop();
  },
);
