import { describe, expect, it } from 'vitest';
import { createDerivedAlertRepository, type NewDerivedAlertRow } from '../../src/index.ts';
import { at, type DbOf, ids, unique, viewer } from './fixtures.ts';

const YEAR = 2035;
const NO_EVIDENCE = { tracks: [], matches: [], subject: null, watchlistId: null, entryId: null, areaId: null };

export function derivedAlertContract(db: DbOf): void {
  describe('derived alerts and areas', () => {
    const alert = (overrides: Partial<NewDerivedAlertRow> = {}): NewDerivedAlertRow => {
      const id = unique('evt');
      return {
        id,
        alertKey: unique('key'),
        eventIds: [id],
        type: 'ais_gap',
        status: 'open',
        mmsis: ['339000100'],
        startAt: at(YEAR),
        summary: 'went dark',
        parameters: { hours: 6 },
        evidence: NO_EVIDENCE,
        ownerAgency: 'JCA',
        tlp: 'GREEN',
        recipients: [],
        sharingGroups: [],
        createdAt: at(YEAR),
        updatedAt: at(YEAR),
        ...overrides,
      };
    };

    it('insert is idempotent by alert key: a repeat returns the stored alert unchanged', async () => {
      const repo = createDerivedAlertRepository(db());
      const first = await repo.insert(alert());
      const again = await repo.insert({ ...alert(), alertKey: first.alertKey, summary: 'second detector run' });
      expect(again).toEqual(first);
      expect(await repo.byKey(first.alertKey)).toEqual(first);
    });

    it('[REL-9] a revision bumps the revision and appends its event, by which the alert is then found if readable', async () => {
      const repo = createDerivedAlertRepository(db());
      const stored = await repo.insert(alert({ tlp: 'RED', recipients: ['CBP'] }));
      const revised = await repo.revise(
        stored.alertKey,
        {
          status: 'closed',
          startAt: stored.startAt,
          endAt: at(YEAR, 600),
          summary: 'gap closed',
          parameters: stored.parameters,
          evidence: stored.evidence,
          updatedAt: at(YEAR, 600),
        },
        'revision-event',
      );
      expect(revised).toMatchObject({ revision: 2, status: 'closed', eventIds: [stored.id, 'revision-event'] });
      expect((await repo.getVisible('revision-event', viewer('CBP')))?.id).toBe(stored.id);
      expect(await repo.getVisible('revision-event', viewer('USCG'))).toBeUndefined();
      expect(await repo.revise('no-such-key', { ...stored, updatedAt: at(YEAR) }, null)).toBeUndefined();
    });

    it('searches readable alerts by vessel, type and start time, newest first; forVessel ignores releasability', async () => {
      const repo = createDerivedAlertRepository(db());
      const mmsi = unique('9');
      const old = await repo.insert(alert({ mmsis: [mmsi, '1'], startAt: at(YEAR, 10) }));
      const recent = await repo.insert(alert({ mmsis: [mmsi], type: 'encounter', startAt: at(YEAR, 20) }));
      const hidden = await repo.insert(
        alert({ mmsis: [mmsi], startAt: at(YEAR, 30), tlp: 'AMBER+STRICT', recipients: ['CBP'] }),
      );
      expect(ids(await repo.search(viewer('USCG'), { mmsi, limit: 10 }))).toEqual([recent.id, old.id]);
      expect(ids(await repo.search(viewer('CBP'), { mmsi, limit: 10 }))).toEqual([hidden.id, recent.id, old.id]);
      expect(ids(await repo.search(viewer('CBP'), { mmsi, types: ['ais_gap'], limit: 10 }))).toEqual([
        hidden.id,
        old.id,
      ]);
      expect(ids(await repo.search(viewer('CBP'), { mmsi, from: at(YEAR, 10), to: at(YEAR, 20), limit: 10 }))).toEqual([
        recent.id,
        old.id,
      ]);
      expect(ids(await repo.search(viewer('CBP'), { mmsi, limit: 1 }))).toEqual([hidden.id]);
      expect(ids(await repo.forVessel(mmsi, ['ais_gap'], at(YEAR), at(YEAR, 60)))).toEqual([hidden.id, old.id]);
    });

    it('[REL-9] areas are listed for readers only, newest first, until their owner retires them', async () => {
      const repo = createDerivedAlertRepository(db());
      const area = (id: string, tlp: string, minutes: number) =>
        repo.insertArea({
          id,
          name: id,
          ring: [
            [-77, 17],
            [-76, 17],
            [-76, 18],
            [-77, 17],
          ],
          ownerAgency: 'JCA',
          tlp,
          recipients: [],
          sharingGroups: [],
          createdBy: 'u',
          createdAt: at(YEAR, minutes),
        });
      const open = await area(unique('area'), 'GREEN', 1);
      const newer = await area(unique('area'), 'GREEN', 2);
      const own = await area(unique('area'), 'AMBER+STRICT', 3);
      const listed = ids(await repo.listAreas(viewer('CBP')));
      expect(listed.indexOf(newer.id)).toBeLessThan(listed.indexOf(open.id));
      expect(listed).not.toContain(own.id);
      expect(await repo.getArea(own.id, viewer('CBP'))).toBeUndefined();
      expect((await repo.getArea(own.id, viewer('JCA')))?.ring).toEqual(own.ring);
      expect(await repo.retireArea(open.id, 'CBP', at(YEAR, 5))).toBeUndefined();
      expect((await repo.retireArea(open.id, 'JCA', at(YEAR, 5)))?.retiredAt).toBeTruthy();
      expect(await repo.retireArea(open.id, 'JCA', at(YEAR, 6))).toBeUndefined();
      expect(ids(await repo.listAreas(viewer('JCA')))).not.toContain(open.id);
      const live = ids(await repo.liveAreas());
      expect(live).toEqual(expect.arrayContaining([newer.id, own.id]));
      expect(live).not.toContain(open.id);
    });
  });
}
