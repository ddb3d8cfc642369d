import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditRepository, openDatabase, type DatabaseHandle } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';

const dir = createTempDir('audit');
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ dataDir: dir.path });
  await createAuditRepository(handle.db).append([
    {
      at: new Date().toISOString(),
      actorKind: 'user',
      actorId: 'u1',
      actorName: 'jca.analyst',
      agency: 'JCA',
      action: 'auth.login',
      outcome: 'success',
      detail: {},
    },
  ]);
});
afterAll(async () => {
  await handle.close();
  dir.remove();
});

/** Drizzle wraps the database's error; the reason is in its cause. */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
    return 'accepted';
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause;
    return String(cause instanceof Error ? cause.message : err);
  }
}

describe('audit log', () => {
  it('[AUD-2] the database refuses UPDATE, DELETE and TRUNCATE, so the application cannot rewrite history', async () => {
    expect(await refusal(handle.db.execute(sql`UPDATE audit_log SET outcome = 'failure'`))).toMatch(/append-only/);
    expect(await refusal(handle.db.execute(sql`DELETE FROM audit_log`))).toMatch(/append-only/);
    expect(await refusal(handle.db.execute(sql`TRUNCATE audit_log`))).toMatch(/append-only/);
    expect(await createAuditRepository(handle.db).search({}, 10)).toMatchObject([
      { action: 'auth.login', outcome: 'success' },
    ]);
  });
});
