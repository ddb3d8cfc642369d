import { openDatabase } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { eventRepositoryContract } from './event-repository.contract.ts';

let temp: TempDatabase | undefined;
eventRepositoryContract(
  'PostgreSQL',
  async () => {
    temp = await createTempPostgresDatabase('repo');
    return openDatabase({ databaseUrl: temp.url, dataDir: '' });
  },
  async () => temp?.drop(),
);
