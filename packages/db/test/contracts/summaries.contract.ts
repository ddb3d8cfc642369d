import { describe, expect, it } from 'vitest';
import { createSummaryRepository, type NewDailySummaryRow } from '../../src/index.ts';
import { type DbOf, storedUser } from './fixtures.ts';

const figure = { count: 0, avg7: 0, avg30: 0 };
const CONTENT = {
  headline: {
    seizures: [],
    seizuresTotal: { ...figure, valueUsd: 0 },
    interdictions: figure,
    watchlistHits: figure,
    vesselsGoneDark: figure,
    highRiskConsignments: figure,
    openHighSeverity: 0,
  },
  notable: [],
  mapPoints: [],
  mapTruncated: false,
  sparklines: [],
  restrictedEvents: 0,
};

export function summaryContract(db: DbOf): void {
  describe('daily summaries', () => {
    /** Each test gets dates of its own far-future year, since summaries of one date are read across agencies. */
    let year = 2100;
    const revision = (
      agency: string,
      date: string,
      n: number,
      generatedAt = `${date}T12:00:00.000Z`,
    ): NewDailySummaryRow => ({
      agency,
      summaryDate: date,
      revision: n,
      periodStart: `${date}T00:00:00.000Z`,
      periodEnd: `${date}T23:59:59.000Z`,
      timeZone: 'America/Jamaica',
      hour: 7,
      viewerGroups: [],
      generatedAt,
      generatedBy: 'node-1',
      reason: n === 1 ? 'scheduled' : 'late_data',
      content: CONTENT,
      changes: [],
    });

    it('[STORE-2] stores one row per agency, date and revision: of racing nodes one wins and the others get nothing', async () => {
      const repo = createSummaryRepository(db());
      const date = `${year++}-01-01`;
      const results = await Promise.all([1, 2, 3].map(() => repo.insertRevision(revision('JCA', date, 1))));
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      await repo.insertRevision(revision('JCA', date, 2));
      await repo.insertRevision(revision('CBP', date, 1));
      expect((await repo.latest('JCA', date))?.revision).toBe(2);
      expect((await repo.revisions('JCA', date)).map((r) => r.revision)).toEqual([1, 2]);
      expect((await repo.revision('JCA', date, 1))?.reason).toBe('scheduled');
      expect(await repo.revision('JCA', date, 3)).toBeUndefined();
      expect((await repo.latest('JCA', date))?.content).toEqual(CONTENT);
    });

    it('lists the latest revision of each day, newest day first, within an inclusive range and a limit', async () => {
      const repo = createSummaryRepository(db());
      const y = year++;
      for (const day of ['01', '02', '03']) await repo.insertRevision(revision('JCA', `${y}-01-${day}`, 1));
      await repo.insertRevision(revision('JCA', `${y}-01-02`, 2));
      const latest = await repo.listLatest('JCA', { from: `${y}-01-01`, to: `${y}-01-02` }, 10);
      expect(latest.map((r) => [r.summaryDate, r.revision])).toEqual([
        [`${y}-01-02`, 2],
        [`${y}-01-01`, 1],
      ]);
      expect(
        (await repo.listLatest('JCA', { from: `${y}-01-01`, to: `${y}-12-31` }, 1)).map((r) => r.summaryDate),
      ).toEqual([`${y}-01-03`]);
      const generated = await repo.generatedFor(`${y}-01-02`);
      expect([...generated.keys()]).toEqual(['JCA']);
      expect(generated.get('JCA')?.revision).toBe(2);
      expect(new Date(generated.get('JCA')?.periodStart ?? '').toISOString()).toBe(`${y}-01-02T00:00:00.000Z`);
    });

    it('an acknowledgement is stored once and keeps its first time', async () => {
      const repo = createSummaryRepository(db());
      const date = `${year++}-01-01`;
      const stored = await repo.insertRevision(revision('JCA', date, 1));
      if (!stored) throw new Error('summary not stored');
      const [early, late] = [await storedUser(db(), 'JCA'), await storedUser(db(), 'JCA')];
      const first = await repo.acknowledge({
        summaryId: stored.id,
        userId: early.id,
        userName: 'a',
        acknowledgedAt: '2030-01-01T08:00:00.000Z',
      });
      const again = await repo.acknowledge({
        summaryId: stored.id,
        userId: early.id,
        userName: 'a',
        acknowledgedAt: '2030-01-01T09:00:00.000Z',
      });
      expect(again).toEqual(first);
      await repo.acknowledge({
        summaryId: stored.id,
        userId: late.id,
        userName: 'b',
        acknowledgedAt: '2030-01-01T07:00:00.000Z',
      });
      expect((await repo.acknowledgementsOf([stored.id])).map((a) => a.userId)).toEqual([late.id, early.id]);
      expect(await repo.acknowledgementsOf([])).toEqual([]);
    });

    it('the generation lock runs the work in a transaction: its writes commit with it, or not at all', async () => {
      const repo = createSummaryRepository(db());
      const date = `${year++}-01-01`;
      const agency = 'TTCED';
      expect(
        await repo.withGenerationLock(date, (tx) =>
          createSummaryRepository(tx).insertRevision(revision(agency, date, 1)),
        ),
      ).toMatchObject({ revision: 1 });
      await expect(
        repo.withGenerationLock(date, async (tx) => {
          await createSummaryRepository(tx).insertRevision(revision(agency, date, 2));
          throw new Error('generation failed');
        }),
      ).rejects.toThrow('generation failed');
      expect((await repo.revisions(agency, date)).map((r) => r.revision)).toEqual([1]);
    });
  });
}
