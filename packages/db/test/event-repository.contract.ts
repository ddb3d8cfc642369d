import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { eventStixIds } from '@tidewatch/stix';
import type { DatabaseHandle, NewAuditRow, NewEvent } from '../src/index.ts';
import { createAgencyRepository, createEventRepository } from '../src/index.ts';

let counter = 0;
export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  counter++;
  const id = overrides.id ?? randomUUID();
  return {
    id,
    // What the event service computes for every row it builds (event-input-mapping.ts).
    stixIds: eventStixIds(id),
    kind: 'seizure',
    title: `Event ${counter}`,
    summary: 'Firearms concealed in a barrel shipment',
    occurredAt: new Date(Date.UTC(2026, 10, 1, 0, counter)).toISOString(),
    reportedAt: new Date(Date.UTC(2026, 10, 1, 1, counter)).toISOString(),
    receivedAt: new Date(Date.UTC(2026, 10, 1, 1, counter)).toISOString(),
    lat: 17.97,
    lon: -76.79,
    place: 'JMKIN',
    ownerAgency: 'JCA',
    tlp: 'AMBER',
    recipients: ['CBP'],
    sharingGroups: [],
    severity: 3,
    grading: { reliability: 'B', credibility: 2 },
    subjects: { vessels: [], containers: [], organisations: [], persons: [] },
    seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
    status: 'new',
    ...overrides,
  };
}

export function createAuditRow(eventId: string, overrides: Partial<NewAuditRow> = {}): NewAuditRow {
  return {
    at: new Date().toISOString(),
    actorKind: 'user',
    actorId: 'u-1',
    actorName: 'analyst',
    agency: 'JCA',
    action: 'event.create',
    targetType: 'event',
    targetId: eventId,
    outcome: 'success',
    detail: { tlp: 'AMBER' },
    ...overrides,
  };
}

/**
 * The storage contract: the same assertions run against embedded PGlite and against PostgreSQL, so the
 * two backends cannot drift apart.
 */
