import { describe, expect, it } from 'vitest';
import { createAgencyRepository } from '../../src/index.ts';
import { type DbOf, unique } from './fixtures.ts';

export function agencyContract(db: DbOf): void {
  describe('agencies', () => {
    it('upsertMany keeps a stored agency as it is and adds only the new ones', async () => {
      const repo = createAgencyRepository(db());
      const [a, b] = [unique('AG'), unique('AG')];
      await repo.upsertMany([{ code: a, name: 'first name', country: 'JM' }]);
      await repo.upsertMany([
        { code: a, name: 'second name', country: 'US' },
        { code: b, name: 'new', country: 'TT' },
      ]);
      const stored = (await repo.list()).filter((r) => r.code === a || r.code === b);
      expect(stored).toEqual([
        { code: a, name: 'first name', country: 'JM' },
        { code: b, name: 'new', country: 'TT' },
      ]);
    });

    it('[STORE-2] insertNew lets exactly one of several racing creates of one code win, and changes nothing for the others', async () => {
      const repo = createAgencyRepository(db());
      const code = unique('AG');
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => repo.insertNew({ code, name: `racer ${i}`, country: 'JM' })),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect((await repo.list()).find((r) => r.code === code)).toEqual({
        code,
        name: `racer ${winner}`,
        country: 'JM',
      });
      expect(await repo.insertNew({ code, name: 'late', country: 'US' })).toBe(false);
    });

    it('lists in code order and answers which of the asked codes exist', async () => {
      const repo = createAgencyRepository(db());
      const codes = (await repo.list()).map((r) => r.code);
      expect(codes).toEqual([...codes].sort());
      expect((await repo.existing(['JCA', 'NOPE', 'CBP'])).sort()).toEqual(['CBP', 'JCA']);
      expect(await repo.existing([])).toEqual([]);
    });
  });
}
