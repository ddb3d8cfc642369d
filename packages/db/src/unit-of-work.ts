import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { createAgencyRepository } from './repositories/agencies.ts';
import { createAnnotationRepository } from './repositories/annotations.ts';
import { createApiKeyRepository } from './repositories/api-keys.ts';
import { createAuditRepository } from './repositories/audit.ts';
import { createCargoRepository } from './repositories/cargo.ts';
import { createDerivedAlertRepository } from './repositories/derived-alerts.ts';
import { createEventChangeRepository } from './repositories/event-changes.ts';
import { createEventRepository } from './repositories/events.ts';
import { createFederationRepository } from './repositories/federation.ts';
import { createFirstRunRepository } from './repositories/first-run.ts';
import { createSeizureTrendRepository } from './repositories/seizure-trends.ts';
import { createSharingGroupRepository } from './repositories/sharing-groups.ts';
import { createStixRepository } from './repositories/stix.ts';
import { createSummaryRepository } from './repositories/summaries.ts';
import { createSummaryFactsRepository } from './repositories/summary-facts.ts';
import { createUserRepository } from './repositories/users.ts';
import { createVesselRepository } from './repositories/vessels.ts';
import { createWatchlistRepository } from './repositories/watchlists.ts';
import { createUnitRepository } from './repositories/units.ts';

/** Every repository, bound to one database handle or to one transaction. Repositories are plain closures. */
export function createRepositories(db: Db) {
  return {
    agencies: createAgencyRepository(db),
    alerts: createDerivedAlertRepository(db),
    annotations: createAnnotationRepository(db),
    apiKeys: createApiKeyRepository(db),
    audit: createAuditRepository(db),
    cargo: createCargoRepository(db),
    events: createEventRepository(db),
    eventChanges: createEventChangeRepository(db),
    federation: createFederationRepository(db),
    firstRun: createFirstRunRepository(db),
    sharingGroups: createSharingGroupRepository(db),
    stix: createStixRepository(db),
    summaries: createSummaryRepository(db),
    summaryFacts: createSummaryFactsRepository(db),
    trends: createSeizureTrendRepository(db),
    users: createUserRepository(db),
    vessels: createVesselRepository(db),
    watchlists: createWatchlistRepository(db),
    units: createUnitRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/**
 * The repositories of one open transaction. Everything written through them commits together or not at all.
 * `transaction` nests a savepoint: its work is undone alone when it throws, and the outer unit goes on.
 */
export interface TransactionScope extends Repositories {
  transaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T>;
}

/** Runs `work` in a transaction: it commits when `work` resolves and rolls back when it rejects. */
export type TransactionRunner = <T>(work: (tx: TransactionScope) => Promise<T>) => Promise<T>;

function scopeOf(tx: Db): TransactionScope {
  return {
    ...createRepositories(tx),
    transaction: (work) => tx.transaction((inner) => work(scopeOf(inner))),
  };
}

export function transactionRunner(db: Db): TransactionRunner {
  return (work) => db.transaction((tx) => work(scopeOf(tx)));
}

/**
 * Runs `work` while holding the cluster-wide lock `lockKey`, or answers undefined at once when another node
 * holds it. On PostgreSQL the lock is a transaction-scoped advisory lock and `work` gets that transaction's
 * repositories, so every read and write runs on the locked connection. The embedded database is one process
 * with one connection: there is nobody to race, and a transaction held for the whole of `work` would block
 * the connection the rest of the node uses, so `work` runs on the ordinary repositories.
 */
export type ExclusiveRunner = <T>(lockKey: number, work: (repos: Repositories) => Promise<T>) => Promise<T | undefined>;

export function exclusiveRunner(db: Db, kind: 'pglite' | 'postgres'): ExclusiveRunner {
  if (kind === 'pglite') {
    const repos = createRepositories(db);
    return (_lockKey, work) => work(repos);
  }
  return (lockKey, work) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .select({ locked: sql<boolean>`pg_try_advisory_xact_lock(${lockKey})` })
        .from(sql`(SELECT 1) AS one`);
      return row?.locked ? work(createRepositories(tx)) : undefined;
    });
}
