import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@tidewatch/db';
import { uuidV7 } from '@tidewatch/domain';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer } from '../../../test/support/server.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

/**
 * FAULT-2: a real server process on an embedded (PGlite) data folder, killed with SIGKILL in the middle of
 * a write burst, again and again. Every write carries a client id (REL-12), so a write whose answer the
 * kill swallowed is sent again after the restart, as a client would.
 */
const ROUNDS = 4;
const BURST_MS = 1_500;
const WRITERS = 12;
const TITLE = `sigkill burst ${process.pid}`;

interface Write {
  clientId: string;
  title: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clientId = (): string => uuidV7(Date.now(), randomBytes(10));

describe('FAULT-2 SIGKILL during a write burst, repeated', () => {
  const dir = createTempDir('sigkill');

  beforeAll(async () => {
    // The test agencies, users and keys, stored once in the folder the child processes open.
    const seed = await startTestServer({ DATA_DIR: dir.path });
    await seed.close();
  }, 180_000);
  afterAll(() => dir.remove());

  it('[FAULT-2] every acknowledged write is stored once, every acknowledged creation has its audit row, and the folder reopens after each kill', async () => {
    /** Acknowledged writes: client id -> the id the server stored the event under. */
    const acked = new Map<string, string>();
    /** Stored ids acknowledged as created (201): each must have its create row. */
    const createdIds = new Set<string>();
    /** Writes sent whose answer never came (the kill took it): their outcome is the server's to tell. */
    let unanswered: Write[] = [];
    let counter = 0;
    const rounds: string[] = [];

    const send = async (server: ServerProcess, write: Write): Promise<number | 'no answer'> => {
      try {
        const res = await postEvent(server.url, { ...EXAMPLE_EVENT, id: write.clientId, title: write.title });
        if (res.status === 200 || res.status === 201) {
          const id = res.json.id;
          if (typeof id === 'string') acked.set(write.clientId, id);
          if (typeof id === 'string' && res.status === 201) createdIds.add(id);
        }
        return res.status;
      } catch {
        return 'no answer';
      }
    };

    for (let round = 1; round <= ROUNDS + 1; round++) {
      const opened = performance.now();
      const server = await startServerProcess({ DATA_DIR: dir.path, LOG_LEVEL: 'warn', SUMMARY_SCHEDULER: 'off' });
      const reopenMs = performance.now() - opened;
      try {
        // A repeat of an unanswered write says what became of it: 200 (it was stored) or 201 (stored now).
        const retried = unanswered;
        unanswered = [];
        const retryStatus = await Promise.all(retried.map((w) => send(server, w)));
        expect(
          retryStatus.filter((s) => s !== 200 && s !== 201),
          `round ${round} retries`,
        ).toEqual([]);
        const alreadyStored = retryStatus.filter((s) => s === 200).length;
        if (round > ROUNDS) {
          rounds.push(
            `final reopen ${reopenMs.toFixed(0)} ms, ${retried.length} retried (${alreadyStored} stored before)`,
          );
          break;
        }

        let running = true;
        const before = acked.size;
        const writers = Array.from({ length: WRITERS }, async () => {
          while (running) {
            const write = { clientId: clientId(), title: `${TITLE} ${++counter}` };
            const status = await send(server, write);
            if (status === 'no answer') unanswered.push(write);
            else expect([200, 201], `status during the burst`).toContain(status);
          }
        });
        await sleep(BURST_MS);
        server.child.kill('SIGKILL');
        await server.exited;
        running = false;
        await Promise.all(writers);
        rounds.push(
          `round ${round}: reopen ${reopenMs.toFixed(0)} ms, ${retried.length} retried (${alreadyStored} stored before), ${acked.size - before} acknowledged in the burst, ${unanswered.length} unanswered at the kill`,
        );
      } finally {
        if (server.child.exitCode === null && server.child.signalCode === null) {
          server.child.kill('SIGTERM');
          await server.exited;
        }
      }
    }

    const handle = await openDatabase({ dataDir: dir.path });
    try {
      const stored = (await handle.db.execute(sql`SELECT id, title FROM events WHERE title LIKE ${`${TITLE} %`}`)) as {
        rows: { id: string; title: string }[];
      };
      const audited = (await handle.db.execute(
        sql`SELECT target_id FROM audit_log WHERE action = 'event.create' AND target_id IN (SELECT id FROM events WHERE title LIKE ${`${TITLE} %`})`,
      )) as { rows: { target_id: string }[] };
      const storedIds = new Set(stored.rows.map((r) => r.id));
      const titles = new Set(stored.rows.map((r) => r.title));
      const missing = [...acked.values()].filter((id) => !storedIds.has(id));
      const auditCount = new Map<string, number>();
      for (const r of audited.rows) auditCount.set(r.target_id, (auditCount.get(r.target_id) ?? 0) + 1);
      const withoutAudit = [...createdIds].filter((id) => !auditCount.has(id));
      // Committed, then killed before the answer: its row committed with it, so none may lack one.
      const unacknowledgedWithoutAudit = [...storedIds].filter((id) => !createdIds.has(id) && !auditCount.has(id));
      const auditedTwice = [...auditCount.values()].filter((n) => n > 1).length;
      console.info(
        `[FAULT-2] ${ROUNDS} SIGKILLs during bursts of ${WRITERS} writers: ${rounds.join('; ')}; ` +
          `${acked.size} acknowledged, ${stored.rows.length} stored, ${missing.length} acknowledged but missing, ` +
          `${stored.rows.length - titles.size} stored twice, ${withoutAudit.length} acknowledged as created without an audit row, ` +
          `${unacknowledgedWithoutAudit.length} committed but unanswered at a kill without one, ${auditedTwice} audited twice`,
      );
      expect(acked.size).toBeGreaterThan(ROUNDS * 20);
      expect(missing).toEqual([]);
      // Every write was retried until answered, so what is stored is exactly what was acknowledged, once.
      expect(stored.rows.length).toBe(acked.size);
      expect(titles.size).toBe(stored.rows.length);
      expect(withoutAudit).toEqual([]);
      expect(unacknowledgedWithoutAudit).toEqual([]);
      expect(auditedTwice).toBe(0);
    } finally {
      await handle.close();
    }
  }, 300_000);
});
