import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { DatabaseHandle, Db, SeizureTrendFilter } from '../src/index.ts';
import {
  createAgencyRepository,
  createEventRepository,
  createSeizureTrendRepository,
  schema,
  sql,
} from '../src/index.ts';
import { newEvent } from './event-repository.contract.ts';

const RANGE = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const viewer = { agency: 'CBP', groups: ['jca-cbp-cmaa'] };
const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 1)).toISOString());

/**
 * A Db that answers every raw statement with its plan instead of its rows: the repository builds its SQL as the
 * API runs it, and the plan says which index served it. Rows come back empty, which the repository accepts.
 */
function planRecorder(db: Db, plans: string[]): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return async (query: Parameters<Db['execute']>[0]) => {
        const result = (await target.execute(sql`EXPLAIN (COSTS OFF) ${query}`)) as unknown as {
          rows: Record<string, string>[];
        };
        plans.push(result.rows.map((r) => Object.values(r).join('')).join('\n'));
        return { rows: [] };
      };
    },
  });
}

/** Plan lines that read the events table: each must be the covering index alone (no heap, no other index). */
function eventScans(plan: string): string[] {
  return plan
    .split('\n')
    .filter((line) => / on events\b/.test(line) && /Scan/.test(line))
    .map((line) => line.trim().replace(/^->\s*/, ''));
}

/**
 * Issue 6: the trend columns derived from the seizure document, and the covering index that lets every trend
 * aggregate run as an index-only scan. Runs against embedded PGlite and PostgreSQL.
 */
export function seizureTrendIndexContract(
  backend: string,
  open: () => Promise<DatabaseHandle>,
  cleanup: () => Promise<void>,
) {
  describe(`seizure trend columns and covering index (${backend})`, () => {
    let handle: DatabaseHandle;

    beforeAll(async () => {
      handle = await open();
      await createAgencyRepository(handle.db).upsertMany([
        { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
        { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
      ]);
    });
    afterAll(async () => {
      await handle.close();
      await cleanup();
    });

    it('derives commodity, value and route from the seizure document, and nothing for other kinds', async () => {
      const both = newEvent({
        seizure: {
          commodity: 'cocaine',
          quantity: 40,
          unit: 'kg',
          estimatedValueUsd: 1_250_000.5,
          origin: 'COCTG',
          destination: 'JMKIN',
        },
      });
      const originOnly = newEvent({ seizure: { commodity: 'cash', quantity: 1, unit: 'items', origin: 'USMIA' } });
      const destinationOnly = newEvent({
        seizure: { commodity: 'firearms', quantity: 2, unit: 'items', destination: 'JMMBJ' },
      });
      const noRoute = newEvent({ seizure: { commodity: 'cannabis', quantity: 3, unit: 'kg', estimatedValueUsd: 900 } });
      const sighting = newEvent({ kind: 'sighting_report', seizure: undefined });
      await createEventRepository(handle.db).insertMany([both, originOnly, destinationOnly, noRoute, sighting]);

      const e = schema.events;
      const rows = await handle.db
        .select({ id: e.id, commodity: e.seizureCommodity, value: e.seizureValueUsd, route: e.seizureRoute })
        .from(e)
        .where(inArray(e.id, [both.id, originOnly.id, destinationOnly.id, noRoute.id, sighting.id]));
      const byId = new Map(rows.map((r) => [r.id, { commodity: r.commodity, value: r.value, route: r.route }]));
      expect(byId.get(both.id)).toEqual({ commodity: 'cocaine', value: 1_250_000.5, route: 'COCTG → JMKIN' });
      expect(byId.get(originOnly.id)).toEqual({ commodity: 'cash', value: null, route: 'USMIA → ?' });
      expect(byId.get(destinationOnly.id)).toEqual({ commodity: 'firearms', value: null, route: '? → JMMBJ' });
      expect(byId.get(noRoute.id)).toEqual({ commodity: 'cannabis', value: 900, route: null });
      expect(byId.get(sighting.id)).toEqual({ commodity: null, value: null, route: null });
    });

    it('answers every trend aggregate from events_seizure_trend_idx alone (an index-only scan)', async () => {
      await createEventRepository(handle.db).insertMany(
        MONTHS.map((at, i) =>
          newEvent({
            occurredAt: at,
            tlp: i % 2 === 0 ? 'GREEN' : 'AMBER',
            sharingGroups: i % 3 === 0 ? ['jca-cbp-cmaa'] : [],
          }),
        ),
      );
      // The visibility map must say the pages are all-visible, as autovacuum keeps it on a live table; otherwise
      // an index-only scan costs the same as an index scan and the planner may pick either.
      await handle.db.execute(sql`VACUUM ANALYZE events`);
      const plans: string[] = [];
      await handle.db.transaction(async (tx) => {
        // A handful of rows fit one page: without this the planner would rightly read the table instead.
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
        const trends = createSeizureTrendRepository(planRecorder(tx, plans));
        const filter: SeizureTrendFilter = { ...RANGE, viewer };
        await trends.overTime(filter, MONTHS);
        await trends.overTime({ ...filter, commodities: ['cocaine', 'cash'] }, MONTHS);
        await trends.overTime({ ...filter, agencies: ['JCA'] }, MONTHS);
        for (const group of ['agency', 'place', 'route'] as const) await trends.byGroup(filter, group);
        await trends.comparePeriods(
          { ...filter, from: '2026-07-01T00:00:00.000Z' },
          RANGE.from,
          '2025-07-01T00:00:00.000Z',
          '2026-01-01T00:00:00.000Z',
        );
      });
      expect(plans).toHaveLength(8);
      for (const plan of plans) {
        const scans = eventScans(plan);
        expect(scans.length, plan).toBeGreaterThan(0);
        for (const scan of scans)
          expect(scan, plan).toMatch(/^(Parallel )?Index Only Scan using events_seizure_trend_idx on events\b/);
      }
    });
  });
}
