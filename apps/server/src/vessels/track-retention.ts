import type { VesselRepository } from '@tidewatch/db';
import type { Logger } from '../logger.ts';
import type { Clock } from '../services/context.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';

/** Rows per DELETE: short statements that other writers (the track flush every second) can interleave with. */
export const RETENTION_BATCH = 5_000;
const DAY_MS = 86_400_000;

export interface TrackRetention {
  /** Deletes every point older than the retention, batch by batch; returns how many went. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for a run under way. */
  stop(): Promise<void>;
}

/**
 * Keeps `retentionDays` of persisted track points: a run at start-up, then every `intervalMs`. Each run
 * deletes in batches of RETENTION_BATCH until a batch comes back short, yielding to the event loop in between.
 * Several nodes may run it at once: deleting a row another node just deleted is a no-op. `retentionDays` 0 keeps
 * everything (no timer).
 */
export function startTrackRetention(options: {
  repo: VesselRepository;
  clock: Clock;
  log: Logger;
  retentionDays: number;
  intervalMs: number;
  batchSize?: number;
  scheduler?: Scheduler;
}): TrackRetention {
  const { repo, clock, log, retentionDays, intervalMs } = options;
  const batchSize = options.batchSize ?? RETENTION_BATCH;
  let running: Promise<number> | null = null;
  let stopped = false;

  const run = async (): Promise<number> => {
    const before = new Date(clock.now().getTime() - retentionDays * DAY_MS);
    let total = 0;
    for (;;) {
      const n = await repo.pruneTrackPoints(before, batchSize);
      total += n;
      if (n < batchSize || stopped) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (total > 0) log.info({ deleted: total, before: before.toISOString() }, 'track retention: old points deleted');
    return total;
  };

  const runOnce = (): Promise<number> => {
    // One run at a time: a timer tick during a long run joins it instead of starting a second.
    running ??= run()
      .catch((err: unknown) => {
        log.error({ err }, 'track retention run failed');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  if (retentionDays <= 0) return { runOnce: async () => 0, stop: async () => undefined };
  const scheduler = options.scheduler ?? systemScheduler;
  const timer = scheduler.setInterval(() => void runOnce(), intervalMs).unref();
  void runOnce();
  return {
    runOnce,
    async stop() {
      stopped = true;
      scheduler.clear(timer);
      await running;
    },
  };
}
