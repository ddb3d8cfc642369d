import { describe, expect, it } from 'vitest';
import { createVesselRepository, type TrackPointRecord, type VesselStaticRecord } from '../../src/index.ts';
import type { DbOf } from './fixtures.ts';

const ORIGIN = Date.UTC(2037, 0, 1);
const minute = (m: number) => new Date(ORIGIN + m * 60_000);
let nextMmsi = 538_000_000;

export function vesselContract(db: DbOf): void {
  describe('vessels', () => {
    const point = (mmsi: number, m: number): TrackPointRecord => ({
      mmsi,
      at: minute(m),
      lat: 17 + m / 1000,
      lon: -76,
      sog: 12.5,
      cog: null,
      heading: 90,
    });

    it('stores a large batch across statement chunks, skips re-sent points, and reads a bounded window oldest first', async () => {
      const repo = createVesselRepository(db());
      const mmsi = nextMmsi++;
      // More than one insert chunk (5,000 rows), so the chunk boundary is crossed.
      const points = Array.from({ length: 12_001 }, (_, m) => point(mmsi, m));
      await repo.insertTrackPoints(points);
      await repo.insertTrackPoints([{ ...point(mmsi, 5), lat: 0 }]);
      const window = await repo.track(mmsi, minute(4), minute(6), 10);
      expect(window).toEqual([point(mmsi, 4), point(mmsi, 5), point(mmsi, 6)]);
      expect(await repo.track(mmsi, minute(0), minute(20_000), 3)).toEqual([0, 1, 2].map((m) => point(mmsi, m)));
      expect(await repo.track(mmsi, minute(12_000), minute(20_000), 10)).toHaveLength(1);
      expect(await repo.track(nextMmsi++, minute(0), minute(10), 10)).toEqual([]);
    });

    it('static data: a newer report replaces the stored one, a late flush of older data does not', async () => {
      const repo = createVesselRepository(db());
      const mmsi = nextMmsi++;
      const report = (name: string, m: number): VesselStaticRecord => ({
        mmsi,
        name,
        callSign: 'C6AB1',
        imo: 9_074_729,
        shipType: 70,
        toBow: 100,
        toStern: 20,
        toPort: 10,
        toStarboard: 10,
        destination: 'KINGSTON',
        eta: minute(m + 600),
        draught: 7.5,
        updatedAt: minute(m),
      });
      await repo.upsertStatics([report('FIRST', 10)]);
      await repo.upsertStatics([report('NEWER', 20)]);
      await repo.upsertStatics([report('LATE OLD', 15)]);
      expect(await repo.getStatic(mmsi)).toEqual(report('NEWER', 20));
      expect(await repo.getStatic(nextMmsi++)).toBeUndefined();
    });

    it('prunes points older than a time in batches of at most the limit, newer ones untouched', async () => {
      const repo = createVesselRepository(db());
      const mmsi = nextMmsi++;
      // Far in the past so that no other test's points are older.
      const old = Array.from({ length: 7 }, (_, m) => ({
        ...point(mmsi, m),
        at: new Date(Date.UTC(1990, 0, 1, 0, m)),
      }));
      await repo.insertTrackPoints([...old, point(mmsi, 0)]);
      const cutoff = new Date(Date.UTC(1990, 0, 1, 0, 5));
      expect(await repo.pruneTrackPoints(cutoff, 3)).toBe(3);
      expect(await repo.pruneTrackPoints(cutoff, 3)).toBe(2);
      expect(await repo.pruneTrackPoints(cutoff, 3)).toBe(0);
      expect(await repo.track(mmsi, new Date(0), minute(10), 100)).toHaveLength(3);
    });
  });
}
