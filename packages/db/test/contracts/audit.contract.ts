import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CLEANED_MARK, createAuditRepository, type NewAuditRow } from '../../src/index.ts';
import { at, type DbOf, unique } from './fixtures.ts';

const YEAR = 2032;

export function auditContract(db: DbOf): void {
  describe('audit log', () => {
    const row = (overrides: Partial<NewAuditRow>): NewAuditRow => ({
      at: at(YEAR),
      actorKind: 'user',
      actorId: 'u1',
      actorName: 'analyst',
      agency: 'JCA',
      action: 'event.read',
      targetType: 'event',
      targetId: 't1',
      outcome: 'success',
      detail: {},
      ...overrides,
    });

    it('[AUD-3] a row the database could not take as written is stored cleaned and marked, not refused', async () => {
      const repo = createAuditRepository(db());
      const action = unique('audit.nul.');
      await repo.append([row({ action, actorName: 'bad\u0000name', detail: { note: 'x\u0000y', n: Number.NaN } })]);
      const [stored] = await repo.search({ action }, 10);
      expect(stored?.actorName).toBe('bad\u2400name');
      expect(stored?.detail).toMatchObject({ note: 'x\u2400y', n: 'NaN' });
      expect(stored?.detail[CLEANED_MARK]).toEqual(expect.arrayContaining(['actorName', 'detail.note', 'detail.n']));
    });

    it('[XFED-3] one append of 10,000 rows (a unit of work that audits 10,000 changes) stores every row', async () => {
      const repo = createAuditRepository(db());
      const action = unique('audit.many.');
      // 10 values a row: one statement would bind 100,000 parameters, past the protocol's 65,535.
      await repo.append(Array.from({ length: 10_000 }, (_, i) => row({ action, targetId: `t${i}` })));
      const newest = await repo.search({ action }, 10_001);
      expect(newest).toHaveLength(10_000);
      expect(new Set(newest.map((r) => r.targetId)).size).toBe(10_000);
    });

    it('[AUD-2] the database refuses to rewrite or delete a row', async () => {
      const action = unique('audit.ro.');
      await createAuditRepository(db()).append([row({ action })]);
      await expect(
        db().execute(sql`UPDATE audit_log SET outcome = 'failure' WHERE action = ${action}`),
      ).rejects.toThrow();
      await expect(db().execute(sql`DELETE FROM audit_log WHERE action = ${action}`)).rejects.toThrow();
      expect(await createAuditRepository(db()).search({ action }, 10)).toMatchObject([{ outcome: 'success' }]);
    });

    it('filters by agency, actor, target and an inclusive time range; pages newest first by id', async () => {
      const repo = createAuditRepository(db());
      const action = unique('audit.page.');
      await repo.append(
        Array.from({ length: 5 }, (_, i) =>
          row({ action, at: at(YEAR, i), targetId: `t${i}`, agency: i % 2 ? 'CBP' : 'JCA', actorId: `u${i % 2}` }),
        ),
      );
      const all = await repo.search({ action }, 10);
      expect(all.map((r) => r.targetId)).toEqual(['t4', 't3', 't2', 't1', 't0']);
      expect((await repo.search({ action, agency: 'CBP' }, 10)).map((r) => r.targetId)).toEqual(['t3', 't1']);
      expect((await repo.search({ action, actorId: 'u0' }, 10)).map((r) => r.targetId)).toEqual(['t4', 't2', 't0']);
      expect((await repo.search({ action, targetId: 't2' }, 10)).map((r) => r.targetId)).toEqual(['t2']);
      const range = await repo.search({ action, from: at(YEAR, 1), to: at(YEAR, 3) }, 10);
      expect(range.map((r) => r.targetId)).toEqual(['t3', 't2', 't1']);
      const first = await repo.search({ action }, 2);
      const next = await repo.search({ action, beforeId: first.at(-1)?.id }, 2);
      const last = await repo.search({ action, beforeId: next.at(-1)?.id }, 2);
      expect([...first, ...next, ...last].map((r) => r.targetId)).toEqual(['t4', 't3', 't2', 't1', 't0']);
    });

    it('finds the stream-read rows whose seq runs cover a seq, ignoring rows whose runs are not a list', async () => {
      const repo = createAuditRepository(db());
      const action = unique('audit.stream.');
      await repo.append([
        row({
          action,
          targetId: 'a',
          detail: {
            seqRuns: [
              [10, 20],
              [40, 40],
            ],
          },
        }),
        row({ action, targetId: 'b', detail: { seqRuns: [[15, 15]] } }),
        row({ action, targetId: 'c', detail: { seqRuns: 'not a list' } }),
      ]);
      const covering = async (seq: number) =>
        (await repo.search({ action, streamedSeq: seq }, 10)).map((r) => r.targetId);
      expect(await covering(15)).toEqual(['b', 'a']);
      expect(await covering(20)).toEqual(['a']);
      expect(await covering(40)).toEqual(['a']);
      expect(await covering(21)).toEqual([]);
    });
  });
}