export function eventRepositoryContract(
  backend: string,
  open: () => Promise<DatabaseHandle>,
  cleanup: () => Promise<void>,
) {
  describe(`event repository contract (${backend})`, () => {
    let handle: DatabaseHandle;
    let repo: ReturnType<typeof createEventRepository>;

    beforeAll(async () => {
      handle = await open();
      await createAgencyRepository(handle.db).upsertMany([
        { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
        { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
      ]);
      repo = createEventRepository(handle.db);
    });
    afterAll(async () => {
      await handle.close();
      await cleanup();
    });

    it('knows which agency codes exist, including one another writer added after a miss', async () => {
      const agencies = createAgencyRepository(handle.db);
      expect((await agencies.existing(['JCA', 'XYZ', 'CBP'])).sort()).toEqual(['CBP', 'JCA']);
      await createAgencyRepository(handle.db).upsertMany([{ code: 'XYZ', name: 'Added elsewhere', country: 'JM' }]);
      expect((await agencies.existing(['XYZ', 'JCA'])).sort()).toEqual(['JCA', 'XYZ']);
    });

    it('assigns strictly increasing, gap-free seq numbers in insert order', async () => {
      const before = await repo.latestSeq();
      const results = await repo.insertMany([newEvent(), newEvent(), newEvent()]);
      expect(results.map((r) => r.event.seq)).toEqual([before + 1, before + 2, before + 3]);
      const [single] = await repo.insertMany([newEvent()]);
      expect(single?.event.seq).toBe(before + 4);
      expect(await repo.latestSeq()).toBe(before + 4);
    });

    it('returns the stored event for a repeated id and never stores a duplicate', async () => {
      const e = newEvent();
      const [first] = await repo.insertMany([e]);
      const [again] = await repo.insertMany([{ ...e, title: 'changed title' }]);
      expect(first?.created).toBe(true);
      expect(again?.created).toBe(false);
      expect(again?.event).toEqual(first?.event);
      expect(await repo.count({ text: 'changed' })).toBe(0);
    });

    it('keeps seq gap-free when a batch repeats an id already stored', async () => {
      const stored = newEvent();
      await repo.insertMany([stored]);
      const before = await repo.latestSeq();
      const results = await repo.insertMany([newEvent(), stored, newEvent()]);
      expect(results.map((r) => r.created)).toEqual([true, false, true]);
      expect(results.filter((r) => r.created).map((r) => r.event.seq)).toEqual([before + 1, before + 2]);
    });

    it('round-trips every field, with timestamps in UTC ISO form', async () => {
      const e = newEvent({
        subjects: {
          vessels: [{ mmsi: '339123456', name: 'SEA DANCER' }],
          containers: ['CSQU3054383'],
          organisations: ['Acme Ltd'],
          persons: [],
        },
      });
      const [result] = await repo.insertMany([e]);
      const loaded = await repo.getById(e.id);
      expect(loaded).toEqual(result?.event);
      expect(loaded).toMatchObject({
        id: e.id,
        position: { lat: 17.97, lon: -76.79 },
        releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
        subjects: { vessels: [{ mmsi: '339123456', name: 'SEA DANCER' }], containers: ['CSQU3054383'] },
        seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
        occurredAt: e.occurredAt,
      });
    });

    it('filters by kind, time range, bounding box and text, newest first, with a seq cursor', async () => {
      const tag = `zz${Date.now().toString(36)}`;
      const inside = newEvent({
        kind: 'interdiction',
        seizure: null,
        title: `${tag} go-fast boat`,
        lat: 17.5,
        lon: -77.2,
        occurredAt: '2026-11-10T10:00:00.000Z',
      });
      const outside = newEvent({
        kind: 'interdiction',
        seizure: null,
        title: `${tag} canoe`,
        lat: 25.7,
        lon: -80.2,
        occurredAt: '2026-11-11T10:00:00.000Z',
      });
      const noPosition = newEvent({
        kind: 'sighting_report',
        seizure: null,
        title: `${tag} report`,
        lat: null,
        lon: null,
        occurredAt: '2026-11-12T10:00:00.000Z',
      });
      await repo.insertMany([inside, outside, noPosition]);

      const byText = await repo.list({ text: tag }, 10);
      expect(byText.map((e) => e.id)).toEqual([noPosition.id, outside.id, inside.id]);
      const byBox = await repo.list({ text: tag, bbox: { minLon: -78.5, minLat: 17, maxLon: -76, maxLat: 18.6 } }, 10);
      expect(byBox.map((e) => e.id)).toEqual([inside.id]);
      const byKind = await repo.list({ text: tag, kinds: ['sighting_report'] }, 10);
      expect(byKind.map((e) => e.id)).toEqual([noPosition.id]);
      const byTime = await repo.list({ text: tag, from: '2026-11-11T00:00:00Z', to: '2026-11-11T23:59:59Z' }, 10);
      expect(byTime.map((e) => e.id)).toEqual([outside.id]);

      const firstPage = await repo.list({ text: tag }, 2);
      const lastSeq = firstPage.at(-1)?.seq;
      const secondPage = await repo.list({ text: tag, beforeSeq: lastSeq }, 2);
      expect([...firstPage, ...secondPage].map((e) => e.id)).toEqual([noPosition.id, outside.id, inside.id]);
    });

    it('lists after a seq in ascending order, bounded above when asked', async () => {
      const start = await repo.latestSeq();
      await repo.insertMany([newEvent(), newEvent(), newEvent()]);
      const after = await repo.listAfter(start, 10);
      expect(after.map((e) => e.seq)).toEqual([start + 1, start + 2, start + 3]);
      const bounded = await repo.listAfter(start, 10, start + 2);
      expect(bounded.map((e) => e.seq)).toEqual([start + 1, start + 2]);
    });

    it('stores an id repeated within one batch once, keeping seq gap-free', async () => {
      const before = await repo.latestSeq();
      const e = newEvent();
      const results = await repo.insertMany([e, newEvent(), { ...e, title: 'second copy' }]);
      expect(results.map((r) => r.created)).toEqual([true, true, false]);
      expect(results.map((r) => r.event.seq)).toEqual([before + 1, before + 2, before + 1]);
      expect(results[2]?.event.title).toBe(e.title);
      expect(await repo.latestSeq()).toBe(before + 2);
    });

    it('round-trips an event without position, place, grading or seizure details', async () => {
      const e = newEvent({
        kind: 'sighting_report',
        lat: null,
        lon: null,
        place: null,
        grading: null,
        seizure: null,
        recipients: [],
        tlp: 'GREEN',
      });
      const [result] = await repo.insertMany([e]);
      const loaded = await repo.getById(e.id);
      expect(loaded).toEqual(result?.event);
      expect(loaded).toMatchObject({
        position: null,
        place: null,
        grading: null,
        seizure: null,
        releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
      });
    });

    it('stores one event when concurrent writers submit the same new id', async () => {
      const before = await repo.latestSeq();
      const shared = newEvent();
      const results = (
        await Promise.all(Array.from({ length: 8 }, () => repo.insertMany([shared, newEvent()])))
      ).flat();
      const copies = results.filter((r) => r.event.id === shared.id);
      expect(copies.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(copies.map((r) => r.event.seq)).size).toBe(1);
      const seqs = [...new Set(results.map((r) => r.event.seq))].sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 9 }, (_, i) => before + 1 + i));
      expect(await repo.latestSeq()).toBe(before + 9);
    });

    it('serialises concurrent writers so seq stays gap-free and unique', async () => {
      const before = await repo.latestSeq();
      const batches = Array.from({ length: 8 }, () => repo.insertMany([newEvent(), newEvent()]));
      const results = (await Promise.all(batches)).flat();
      const seqs = results.map((r) => r.event.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 16 }, (_, i) => before + 1 + i));
    });
    async function createRowsOf(ids: readonly string[]) {
      const result = await handle.db.execute(
        sql`SELECT target_id, actor_name, detail FROM audit_log WHERE action = 'event.create' AND target_id IN ${ids}`,
      );
      return (result as { rows: { target_id: string; actor_name: string; detail: Record<string, unknown> }[] }).rows;
    }

    it('[FAULT-2] stores each created event with its create audit row in one statement, the row naming its seq; a repeat writes none', async () => {
      const [a, b] = [newEvent(), newEvent()];
      const audit = new Map([a, b].map((e) => [e.id, createAuditRow(e.id)]));
      const results = await repo.insertMany([a, b], audit);
      const rows = await createRowsOf([a.id, b.id]);
      expect(rows).toHaveLength(2);
      for (const r of results) {
        expect(rows.find((row) => row.target_id === r.event.id)?.detail).toEqual({ tlp: 'AMBER', seq: r.event.seq });
      }
      const [again] = await repo.insertMany([a], new Map([[a.id, createAuditRow(a.id)]]));
      expect(again?.created).toBe(false);
      expect(await createRowsOf([a.id])).toHaveLength(1);
    });

    it('[AUD-3] cleans NUL and over-long values of an audit row written with its event, and stores both', async () => {
      const e = newEvent();
      const audit = createAuditRow(e.id, {
        actorName: 'ana\u0000lyst',
        detail: { tlp: 'AMBER', note: 'x'.repeat(20_000) },
      });
      const [result] = await repo.insertMany([e, newEvent()], new Map([[e.id, audit]]));
      expect(result?.created).toBe(true);
      const [row] = await createRowsOf([e.id]);
      expect(row?.actor_name).toBe('ana\u2400lyst');
      expect(String(row?.detail.note).length).toBeLessThanOrEqual(10_000);
      expect(row?.detail._cleaned).toEqual(expect.arrayContaining(['actorName', 'detail.note']));
    });

    it('[FAULT-2] stores nothing, and numbers nothing, when the database refuses an audit row', async () => {
      const before = await repo.latestSeq();
      const [good, refused] = [newEvent(), newEvent()];
      const audit = new Map([
        [good.id, createAuditRow(good.id)],
        [refused.id, createAuditRow(refused.id, { at: '0000-01-01T00:00:00Z' })],
      ]);
      await expect(repo.insertMany([good, refused], audit)).rejects.toThrow();
      expect(await repo.getById(good.id)).toBeUndefined();
      expect(await createRowsOf([good.id, refused.id])).toHaveLength(0);
      expect(await repo.latestSeq()).toBe(before);
    });
  });
}
