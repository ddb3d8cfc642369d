import { z } from 'zod';

const OnOff = z.enum(['on', 'off']);

/** Every environment variable the server reads, with its default. The README's table mirrors this. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().url().optional(),
  REDIS_STREAM: z.string().min(1).max(100).default('tidewatch'),
  DEMO: OnOff.default('on'),
  DEMO_SEED: z.coerce.number().int().default(20261129),
  DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(400).default(90),
  DEMO_INTERVAL_MS: z.coerce.number().int().min(50).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ID: z.string().min(1).max(64).optional(),
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
  /** Comma-separated browser origins allowed to open a WebSocket; empty = the server's own origin only. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  COOKIE_SECURE: OnOff.default('off'),
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
