import { describe, expect, it } from 'vitest';
import { generationLockKey, type DatabaseHandle } from '../../src/index.ts';

/**
 * ARCH-2, ARCH-3 at the storage level: DatabaseHandle.transaction hands out repositories bound to one
 * transaction (commit on success, rollback on failure, savepoints when nested), and DatabaseHandle.exclusively
 * runs work under a day's lock on either backend without the caller asking which one it is.
 */
export function unitOfWorkContract(handle: () => DatabaseHandle): void {
  describe('unit of work', () => {
    let n = 0;
    const code = () => `UW${++n}${Date.now().toString(36).slice(-4)}`.toUpperCase();
    const agency = (c: string) => ({ code: c, name: `Unit of work ${c}`, country: 'JM' });

    it('[ARCH-2] commits the writes of every repository of the unit together when the work resolves', async () => {
      const c = code();
      const answer = await handle().transaction(async (tx) => {
        await tx.agencies.upsertMany([agency(c)]);
        return tx.agencies.existing([c]);
      });
      expect(answer).toEqual([c]);
      expect(await handle().transaction((tx) => tx.agencies.existing([c]))).toEqual([c]);
    });

    it('rolls every write back when the work rejects, and the handle keeps working', async () => {
      const c = code();
      await expect(
        handle().transaction(async (tx) => {
          await tx.agencies.upsertMany([agency(c)]);
          throw new Error('the verb failed');
        }),
      ).rejects.toThrow('the verb failed');
      expect(await handle().transaction((tx) => tx.agencies.existing([c]))).toEqual([]);
    });

    it('a nested unit that fails undoes its own writes only; the outer one commits', async () => {
      const outer = code();
      const inner = code();
      await handle().transaction(async (tx) => {
        await tx.agencies.upsertMany([agency(outer)]);
        await expect(
          tx.transaction(async (nested) => {
            await nested.agencies.upsertMany([agency(inner)]);
            throw new Error('the nested step failed');
          }),
        ).rejects.toThrow('the nested step failed');
      });
      expect((await handle().transaction((tx) => tx.agencies.existing([outer, inner]))).sort()).toEqual([outer]);
    });

    it('[ARCH-3] runs exclusive work and answers what it returns, on either backend', async () => {
      const c = code();
      const answer = await handle().exclusively(generationLockKey('2031-01-01'), async (repos) => {
        await repos.agencies.upsertMany([agency(c)]);
        return 'generated';
      });
      expect(answer).toBe('generated');
      expect(await handle().transaction((tx) => tx.agencies.existing([c]))).toEqual([c]);
    });
  });
}
