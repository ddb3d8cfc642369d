import { describe, expect, it } from 'vitest';
import { createSharingGroupRepository } from '../../src/index.ts';
import { type DbOf, unique } from './fixtures.ts';

export function sharingGroupContract(db: DbOf): void {
  describe('sharing groups', () => {
    it('upsert keeps the stored agreement and adds missing members; insertNew refuses any taken code, revoked too', async () => {
      const repo = createSharingGroupRepository(db());
      const code = unique('SG');
      await repo.upsert({ code, name: 'first', members: ['JCA'] });
      await repo.upsert({ code, name: 'second', description: 'ignored', members: ['JCA', 'CBP'] });
      expect((await repo.list()).find((g) => g.code === code)).toEqual({
        code,
        name: 'first',
        description: '',
        members: ['CBP', 'JCA'],
        revokedAt: null,
      });
      expect(await repo.insertNew({ code, name: 'again', description: '', members: ['USCG'] })).toBe(false);
      const revoked = unique('SG');
      expect(await repo.insertNew({ code: revoked, name: 'r', description: 'd', members: ['JCA', 'CBP'] })).toBe(true);
      expect(await repo.revoke(revoked, new Date())).toEqual(expect.arrayContaining(['JCA', 'CBP']));
      expect(await repo.revoke(revoked, new Date())).toBeUndefined();
      expect(await repo.insertNew({ code: revoked, name: 'reuse', description: '', members: ['JCA'] })).toBe(false);
    });

    it('changeMember answers each outcome and only a current party changes an active agreement', async () => {
      const repo = createSharingGroupRepository(db());
      const code = unique('SG');
      await repo.insertNew({ code, name: 'bilateral', description: '', members: ['JCA', 'CBP'] });
      expect(await repo.changeMember(code, 'USCG', 'add', 2, 'TTCED')).toEqual({ outcome: 'not_a_party', members: [] });
      expect(await repo.changeMember(unique('SG'), 'USCG', 'add', 2, 'JCA')).toEqual({
        outcome: 'no_group',
        members: [],
      });
      expect(await repo.changeMember(code, 'CBP', 'add', 2, 'JCA')).toEqual({
        outcome: 'unchanged',
        members: ['CBP', 'JCA'],
      });
      expect(await repo.changeMember(code, 'JCA', 'remove', 2, 'CBP')).toEqual({
        outcome: 'too_few',
        members: ['CBP', 'JCA'],
      });
      expect(await repo.changeMember(code, 'USCG', 'add', 2, 'JCA')).toEqual({
        outcome: 'changed',
        members: ['CBP', 'JCA', 'USCG'],
      });
      expect(await repo.changeMember(code, 'TTCED', 'remove', 2, 'JCA')).toEqual({
        outcome: 'unchanged',
        members: ['CBP', 'JCA', 'USCG'],
      });
      await repo.revoke(code, new Date());
      expect(await repo.changeMember(code, 'TTCED', 'add', 2, 'JCA')).toEqual({ outcome: 'no_group', members: [] });
    });

    it('[STORE-2] two removals racing cannot leave an agreement below its minimum', async () => {
      const repo = createSharingGroupRepository(db());
      const code = unique('SG');
      await repo.insertNew({ code, name: 'three', description: '', members: ['JCA', 'CBP', 'USCG'] });
      const results = await Promise.all([
        repo.changeMember(code, 'CBP', 'remove', 2, 'JCA'),
        repo.changeMember(code, 'USCG', 'remove', 2, 'JCA'),
      ]);
      expect(results.map((r) => r.outcome).sort()).toEqual(['changed', 'too_few']);
      expect((await repo.list()).find((g) => g.code === code)?.members).toHaveLength(2);
    });

    it("activeGroupsOf lists the agency's agreements that are not revoked", async () => {
      const repo = createSharingGroupRepository(db());
      const agency = 'TTCED';
      const [live, gone] = [unique('SG'), unique('SG')];
      await repo.insertNew({ code: live, name: 'live', description: '', members: [agency, 'JCA'] });
      await repo.insertNew({ code: gone, name: 'gone', description: '', members: [agency, 'JCA'] });
      await repo.revoke(gone, new Date());
      const groups = await repo.activeGroupsOf(agency);
      expect(groups).toContain(live);
      expect(groups).not.toContain(gone);
    });
  });
}
