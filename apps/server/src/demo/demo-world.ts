import { createLiveEventSource, generateHistory } from '@tidewatch/simulator';
import type { ServerConfig } from '../config.ts';
import type { RequestContext, ServiceContext } from '../services/context.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { ingestEvent, ingestEvents } from '../services/events/ingest-events.ts';

export interface DemoWorld {
  stop(): void;
}

const HISTORY_BATCH = 500;

/**
 * The demo world for a first run: the demo agencies, about 90 days of history on an empty database, and a
 * live event every few seconds. Events go through the same ingest verb a real client uses.
 */
export async function startDemoWorld(serviceCtx: ServiceContext, config: ServerConfig): Promise<DemoWorld> {
  await seedDemoAccounts(serviceCtx);
  // The demo world writes for every demo agency at once, as the system actor (exempt from AUTH-1).
  const ctx: RequestContext = {
    ...serviceCtx,
    actor: { kind: 'system', id: 'system', name: 'system', agency: 'SYSTEM' },
    viewer: { agency: 'SYSTEM', groups: new Set() },
  };
  if ((await ctx.events.latestSeq()) === 0 && config.DEMO_HISTORY_DAYS > 0) {
    const started = performance.now();
    const history = generateHistory({ seed: config.DEMO_SEED, now: ctx.clock.now(), days: config.DEMO_HISTORY_DAYS });
    for (let i = 0; i < history.length; i += HISTORY_BATCH) {
      await ingestEvents({ ctx, inputs: history.slice(i, i + HISTORY_BATCH) });
    }
    ctx.log.info({ events: history.length, ms: Math.round(performance.now() - started) }, 'demo history seeded');
  }

  // The world seed keeps the live cast (vessels, firms, surge days) the same as the history's.
  const source = createLiveEventSource({
    seed: `${config.DEMO_SEED}-live-${ctx.clock.now().getTime()}`,
    worldSeed: config.DEMO_SEED,
  });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      await ingestEvent({ ctx, input: source.next(ctx.clock.now()) });
    } catch (err) {
      ctx.log.error({ err }, 'demo event refused');
    }
    schedule();
  };
  const schedule = () => {
    if (stopped) return;
    // Jitter between half and one and a half intervals so the stream does not tick like a metronome.
    const delay = config.DEMO_INTERVAL_MS * (0.5 + Math.random());
    timer = setTimeout(() => void tick(), delay);
  };
  schedule();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
