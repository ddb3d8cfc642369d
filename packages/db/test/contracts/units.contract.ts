import { describe, expect, it } from 'vitest';
import { createSharingGroupRepository, createUnitRepository, type NewUnitRow } from '../../src/index.ts';
import { at, type DbOf, ids, unique, viewer } from './fixtures.ts';

const YEAR = 2041;

export function unitContract(db: DbOf): void {
  describe('units and tasks', () => {
    function unitRow(
      owner: string,
      release: { tlp: string; recipients?: string[]; sharingGroups?: string[] },
    ): NewUnitRow {
      return {
        ownerAgency: owner,
        callSign: unique('CS'),
        name: 'patrol',
        type: 'cutter',
        maxSpeedKn: 25,
        enduranceH: 48,
        status: 'available',
        tlp: release.tlp,
        recipients: release.recipients ?? [],
        sharingGroups: release.sharingGroups ?? [],
        createdBy: 'u',
        createdAt: at(YEAR),
        updatedAt: at(YEAR),
      };
    }

    async function task(unitId: string, target: { owner: string; tlp: string; recipients?: string[] }) {
      return createUnitRepository(db()).insertTask({
        unitId,
        taskingAgency: target.owner,
        targetType: 'event',
        targetId: unique('ev'),
        targetLabel: 'go-fast',
        targetOwner: target.owner,
        targetTlp: target.tlp,
        targetRecipients: target.recipients ?? [],
        targetSharingGroups: [],
        state: 'proposed',
        note: '',
        createdBy: 'u',
        createdAt: at(YEAR, 1),
        updatedAt: at(YEAR, 1),
      });
    }

    it('[OPSU-1] a unit is read by exactly the agencies its releasability names, on get and on list', async () => {
      const repo = createUnitRepository(db());
      const group = unique('sg').toLowerCase();
      const red = await repo.insert(unitRow('USCG', { tlp: 'RED', recipients: ['JCA'] }));
      const amber = await repo.insert(unitRow('USCG', { tlp: 'AMBER', sharingGroups: [group] }));
      const green = await repo.insert(unitRow('USCG', { tlp: 'GREEN' }));
      const mine = (rows: { id: string }[]) => ids(rows).filter((id) => [red.id, amber.id, green.id].includes(id));
      expect(mine(await repo.listVisible(viewer('USCG'))).sort()).toEqual([red.id, amber.id, green.id].sort());
      expect(mine(await repo.listVisible(viewer('JCA'))).sort()).toEqual([red.id, green.id].sort());
      expect(mine(await repo.listVisible(viewer('CBP', [group]))).sort()).toEqual([amber.id, green.id].sort());
      expect(mine(await repo.listVisible(viewer('TTCED')))).toEqual([green.id]);
      expect(await repo.getVisible(red.id, viewer('CBP', [group]))).toBeUndefined();
      expect((await repo.getVisible(red.id, viewer('JCA')))?.id).toBe(red.id);
    });

    it('[OPSU-3] an edit applies only from its version and only by the owner; the current row answers a conflict', async () => {
      const repo = createUnitRepository(db());
      const unit = await repo.insert(unitRow('JCA', { tlp: 'GREEN' }));
      expect(await repo.update(unit.id, 'CBP', 1, { name: 'stolen' }, at(YEAR, 2))).toEqual({
        ok: false,
        reason: 'not_found',
      });
      const first = await repo.update(unit.id, 'JCA', 1, { name: 'renamed' }, at(YEAR, 2));
      expect(first).toMatchObject({ ok: true, row: { name: 'renamed', version: 2 } });
      const stale = await repo.update(unit.id, 'JCA', 1, { name: 'lost' }, at(YEAR, 3));
      expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { name: 'renamed', version: 2 } });
    });

    it('[OPSU-4] tasking across agencies needs a live agreement that allows it, with both as members', async () => {
      const repo = createUnitRepository(db());
      const groups = createSharingGroupRepository(db());
      const code = unique('shiprider').toLowerCase();
      await groups.upsert({ code, name: code, members: ['JCA', 'USCG'] });
      expect(await repo.mayTask('JCA', 'JCA')).toBe(true);
      expect(await repo.mayTask('JCA', 'USCG')).toBe(false);
      await repo.allowTasking(code, at(YEAR));
      expect(await repo.mayTask('JCA', 'USCG')).toBe(true);
      expect(await repo.mayTask('USCG', 'JCA')).toBe(true);
      expect(await repo.mayTask('CBP', 'USCG')).toBe(false);
      await groups.revoke(code, new Date(at(YEAR, 5)));
      expect(await repo.mayTask('JCA', 'USCG')).toBe(false);
    });

    it('[OPSU-4] of racing taskings of one unit exactly one opens; a closed task frees the unit', async () => {
      const repo = createUnitRepository(db());
      const unit = await repo.insert(unitRow('JCA', { tlp: 'GREEN' }));
      const results = await Promise.all(Array.from({ length: 4 }, () => task(unit.id, { owner: 'JCA', tlp: 'GREEN' })));
      const opened = results.flatMap((r) => (r.ok ? [r.row] : []));
      expect(opened).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 3 }, () => ({ ok: false, reason: 'busy' })));
      const [open] = opened;
      if (!open) throw new Error('one task opens');
      expect(await repo.changeTaskState(open.id, 1, { state: 'declined' }, at(YEAR, 2))).toMatchObject({
        ok: true,
        row: { state: 'declined', version: 2 },
      });
      expect((await task(unit.id, { owner: 'JCA', tlp: 'GREEN' })).ok).toBe(true);
    });

    it('[OPSU-6] a task is read only by who may read both its unit and its target', async () => {
      const repo = createUnitRepository(db());
      // A USCG cutter released RED to JCA; tasked by JCA to a RED JCA event released to USCG.
      const unit = await repo.insert(unitRow('USCG', { tlp: 'RED', recipients: ['JCA', 'CBP'] }));
      const created = await task(unit.id, { owner: 'JCA', tlp: 'RED', recipients: ['USCG'] });
      if (!created.ok) throw new Error('the task opens');
      const id = created.row.id;
      expect((await repo.getTaskVisible(id, viewer('JCA')))?.task.id).toBe(id);
      expect((await repo.getTaskVisible(id, viewer('USCG')))?.task.id).toBe(id);
      // CBP reads the unit but not the target; TTCED reads neither.
      expect(await repo.getTaskVisible(id, viewer('CBP'))).toBeUndefined();
      expect(await repo.getTaskVisible(id, viewer('TTCED'))).toBeUndefined();
      const listed = async (agency: string) =>
        ids((await repo.listTasksVisible(viewer(agency))).map((r) => r.task)).includes(id);
      expect([await listed('JCA'), await listed('USCG'), await listed('CBP'), await listed('TTCED')]).toEqual([
        true,
        true,
        false,
        false,
      ]);
    });
  });
}
