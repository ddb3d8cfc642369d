import { openConnection, type DatabaseConnection, type DatabaseOptions } from './database.ts';
import { exclusiveRunner, transactionRunner, type ExclusiveRunner, type TransactionRunner } from './unit-of-work.ts';

/** The database as the rest of the workspace holds it: the connection, and units of work on it. */
export interface DatabaseHandle extends DatabaseConnection {
  /** A unit of work: the repositories of one transaction, committed when `work` resolves (unit-of-work.ts). */
  transaction: TransactionRunner;
  /** Work under a cluster-wide lock, on both backends alike (unit-of-work.ts). */
  exclusively: ExclusiveRunner;
}

/**
 * Opens embedded PGlite or PostgreSQL (database.ts) and adds the units of work. Apart from database.ts so the
 * repositories, which import its Db type, are not imported back by it.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const connection = await openConnection(options);
  return {
    ...connection,
    transaction: transactionRunner(connection.db),
    exclusively: exclusiveRunner(connection.db, connection.kind),
  };
}
