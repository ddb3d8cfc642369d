import type { InsertResult, NewEvent } from '@tidewatch/db';

type InsertMany = (rows: NewEvent[]) => Promise<InsertResult[]>;

interface Waiting {
  rows: NewEvent[];
  resolve(results: InsertResult[]): void;
  reject(err: unknown): void;
}

const MAX_BATCH_ROWS = 1000;

/**
 * Group commit. Every event insert is a transaction that ends in a commit (a disk flush on PostgreSQL, a
 * WAL write on PGlite), which caps one-at-a-time ingest at a few hundred a second. Writes that arrive
 * while a transaction is running wait and go together in the next one, so throughput grows with load
 * while a lone write still goes at once.
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
      const results = await insertMany(batch.flatMap((w) => w.rows));
      let offset = 0;
      for (const waiting of batch) {
        waiting.resolve(results.slice(offset, offset + waiting.rows.length));
        offset += waiting.rows.length;
      }
    } catch (err) {
      if (batch.length === 1) {
        batch[0]?.reject(err);
        return;
      }
      // One bad submission must not sink the others that shared its transaction: retry them one by one.
      for (const waiting of batch) await commit([waiting]);
    }
  }

  return (rows) =>
    new Promise<InsertResult[]>((resolve, reject) => {
      queue.push({ rows, resolve, reject });
      if (!running) {
        running = true;
        // Start on the next check phase, not now: the embedded database answers through microtasks only,
        // so a transaction begun here would finish before the other requests that arrived in this same
        // I/O phase are even parsed, and every batch would hold one write (measured: ~130 POST/s).
        setImmediate(() => void flush());
      }
    });
}
