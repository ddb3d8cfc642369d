import type { DecodedAis } from '@tidewatch/ais';
import type { VesselRepository } from '@tidewatch/db';
import { VesselPicture, type VesselPictureOptions } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';
import type { Clock } from '../services/context.ts';
import { TrackWriter } from './track-writer.ts';
import type { VesselContext } from './vessel-context.ts';

export interface VesselRuntime {
  ctx: VesselContext;
  /** Where every feed delivers decoded messages. */
  ingest(decoded: DecodedAis): void;
  writer: TrackWriter;
  /** Stops the timers and writes what is pending. */
  close(): Promise<void>;
}

const SWEEP_MS = 5_000;
const FLUSH_MS = 1_000;

/** The live picture with its housekeeping: status sweep every 5 s, track and static flush every second. */
export function createVesselRuntime(options: {
  repo: VesselRepository;
  clock: Clock;
  log: Logger;
  picture?: Partial<VesselPictureOptions>;
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
  const sweep = setInterval(() => picture.sweep(now()), SWEEP_MS);
  const flush = setInterval(() => {
    collect();
    void writer.flush();
  }, FLUSH_MS);
  sweep.unref();
  flush.unref();

  return {
    ctx,
    writer,
    ingest(decoded) {
      picture.apply(decoded.message, decoded.receivedAtMs);
      options.observe?.(decoded, picture);
    },
    async close() {
      clearInterval(sweep);
      clearInterval(flush);
      collect();
      await writer.flush();
      // A flush that was running when close() began may have left new points behind it.
      collect();
      await writer.flush();
    },
  };
}
