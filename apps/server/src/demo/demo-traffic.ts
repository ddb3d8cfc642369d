import { createTraffic, type Traffic } from '@tidewatch/simulator';
import type { FeedManager } from '../feeds/feed-manager.ts';
import type { Logger } from '../logger.ts';
import type { Clock } from '../services/context.ts';

export interface DemoTraffic {
  /** The simulated world (its roster and scenarios seed the demo cargo). */
  traffic: Traffic;
  stop(): void;
}

const TICK_MS = 500;

/**
 * Simulated Caribbean AIS as a feed named `demo`: the simulator's NMEA sentences go through the same decoder,
 * statistics and vessel picture as a real receiver's. Sim time runs `speed` times faster than the clock;
 * reporting intervals are stretched by the same factor so the message rate stays that of a 1x world.
 */
export function startDemoTraffic(options: {
  feeds: FeedManager;
  clock: Clock;
  log: Logger;
  seed: number;
  vessels: number;
  speed: number;
}): DemoTraffic {
  const wallStart = options.clock.now().getTime();
  const traffic = createTraffic({
    seed: options.seed,
    vessels: options.vessels,
    startMs: wallStart,
    reportIntervalScale: Math.max(1, options.speed),
  });
  const feed = options.feeds.add(
    'demo',
    'internal',
    `simulator seed ${options.seed}, ${options.vessels} vessels, x${options.speed}`,
  );
  options.log.info(
    { vessels: options.vessels, speed: options.speed, scenarios: traffic.scenarios.length },
    'demo AIS traffic started',
  );
  const tick = () => {
    const simNow = wallStart + (options.clock.now().getTime() - wallStart) * options.speed;
    // Accelerated, each line carries its sim time in a tag block, so the detectors see real speeds and gaps.
    const prefix = options.speed > 1 ? simTimeTag(simNow) : '';
    for (const line of traffic.advance(simNow)) feed.pushLine(prefix + line);
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return {
    traffic,
    stop() {
      clearInterval(timer);
      feed.state = 'stopped';
    },
  };
}

/** NMEA 4.10 tag block `\c:<unix seconds>*hh\`; the checksum is the XOR of the characters between `\` and `*`. */
function simTimeTag(ms: number): string {
  const body = `c:${Math.floor(ms / 1000)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum ^= body.charCodeAt(i);
  return `\\${body}*${sum.toString(16).toUpperCase().padStart(2, '0')}\\`;
}
