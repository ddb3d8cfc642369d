import { z } from 'zod';
import { TimeZoneName } from '@tidewatch/contracts';

const OnOff = z.enum(['on', 'off']);

/** Every environment variable the server reads, with its default. The README's table mirrors this. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** AUD-3: where audit rows wait (fsynced) while the database is unavailable; default DATA_DIR. One per node. */
  AUDIT_SPOOL_DIR: z.string().optional(),
  /** Where embedded PGlite runs: `worker` thread (the event loop stays free) or `main` (in-process). */
  PGLITE_THREAD: z.enum(['worker', 'main']).default('worker'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** PostgreSQL: a statement running (or waiting for a lock) longer than this is cancelled and answers 503. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** PostgreSQL: longest wait for a new connection before the request answers 503. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  REDIS_URL: z.string().url().optional(),
  REDIS_STREAM: z.string().min(1).max(100).default('tidewatch'),
  DEMO: OnOff.default('on'),
  DEMO_SEED: z.coerce.number().int().default(20261129),
  DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(400).default(90),
  DEMO_INTERVAL_MS: z.coerce.number().int().min(50).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ID: z.string().min(1).max(64).optional(),
  /** FED-6: how this deployment names itself to its partners; the origin recorded on what it sends. */
  DEPLOYMENT_ID: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'a deployment id is 1-32 lower-case letters, digits or -')
    .default('local'),
  /** FED-10: how long a partner's feed request may wait for a commit when it has nothing new. */
  FEDERATION_LONG_POLL_MS: z.coerce.number().int().min(0).max(30_000).default(20_000),
  /** Stored events one feed page covers at most. */
  FEDERATION_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(500),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  WEB_DIST: z.string().optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** AIS feed sources, compact form: `tcp-client:host:port,tcp-server:10110,udp:10111,http` (see feeds/feed-config.ts). */
  AIS_FEEDS: z.string().optional(),
  /** JSON file with an array of AIS feed sources, added to AIS_FEEDS. */
  AIS_FEEDS_FILE: z.string().optional(),
  /** Simulated vessels streamed as the `demo` AIS feed when DEMO=on (0 = none). */
  DEMO_VESSELS: z.coerce.number().int().min(0).max(100_000).default(4000),
  /** Time acceleration of the simulated traffic (2 = twice real time). */
  DEMO_SPEED: z.coerce.number().min(0.1).max(1000).default(1),
  /** A vessel silent this long is shown stale, and this long lost (removed from the map). */
  VESSEL_STALE_MINUTES: z.coerce.number().min(0.1).default(10),
  VESSEL_LOST_MINUTES: z.coerce.number().min(0.1).default(60),
  /** Persisted track points older than this many days are deleted (checked hourly); 0 keeps them forever. */
  TRACK_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30),
  /** Comma-separated browser origins allowed to open a WebSocket; empty = the server's own origin only. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Longest wait of live events for the next delivery (they go together, in one packet); 0 = one write per commit. */
  LIVE_DELIVERY_WINDOW_MS: z.coerce.number().int().min(0).max(1000).default(16),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  COOKIE_SECURE: OnOff.default('off'),
  /** `on`: one reverse proxy stands in front; the client address and scheme come from its X-Forwarded-For/-Proto. */
  TRUST_PROXY: OnOff.default('off'),
  /** How often open sockets are checked against their session's end (AUTH-5). */
  SESSION_SWEEP_MS: z.coerce.number().int().min(50).max(60_000).default(5000),
  /** Daily summaries cover the 24 hours ending at this local hour (0-23) in SUMMARY_TZ. */
  SUMMARY_HOUR: z.coerce.number().int().min(0).max(23).default(6),
  /** IANA zone of the summary hour; also the default zone of trend buckets. */
  SUMMARY_TZ: TimeZoneName.default('America/Jamaica'),
  /** `on`: every node checks for due summaries (one generates, under a lock); `off`: only on request. */
  SUMMARY_SCHEDULER: OnOff.default('on'),
  SUMMARY_CHECK_SECONDS: z.coerce.number().int().min(5).default(60),
  /** How many recent days the scheduler re-checks for late data (stored as a new revision). */
  SUMMARY_REVISE_DAYS: z.coerce.number().int().min(0).max(31).default(3),
  /** Agency that owns AIS-derived alerts (released TLP:GREEN to the community); area alerts belong to the area's owner. */
  DETECTION_AGENCY: z
    .string()
    .regex(/^[A-Z][A-Z0-9_-]{1,15}$/)
    .default('IMPACS'),
  /** Silence after which a vessel is reported dark (AIS gap), in hours. */
  AIS_GAP_HOURS: z.coerce.number().min(0.01).max(72).default(6),
  /** Jaro-Winkler similarity (0-1) at or above which normalised names match a watchlist entry. */
  WATCHLIST_FUZZY_THRESHOLD: z.coerce.number().min(0.5).max(1).default(0.92),
  /** One watchlist hit per subject and entry per this many hours. */
  WATCHLIST_HIT_WINDOW_HOURS: z.coerce.number().min(0).max(720).default(24),
  /** COT-1: TCP port of the Cursor-on-Target stream for TAK devices (TAK's plain TCP is 8087); unset = off. */
  COT_TCP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /**
   * COT-4: `host:port` the CoT picture is sent to over UDP (a multicast group such as 239.2.3.1:6969, or one
   * host); unset = off. UDP carries no credential: it sends what COT_UDP_AGENCY may read, to whoever listens.
   */
  COT_UDP_TARGET: z
    .string()
    .regex(/^[^:\s]+:\d{1,5}$/, 'host:port')
    .optional(),
  COT_UDP_AGENCY: z
    .string()
    .regex(/^[A-Z][A-Z0-9_-]{1,15}$/)
    .optional(),
  /** COT-3: one update per vessel per this many seconds at most, whatever its AIS rate. */
  COT_VESSEL_INTERVAL_SECONDS: z.coerce.number().min(1).max(600).default(5),
  /** COT-6: a TAK connection that has not authenticated within this many seconds is closed. */
  COT_AUTH_TIMEOUT_SECONDS: z.coerce.number().min(1).max(300).default(10),
});
export type ServerConfig = z.output<typeof ServerConfig>;
export type ServerConfigInput = z.input<typeof ServerConfig>;

export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  // Empty strings mean "unset", as in shell `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ServerConfig.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
