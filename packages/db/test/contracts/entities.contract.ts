import { describe, expect, it } from 'vitest';
import { createEntityRepository, type NewEntityRow } from '../../src/index.ts';
import { at, type DbOf, ids, unique, viewer } from './fixtures.ts';

const YEAR = 2041;

export function entityContract(db: DbOf): void {
  describe('entities', () => {
    let minute = 0;
    function record(
      owner: string,
      release: { tlp: string; recipients?: string[]; sharingGroups?: string[] },
      extra: Partial<NewEntityRow> = {},
    ) {
      const name = extra.name ?? unique('person');
      return createEntityRepository(db()).insert({
        kind: 'person',
        name,
        nameKey: name,
        aliases: [],
        aliasKeys: [],
        identifiers: [],
        notes: '',
        ownerAgency: owner,
        tlp: release.tlp,
        recipients: release.recipients ?? [],
        sharingGroups: release.sharingGroups ?? [],
        createdBy: 'analyst',
        createdAt: at(YEAR, ++minute),
        updatedAt: at(YEAR, minute),
        ...extra,
      });
    }

    it('[ENT-1] a record is read, searched and counted only by the agencies its releasability names', async () => {
      const repo = createEntityRepository(db());
      const tag = unique('TAG');
      const group = unique('sg').toLowerCase();
      const red = await record(
        'CBP',
        { tlp: 'RED', recipients: ['JCA'] },
        { name: `${tag} RED`, nameKey: `${tag} RED` },
      );
      const amber = await record(
        'CBP',
        { tlp: 'AMBER', sharingGroups: [group] },
        { name: `${tag} AMBER`, nameKey: `${tag} AMBER` },
      );
      const green = await record('USCG', { tlp: 'GREEN' }, { name: `${tag} GREEN`, nameKey: `${tag} GREEN` });
      const search = (agency: string, groups: string[] = []) =>
        repo.search(viewer(agency, groups), { nameKey: tag, limit: 10 });
      expect(await search('JCA')).toEqual({ rows: [green, red], total: 2 });
      expect(ids((await search('TTCED', [group])).rows)).toEqual([green.id, amber.id]);
      expect(await search('TTCED')).toEqual({ rows: [green], total: 1 });
      expect(await repo.getVisible(red.id, viewer('USCG', [group]))).toBeUndefined();
      expect((await repo.getVisible(red.id, viewer('JCA')))?.name).toBe(`${tag} RED`);
    });

    it('[ENT-2] search finds a record by an alias and by an exact identifier, and leaves merged records out', async () => {
      const repo = createEntityRepository(db());
      const alias = unique('ALIAS');
      const passport = unique('P');
      const kept = await record('JCA', { tlp: 'GREEN' }, { aliases: ['x'], aliasKeys: [`EL ${alias}`] });
      const other = await record(
        'JCA',
        { tlp: 'GREEN' },
        {
          identifiers: [{ type: 'passport', value: passport, normalised: passport }],
        },
      );
      expect(ids((await repo.search(viewer('CBP'), { nameKey: alias, limit: 5 })).rows)).toEqual([kept.id]);
      expect(ids((await repo.search(viewer('CBP'), { identifier: passport, limit: 5 })).rows)).toEqual([other.id]);
      expect(await repo.merge(other.id, kept.id, 'JCA', viewer('JCA'), 'analyst', at(YEAR, 500))).toEqual({ ok: true });
      expect((await repo.search(viewer('CBP'), { identifier: passport, limit: 5 })).total).toBe(0);
      expect(ids(await repo.mergedInto(kept.id, viewer('CBP')))).toEqual([other.id]);
    });

    it('[LINK-1] a link is returned only when the reader may read the link and both entity ends', async () => {
      const repo = createEntityRepository(db());
      const hub = await record('JCA', { tlp: 'GREEN' });
      const redEnd = await record('CBP', { tlp: 'RED', recipients: ['USCG'] });
      const greenEnd = await record('CBP', { tlp: 'GREEN' });
      const link = (toId: string, tlp: string, recipients: string[] = []) =>
        repo.insertLink({
          fromEntityId: hub.id,
          toType: 'entity',
          toId,
          relation: 'associate_of',
          source: 'report 1',
          ownerAgency: 'JCA',
          tlp,
          recipients,
          sharingGroups: [],
          createdBy: 'analyst',
          createdAt: at(YEAR, ++minute),
        });
      const toRed = await link(redEnd.id, 'GREEN');
      const redLink = await link(greenEnd.id, 'RED', ['CBP']);
      const openLink = await link(greenEnd.id, 'GREEN');
      expect(ids(await repo.linksOf([hub.id], viewer('USCG')))).toEqual([toRed.id, openLink.id]);
      // CBP owns the RED end, so it reads that link too.
      expect(ids(await repo.linksOf([hub.id], viewer('CBP')))).toEqual([toRed.id, redLink.id, openLink.id]);
      expect(ids(await repo.linksOf([hub.id], viewer('TTCED')))).toEqual([openLink.id]);
      // Seen from the far end too: the RED end's links do not exist for TTCED at all.
      expect(await repo.linksOf([redEnd.id], viewer('TTCED'))).toEqual([]);
      expect((await repo.linksOf([greenEnd.id], viewer('TTCED')))[0]?.fromName).toBe(hub.name);
    });

    it('[ENT-5] resolution candidates are readable, unmerged, of one kind, and never a pair the agency decided', async () => {
      const repo = createEntityRepository(db());
      const target = await record('JCA', { tlp: 'GREEN' });
      const readable = await record('CBP', { tlp: 'AMBER', recipients: ['JCA'] });
      const hidden = await record('CBP', { tlp: 'RED', recipients: ['USCG'] });
      const rejected = await record('JCA', { tlp: 'GREEN' });
      const vessel = await record('JCA', { tlp: 'GREEN' }, { kind: 'vessel' });
      await repo.decide(target.id, rejected.id, 'JCA', 'reject', 'analyst', at(YEAR, 900));
      const candidates = ids(await repo.resolutionCandidates(target, viewer('JCA'), 10_000));
      expect(candidates).toContain(readable.id);
      expect(candidates).not.toContain(hidden.id);
      expect(candidates).not.toContain(rejected.id);
      expect(candidates).not.toContain(vessel.id);
      expect(candidates).not.toContain(target.id);
      // The decision is the deciding agency's own: CBP is still offered the pair.
      expect(ids(await repo.resolutionCandidates(target, viewer('CBP'), 10_000))).toContain(rejected.id);
    });

    it('[ENT-6] merge and split keep a history on both records; only the owner of the absorbed record merges it', async () => {
      const repo = createEntityRepository(db());
      const kept = await record('JCA', { tlp: 'GREEN' });
      const absorbed = await record('JCA', { tlp: 'GREEN' });
      expect(await repo.merge(absorbed.id, kept.id, 'CBP', viewer('CBP'), 'x', at(YEAR, 1000))).toEqual({
        ok: false,
        reason: 'already_merged',
      });
      expect(await repo.merge(absorbed.id, kept.id, 'JCA', viewer('JCA'), 'ana', at(YEAR, 1001))).toEqual({ ok: true });
      expect(await repo.merge(absorbed.id, kept.id, 'JCA', viewer('JCA'), 'ana', at(YEAR, 1002))).toEqual({
        ok: false,
        reason: 'already_merged',
      });
      expect(await repo.split(absorbed.id, 'JCA', 'ana', at(YEAR, 1003))).toEqual({ keptId: kept.id });
      expect(await repo.split(absorbed.id, 'JCA', 'ana', at(YEAR, 1004))).toBeUndefined();
      expect((await repo.history(absorbed.id)).map((h) => [h.action, h.otherEntityId])).toEqual([
        ['create', null],
        ['merge', kept.id],
        ['split', kept.id],
      ]);
      expect((await repo.history(kept.id)).map((h) => h.action)).toEqual(['create', 'merge', 'split']);
    });

    it('[FIRE-3] firearms with one serial are found across agencies, each only if readable', async () => {
      const repo = createEntityRepository(db());
      const serial = unique('SN');
      const firearm = (owner: string, tlp: string, recipients: string[] = []) =>
        record(
          owner,
          { tlp, recipients },
          {
            kind: 'firearm',
            identifiers: [{ type: 'firearm_serial', value: serial, normalised: serial }],
          },
        );
      const mine = await firearm('JCA', 'GREEN');
      const theirs = await firearm('CBP', 'AMBER', ['JCA']);
      const secret = await firearm('USCG', 'RED', ['CBP']);
      expect(ids(await repo.firearmsWithSerial(serial, mine.id, viewer('JCA')))).toEqual([theirs.id]);
      expect(ids(await repo.firearmsWithSerial(serial, mine.id, viewer('CBP')))).toEqual([theirs.id, secret.id]);
    });
  });
}
