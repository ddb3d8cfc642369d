import { describe, expect, it } from 'vitest';
import { createStixRepository, type NewStixOtherObject } from '../../src/index.ts';
import { type DbOf, unique } from './fixtures.ts';

function other(ownerAgency: string, stixId: string, tlp: string, importedAt: string): NewStixOtherObject {
  return {
    ownerAgency,
    stixId,
    type: 'indicator',
    modified: '2026-01-01T00:00:00.000Z',
    name: stixId,
    object: { type: 'indicator', id: stixId },
    tlp,
    recipients: [],
    sharingGroups: [],
    importedBy: 'test',
    importedAt,
  };
}

export function stixContract(db: DbOf): void {
  describe('STIX exchange', () => {
    it('[XCH-2] import marks are per agency and move forward on a newer version', async () => {
      const repo = createStixRepository(db());
      const id = `incident--${crypto.randomUUID()}`;
      const at = new Date().toISOString();
      await repo.markImported([
        {
          ownerAgency: 'JCA',
          stixId: id,
          modified: '2026-01-01T00:00:00.000Z',
          itemKind: 'event',
          itemId: 'a',
          importedAt: at,
        },
      ]);
      await repo.markImported([
        {
          ownerAgency: 'JCA',
          stixId: id,
          modified: '2026-02-01T00:00:00.000Z',
          itemKind: 'event',
          itemId: 'a',
          importedAt: at,
        },
      ]);
      expect((await repo.importMarks('JCA', [id])).map((m) => m.modified)).toEqual(['2026-02-01T00:00:00.000Z']);
      expect(await repo.importMarks('CBP', [id])).toEqual([]);
    });

    it('[XCH-4] kept objects are read only under visibleTo, counts included, and page newest first', async () => {
      const repo = createStixRepository(db());
      const tag = unique('x').toLowerCase();
      const amber = `indicator--${crypto.randomUUID()}`;
      const green = `indicator--${crypto.randomUUID()}`;
      await repo.upsertOthers([
        { ...other('JCA', amber, 'AMBER', '2031-03-01T00:00:00.000Z'), type: `x-${tag}` },
        { ...other('JCA', green, 'GREEN', '2031-03-02T00:00:00.000Z'), type: `x-${tag}` },
      ]);
      const types = [`x-${tag}`];
      const jca = { agency: 'JCA', groups: [] };
      const cbp = { agency: 'CBP', groups: [] };
      expect((await repo.listOthers(jca, { types }, 10)).map((r) => r.stixId)).toEqual([green, amber]);
      expect((await repo.listOthers(cbp, { types }, 10)).map((r) => r.stixId)).toEqual([green]);
      expect(await repo.countOthers(jca, types)).toBe(2);
      expect(await repo.countOthers(cbp, types)).toBe(1);
      const [first] = await repo.listOthers(jca, { types }, 1);
      if (!first) throw new Error('no first page');
      const next = await repo.listOthers(jca, { types, after: first }, 10);
      expect(next.map((r) => r.stixId)).toEqual([amber]);
      await repo.upsertOthers([{ ...other('JCA', amber, 'GREEN', '2031-03-03T00:00:00.000Z'), type: `x-${tag}` }]);
      expect(await repo.countOthers(cbp, types)).toBe(2);
      expect((await repo.ownOthers('JCA', [amber])).map((r) => r.tlp)).toEqual(['GREEN']);
    });
  });
}
