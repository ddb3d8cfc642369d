import { openDatabase } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { taxiiRepositoryContract } from './taxii-repository.contract.ts';

let temp: TempDatabase | undefined;
taxiiRepositoryContract(
  'PostgreSQL',
  async () => {
    temp = await createTempPostgresDatabase('taxii');
    return openDatabase({ databaseUrl: temp.url, dataDir: '' });
  },
  async () => temp?.drop(),
);
