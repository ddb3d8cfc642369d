import type { TrackPointRecord, VesselRepository, VesselStaticRecord } from '@tidewatch/db';
import type { TrackPointOut, VesselState } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';

/** Bound on points waiting for the database; beyond it the oldest are dropped (and counted), never the process. */
const MAX_PENDING_POINTS = 500_000;

/**
 * Batches the picture's downsampled track points and static changes into a few multi-row statements per
 * flush (PGlite writes single rows at ~2,000/s and batches at ~27,000 rows/s). One flush at a time.
 */
export class TrackWriter {
  private points: TrackPointRecord[] = [];
  private statics = new Map<number, VesselStaticRecord>();
  private flushing: Promise<void> | null = null;
  dropped = 0;
  written = 0;

  constructor(
    private readonly repo: VesselRepository,
    private readonly log: Logger,
  ) {}

  addPoints(points: readonly TrackPointOut[]): void {
    for (const p of points) {
      this.points.push({
        mmsi: p.mmsi,
        at: new Date(p.at),
        lat: p.lat,
        lon: p.lon,
        sog: p.sog,
        cog: p.cog,
        heading: p.heading,
      });
    }
    const over = this.points.length - MAX_PENDING_POINTS;
    if (over > 0) {
      this.points.splice(0, over);
      this.dropped += over;
    }
  }

  addStatics(vessels: readonly VesselState[], atMs: number): void {
    for (const v of vessels) {
      this.statics.set(v.mmsi, {
        mmsi: v.mmsi,
        name: v.name,
        callSign: v.callSign,
        imo: v.imo,
        shipType: v.shipType,
        toBow: v.toBow,
        toStern: v.toStern,
        toPort: v.toPort,
        toStarboard: v.toStarboard,
        destination: v.destination,
        eta: v.etaMs === null ? null : new Date(v.etaMs),
        draught: v.draught,
        updatedAt: new Date(Number.isFinite(v.staticAt) ? v.staticAt : atMs),
      });
    }
  }

  /** Writes what is pending; a flush already running is awaited instead of overlapping it. */
  flush(): Promise<void> {
    if (this.flushing !== null) return this.flushing;
    if (this.points.length === 0 && this.statics.size === 0) return Promise.resolve();
    const points = this.points;
    const statics = [...this.statics.values()];
    this.points = [];
    this.statics = new Map();
    this.flushing = (async () => {
      try {
        await this.repo.upsertStatics(statics);
        await this.repo.insertTrackPoints(points);
        this.written += points.length;
      } catch (err) {
        // The database is down or slow: log and drop this batch; the live picture is unaffected.
        this.dropped += points.length;
        this.log.error({ err, points: points.length, statics: statics.length }, 'vessel track flush failed');
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }
}
