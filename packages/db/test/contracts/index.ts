import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseHandle } from '../../src/index.ts';
import { agencyContract } from './agencies.contract.ts';
import { annotationContract } from './annotations.contract.ts';
import { apiKeyContract } from './api-keys.contract.ts';
import { auditContract } from './audit.contract.ts';
import { cargoContract } from './cargo.contract.ts';
import { derivedAlertContract } from './derived-alerts.contract.ts';
import { entityContract } from './entities.contract.ts';
import { seedAgencies } from './fixtures.ts';
import { firstRunContract } from './first-run.contract.ts';
import { sharingGroupContract } from './sharing-groups.contract.ts';
import { stixContract } from './stix.contract.ts';
import { summaryFactsContract } from './summary-facts.contract.ts';
import { summaryContract } from './summaries.contract.ts';
import { userContract } from './users.contract.ts';
import { vesselContract } from './vessels.contract.ts';
import { watchlistContract } from './watchlists.contract.ts';
import { unitOfWorkContract } from './unit-of-work.contract.ts';
import { unitContract } from './units.contract.ts';

/**
 * The storage contract of every repository (GUIDE s.2 item 6), written once and run on each backend, so
 * embedded PGlite and PostgreSQL cannot drift apart. One database per run (PGlite's initdb is the slow
 * part); each contract names its rows uniquely and keeps to its own time window instead of truncating.
 * The event repository and the seizure-trend index have contracts of their own beside this suite.
 */
export function repositoryContractSuite(
  backend: string,
  open: () => Promise<DatabaseHandle>,
  cleanup: () => Promise<void>,
): void {
  describe(`[STORE-1] repository contracts (${backend})`, () => {
    let handle: DatabaseHandle | undefined;
    const db = () => {
      if (!handle) throw new Error('the database of the contract suite is not open');
      return handle.db;
    };
    beforeAll(async () => {
      handle = await open();
      await seedAgencies(handle.db);
    });
    afterAll(async () => {
      await handle?.close();
      await cleanup();
    });

    // First: it needs a database in which no administrator exists yet.
    firstRunContract(db);
    agencyContract(db);
    userContract(db);
    apiKeyContract(db);
    sharingGroupContract(db);
    stixContract(db);
    auditContract(db);
    annotationContract(db);
    watchlistContract(db);
    derivedAlertContract(db);
    cargoContract(db);
    vesselContract(db);
    summaryContract(db);
    summaryFactsContract(db);
    unitContract(db);
    entityContract(db);
    unitOfWorkContract(() => {
      if (!handle) throw new Error('the database of the contract suite is not open');
      return handle;
    });
  });
}
