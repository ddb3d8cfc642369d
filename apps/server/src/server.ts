import { randomBytes } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Server } from 'socket.io';
import {
  createAgencyRepository,
  createAnnotationRepository,
  createEntityGraphRepository,
  createEntityRepository,
  createUnitRepository,
  createApiKeyRepository,
  createAuditRepository,
  createCargoRepository,
  createWatchlistRepository,
  createEventRepository,
  createFirstRunRepository,
  createSharingGroupRepository,
  createStixRepository,
  createUserRepository,
  createVesselRepository,
  openDatabase,
  type DatabaseHandle,
} from '@tidewatch/db';
import type { ServerConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { systemClock, type Clock, type CoreServiceContext, type ServiceContext } from './services/context.ts';
import { systemScheduler, type Scheduler } from './time/scheduler.ts';
import { createHttpApp } from './http/app.ts';
import { engineHeaders } from './http/security-headers.ts';
import { OrderedEventStream } from './realtime/ordered-event-stream.ts';
import { createClusterPublisher } from './realtime/cluster-publisher.ts';
import { attachEventGateway } from './realtime/gateway.ts';
import { connectRedisAdapter, type RedisAdapterHandle } from './realtime/redis-adapter.ts';
import { WhileBusDown } from './realtime/while-bus-down.ts';
import { revalidateSockets } from './realtime/outage-revalidation.ts';
import type { TidewatchServer } from './realtime/types.ts';
import { attachSocketAuth, originAllowed, principalOf } from './realtime/socket-auth.ts';
import { startSessionSweep } from './realtime/session-expiry.ts';
import { createRealtimeNotifier } from './realtime/notifier.ts';
import { RealtimeFanout } from './realtime/fanout.ts';
import { type IncomingRejects, parseIncoming } from './realtime/incoming.ts';
import { StreamReadAudit } from './realtime/stream-read-audit.ts';
import { AuditTrail } from './services/audit-trail.ts';
import { AuditSpool } from './services/audit-spool.ts';
import { PrincipalCache } from './services/auth/principal-cache.ts';
import { AttemptLimiter } from './auth/attempt-limiter.ts';
import { intelAnnotationTargets } from './services/annotations/intel-targets.ts';
import { InFlight } from './in-flight.ts';
import { refuseSocketWorkWhileStopping } from './draining.ts';
import { createInsertBatcher } from './services/events/insert-batcher.ts';
import { withKnownAgencyCache } from './services/known-agencies.ts';
import { loadFeedSources } from './feeds/feed-config.ts';
import type { FirstRunContext } from './services/first-run/first-run-context.ts';
import { DeploymentStatusSource } from './services/first-run/deployment-status.ts';
import { retireDemoCredentials } from './services/first-run/demo-credentials.ts';
import { EventPipeline } from './services/events/event-pipeline.ts';
import type { FeedManager } from './feeds/feed-manager.ts';
import type { IntelRuntime } from './intel/intel-runtime.ts';
import type { VesselRuntime } from './vessels/vessel-runtime.ts';
import { ModuleRegistry } from './modules/feature-module.ts';
import { intelModule } from './modules/intel-module.ts';
import { vesselsModule } from './modules/vessels-module.ts';
import { operationsModule } from './modules/operations-module.ts';
import { summariesModule, type TrendsAndSummaries } from './modules/summaries-module.ts';
import { demoModule } from './modules/demo-module.ts';
import { authModule } from './modules/auth-module.ts';
import { eventsModule } from './modules/events-module.ts';
import { annotationsModule } from './modules/annotations-module.ts';
import { entitiesModule } from './modules/entities-module.ts';
import { adminModule } from './modules/admin-module.ts';
import { federationModule } from './modules/federation-module.ts';
import { taxiiModule } from './modules/taxii-module.ts';
import { stixModule } from './modules/stix-module.ts';

import { gisModule } from './modules/gis-module.ts';
import { cotModule } from './modules/cot-module.ts';
import type { CotRuntime } from './cot/cot-runtime.ts';

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
  /** Every HTTP route this node answers (method and Hono path), so tests can cover each one without a list. */
  httpRoutes: readonly { method: string; path: string }[];
  /** Cursor-on-Target for TAK devices; undefined unless COT_TCP_PORT or COT_UDP_TARGET is set (COT-1). */
  cot: CotRuntime | undefined;
  /** Every message to this node's sockets goes through it (PROTO-5). */
  fanout: RealtimeFanout;
  /** Socket payloads refused by the parse wrapper, per event name (PROTO-6). */
  incomingRejects: IncomingRejects;
  /** Stops accepting, waits for in-flight writes, closes sockets, Redis and the database. */
  close(): Promise<void>;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The composition root: config in, a running node out. main.ts and the tests both start nodes this way. */
export interface StartOptions {
  clock?: Clock;
  /** Every timer of the node (sweeps, flushes, schedules, retries); tests pass a ManualTime with the clock. */
  scheduler?: Scheduler;
  logger?: Logger;
  /** Told when the node can no longer work (its embedded database stopped); main.ts then exits non-zero. */
  onFatal?: (err: Error) => void;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const node = config.NODE_ID ?? `node-${randomBytes(3).toString('hex')}`;
  const log = options.logger ?? createLogger(config.LOG_LEVEL, node);
  const scheduler = options.scheduler ?? systemScheduler;
  // Read before anything opens, so a bad feed configuration stops the start with nothing to undo.
  const feedSources = loadFeedSources(config.AIS_FEEDS, config.AIS_FEEDS_FILE);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    embeddedThread: config.PGLITE_THREAD,
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    onPoolError: (err) => log.warn({ err }, 'an idle database connection failed; it will be replaced'),
    onEmbeddedStopped: (err) => {
      log.fatal({ err }, 'the embedded database stopped; this node cannot serve until it is restarted');
      options.onFatal?.(err);
    },
  });
  log.info(
    { database: database.kind, dataDir: database.kind === 'pglite' ? config.DATA_DIR : undefined },
    'database ready',
  );

  const events = createEventRepository(database.db);
  const stream = new OrderedEventStream(events, await events.latestSeq(), log);
  const inFlight = new InFlight(scheduler);
  let shuttingDown = false;
  // OPS-L4: the port opens before the demo world and feeds are in place; callers must not be sent here yet.
  let started = false;

  // Does not wait for Redis (OPS-R2): the node starts and serves its own clients without it.
  const redis: RedisAdapterHandle | undefined = config.REDIS_URL
    ? connectRedisAdapter(config.REDIS_URL, config.REDIS_STREAM, log)
    : undefined;
  // OPS-R3: other nodes' events come from the database while Redis is down (5 reads a second).
  const catchUp = redis ? new WhileBusDown(redis, 200, () => stream.catchUp(), Date.now, scheduler) : undefined;
  const io: TidewatchServer = new Server({
    ...(redis ? { adapter: redis.adapter } : {}),
    serveClient: false,
    // The client sends `since` on reconnect and the server replays from the database, which survives
    // restarts; Socket.IO's in-memory recovery would not.
    connectionStateRecovery: undefined,
    // AUTH-7: refuse WebSocket handshakes from other origins before anything else runs.
    allowRequest: (req, callback) => callback(null, originAllowed(req, config.ALLOWED_ORIGINS)),
  });
  // Committed events pass through the stages the modules register below, realtime fan-out first.
  const pipeline = new EventPipeline(log);
  const fanOut = createClusterPublisher(io, stream, redis !== undefined);
  pipeline.add({ name: 'realtime fan-out', accept: (events) => fanOut.publish(events) });
  // Writes are group-committed and tracked, so shutdown can wait for the ones under way.
  const batchedInsert = createInsertBatcher(events.insertMany);
  const clock = options.clock ?? systemClock;
  const audit = new AuditTrail(
    createAuditRepository(database.db),
    log,
    () => clock.now(),
    new AuditSpool(config.AUDIT_SPOOL_DIR ?? config.DATA_DIR),
    scheduler,
  );
  // AUD-3: rows an earlier run spooled (the database was away, or the process was killed) go in first.
  await audit.flush();
  const nowMs = () => clock.now().getTime();
  // Every server-to-client message goes through it; it applies AUTH-5 and releasability once (PROTO-5).
  const fanout = new RealtimeFanout(io, nowMs);
  const principals = new PrincipalCache(nowMs);
  const notifier = createRealtimeNotifier(io, redis !== undefined, principals, fanout);
  const core: CoreServiceContext = {
    events: { ...events, insertMany: (rows, createAudit) => inFlight.track(batchedInsert(rows, createAudit)) },
    agencies: withKnownAgencyCache(createAgencyRepository(database.db)),
    users: createUserRepository(database.db),
    apiKeys: createApiKeyRepository(database.db),
    sharingGroups: createSharingGroupRepository(database.db),
    annotations: createAnnotationRepository(database.db),
    stix: createStixRepository(database.db),

    units: createUnitRepository(database.db),
    audit,
    // Tracked like single writes, so shutdown lets a unit of work under way commit.
    transaction: (work) => inFlight.track(database.transaction(work)),
    clock,
    log,
    publisher: pipeline,
    realtime: notifier,
    principals,
    annotationTargets: intelAnnotationTargets(
      createCargoRepository(database.db),
      createWatchlistRepository(database.db),
    ),
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
  const firstRun: FirstRunContext = {
    firstRun: createFirstRunRepository(database.db),
    agencies: core.agencies,
    audit,
    clock,
    log,
  };
  // OPS-1: before the node accepts anyone, so the published demo credentials never work on a non-demo start.
  if (config.DEMO === 'off') await retireDemoCredentials(firstRun);
  const deployment = new DeploymentStatusSource(firstRun.firstRun, config.DEMO === 'on');
  const readAudit = new StreamReadAudit(audit);
  const clustered = redis !== undefined;
  // The node's features, each one module; the root registers them and reads routes, stages and lifecycles off
  // the list. Registration order is start order (and reverse stop order).
  const modules = new ModuleRegistry();
  // Route-only modules first: their routes keep their place ahead of the intel, vessel and summary routes.
  modules.register(eventsModule({ bodyLimitBytes: config.BODY_LIMIT_BYTES }));
  modules.register(annotationsModule());
  modules.register(entitiesModule(createEntityRepository(database.db), createEntityGraphRepository(database.db)));
  modules.register(adminModule());
  modules.register(stixModule());
  const intelFeature = await intelModule({
    ctx: core,
    db: database.db,
    io,
    fanout,
    clustered,
    detectionAgency: config.DETECTION_AGENCY,
    fuzzyThreshold: config.WATCHLIST_FUZZY_THRESHOLD,
    hitWindowMs: config.WATCHLIST_HIT_WINDOW_HOURS * 3_600_000,
    thresholds: { aisGap: { minGapMs: config.AIS_GAP_HOURS * 3_600_000 } },
    scheduler,
  });
  modules.register(intelFeature);
  const intel = intelFeature.runtime;
  // The one context of every verb: the core and the intel services.
  const ctx: ServiceContext = { ...core, ...intel.services };
  modules.register(authModule(ctx));
  const vesselFeature = vesselsModule({
    config,
    node,
    io,
    fanout,
    clustered,
    repo: createVesselRepository(database.db),
    clock,
    scheduler,
    log,
    feedSources,
    observe: intel.observeAis,
  });
  modules.register(vesselFeature);
  const { runtime: vessels, feeds } = vesselFeature;
  const operations = operationsModule({
    io,
    fanout,
    clustered,
    picture: vessels.ctx.picture,
    repo: core.units,
    clock,
    scheduler,
    log,
    staleAfterMs: config.VESSEL_STALE_MINUTES * 60_000,
    lostAfterMs: config.VESSEL_LOST_MINUTES * 60_000,
  });
  modules.register(operations);

  modules.register(gisModule({ vessels: vessels.ctx }));
  const cot = cotModule({
    config,
    ctx,
    ops: operations.runtime.services,
    units: core.units,
    picture: vessels.ctx.picture,
    scheduler,
    log,
  });
  if (cot) modules.register(cot);
  const summaries = summariesModule(ctx, database, config, scheduler);
  modules.register(summaries);
  modules.register(
    federationModule({
      ctx,
      db: database.db,
      latestSeq: await events.latestSeq(),
      scheduler,
      log,
      settings: {
        here: config.DEPLOYMENT_ID,
        longPollMs: config.FEDERATION_LONG_POLL_MS,
        pageSize: config.FEDERATION_PAGE_SIZE,
        maxBackoffMs: 30_000,
      },
    }),
  );
  modules.register(taxiiModule({ ctx, db: database.db, maxContentLength: config.BODY_LIMIT_BYTES, log }));
  if (config.DEMO === 'on') {
    modules.register(
      demoModule({
        config,
        ctx,
        intelSystem: intel.system,
        feeds,
        clock,
        log,
        firstRun,
        deployment,
        operations: operations.runtime.services,
        scheduler,
      }),
    );
  }
  for (const stage of modules.eventStages) pipeline.add(stage);
  for (const listener of modules.streamListeners) stream.subscribe(listener);
  for (const listener of modules.triageListeners) notifier.onEventTriaged(listener);

  const app = createHttpApp({
    ctx,
    log,
    readiness: [
      {
        name: 'startup',
        check: async () => {
          if (!started) throw new Error('start-up work is still under way');
        },
      },
      { name: 'database', check: async () => void (await events.latestSeq()) },
      ...(redis ? [{ name: 'redis', check: redis.ping }] : []),
    ],
    isShuttingDown: () => shuttingDown,
    webDist: config.WEB_DIST ?? DEFAULT_WEB_DIST,
    deployment,
    routes: { publicRoutes: modules.publicRoutes, authenticated: modules.routes, root: modules.rootRoutes },
  });

  const httpServer = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }) as HttpServer;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('listening', resolve);
    httpServer.once('error', reject);
  });
  io.attach(httpServer);
  io.engine.on('headers', engineHeaders);
  attachSocketAuth(io, stream, ctx);
  // PROTO-6: registered before every handler, so none of them sees an unparsed payload.
  const incomingRejects = parseIncoming(io, log);
  // OPS-R4: revocations on other nodes cannot reach this node's sockets while Redis is down.
  const revalidation = redis
    ? new WhileBusDown(
        redis,
        2000,
        revalidateSockets(io, (socket) => principalOf(ctx, socket), log),
        Date.now,
        scheduler,
      )
    : undefined;
  refuseSocketWorkWhileStopping(io, () => shuttingDown, log);
  const detachGateway = attachEventGateway(io, stream, ctx, {
    node,
    readAudit,
    deliveryWindowMs: config.LIVE_DELIVERY_WINDOW_MS,
    fanout,
  });
  const stopSessionSweep = startSessionSweep(io, nowMs, config.SESSION_SWEEP_MS, scheduler);
  await modules.start();

  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  started = true;
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
    cot: cot?.runtime,
    fanout,
    incomingRejects,
    httpRoutes: [
      ...new Map(app.routes.map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }])).values(),
    ],
    async close() {
      if (shuttingDown) return;
      shuttingDown = true;
      await modules.stop();
      const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // OPS-L2: main.ts exits at SHUTDOWN_GRACE_MS whatever is stuck; writes under way get most of it and
      // the orderly close (sockets, audit flush, database) the rest.
      await inFlight.settled(Math.round(config.SHUTDOWN_GRACE_MS * 0.7));
      detachGateway();
      stopSessionSweep();
      await modules.close();
      catchUp?.close();
      revalidation?.close();
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
