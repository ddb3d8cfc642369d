import { randomBytes } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Server } from 'socket.io';
import {
  createAgencyRepository,
  createAnnotationRepository,
  createApiKeyRepository,
  createAuditRepository,
  createCargoRepository,
  createWatchlistRepository,
  createEventRepository,
  createSharingGroupRepository,
  createUserRepository,
  createVesselRepository,
  openDatabase,
  type DatabaseHandle,
} from '@tidewatch/db';
import type { ServerConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { systemClock, type Clock, type ServiceContext } from './services/context.ts';
import { createHttpApp } from './http/app.ts';
import { engineHeaders } from './http/security-headers.ts';
import { OrderedEventStream } from './realtime/ordered-event-stream.ts';
import { createClusterPublisher } from './realtime/cluster-publisher.ts';
import { attachEventGateway } from './realtime/gateway.ts';
import { connectRedisAdapter, type RedisAdapterHandle } from './realtime/redis-adapter.ts';
import type { TidewatchServer } from './realtime/types.ts';
import { attachSocketAuth, originAllowed } from './realtime/socket-auth.ts';
import { startSessionSweep } from './realtime/session-expiry.ts';
import { createRealtimeNotifier } from './realtime/notifier.ts';
import { StreamReadAudit } from './realtime/stream-read-audit.ts';
import { AuditTrail } from './services/audit-trail.ts';
import { PrincipalCache } from './services/auth/principal-cache.ts';
import { AttemptLimiter } from './auth/attempt-limiter.ts';
import { intelAnnotationTargets } from './services/annotations/intel-targets.ts';
import type { DemoWorld } from './demo/demo-world.ts';
import { InFlight } from './in-flight.ts';
import { createInsertBatcher } from './services/events/insert-batcher.ts';
import { withKnownAgencyCache } from './services/known-agencies.ts';
import { loadFeedSources } from './feeds/feed-config.ts';
import { FeedManager } from './feeds/feed-manager.ts';
import { feedRoutes } from './feeds/feed-routes.ts';
import { createVesselRuntime, type VesselRuntime } from './vessels/vessel-runtime.ts';
import { createVesselRelay } from './vessels/vessel-relay.ts';
import { vesselRoutes } from './vessels/vessel-routes.ts';
import { attachVesselGateway } from './vessels/vessel-gateway.ts';
import type { DemoTraffic } from './demo/demo-traffic.ts';
import { startIntel, type IntelRuntime } from './intel/intel-runtime.ts';
import type { DemoCargo } from './demo/demo-cargo.ts';
import { createTrendsAndSummaries, type TrendsAndSummaries } from './summaries/summary-runtime.ts';

export interface RunningServer {
  url: string;
  port: number;
  node: string;
  ctx: ServiceContext;
  database: DatabaseHandle;
  log: Logger;
  /** AIS feeds of this node and the live vessel picture they feed. */
  feeds: FeedManager;
  vessels: VesselRuntime;
  /** Seizure trends and daily summaries: the scheduler can be run by hand (tests, operators). */
  summaries: TrendsAndSummaries;
  /** Watchlists, live matching, vessel detectors and cargo (issue 5). */
  intel: IntelRuntime;
  /** Stops accepting, waits for in-flight writes, closes sockets, Redis and the database. */
  close(): Promise<void>;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The composition root: config in, a running node out. main.ts and the tests both start nodes this way. */
export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  /** Told when the node can no longer work (its embedded database stopped); main.ts then exits non-zero. */
  onFatal?: (err: Error) => void;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const node = config.NODE_ID ?? `node-${randomBytes(3).toString('hex')}`;
  const log = options.logger ?? createLogger(config.LOG_LEVEL, node);
  // Read before anything opens, so a bad feed configuration stops the start with nothing to undo.
  const feedSources = loadFeedSources(config.AIS_FEEDS, config.AIS_FEEDS_FILE);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    embeddedThread: config.PGLITE_THREAD,
    poolSize: config.DATABASE_POOL_SIZE,
    onPoolError: (err) => log.warn({ err }, 'an idle database connection failed; it will be replaced'),
    onEmbeddedStopped: (err) => {
      log.fatal({ err }, 'the embedded database stopped; this node cannot serve until it is restarted');
      options.onFatal?.(err);
    },
  });
  log.info({ database: database.kind, dataDir: database.kind === 'pglite' ? config.DATA_DIR : undefined }, 'database ready');

  const events = createEventRepository(database.db);
  const stream = new OrderedEventStream(events, await events.latestSeq(), log);
  const inFlight = new InFlight();
  let shuttingDown = false;

  let redis: RedisAdapterHandle | undefined;
  try {
    redis = config.REDIS_URL ? await connectRedisAdapter(config.REDIS_URL, config.REDIS_STREAM, log) : undefined;
  } catch (err) {
    await database.close();
    throw err;
  }
  const io: TidewatchServer = new Server({
    ...(redis ? { adapter: redis.adapter } : {}),
    serveClient: false,
    // The client sends `since` on reconnect and the server replays from the database, which survives
    // restarts; Socket.IO's in-memory recovery would not.
    connectionStateRecovery: undefined,
    // AUTH-7: refuse WebSocket handshakes from other origins before anything else runs.
    allowRequest: (req, callback) => callback(null, originAllowed(req, config.ALLOWED_ORIGINS)),
  });
  const publisher = createClusterPublisher(io, stream, redis !== undefined);
  // Writes are group-committed and tracked, so shutdown can wait for the ones under way.
  const batchedInsert = createInsertBatcher(events.insertMany);
  const clock = options.clock ?? systemClock;
  const audit = new AuditTrail(createAuditRepository(database.db), log, () => clock.now());
  const nowMs = () => clock.now().getTime();
  const principals = new PrincipalCache(nowMs);
  const ctx: ServiceContext = {
    events: { ...events, insertMany: (rows) => inFlight.track(batchedInsert(rows)) },
    agencies: withKnownAgencyCache(createAgencyRepository(database.db)),
    users: createUserRepository(database.db),
    apiKeys: createApiKeyRepository(database.db),
    sharingGroups: createSharingGroupRepository(database.db),
    annotations: createAnnotationRepository(database.db),
    audit,
    clock,
    log,
    publisher,
    realtime: createRealtimeNotifier(io, redis !== undefined, principals, nowMs),
    principals,
    annotationTargets: intelAnnotationTargets(createCargoRepository(database.db), createWatchlistRepository(database.db)),
    security: {
      sessionIdleMs: config.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: config.SESSION_ABSOLUTE_HOURS * 3_600_000,
      loginThrottle: { limit: 5, baseMs: 60_000, capMs: 3_600_000 },
      secureCookies: config.COOKIE_SECURE === 'on',
      trustProxy: config.TRUST_PROXY === 'on',
    },
    loginLimits: {
      byAddress: new AttemptLimiter(20, 15 * 60_000, nowMs),
      byDevice: new AttemptLimiter(10, 15 * 60_000, nowMs),
    },
  };
  const readAudit = new StreamReadAudit(audit);
  const intel = await startIntel({
    ctx,
    db: database.db,
    io,
    clustered: redis !== undefined,
    detectionAgency: config.DETECTION_AGENCY,
    fuzzyThreshold: config.WATCHLIST_FUZZY_THRESHOLD,
    hitWindowMs: config.WATCHLIST_HIT_WINDOW_HOURS * 3_600_000,
    thresholds: { aisGap: { minGapMs: config.AIS_GAP_HOURS * 3_600_000 } },
  });
  // Every committed event is matched against the watchlists; the intel runtime's own context keeps the
  // untapped publisher, so derived alerts are not matched again.
  const untapped = ctx.publisher;
  ctx.publisher = {
    publish(events) {
      untapped.publish(events);
      intel.onEvents(events);
    },
  };
  const vessels = createVesselRuntime({
    observe: intel.observeAis,
    repo: createVesselRepository(database.db),
    clock,
    log,
    picture: { staleAfterMs: config.VESSEL_STALE_MINUTES * 60_000, lostAfterMs: config.VESSEL_LOST_MINUTES * 60_000 },
    retentionDays: config.TRACK_RETENTION_DAYS,
  });
  // With several nodes, each passes what its feeds decode to the others' pictures.
  const relay = redis ? createVesselRelay(io, vessels.ctx.picture, vessels.ingest) : undefined;
  const feeds = new FeedManager(relay?.ingest ?? vessels.ingest, log, () => clock.now().getTime());
  const summaries = createTrendsAndSummaries(ctx, database, config);

  const app = createHttpApp({
    ctx,
    log,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    readiness: [
      { name: 'database', check: async () => void (await events.latestSeq()) },
      ...(redis ? [{ name: 'redis', check: redis.ping }] : []),
    ],
    isShuttingDown: () => shuttingDown,
    webDist: config.WEB_DIST ?? DEFAULT_WEB_DIST,
    apiRoutes: [
      { path: '/vessels', routes: vesselRoutes(vessels.ctx) },
      { path: '/feeds', routes: feedRoutes(feeds, config.BODY_LIMIT_BYTES) },
      ...summaries.apiRoutes,
      ...intel.routes,
    ],
  });

  const httpServer = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }) as HttpServer;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('listening', resolve);
    httpServer.once('error', reject);
  });
  io.attach(httpServer);
  io.engine.on('headers', engineHeaders);
  attachSocketAuth(io, stream, ctx);
  const detachGateway = attachEventGateway(io, stream, ctx, { node, readAudit, deliveryWindowMs: config.LIVE_DELIVERY_WINDOW_MS });
  const detachVessels = attachVesselGateway(io, vessels.ctx, feeds);
  const stopSessionSweep = startSessionSweep(io, nowMs, config.SESSION_SWEEP_MS);
  await feeds.start(feedSources);
  // The simulated traffic is a feed like any other: same decoder, statistics and picture.
  const demoTraffic: DemoTraffic | undefined =
    config.DEMO === 'on' && config.DEMO_VESSELS > 0
      ? (await import('./demo/demo-traffic.ts')).startDemoTraffic({
          feeds,
          clock,
          log,
          seed: config.DEMO_SEED,
          vessels: config.DEMO_VESSELS,
          speed: config.DEMO_SPEED,
        })
      : undefined;

  // Loaded only when on, so a real deployment never loads the simulator.
  const demo: DemoWorld | undefined =
    config.DEMO === 'on' ? await (await import('./demo/demo-world.ts')).startDemoWorld(ctx, config) : undefined;
  const demoCargo: DemoCargo | undefined = demoTraffic
    ? (await import('./demo/demo-cargo.ts')).startDemoCargo({ ctx: intel.system, traffic: demoTraffic.traffic, seed: config.DEMO_SEED })
    : undefined;

  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  log.info({ url, demo: config.DEMO, redis: Boolean(redis) }, 'Tidewatch is listening');

  return {
    url,
    port,
    node,
    ctx,
    database,
    log,
    feeds,
    vessels,
    summaries,
    intel,
    async close() {
      if (shuttingDown) return;
      shuttingDown = true;
      demo?.stop();
      demoTraffic?.stop();
      demoCargo?.stop();
      await summaries.scheduler.stop();
      await feeds.stop();
      relay?.close();
      const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await inFlight.settled(config.SHUTDOWN_GRACE_MS);
      detachGateway();
      detachVessels();
      stopSessionSweep();
      await vessels.close();
      await intel.close();
      stream.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      readAudit.close();
      await audit.flush();
      httpServer.closeAllConnections();
      await httpClosed;
      await redis?.close();
      await database.close();
      log.info('Tidewatch stopped');
    },
  };
}
