import type { CreateAuditRows, InsertResult, NewAuditRow, NewEvent } from '@tidewatch/db';
import { refusedByDatabase, refusedForm } from '../audit-refusal.ts';

/** Stores events with the `event.create` audit row of each one created, in one transaction (FAULT-2). */
type InsertMany = (rows: NewEvent[], createAudit?: CreateAuditRows) => Promise<InsertResult[]>;

interface Waiting {
  rows: NewEvent[];
  createAudit: CreateAuditRows | undefined;
  resolve(results: InsertResult[]): void;
  reject(err: unknown): void;
}

const MAX_BATCH_ROWS = 1000;

/**
 * The audit rows of a batch: for an id submitted twice, only the submission holding its first copy (the one
 * stored) may audit it, so another submitter's row never lands on an event it did not create.
 */
function batchAudit(batch: readonly Waiting[]): CreateAuditRows {
  const audit = new Map<string, NewAuditRow>();
  const seen = new Set<string>();
  for (const waiting of batch) {
    for (const row of waiting.rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const auditRow = waiting.createAudit?.get(row.id);
      if (auditRow) audit.set(row.id, auditRow);
    }
  }
  return audit;
}

/**
 * Group commit. Every event insert is a transaction that ends in a commit (a disk flush on PostgreSQL, a
 * WAL write on PGlite), which caps one-at-a-time ingest at a few hundred a second. Writes that arrive
 * while a transaction is running wait and go together in the next one, so throughput grows with load
 * while a lone write still goes at once. Their audit rows ride in the same transaction: one commit answers
 * both, so an acknowledged event always has its row and an unacknowledged one costs no extra write.
 */
export function createInsertBatcher(insertMany: InsertMany): InsertMany {
  const queue: Waiting[] = [];
  let running = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch: Waiting[] = [];
      let rows = 0;
      while (queue.length > 0 && (batch.length === 0 || rows + (queue[0]?.rows.length ?? 0) <= MAX_BATCH_ROWS)) {
        const next = queue.shift();
        if (!next) break;
        batch.push(next);
        rows += next.rows.length;
      }
      await commit(batch);
    }
    running = false;
  }

  async function commit(batch: Waiting[]): Promise<void> {
    try {
      const results = await insertMany(
        batch.flatMap((w) => w.rows),
        batchAudit(batch),
      );
      let offset = 0;
      for (const waiting of batch) {
        waiting.resolve(results.slice(offset, offset + waiting.rows.length));
        offset += waiting.rows.length;
      }
    } catch (err) {
      const [only] = batch;
      if (batch.length === 1 && only) {
        await commitAlone(only, err);
        return;
      }
      // One bad submission must not sink the others that shared its transaction: retry them one by one.
      for (const waiting of batch) await commit([waiting]);
    }
  }

  /**
   * AUD-3: a submission whose audit row the database refuses even cleaned goes again with that row reduced
   * to who, what and when; if that is refused too, the events themselves are at fault and the write fails.
   */
  async function commitAlone(waiting: Waiting, err: unknown): Promise<void> {
    const state = refusedByDatabase(err);
    if (state === undefined || !waiting.createAudit || waiting.createAudit.size === 0) {
      waiting.reject(err);
      return;
    }
    const reduced = new Map<string, NewAuditRow>();
    for (const [id, row] of waiting.createAudit) reduced.set(id, refusedForm(row, state));
    try {
      waiting.resolve(await insertMany(waiting.rows, reduced));
    } catch (again) {
      waiting.reject(again);
    }
  }

  return (rows, createAudit) =>
    new Promise<InsertResult[]>((resolve, reject) => {
      queue.push({ rows, createAudit, resolve, reject });
      if (!running) {
        running = true;
        // Start on the next check phase, not now: the embedded database answers through microtasks only,
        // so a transaction begun here would finish before the other requests that arrived in this same
        // I/O phase are even parsed, and every batch would hold one write (measured: ~130 POST/s).
        setImmediate(() => void flush());
      }
    });
}
