import { describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '../../src/index.ts';
import { at, type DbOf, ids, storedUser, unique, viewer } from './fixtures.ts';

const YEAR = 2033;

export function annotationContract(db: DbOf): void {
  describe('annotations', () => {
    async function note(
      target: string,
      minutes: number,
      release: { tlp: string; recipients?: string[]; sharingGroups?: string[] },
    ) {
      const author = await storedUser(db(), 'JCA');
      return createAnnotationRepository(db()).insert({
        targetType: 'event',
        targetId: target,
        ownerAgency: 'JCA',
        authorId: author.id,
        body: `note ${minutes}`,
        tags: ['t'],
        grading: { reliability: 'B', credibility: 2 },
        tlp: release.tlp,
        recipients: release.recipients ?? [],
        sharingGroups: release.sharingGroups ?? [],
        createdAt: at(YEAR, minutes),
        updatedAt: at(YEAR, minutes),
      });
    }

    it("[REL-7] lists a target's notes oldest first, each only for the agencies its releasability names", async () => {
      const target = unique('target');
      const group = unique('SG');
      const red = await note(target, 3, { tlp: 'RED', recipients: ['CBP'] });
      const green = await note(target, 1, { tlp: 'GREEN' });
      const amber = await note(target, 2, { tlp: 'AMBER', sharingGroups: [group] });
      const repo = createAnnotationRepository(db());
      expect(ids(await repo.listForTarget('event', target, viewer('JCA')))).toEqual([green.id, amber.id, red.id]);
      expect(ids(await repo.listForTarget('event', target, viewer('CBP')))).toEqual([green.id, red.id]);
      expect(ids(await repo.listForTarget('event', target, viewer('USCG', [group])))).toEqual([green.id, amber.id]);
      expect(ids(await repo.listForTarget('event', target, viewer('TTCED')))).toEqual([green.id]);
      expect(await repo.getVisible(red.id, viewer('USCG', [group]))).toBeUndefined();
      expect((await repo.getVisible(red.id, viewer('CBP')))?.body).toBe('note 3');
    });

    it('an edit applies only on the version it was based on, keeps every revision, and a delete hides the note', async () => {
      const repo = createAnnotationRepository(db());
      const target = unique('target');
      const created = await note(target, 0, { tlp: 'AMBER', recipients: ['CBP'] });
      const editor = await storedUser(db(), 'CBP');
      const edited = await repo.change(created.id, viewer('CBP'), 1, { body: 'edited' }, editor.id, at(YEAR, 5));
      expect(edited).toMatchObject({
        ok: true,
        row: { version: 2, body: 'edited', tags: ['t'], updatedBy: editor.id },
      });
      const stale = await repo.change(created.id, viewer('CBP'), 1, { body: 'lost' }, editor.id, at(YEAR, 6));
      expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, body: 'edited' } });
      await repo.change(created.id, viewer('CBP'), 2, { delete: true }, editor.id, at(YEAR, 7));
      expect(await repo.getVisible(created.id, viewer('JCA'))).toBeUndefined();
      expect(await repo.listForTarget('event', target, viewer('JCA'))).toEqual([]);
      expect(await repo.change(created.id, viewer('JCA'), 3, { body: 'x' }, editor.id, at(YEAR, 8))).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect((await repo.history(created.id)).map((r) => [r.version, r.change, r.body])).toEqual([
        [1, 'create', 'note 0'],
        [2, 'edit', 'edited'],
        [3, 'delete', 'edited'],
      ]);
    });

    it('[REL-9] a viewer who may not read a note gets not_found, never a conflict that shows the note', async () => {
      const repo = createAnnotationRepository(db());
      const created = await note(unique('target'), 0, { tlp: 'RED', recipients: ['CBP'] });
      const outsider = await storedUser(db(), 'USCG');
      expect(await repo.change(created.id, viewer('USCG'), 1, { body: 'x' }, outsider.id, at(YEAR, 1))).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect(await repo.change(created.id, viewer('USCG'), 9, { body: 'x' }, outsider.id, at(YEAR, 1))).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect(await repo.history(created.id)).toHaveLength(1);
    });

    it('[STORE-2] of concurrent edits from one version exactly one applies', async () => {
      const repo = createAnnotationRepository(db());
      const created = await note(unique('target'), 0, { tlp: 'GREEN' });
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          repo.change(created.id, viewer('JCA'), 1, { body: `edit ${i}` }, created.authorId, at(YEAR, 10 + i)),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(4);
      expect((await repo.history(created.id)).map((r) => r.version)).toEqual([1, 2]);
    });
  });
}
