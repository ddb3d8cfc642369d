import { and, asc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { vesselStatics, vesselTrackPoints } from '../schema/vessels.ts';

export interface TrackPointRecord {
  mmsi: number;
  at: Date;
  lat: number;
  lon: number;
  sog: number | null;
  cog: number | null;
  heading: number | null;
}

export interface VesselStaticRecord {
  mmsi: number;
  name: string | null;
  callSign: string | null;
  imo: number | null;
  shipType: number | null;
  toBow: number;
  toStern: number;
  toPort: number;
  toStarboard: number;
  destination: string | null;
  eta: Date | null;
  draught: number | null;
  updatedAt: Date;
}

// PostgreSQL takes at most 65,535 parameters per statement; 7 columns x 5,000 rows stays well inside, and a
// few thousand rows per INSERT is where PGlite's batch throughput levels off.
const TRACK_CHUNK = 5000;
const STATIC_CHUNK = 2000;

export function createVesselRepository(db: Db) {
  return {
    /** Inserts track points in multi-row statements; a point already stored (same mmsi and time) is skipped. */
    async insertTrackPoints(points: readonly TrackPointRecord[]): Promise<void> {
      for (let i = 0; i < points.length; i += TRACK_CHUNK) {
        await db
          .insert(vesselTrackPoints)
          .values(points.slice(i, i + TRACK_CHUNK))
          .onConflictDoNothing();
      }
    },

    /** Upserts the latest static data per MMSI (one row per MMSI per call: the caller dedupes). */
    async upsertStatics(records: readonly VesselStaticRecord[]): Promise<void> {
      for (let i = 0; i < records.length; i += STATIC_CHUNK) {
        await db
          .insert(vesselStatics)
          .values(records.slice(i, i + STATIC_CHUNK))
          .onConflictDoUpdate({
            target: vesselStatics.mmsi,
            set: {
              name: sql`excluded.name`,
              callSign: sql`excluded.call_sign`,
              imo: sql`excluded.imo`,
              shipType: sql`excluded.ship_type`,
              toBow: sql`excluded.to_bow`,
              toStern: sql`excluded.to_stern`,
              toPort: sql`excluded.to_port`,
              toStarboard: sql`excluded.to_starboard`,
              destination: sql`excluded.destination`,
              eta: sql`excluded.eta`,
              draught: sql`excluded.draught`,
              updatedAt: sql`excluded.updated_at`,
            },
            // Conditional update: a batch flushed late must not overwrite newer data.
            setWhere: sql`${vesselStatics.updatedAt} <= excluded.updated_at`,
          });
      }
    },

    /** Track of one vessel in [from, to], oldest first, at most `limit` points. */
    async track(mmsi: number, from: Date, to: Date, limit: number): Promise<TrackPointRecord[]> {
      return db
        .select()
        .from(vesselTrackPoints)
        .where(and(eq(vesselTrackPoints.mmsi, mmsi), gte(vesselTrackPoints.at, from), lte(vesselTrackPoints.at, to)))
        .orderBy(asc(vesselTrackPoints.at))
        .limit(limit);
    },

    async getStatic(mmsi: number): Promise<VesselStaticRecord | undefined> {
      const [row] = await db.select().from(vesselStatics).where(eq(vesselStatics.mmsi, mmsi)).limit(1);
      return row;
    },

    /**
     * Deletes at most `limit` track points older than `before` and returns how many went. Retention calls it
     * until it returns less than `limit`: one huge DELETE would hold its locks and bloat WAL for minutes, and
     * on PGlite would block every other query for as long.
     */
    async pruneTrackPoints(before: Date, limit: number): Promise<number> {
      const doomed = db
        .select({ mmsi: vesselTrackPoints.mmsi, at: vesselTrackPoints.at })
        .from(vesselTrackPoints)
        .where(lt(vesselTrackPoints.at, before))
        .limit(limit);
      const deleted = await db
        .delete(vesselTrackPoints)
        .where(sql`(${vesselTrackPoints.mmsi}, ${vesselTrackPoints.at}) in (${doomed})`)
        .returning({ mmsi: vesselTrackPoints.mmsi });
      return deleted.length;
    },
  };
}

export type VesselRepository = ReturnType<typeof createVesselRepository>;
