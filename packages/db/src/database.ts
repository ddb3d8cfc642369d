import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { startEmbeddedWorker } from './embedded/worker-client.ts';
import { embeddedPgliteOptions } from './embedded/pglite-settings.ts';

export type Schema = typeof schema;
/** The one database type repositories accept: embedded PGlite and PostgreSQL look the same from here. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** An open connection (pool or embedded database); open-database.ts makes a DatabaseHandle of it. */
export interface DatabaseConnection {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export type EmbeddedThread = 'worker' | 'main';

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /**
   * Where embedded PGlite runs: `worker` (a worker thread, so its statements never hold the event loop) or
   * `main` (in-process, as PGlite runs by default; kept for platforms without worker threads and as the
   * benchmark's peer).
   */
  embeddedThread?: EmbeddedThread;
  poolSize?: number;
  /** Told when the embedded database's worker thread ends without close (see embedded/worker-client.ts). */
  onEmbeddedStopped?: (err: Error) => void;
  /** Told when an idle PostgreSQL connection fails (it is replaced on next use). */
  onPoolError?: (err: Error) => void;
  /** PostgreSQL: longest a statement may run (or wait for a lock) before it is cancelled and rolled back. */
  statementTimeoutMs?: number;
  /** PostgreSQL: longest wait for a new connection (an address that drops packets never refuses). */
  connectTimeoutMs?: number;
}

export interface PostgresTimeouts {
  statementTimeoutMs: number;
  connectTimeoutMs: number;
}

// The same three levels up from apps/server/dist, where the compiled server bundles this file.
const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));
// Any fixed 64-bit number shared by every node; it names the lock, it is not a secret.
const MIGRATION_LOCK_KEY = 727_001_2026;

export async function openConnection(options: DatabaseOptions): Promise<DatabaseConnection> {
  const timeouts = {
    statementTimeoutMs: options.statementTimeoutMs ?? 10_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
  };
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, timeouts, options.onPoolError)
    : openPglite(options.dataDir, options.embeddedThread ?? 'worker', options.onEmbeddedStopped);
}

/** Embedded PGlite on this thread, or in a worker thread behind a client that drizzle's PGlite driver drives alike. */
async function startPglite(
  dataDir: string,
  thread: EmbeddedThread,
  onStopped?: (err: Error) => void,
): Promise<{ client: PGlite; close(): Promise<void> }> {
  if (thread === 'main') {
    const client = await PGlite.create(embeddedPgliteOptions(dataDir));
    return { client, close: () => client.close() };
  }
  const worker = await startEmbeddedWorker({ dataDir }, onStopped);
  // The worker client offers exactly the calls drizzle's PGlite driver makes (query, transaction), not
  // PGlite's whole interface, which the driver's type asks for.
  return { client: worker as unknown as PGlite, close: () => worker.close() };
}

async function openPglite(
  dataDir: string,
  thread: EmbeddedThread,
  onStopped?: (err: Error) => void,
): Promise<DatabaseConnection> {
  const release = await acquireDataDirLock(dataDir);
  try {
    const client = await startPglite(dataDir, thread, onStopped);
    const db = drizzlePglite({ client: client.client, schema });
    // PGlite is single-connection and the folder is locked to this process, so no migration lock is needed.
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }).catch(async (err: unknown) => {
      await client.close().catch(() => undefined);
      throw err;
    });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      async close() {
        try {
          await client.close();
        } finally {
          await release();
        }
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}

async function openPostgres(
  url: string,
  poolSize: number,
  timeouts: PostgresTimeouts,
  onPoolError?: (err: Error) => void,
): Promise<DatabaseConnection> {
  await migratePostgresUnderLock(url, timeouts);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...connectionTimeouts(timeouts) });
  // An idle client dropped by the server (restart, failover, admin kill) is reported here; without a
  // listener the Pool re-emits it as an uncaught exception. The pool replaces the client on next use.
  pool.on('error', (err) => onPoolError?.(err));
  pool.on('release', (err, client) => {
    // A query that hit the client-side timeout is still on the wire: the connection's next user would
    // wait behind it, or run inside a transaction whose ROLLBACK never went out and commit it. Such a
    // connection is closed (pg destroys it when a query is active), never reused.
    if (!err && hasQueryInFlight(client)) void client.end().catch(() => undefined);
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    close: () => pool.end(),
  };
}

/**
 * OPS-L3. `statement_timeout` makes the server cancel (and roll back) a statement stuck on a lock, so a
 * write its client gave up on never commits later; `idle_in_transaction_session_timeout` ends a transaction
 * whose client vanished. A network that drops packets gets no answer from the server at all, so the client
 * gives up too (`query_timeout`, a little later than the server would) and on connecting.
 */
function connectionTimeouts(t: PostgresTimeouts): pg.ClientConfig {
  return {
    statement_timeout: t.statementTimeoutMs,
    idle_in_transaction_session_timeout: t.statementTimeoutMs,
    query_timeout: t.statementTimeoutMs + 1_000,
    connectionTimeoutMillis: t.connectTimeoutMs,
    keepAlive: true,
    // PostgreSQL 14+: a statement waiting on a lock notices within a second that its client is gone (a
    // node that exited, a request that timed out) and is cancelled instead of committing later.
    options: '-c client_connection_check_interval=1000',
  };
}

/** pg has no public accessor for it: `activeQuery` is deprecated (and warns), `_getActiveQuery` is what pg itself uses. */
function hasQueryInFlight(client: pg.PoolClient): boolean {
  const internals: { _getActiveQuery?: () => unknown } = client as unknown as { _getActiveQuery?: () => unknown };
  return typeof internals._getActiveQuery === 'function' && Boolean(internals._getActiveQuery.call(client));
}

/**
 * Two nodes starting together must not both apply a migration: the advisory lock is held on one session
 * for the whole run, so the second node waits and then finds nothing left to apply.
 */
async function migratePostgresUnderLock(url: string, timeouts: PostgresTimeouts): Promise<void> {
  // Waiting for another node's migration is expected, so only connecting is bounded here.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeouts.connectTimeoutMs });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
