import { describe, expect, it } from 'vitest';
import { createWatchlistRepository, type NewWatchlistEntryRow, type WatchlistEntryRow } from '../../src/index.ts';
import { at, type DbOf, ids, unique, viewer } from './fixtures.ts';

const YEAR = 2034;
type Identity = Pick<WatchlistEntryRow, 'kind' | 'mmsi' | 'imo' | 'name' | 'callSign' | 'containerNumber' | 'country'>;
/** Same subject = same kind and same strongest identifier (a stand-in for the domain's entryIdentityKey). */
const identityOf = (e: Identity) => `${e.kind}:${e.mmsi ?? e.imo ?? e.containerNumber ?? e.name ?? ''}`;

export function watchlistContract(db: DbOf): void {
  describe('watchlists', () => {
    async function list(
      owner: string,
      release: { tlp: string; recipients?: string[]; sharingGroups?: string[] },
      name = unique('list'),
    ) {
      return createWatchlistRepository(db()).createList({
        name,
        description: 'vessels of interest',
        ownerAgency: owner,
        tlp: release.tlp,
        recipients: release.recipients ?? [],
        sharingGroups: release.sharingGroups ?? [],
        createdBy: 'u',
        createdAt: at(YEAR),
        updatedAt: at(YEAR),
      });
    }
    const entry = (watchlistId: string, mmsi: string, minutes = 0): NewWatchlistEntryRow => ({
      watchlistId,
      kind: 'vessel',
      mmsi,
      name: `VESSEL ${mmsi}`,
      reason: 'suspected transshipment',
      addedBy: 'u',
      addedAt: at(YEAR, minutes),
      updatedAt: at(YEAR, minutes),
    });

    it("[REL-9] a list and its entries are read only with the list's releasability", async () => {
      const repo = createWatchlistRepository(db());
      const red = await list('JCA', { tlp: 'RED', recipients: ['CBP'] });
      const { created } = await repo.insertNewEntries(
        red.id,
        [entry(red.id, '339000001')],
        identityOf,
        'create',
        'u',
        at(YEAR),
      );
      const entryId = created[0]?.id ?? '';
      expect(await repo.getList(red.id, viewer('USCG'))).toBeUndefined();
      expect(await repo.getEntry(entryId, viewer('USCG'))).toBeUndefined();
      expect((await repo.getList(red.id, viewer('CBP')))?.entryCount).toBe(1);
      expect((await repo.getEntry(entryId, viewer('CBP')))?.list.id).toBe(red.id);
      expect(
        (await repo.searchEntries(viewer('USCG'), { watchlistId: red.id, includeRetired: true, limit: 10, offset: 0 }))
          .total,
      ).toBe(0);
      expect(
        (await repo.searchLists(viewer('USCG'), { includeRetired: true, limit: 1000 })).map((l) => l.id),
      ).not.toContain(red.id);
    });

    it('searches lists by text (wildcards taken literally), newest change first, retired ones only when asked', async () => {
      const repo = createWatchlistRepository(db());
      const tag = unique('wl');
      const older = await list('JCA', { tlp: 'GREEN' }, `${tag} 100% sure`);
      const newer = await list('JCA', { tlp: 'GREEN' }, `${tag} 100 vessels`);
      await repo.changeList(newer.id, 'JCA', viewer('JCA'), 1, { description: 'touched' }, at(YEAR, 5));
      expect(ids(await repo.searchLists(viewer('CBP'), { q: tag, includeRetired: false, limit: 10 }))).toEqual([
        newer.id,
        older.id,
      ]);
      expect(
        ids(await repo.searchLists(viewer('CBP'), { q: `${tag} 100%`, includeRetired: false, limit: 10 })),
      ).toEqual([older.id]);
      expect(ids(await repo.searchLists(viewer('CBP'), { q: tag, includeRetired: false, limit: 1 }))).toEqual([
        newer.id,
      ]);
      await repo.changeList(older.id, 'JCA', viewer('JCA'), 1, { retiredAt: at(YEAR, 6) }, at(YEAR, 6));
      expect(ids(await repo.searchLists(viewer('CBP'), { q: tag, includeRetired: false, limit: 10 }))).toEqual([
        newer.id,
      ]);
      expect(ids(await repo.searchLists(viewer('CBP'), { q: tag, includeRetired: true, limit: 10 }))).toHaveLength(2);
    });

    it('changeList applies only for the owner on the current version of a live list', async () => {
      const repo = createWatchlistRepository(db());
      const shared = await list('JCA', { tlp: 'GREEN' });
      expect(await repo.changeList(shared.id, 'CBP', viewer('CBP'), 1, { name: 'hijack' }, at(YEAR, 1))).toMatchObject({
        ok: false,
        reason: 'conflict',
        current: { name: shared.name, version: 1 },
      });
      expect(await repo.changeList(shared.id, 'JCA', viewer('JCA'), 1, { name: 'renamed' }, at(YEAR, 1))).toMatchObject(
        {
          ok: true,
          row: { name: 'renamed', version: 2 },
        },
      );
      expect(await repo.changeList(shared.id, 'JCA', viewer('JCA'), 1, { name: 'stale' }, at(YEAR, 2))).toMatchObject({
        ok: false,
        reason: 'conflict',
      });
      const red = await list('JCA', { tlp: 'RED' });
      expect(await repo.changeList(red.id, 'CBP', viewer('CBP'), 1, { name: 'x' }, at(YEAR, 1))).toEqual({
        ok: false,
        reason: 'not_found',
      });
    });

    it('[STORE-2] imports skip subjects already live on the list, and two racing imports of one file store it once', async () => {
      const repo = createWatchlistRepository(db());
      const wl = await list('JCA', { tlp: 'GREEN' });
      await repo.insertNewEntries(wl.id, [entry(wl.id, '339000010')], identityOf, 'create', 'u', at(YEAR));
      const file = ['339000010', '339000011', '339000012'].map((m, i) => entry(wl.id, m, i + 1));
      const [a, b] = await Promise.all([
        repo.insertNewEntries(wl.id, file, identityOf, 'import', 'u', at(YEAR, 9)),
        repo.insertNewEntries(wl.id, file, identityOf, 'import', 'u', at(YEAR, 9)),
      ]);
      expect(a.created.length + b.created.length).toBe(2);
      expect(a.duplicates.length + b.duplicates.length).toBe(4);
      expect((await repo.liveEntriesOf(wl.id)).map((e) => e.mmsi).sort()).toEqual([
        '339000010',
        '339000011',
        '339000012',
      ]);
    });

    it('pages entries in the order they were added, with the total of all matches', async () => {
      const repo = createWatchlistRepository(db());
      const wl = await list('JCA', { tlp: 'GREEN' });
      const rows = Array.from({ length: 5 }, (_, i) => entry(wl.id, `33900002${i}`, 10 - i));
      await repo.insertNewEntries(wl.id, rows, identityOf, 'import', 'u', at(YEAR));
      const page = (offset: number) =>
        repo.searchEntries(viewer('CBP'), { watchlistId: wl.id, includeRetired: false, limit: 2, offset });
      const pages = await Promise.all([page(0), page(2), page(4)]);
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
      expect(pages.flatMap((p) => p.items.map((e) => e.mmsi))).toEqual(rows.map((r) => r.mmsi).reverse());
      const byText = await repo.searchEntries(viewer('CBP'), {
        watchlistId: wl.id,
        q: '339000022',
        includeRetired: false,
        limit: 10,
        offset: 0,
      });
      expect(byText.items.map((e) => e.mmsi)).toEqual(['339000022']);
    });

    it('an entry edit that would duplicate a live subject is rolled back; a retire leaves the index', async () => {
      const repo = createWatchlistRepository(db());
      const wl = await list('JCA', { tlp: 'GREEN' });
      const { created } = await repo.insertNewEntries(
        wl.id,
        [entry(wl.id, '339000031'), entry(wl.id, '339000032', 1)],
        identityOf,
        'create',
        'u',
        at(YEAR),
      );
      const [first, second] = created;
      if (!first || !second) throw new Error('entries not created');
      const clash = await repo.changeEntry(
        second.id,
        'JCA',
        viewer('JCA'),
        1,
        { mmsi: '339000031' },
        'edit',
        'u',
        at(YEAR, 2),
        identityOf,
      );
      expect(clash).toEqual({ ok: false, reason: 'duplicate', entryId: first.id });
      expect((await repo.getEntry(second.id, viewer('JCA')))?.entry).toMatchObject({ mmsi: '339000032', version: 1 });
      expect(
        await repo.changeEntry(second.id, 'CBP', viewer('CBP'), 1, { reason: 'x' }, 'edit', 'u', at(YEAR, 2)),
      ).toMatchObject({
        ok: false,
        reason: 'conflict',
      });
      const retired = await repo.changeEntry(
        second.id,
        'JCA',
        viewer('JCA'),
        1,
        { retiredAt: at(YEAR, 3) },
        'retire',
        'u',
        at(YEAR, 3),
      );
      expect(retired).toMatchObject({ ok: true, row: { version: 2 } });
      expect((await repo.entryHistory(second.id)).map((h) => [h.version, h.change])).toEqual([
        [1, 'create'],
        [2, 'retire'],
      ]);
      expect(ids(await repo.liveEntriesOf(wl.id))).toEqual([first.id]);
      const indexed = (await repo.indexable()).filter((i) => i.list.id === wl.id).map((i) => i.entry.id);
      expect(indexed).toEqual([first.id]);
      expect((await repo.getList(wl.id, viewer('JCA')))?.entryCount).toBe(1);
    });
  });
}
