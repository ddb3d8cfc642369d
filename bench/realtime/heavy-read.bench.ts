/**
 * Does a long query on the embedded database stall the rest of the server? A reader asks for the 3-year
 * monthly seizure trend back to back (what a commander's trends screen does) over a PGlite database of
 * synthetic events, while a prober asks `/healthz` every 20 ms: its answer time is the event loop's delay,
 * which every socket write, AIS line and HTTP answer waits behind. Same run, same database copy, two ways:
 * PGlite in its worker thread (the default) and PGlite on the event loop (`PGLITE_THREAD=main`, the peer).
 *
 *   pnpm bench heavy-read     (or: npx tsx bench/realtime/heavy-read.bench.ts)
 *   BENCH_HEAVY_ROWS=300000 events to load; BENCH_REPEAT=3 runs per mode; BENCH_QUICK=1 for a short run.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKeyRepository, openDatabase, sql } from '@tidewatch/db';
import { sha256 } from '../../apps/server/src/auth/tokens.ts';
import { spawnServer } from '../support/spawn-server.ts';
import { writeResults } from '../support/results.ts';
import { percentile, round, startStealMeter } from '../support/stats.ts';
import { agenciesSql, syntheticEventsSql } from '../trends/synthetic-events.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const ROWS = Number(process.env.BENCH_HEAVY_ROWS ?? (QUICK ? 100_000 : 300_000));
const SECONDS = QUICK ? 4 : 10;
const REPEAT = Number(process.env.BENCH_REPEAT ?? (QUICK ? 1 : 3));
const PROBE_EVERY_MS = 20;
const KEY = 'tw_key_bench_cbp_0123456789';
// The synthetic events span 2024-2026; CBP reads what was released to it (releasability applies).
const TREND_PATH = '/api/v1/trends/seizures/over-time?from=2024-01-01T00:00:00Z&to=2027-01-01T00:00:00Z&bucket=month';

/** Separate kept-alive agents: the prober must never queue behind the reader's connection. */
function getter(origin: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (path: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const req = http.get(`${origin}${path}`, { agent, headers: { authorization: `Bearer ${KEY}` } }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`${path}: HTTP ${res.statusCode}`)),
        );
      });
      req.on('error', reject);
    });
}

/** One PGlite folder with the agencies, the bench key and ROWS events, copied for every run. */
async function buildTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-heavy-'));
  const handle = await openDatabase({ dataDir: dir });
  try {
    await handle.db.execute(agenciesSql());
    await createApiKeyRepository(handle.db).upsertByHash({
      agencyCode: 'CBP',
      kind: 'api',
      name: 'bench',
      prefix: 'tw_key_bench',
      keyHash: sha256(KEY),
      scopes: ['events:read'],
    });
    for (let first = 1; first <= ROWS; first += 50_000)
      await handle.db.execute(syntheticEventsSql(first, Math.min(ROWS, first + 49_999)));
    // As after autovacuum in steady state: the trend reads its covering index alone.
    await handle.db.execute(sql`VACUUM ANALYZE events`);
  } finally {
    await handle.close();
  }
  return dir;
}

async function measure(template: string, thread: 'worker' | 'main') {
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-heavy-run-'));
  cpSync(template, dir, { recursive: true });
  const server = await spawnServer({ DATA_DIR: dir, PGLITE_THREAD: thread }, 18_600);
  try {
    const read = getter(server.url);
    const probe = getter(server.url);
    for (let i = 0; i < 2; i++) await read(TREND_PATH);
    const stolen = startStealMeter();
    const deadline = performance.now() + SECONDS * 1000;
    const queryMs: number[] = [];
    const probeMs: number[] = [];
    const reader = (async () => {
      while (performance.now() < deadline) queryMs.push(await read(TREND_PATH));
    })();
    const prober = (async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        probeMs.push(await probe('/healthz'));
        await new Promise((r) => setTimeout(r, Math.max(0, PROBE_EVERY_MS - (performance.now() - started))));
      }
    })();
    await Promise.all([reader, prober]);
    const sortedProbes = [...probeMs].sort((a, b) => a - b);
    const sortedQueries = [...queryMs].sort((a, b) => a - b);
    return {
      thread,
      trendQueries: queryMs.length,
      trendQueryMedianMs: round(percentile(sortedQueries, 50)),
      probes: probeMs.length,
      healthzP50Ms: round(percentile(sortedProbes, 50)),
      healthzP99Ms: round(percentile(sortedProbes, 99)),
      healthzMaxMs: round(sortedProbes.at(-1) ?? Number.NaN),
      stealPercent: stolen(),
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`loading ${ROWS.toLocaleString('en-US')} synthetic events into a PGlite template folder...`);
const loadStarted = performance.now();
const template = await buildTemplate();
console.log(`loaded in ${round((performance.now() - loadStarted) / 1000)} s`);
const runs: Awaited<ReturnType<typeof measure>>[] = [];
try {
  // Interleaved, so that a noisy minute on the host falls on both modes rather than one.
  for (let run = 1; run <= REPEAT; run++) {
    for (const thread of ['worker', 'main'] as const) {
      const r = await measure(template, thread);
      runs.push(r);
      console.log(
        `PGlite on ${thread.padEnd(6)} (run ${run}/${REPEAT}): /healthz p50 ${r.healthzP50Ms} ms  p99 ${r.healthzP99Ms} ms  max ${r.healthzMaxMs} ms` +
          ` (${r.probes} probes);  trend queries ${r.trendQueries}, median ${r.trendQueryMedianMs} ms;  steal ${r.stealPercent}%`,
      );
    }
  }
} finally {
  rmSync(template, { recursive: true, force: true });
}
const medianOf = (thread: string, pick: (r: (typeof runs)[number]) => number) =>
  percentile(
    runs
      .filter((r) => r.thread === thread)
      .map(pick)
      .sort((a, b) => a - b),
    50,
  );
const summary = {
  events: ROWS,
  seconds: SECONDS,
  workerHealthzP99Ms: medianOf('worker', (r) => r.healthzP99Ms),
  mainHealthzP99Ms: medianOf('main', (r) => r.healthzP99Ms),
  workerTrendQueryMs: medianOf('worker', (r) => r.trendQueryMedianMs),
  mainTrendQueryMs: medianOf('main', (r) => r.trendQueryMedianMs),
};
const ratio = round(summary.mainHealthzP99Ms / summary.workerHealthzP99Ms);
console.log(
  `median over runs: /healthz p99 ${summary.workerHealthzP99Ms} ms with PGlite in its worker, ${summary.mainHealthzP99Ms} ms on the event loop` +
    ` (${ratio}x); trend query ${summary.workerTrendQueryMs} ms vs ${summary.mainTrendQueryMs} ms`,
);
console.log(
  `wrote ${writeResults('heavy-read', { summary: { ...summary, healthzP99RatioMainToWorker: ratio }, runs })}`,
);
process.exit(0);
