import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createAgencyRepository,
  createAuditRepository,
  createFirstRunRepository,
  openDatabase,
  schema,
  type DatabaseHandle,
} from '@tidewatch/db';
import { createLogger } from '../apps/server/src/logger.ts';
import { AuditTrail } from '../apps/server/src/services/audit-trail.ts';
import { systemClock } from '../apps/server/src/services/context.ts';
import { ServiceError } from '../apps/server/src/services/errors.ts';
import { createFirstAdministrator } from '../apps/server/src/services/first-run/create-first-administrator.ts';
import type { FirstRunContext } from '../apps/server/src/services/first-run/first-run-context.ts';
import { createTempPostgresDatabase, type TempDatabase } from './support/temp-postgres.ts';

let temp: TempDatabase;
let database: DatabaseHandle;

beforeAll(async () => {
  temp = await createTempPostgresDatabase('first_run');
  database = await openDatabase({ databaseUrl: temp.url, dataDir: '/nonexistent', poolSize: 10 });
});

afterAll(async () => {
  await database?.close();
  await temp?.drop();
});

it('[OPS-2] of several setup runs racing on PostgreSQL, exactly one creates an administrator', async () => {
  const log = createLogger('silent', 'test');
  const ctx: FirstRunContext = {
    firstRun: createFirstRunRepository(database.db),
    agencies: createAgencyRepository(database.db),
    audit: new AuditTrail(createAuditRepository(database.db), log, () => systemClock.now()),
    clock: systemClock,
    log,
  };
  const agency = { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' };
  // Straight at the repository first: without scrypt in front, the runs reach the check-then-insert together.
  const stored = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      ctx.firstRun.createFirstAdministrator(agency, {
        username: `racer.${i}`,
        displayName: `Racer ${i}`,
        agencyCode: 'CBP',
        role: 'administrator',
        passwordHash: 'x',
      }),
    ),
  );
  expect(stored.filter((r) => 'created' in r)).toHaveLength(1);
  const users = await database.db.select({ role: schema.users.role }).from(schema.users);
  expect(users.filter((u) => u.role === 'administrator')).toHaveLength(1);

  // And the verb the command runs refuses with a conflict, writing nothing.
  const again = createFirstAdministrator({
    ctx,
    input: { agency, username: 'late.comer', displayName: 'Late comer', password: 'a long racing password' },
  });
  await expect(again).rejects.toBeInstanceOf(ServiceError);
  await expect(again).rejects.toMatchObject({ code: 'conflict' });
  expect(await database.db.select({ role: schema.users.role }).from(schema.users)).toHaveLength(1);
  await ctx.audit.flush();
});
