import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventStixIds } from '@tidewatch/stix';
import type { DatabaseHandle } from '../src/index.ts';
import { createAgencyRepository, createEventRepository, createTaxiiRepository } from '../src/index.ts';
import { newEvent } from './event-repository.contract.ts';

/** The TAXII reads on both backends: added_at order, the added_after bound, scopes, statuses, the cursor key. */
export function taxiiRepositoryContract(
  backend: string,
  open: () => Promise<DatabaseHandle>,
  cleanup: () => Promise<void>,
) {
  describe(`TAXII repository contract (${backend})`, () => {
    let handle: DatabaseHandle;
    let events: ReturnType<typeof createEventRepository>;
    let taxii: ReturnType<typeof createTaxiiRepository>;

    beforeAll(async () => {
      handle = await open();
      await createAgencyRepository(handle.db).upsertMany([
        { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
        { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
      ]);
      events = createEventRepository(handle.db);
      taxii = createTaxiiRepository(handle.db);
    });
    afterAll(async () => {
      await handle.close();
      await cleanup();
    });

    it('[TAXII-4] added_at never decreases as seq grows, under concurrent writers, and bounds added_after exactly', async () => {
      // Writers whose receivedAt runs backwards: added_at must not follow it.
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          events.insertMany(
            Array.from({ length: 5 }, () =>
              newEvent({ receivedAt: new Date(Date.UTC(2030 - i, 0, 1)).toISOString(), tlp: 'GREEN' }),
            ),
          ),
        ),
      );
      const rows = await taxii.eventsAfter({ viewer: { agency: 'CBP', groups: [] } }, 0, 1000);
      expect(rows.length).toBe(60);
      for (let i = 1; i < rows.length; i++) {
        expect((rows[i]?.event.seq ?? 0) > (rows[i - 1]?.event.seq ?? 0)).toBe(true);
        expect((rows[i]?.addedAt ?? '') >= (rows[i - 1]?.addedAt ?? '')).toBe(true);
      }
      expect(rows[0]?.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
      const middle = rows[29];
      if (!middle) throw new Error('no middle row');
      const bound = await taxii.lastSeqAddedBy(middle.addedAt);
      const after = rows.filter((r) => r.event.seq > bound);
      expect(after.every((r) => r.addedAt > middle.addedAt)).toBe(true);
      expect(rows.filter((r) => r.event.seq <= bound).every((r) => r.addedAt <= middle.addedAt)).toBe(true);
      expect(await taxii.lastSeqAddedBy('2000-01-01T00:00:00Z')).toBe(0);
    });

    it('[TAXII-3] reads only what the viewer may read, by agreement and by STIX id', async () => {
      const red = newEvent({ tlp: 'RED', recipients: [] });
      const shared = newEvent({ tlp: 'AMBER', recipients: [], sharingGroups: ['cmaa'] });
      await events.insertMany([red, shared]);
      const cbp = { agency: 'CBP', groups: ['cmaa'] };
      const ids = (rows: { event: { id: string } }[]) => rows.map((r) => r.event.id);
      expect(ids(await taxii.eventsAfter({ viewer: cbp, stixIds: eventStixIds(red.id) }, 0, 10))).toEqual([]);
      expect(
        ids(
          await taxii.eventsAfter(
            { viewer: { agency: 'JCA', groups: [] }, stixIds: [eventStixIds(red.id)[1] ?? ''] },
            0,
            10,
          ),
        ),
      ).toEqual([red.id]);
      expect(ids(await taxii.eventsAfter({ viewer: cbp, sharingGroup: 'cmaa' }, 0, 100))).toEqual([shared.id]);
      expect(
        ids(await taxii.eventsAfter({ viewer: { agency: 'CBP', groups: [] }, sharingGroup: 'cmaa' }, 0, 100)),
      ).toEqual([]);
    });

    it('[TAXII-4] fills the STIX ids of events stored before the column existed', async () => {
      const old = newEvent();
      await events.insertMany([old]);
      await handle.db.execute(sql`UPDATE events SET stix_ids = '{}' WHERE id = ${old.id}`);
      expect(await taxii.backfillStixIds(10, eventStixIds)).toBe(1);
      expect(await taxii.backfillStixIds(10, eventStixIds)).toBe(0);
      const found = await taxii.eventsAfter(
        { viewer: { agency: 'JCA', groups: [] }, stixIds: eventStixIds(old.id) },
        0,
        10,
      );
      expect(found.map((r) => r.event.id)).toEqual([old.id]);
    });

    it('[TAXII-7] a status is found by its poster only; [TAXII-5] the cursor key is made once', async () => {
      const id = randomUUID();
      await taxii.insertStatus({
        id,
        poster: 'api_key:1',
        agency: 'JCA',
        collection: 'c',
        requestTimestamp: new Date().toISOString(),
        totalCount: 1,
        successes: [{ id: 'incident--x' }],
        failures: [],
      });
      expect((await taxii.findStatus(id, 'api_key:1'))?.successes).toEqual([{ id: 'incident--x' }]);
      expect(await taxii.findStatus(id, 'api_key:2')).toBeUndefined();
      const [a, b] = await Promise.all([taxii.cursorKey(), taxii.cursorKey()]);
      expect(a).toBe(b);
      expect(a.length).toBeGreaterThanOrEqual(43);
    });
  });
}
