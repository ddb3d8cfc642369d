import type { DecodedAis } from '@tidewatch/ais';
import type { VesselRepository } from '@tidewatch/db';
import type { VesselPicture } from '@tidewatch/domain';
import type { ServerConfig } from '../config.ts';
import { shareFeedStats } from '../feeds/cluster-feed-stats.ts';
import type { FeedSource } from '../feeds/feed-config.ts';
import { FeedManager } from '../feeds/feed-manager.ts';
import { feedRoutes } from '../feeds/feed-routes.ts';
import type { Logger } from '../logger.ts';
import type { RealtimeFanout } from '../realtime/fanout.ts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { Clock } from '../services/context.ts';
import type { Scheduler } from '../time/scheduler.ts';
import { attachVesselGateway, FEED_STATS_INTERVAL_MS } from '../vessels/vessel-gateway.ts';
import { createVesselRelay } from '../vessels/vessel-relay.ts';
import { seaNoticeRoutes, vesselRoutes } from '../vessels/vessel-routes.ts';
import { createVesselRuntime, type VesselRuntime } from '../vessels/vessel-runtime.ts';
import type { FeatureModule } from './feature-module.ts';

export interface VesselsModule extends FeatureModule {
  runtime: VesselRuntime;
  feeds: FeedManager;
}

/**
 * AIS feeds, the live vessel picture they feed and its viewport stream: one module, since the socket gateway
 * serves both the picture and the feeds' statistics.
 */
export function vesselsModule(options: {
  config: ServerConfig;
  node: string;
  io: TidewatchServer;
  /** Delivers vessel batches and feed statistics to the sockets still in session (PROTO-5). */
  fanout: RealtimeFanout;
  clustered: boolean;
  repo: VesselRepository;
  clock: Clock;
  /** Timers of the picture's housekeeping, the relay, the feeds and the gateway (injectable for tests). */
  scheduler: Scheduler;
  log: Logger;
  feedSources: readonly FeedSource[];
  /** Sees every decoded message after the picture applied it (detectors, watchlist matching). */
  observe: (decoded: DecodedAis, picture: VesselPicture) => void;
}): VesselsModule {
  const { config, io, clock, log, scheduler } = options;
  const now = () => clock.now().getTime();
  const runtime = createVesselRuntime({
    observe: options.observe,
    repo: options.repo,
    clock,
    scheduler,
    log,
    picture: { staleAfterMs: config.VESSEL_STALE_MINUTES * 60_000, lostAfterMs: config.VESSEL_LOST_MINUTES * 60_000 },
    retentionDays: config.TRACK_RETENTION_DAYS,
  });
  // With several nodes, each passes what its feeds decode to the others' pictures.
  const relay = options.clustered ? createVesselRelay(io, runtime.ctx.picture, runtime.ingest, scheduler) : undefined;
  const feeds = new FeedManager(relay?.ingest ?? runtime.ingest, log, now, options.node, scheduler);
  const stopSharingFeeds = shareFeedStats(io, feeds, {
    clustered: options.clustered,
    now,
    intervalMs: FEED_STATS_INTERVAL_MS,
    scheduler,
  });
  let detachGateway: (() => void) | undefined;
  return {
    name: 'vessels',
    runtime,
    feeds,
    routes: [
      { path: '/vessels', routes: vesselRoutes(runtime.ctx) },
      { path: '/sea-notices', routes: seaNoticeRoutes(runtime.ctx) },
      { path: '/feeds', routes: feedRoutes(feeds, config.BODY_LIMIT_BYTES) },
    ],
    async start() {
      detachGateway = attachVesselGateway(io, runtime.ctx, feeds, options.fanout, scheduler);
      await feeds.start(options.feedSources);
    },
    async stop() {
      await feeds.stop();
      relay?.close();
    },
    async close() {
      detachGateway?.();
      stopSharingFeeds();
      await runtime.close();
    },
  };
}
