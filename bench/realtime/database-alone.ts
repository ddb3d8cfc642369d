import { sql } from 'drizzle-orm';
import type { Db } from '@tidewatch/db';

/**
 * The peer every Tidewatch figure is read against: the database alone, committing one small row per event
 * at the same rate, fired on the same schedule (so a stalled commit delays the ones behind it, as it does
 * for the server). No Tidewatch write can be acknowledged sooner than its commit is durable, so this is the
 * floor under the ingest -> delivery latency on this machine.
 */
export async function measureDatabaseAlone(db: Db, ratePerSecond: number, seconds: number): Promise<number[]> {
  await db.execute(
    sql`CREATE TABLE IF NOT EXISTS bench_commit_probe (id bigserial PRIMARY KEY, sent_at double precision NOT NULL)`,
  );
  const latencies: number[] = [];
  const total = ratePerSecond * seconds;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / ratePerSecond - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sent = performance.now();
    inflight.push(
      db
        .execute(sql`INSERT INTO bench_commit_probe (sent_at) VALUES (${sent})`)
        .then(() => void latencies.push(performance.now() - sent)),
    );
  }
  await Promise.all(inflight);
  return latencies;
}
