import type { EventInput } from '@tidewatch/contracts';
import { createCast } from '../cast.ts';
import { createRng, type Seed } from '../random.ts';
import { composeEvent } from './compose.ts';
import { hourFactor, localDay, localHour, planDay } from './rhythm.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { alwaysNew, drawDelayMs } from './status.ts';

export interface LiveSourceOptions {
  /** Seed of this stream. Together with the times passed to `next`, it fixes every event. */
  seed: Seed;
  /**
   * Seed of the world the stream belongs to (cast of vessels, firms and people; surge days). Pass the history
   * seed so live events name the same vessels and follow the same operations; defaults to `seed`.
   */
  worldSeed?: Seed;
}

export interface LiveEventSource {
  /** One new event that happened shortly before `now` and is reported at `now`. */
  next(now: Date): EventInput;
}

/** A live event is never older than this when it is reported, so the feed feels live. */
const MAX_LAG_MINUTES = 30;

export function createLiveEventSource({ seed, worldSeed = seed }: LiveSourceOptions): LiveEventSource {
  const cast = createCast(worldSeed);
  let counter = 0;
  return {
    next(now: Date): EventInput {
      const t = now.getTime();
      if (!Number.isFinite(t)) throw new RangeError('next: now is not a valid date');
      // The counter keeps two calls at the same instant apart; the time keeps a restarted source from replaying.
      const rng = createRng(seed, 'live', counter++, t);
      const plan = planDay(worldSeed, localDay(t), SCENARIOS);
      const hour = localHour(t);
      // Same mix as the history for this day and hour: cargo by day, go-fasts by night, surges included.
      const scenario = rng.weighted(
        SCENARIOS.map((s, i) => [s, (plan.means[i] ?? 0) * hourFactor(s.rhythm, hour)] as const),
      );
      const [lo, hi] = scenario.reportDelayMinutes;
      const lag = drawDelayMs(rng, [Math.min(lo, MAX_LAG_MINUTES), Math.min(hi, MAX_LAG_MINUTES)]);
      return composeEvent({
        scenario,
        cast,
        rng,
        occurredAt: t - lag,
        reportedAt: t,
        ...(plan.surge ? { operation: plan.surge.operation } : {}),
        status: alwaysNew,
      });
    },
  };
}
