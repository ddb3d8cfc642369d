/**
 * Seizure trend queries over 1,000,000 events (issue 6): per query time on PostgreSQL (target < 300 ms) and
 * on embedded PGlite (target < 1 s), through the repository the API uses, as the viewer CBP (releasability
 * applied). Writes bench/results/trends.json.
 *
 *   BENCH_TRENDS_ROWS=1000000        events to load (both backends)
 *   BENCH_PGLITE_BUDGET_S=420        PGlite load stops when over budget; figures are then measured at the size
 *                                    reached and also extrapolated linearly to BENCH_TRENDS_ROWS (labelled so)
 *   BENCH_TRENDS_ONLY=postgres|pglite
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, sql, type DatabaseHandle } from '@tidewatch/db';
import { createTempPostgresDatabase } from '../../test/support/temp-postgres.ts';
import { writeResults } from '../support/results.ts';
import { percentile, round } from '../support/stats.ts';
import { agenciesSql, syntheticEventsSql } from './synthetic-events.ts';
import { trendCases } from './trend-queries.ts';

const TARGET_ROWS = Number(process.env.BENCH_TRENDS_ROWS ?? 1_000_000);
const PGLITE_BUDGET_MS = Number(process.env.BENCH_PGLITE_BUDGET_S ?? 420) * 1000;
const ONLY = process.env.BENCH_TRENDS_ONLY;

interface QueryFigure {
  query: string;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  rows: number;
  /** Linear extrapolation to TARGET_ROWS when fewer rows were loaded; absent when measured at full size. */
  extrapolatedMedianMs?: number;
  withinTarget: boolean;
}

interface BackendFigures {
  backend: 'postgres' | 'pglite';
  eventsLoaded: number;
  seizures: number;
  loadSeconds: number;
  loadRowsPerSecond: number;
  targetMs: number;
  measuredAtFullSize: boolean;
  /** 1-minute load average before and after the queries: other work on the machine inflates the figures. */
  loadAverage: [number, number];
  queries: QueryFigure[];
}

async function load(handle: DatabaseHandle, batch: number, budgetMs: number): Promise<{ rows: number; ms: number }> {
  await handle.db.execute(agenciesSql());
  const started = performance.now();
  let rows = 0;
  while (rows < TARGET_ROWS && performance.now() - started < budgetMs) {
    const last = Math.min(TARGET_ROWS, rows + batch);
    await handle.db.execute(syntheticEventsSql(rows + 1, last));
    rows = last;
    process.stdout.write(
      `\r  ${handle.kind}: ${rows.toLocaleString('en-US')} events loaded in ${round((performance.now() - started) / 1000)} s`,
    );
  }
  process.stdout.write('\n');
  // Autovacuum does this on a live table; after a bulk load it is done by hand so the visibility map lets the
  // trends read the covering index alone (index-only scans), as they do in steady state.
  await handle.db.execute(sql`VACUUM ANALYZE events`);
  return { rows, ms: performance.now() - started };
}

async function measure(
  handle: DatabaseHandle,
  loaded: number,
  targetMs: number,
  warmups: number,
  runs: number,
): Promise<QueryFigure[]> {
  const figures: QueryFigure[] = [];
  for (const c of trendCases(handle.db)) {
    let rows = 0;
    for (let i = 0; i < warmups; i++) await c.run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const result = await c.run();
      times.push(performance.now() - t);
      rows = Array.isArray(result) ? result.length : 0;
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 50);
    const extrapolated = loaded < TARGET_ROWS ? round((median * TARGET_ROWS) / loaded) : undefined;
    figures.push({
      query: c.name,
      medianMs: round(median),
      p95Ms: round(percentile(times, 95)),
      maxMs: round(times.at(-1) ?? Number.NaN),
      rows,
      ...(extrapolated === undefined ? {} : { extrapolatedMedianMs: extrapolated }),
      withinTarget: (extrapolated ?? median) < targetMs,
    });
    const f = figures.at(-1);
    if (f)
      console.log(
        `  ${c.name.padEnd(46)} median ${String(f.medianMs).padStart(7)} ms  p95 ${String(f.p95Ms).padStart(7)} ms${extrapolated === undefined ? '' : `  (extrapolated to ${TARGET_ROWS.toLocaleString('en-US')}: ${extrapolated} ms)`}`,
      );
  }
  return figures;
}

async function seizureCount(handle: DatabaseHandle): Promise<number> {
  const result = (await handle.db.execute(
    sql`SELECT count(*)::int AS n FROM events WHERE kind = 'seizure'`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

async function benchPostgres(): Promise<BackendFigures> {
  console.log(`PostgreSQL (127.0.0.1:5432, temporary database), ${TARGET_ROWS.toLocaleString('en-US')} events`);
  const temp = await createTempPostgresDatabase('bench_trends');
  const handle = await openDatabase({ databaseUrl: temp.url, dataDir: '', poolSize: 2 });
  try {
    const { rows, ms } = await load(handle, 100_000, Number.POSITIVE_INFINITY);
    const before = round(loadavg()[0] ?? 0, 2);
    const queries = await measure(handle, rows, 300, 2, 9);
    return {
      loadAverage: [before, round(loadavg()[0] ?? 0, 2)],
      backend: 'postgres',
      eventsLoaded: rows,
      seizures: await seizureCount(handle),
      loadSeconds: round(ms / 1000),
      loadRowsPerSecond: Math.round(rows / (ms / 1000)),
      targetMs: 300,
      measuredAtFullSize: rows >= TARGET_ROWS,
      queries,
    };
  } finally {
    await handle.close();
    await temp.drop();
  }
}

async function benchPglite(): Promise<BackendFigures> {
  console.log(
    `PGlite (embedded, temporary folder), up to ${TARGET_ROWS.toLocaleString('en-US')} events within ${PGLITE_BUDGET_MS / 1000} s of loading`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-trends-'));
  const handle = await openDatabase({ dataDir: dir });
  try {
    const { rows, ms } = await load(handle, 50_000, PGLITE_BUDGET_MS);
    const before = round(loadavg()[0] ?? 0, 2);
    const queries = await measure(handle, rows, 1000, 1, 5);
    return {
      loadAverage: [before, round(loadavg()[0] ?? 0, 2)],
      backend: 'pglite',
      eventsLoaded: rows,
      seizures: await seizureCount(handle),
      loadSeconds: round(ms / 1000),
      loadRowsPerSecond: Math.round(rows / (ms / 1000)),
      targetMs: 1000,
      measuredAtFullSize: rows >= TARGET_ROWS,
      queries,
    };
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: BackendFigures[] = [];
if (ONLY !== 'pglite') results.push(await benchPostgres());
if (ONLY !== 'postgres') results.push(await benchPglite());
for (const r of results) {
  const slow = r.queries.filter((q) => !q.withinTarget).map((q) => q.query);
  console.log(
    `${r.backend} (load average ${r.loadAverage.join(' -> ')} on ${String(cpus().length)} CPUs): ${r.eventsLoaded.toLocaleString('en-US')} events (${r.seizures.toLocaleString('en-US')} seizures), loaded at ${r.loadRowsPerSecond.toLocaleString('en-US')} rows/s; ${slow.length === 0 ? `every query under ${r.targetMs} ms` : `over ${r.targetMs} ms: ${slow.join(', ')}`}${r.measuredAtFullSize ? '' : ' (extrapolated, see extrapolatedMedianMs)'}`,
  );
}
console.log(
  `wrote ${writeResults('trends', { targetRows: TARGET_ROWS, viewer: 'CBP + jca-cbp-cmaa', timeZone: 'America/Jamaica', backends: results })}`,
);
