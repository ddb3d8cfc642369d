import type { DecodedAis } from '@tidewatch/ais';
import type { VesselRepository } from '@tidewatch/db';
import { VesselPicture, type VesselPictureOptions } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';
import type { Clock } from '../services/context.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';
import { startTrackRetention, type TrackRetention } from './track-retention.ts';
import { TrackWriter } from './track-writer.ts';
import type { VesselContext } from './vessel-context.ts';

export interface VesselRuntime {
  ctx: VesselContext;
  /** Where every feed delivers decoded messages. */
  ingest(decoded: DecodedAis): void;
  writer: TrackWriter;
  /** Deletes stored track points past the retention (hourly); runOnce() for tests and operators. */
  retention: TrackRetention;
  /** Stops the timers and writes what is pending. */
  close(): Promise<void>;
}

const SWEEP_MS = 5_000;
const FLUSH_MS = 1_000;
const RETENTION_CHECK_MS = 3_600_000;

/**
 * The live picture with its housekeeping: status sweep every 5 s, track and static flush every second,
 * track retention hourly.
 */
export function createVesselRuntime(options: {
  repo: VesselRepository;
  clock: Clock;
  /** Runs the sweep, flush and retention timers; tests pass a ManualTime. */
  scheduler?: Scheduler;
  log: Logger;
  picture?: Partial<VesselPictureOptions>;
  /** Days of track points kept in the database; 0 keeps them all. */
  retentionDays: number;
  /** Sees every decoded message after the picture applied it (detectors, watchlist matching). */
  observe?: (decoded: DecodedAis, picture: VesselPicture) => void;
}): VesselRuntime {
  const picture = new VesselPicture(options.picture);
  const ctx: VesselContext = { picture, repo: options.repo, clock: options.clock, log: options.log };
  const writer = new TrackWriter(options.repo, options.log);
  const now = () => options.clock.now().getTime();

  const collect = () => {
    writer.addPoints(picture.takeTrackPoints());
    writer.addStatics(picture.takeStaticChanges(), now());
  };
  const scheduler = options.scheduler ?? systemScheduler;
  const sweep = scheduler.setInterval(() => picture.sweep(now()), SWEEP_MS).unref();
  const flush = scheduler
    .setInterval(() => {
      collect();
      void writer.flush();
    }, FLUSH_MS)
    .unref();
  const retention = startTrackRetention({
    repo: options.repo,
    clock: options.clock,
    log: options.log,
    retentionDays: options.retentionDays,
    intervalMs: RETENTION_CHECK_MS,
    scheduler,
  });

  return {
    ctx,
    writer,
    retention,
    ingest(decoded) {
      picture.apply(decoded.message, decoded.receivedAtMs);
      options.observe?.(decoded, picture);
    },
    async close() {
      scheduler.clear(sweep);
      scheduler.clear(flush);
      await retention.stop();
      collect();
      await writer.flush();
      // A flush that was running when close() began may have left new points behind it.
      collect();
      await writer.flush();
    },
  };
}
