import { openDatabase } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { seizureTrendIndexContract } from './seizure-trend-index.contract.ts';

let temp: TempDatabase | undefined;
seizureTrendIndexContract(
  'PostgreSQL',
  async () => {
    temp = await createTempPostgresDatabase('trend_index');
    return openDatabase({ databaseUrl: temp.url, dataDir: '' });
  },
  async () => temp?.drop(),
);
