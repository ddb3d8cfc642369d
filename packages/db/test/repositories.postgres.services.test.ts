import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSummaryRepository, openDatabase, type DatabaseHandle } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { repositoryContractSuite } from './contracts/index.ts';

let temp: TempDatabase | undefined;
repositoryContractSuite(
  'PostgreSQL',
  async () => {
    temp = await createTempPostgresDatabase('repositories');
    return openDatabase({ databaseUrl: temp.url, dataDir: '' });
  },
  async () => temp?.drop(),
);

describe('summary generation lock across nodes (PostgreSQL)', () => {
  let race: TempDatabase;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    race = await createTempPostgresDatabase('generation_lock');
    handle = await openDatabase({ databaseUrl: race.url, dataDir: '' });
  });
  afterAll(async () => {
    await handle.close();
    await race.drop();
  });

  it("answers undefined at once while another connection generates the same day, and runs another day's work", async () => {
    const repo = createSummaryRepository(handle.db);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (entered = resolve));
    const holder = repo.withGenerationLock('2030-07-01', async () => {
      entered();
      await held;
      return 'generated';
    });
    await holding;
    expect(await repo.withGenerationLock('2030-07-01', async () => 'twice')).toBeUndefined();
    expect(await repo.withGenerationLock('2030-07-02', async () => 'other day')).toBe('other day');
    release();
    expect(await holder).toBe('generated');
    expect(await repo.withGenerationLock('2030-07-01', async () => 'after')).toBe('after');
  });
});
