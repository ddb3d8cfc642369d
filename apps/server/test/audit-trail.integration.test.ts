import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditRepository, openDatabase, type AuditRepository, type DatabaseHandle } from '@tidewatch/db';
import type { RunningServer } from '@tidewatch/server';
import { createLogger } from '../src/logger.ts';
import { AuditTrail, type AuditEntry } from '../src/services/audit-trail.ts';
import { AUDIT_SPOOL_FILE, AuditSpool } from '../src/services/audit-spool.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer } from '../../../test/support/server.ts';
import { login } from '../../../test/support/session.ts';

/**
 * AUD-3: no audit row is ever lost. One database folder and one spool folder serve the whole file, in
 * order: a live server, then the same folder opened directly and closed under a trail (the database away),
 * then a second server started over what a killed process left in the spool.
 */
const dir = createTempDir('audit-trail');
const dataDir = join(dir.path, 'db');
const spoolDir = join(dir.path, 'spool');
const spoolFile = join(spoolDir, AUDIT_SPOOL_FILE);
const log = createLogger('silent', 'audit-test');
let server: RunningServer | undefined;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dataDir, AUDIT_SPOOL_DIR: spoolDir });
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

const entry = (action: string, detail: Record<string, unknown> = {}): AuditEntry => ({
  actor: { kind: 'user', id: null, name: 'audit test', agency: 'JCA' },
  action,
  outcome: 'success',
  detail,
});

const spooledLines = () =>
  existsSync(spoolFile) ? readFileSync(spoolFile, 'utf8').split('\n').filter(Boolean).length : 0;

/** A repository whose database can be closed and another opened in its place, as when PostgreSQL restarts. */
function swappable(first: DatabaseHandle): { repo: AuditRepository; swap(next: DatabaseHandle): void } {
  let current = createAuditRepository(first.db);
  return {
    repo: { append: (rows) => current.append(rows), search: (filter, limit) => current.search(filter, limit) },
    swap: (next) => {
      current = createAuditRepository(next.db);
    },
  };
}

describe('audit rows survive bad values and an absent database', () => {
  it("[AUD-3] a NUL byte in an export q does not sink the other users' rows written in the same batch", async () => {
    const running = server as RunningServer;
    server = undefined;
    try {
      await poisonedBatch(running);
    } finally {
      await running.close();
    }
  });

  async function poisonedBatch(running: RunningServer): Promise<void> {
    // Real logins by two users land in the same half-second batch as the poisoned row.
    await login(running.url, 'cbp.analyst');
    running.ctx.audit.record(
      entry('event.export', { q: 'fire\u0000arms', note: 'lone \ud800 surrogate', long: 'x'.repeat(50_000) }),
    );
    await login(running.url, 'uscg.analyst');
    running.ctx.audit.record({ ...entry('event.read'), targetId: 'red-event', detail: { tlp: 'RED' } });
    await running.ctx.audit.flush();

    const rows = await running.ctx.audit.search({}, 50);
    const actions = rows.map((r) => `${r.action}:${r.actorName ?? ''}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login:cbp.analyst',
        'auth.login:uscg.analyst',
        'event.export:audit test',
        'event.read:audit test',
      ]),
    );
    const exported = rows.find((r) => r.action === 'event.export');
    expect(exported?.detail).toMatchObject({
      q: 'fire\u2400arms',
      note: 'lone \ufffd surrogate',
      _cleaned: ['detail.q', 'detail.note', 'detail.long'],
    });
    expect(String(exported?.detail.long)).toMatch(/^x+…\[cut from 50000 characters\]$/);
    expect(String(exported?.detail.long)).toHaveLength(10_000);
    expect(spooledLines()).toBe(0);
  }

  it('[AUD-3] while the database is away rows go to the spool, and they are written in order once it is back', async () => {
    const first = await openDatabase({ dataDir, embeddedThread: 'main' });
    const { repo, swap } = swappable(first);
    let at = Date.parse('2026-03-01T10:00:00.000Z');
    const trail = new AuditTrail(
      repo,
      log,
      () => {
        at += 1000;
        return new Date(at);
      },
      new AuditSpool(spoolDir),
    );
    await trail.flush();
    trail.record(entry('spool.before'));
    await trail.flush();

    await first.close();
    trail.record(entry('spool.away-1'));
    trail.record(entry('spool.away-2'));
    await trail.flush();
    expect(spooledLines()).toBe(2);

    const second = await openDatabase({ dataDir, embeddedThread: 'main' });
    swap(second);
    trail.record(entry('spool.after'));
    await trail.flush();
    expect(spooledLines()).toBe(0);
    const rows = (await repo.search({}, 20)).filter((r) => r.action.startsWith('spool.')).reverse();
    expect(rows.map((r) => r.action)).toEqual(['spool.before', 'spool.away-1', 'spool.away-2', 'spool.after']);
    // Each keeps the time it was recorded, not the time it reached the database.
    expect(rows.map((r) => new Date(r.at).toISOString())).toEqual([
      '2026-03-01T10:00:01.000Z',
      '2026-03-01T10:00:02.000Z',
      '2026-03-01T10:00:03.000Z',
      '2026-03-01T10:00:04.000Z',
    ]);
    await second.close();
  });

  it('[AUD-3] rows spooled by a process killed before it could replay them are written by the next start', async () => {
    const db = await openDatabase({ dataDir, embeddedThread: 'main' });
    const trail = new AuditTrail(
      createAuditRepository(db.db),
      log,
      () => new Date('2026-03-02T08:00:00.000Z'),
      new AuditSpool(spoolDir),
    );
    await trail.flush();
    await db.close();
    trail.record(entry('killed.1'));
    trail.record(entry('killed.2'));
    await trail.flush();
    expect(spooledLines()).toBe(2);
    // The process ends here without another flush or close, as under kill -9: only the fsynced spool is left,
    // here with a row cut short by the kill; the next process appends after it before it can replay.
    appendFileSync(spoolFile, '{"at":"2026-03-02T08:00:00.000Z","actorKind":"us');
    const next = new AuditTrail(
      createAuditRepository(db.db),
      log,
      () => new Date('2026-03-02T08:00:01.000Z'),
      new AuditSpool(spoolDir),
    );
    next.record(entry('killed.3'));
    await next.flush();

    const restarted = await startTestServer({ DATA_DIR: dataDir, AUDIT_SPOOL_DIR: spoolDir });
    server = restarted;
    const rows = await restarted.ctx.audit.search({}, 100);
    const replayed = rows.filter((r) => r.action.startsWith('killed.')).reverse();
    expect(replayed.map((r) => [r.action, new Date(r.at).toISOString()])).toEqual([
      ['killed.1', '2026-03-02T08:00:00.000Z'],
      ['killed.2', '2026-03-02T08:00:00.000Z'],
      ['killed.3', '2026-03-02T08:00:01.000Z'],
    ]);
    expect(spooledLines()).toBe(0);
  });
});
