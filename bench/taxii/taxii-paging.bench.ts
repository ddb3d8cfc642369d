/**
 * TAXII object paging over 1,000,000 events (issue 15 s.2, TAXII-4/5): page latency through the real HTTP server
 * (auth, releasability, STIX export, JSON) on PostgreSQL, for a first page, pages deep in the collection reached
 * with added_after and with `next`, a sparse agreement collection and the manifest; the peer, measured in the
 * same run on the same data and viewer, is the REST API's own event page (GET /api/v1/events?limit=100).
 * Target: a page in < 100 ms. Writes bench/results/taxii.json.
 *
 *   BENCH_TAXII_ROWS=1000000   events to load
 *   BENCH_TAXII_RUNS=40        timed requests per case
 */
import { loadavg } from 'node:os';
import { openDatabase, sql } from '@tidewatch/db';
import { createTempPostgresDatabase } from '../../test/support/temp-postgres.ts';
import { startTestServer, testKey } from '../../test/support/server.ts';
import { writeResults } from '../support/results.ts';
import { percentile, round } from '../support/stats.ts';
import { agenciesSql, syntheticEventsSql } from '../trends/synthetic-events.ts';

const ROWS = Number(process.env.BENCH_TAXII_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_TAXII_RUNS ?? 40);
const BATCH = 100_000;
const TAXII = 'application/taxii+json;version=2.1';

interface Case {
  name: string;
  url: () => Promise<string>;
  accept?: string;
}

async function timed(
  url: string,
  headers: Record<string, string>,
): Promise<{ ms: number; status: number; body: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  const body = (await res.json()) as Record<string, unknown>;
  return { ms: performance.now() - started, status: res.status, body };
}

async function main(): Promise<void> {
  const temp = await createTempPostgresDatabase('bench_taxii');
  try {
    console.log(`PostgreSQL (127.0.0.1:5432, temporary database), ${ROWS.toLocaleString('en-US')} events`);
    const loader = await openDatabase({ databaseUrl: temp.url, dataDir: '', poolSize: 2, statementTimeoutMs: 600_000 });
    await loader.db.execute(agenciesSql());
    const loadStarted = performance.now();
    for (let first = 1; first <= ROWS; first += BATCH) {
      await loader.db.execute(syntheticEventsSql(first, Math.min(ROWS, first + BATCH - 1)));
      process.stdout.write(`\r  ${Math.min(ROWS, first + BATCH - 1).toLocaleString('en-US')} events loaded`);
    }
    // A bulk load commits in a few statements; a live deployment adds events one commit after another, so each
    // gets its own added_at (1 ms apart here), and the counter row follows them as the insert statement keeps it.
    await loader.db.execute(
      sql`UPDATE events SET added_at = timestamptz '2026-01-01 00:00:00+00' + seq * interval '1 millisecond'`,
    );
    await loader.db.execute(
      sql`UPDATE event_sequence SET value = ${ROWS}, added_at = (SELECT max(added_at) FROM events) WHERE id = 1`,
    );
    await loader.db.execute(sql`VACUUM ANALYZE events`);
    const loadSeconds = round((performance.now() - loadStarted) / 1000);
    console.log(`\n  loaded in ${loadSeconds} s`);
    const times = (await loader.db.execute(
      sql`SELECT to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at FROM events WHERE seq IN (${Math.floor(ROWS / 2)}, ${ROWS - 2000}) ORDER BY seq`,
    )) as unknown as { rows: { at: string }[] };
    await loader.close();
    const [middle, nearEnd] = times.rows.map((r) => r.at);

    const server = await startTestServer({ DATABASE_URL: temp.url, DATA_DIR: '/nonexistent', DATABASE_POOL_SIZE: 4 });
    try {
      const headers = { authorization: `Bearer ${testKey('CBP')}`, accept: TAXII };
      const root = `${server.url}/taxii2/tidewatch/`;
      const list = (await timed(`${root}collections/`, headers)).body.collections as { id: string; alias: string }[];
      const collection = (alias: string) => `${root}collections/${list.find((c) => c.alias === alias)?.id ?? ''}/`;
      const released = collection('released-to-cbp');
      const agreement = collection('agreement-jca-cbp-cmaa');
      const nextOf = async (url: string) => {
        const { body } = await timed(url, headers);
        return `${released}objects/?limit=100&next=${encodeURIComponent(String(body.next))}`;
      };
      const cases: Case[] = [
        { name: 'TAXII first page (limit 100)', url: async () => `${released}objects/?limit=100` },
        {
          name: 'TAXII page at 50% (added_after)',
          url: async () => `${released}objects/?limit=100&added_after=${middle}`,
        },
        { name: 'TAXII page at 50% (next)', url: () => nextOf(`${released}objects/?limit=100&added_after=${middle}`) },
        {
          name: 'TAXII page near the end (added_after)',
          url: async () => `${released}objects/?limit=100&added_after=${nearEnd}`,
        },
        {
          name: 'TAXII agreement collection page',
          url: async () => `${agreement}objects/?limit=100&added_after=${middle}`,
        },
        {
          name: 'TAXII manifest page (limit 100)',
          url: async () => `${released}manifest/?limit=100&added_after=${middle}`,
        },
        { name: 'TAXII page of 1000 objects', url: async () => `${released}objects/?limit=1000&added_after=${middle}` },
        { name: 'peer: REST /api/v1/events?limit=100', url: async () => `${server.url}/api/v1/events?limit=100` },
      ];
      const before = round(loadavg()[0] ?? 0, 2);
      const figures: { case: string; p50Ms: number; p99Ms: number; objects: number; runs: number }[] = [];
      for (const c of cases) {
        const url = await c.url();
        for (let i = 0; i < 3; i++) await timed(url, headers);
        const samples: number[] = [];
        let objects = 0;
        for (let i = 0; i < RUNS; i++) {
          const { ms, status, body } = await timed(url, headers);
          if (status !== 200) throw new Error(`${c.name}: ${status} ${JSON.stringify(body).slice(0, 200)}`);
          objects = ((body.objects ?? body.items ?? []) as unknown[]).length;
          samples.push(ms);
        }
        samples.sort((a, b) => a - b);
        const figure = {
          case: c.name,
          p50Ms: round(percentile(samples, 50)),
          p99Ms: round(percentile(samples, 99)),
          objects,
          runs: RUNS,
        };
        figures.push(figure);
        console.log(
          `  ${c.name.padEnd(42)} p50 ${String(figure.p50Ms).padStart(6)} ms  p99 ${String(figure.p99Ms).padStart(6)} ms  (${objects} objects)`,
        );
      }
      const peer = figures.at(-1)?.p50Ms ?? Number.NaN;
      const first = figures[0]?.p50Ms ?? Number.NaN;
      const results = {
        backend: 'postgres',
        events: ROWS,
        loadSeconds,
        viewer: 'CBP (releasability applied)',
        targetMs: 100,
        loadAverage: [before, round(loadavg()[0] ?? 0, 2)],
        figures,
        ratioFirstPageToRestPage: round(first / peer, 2),
        withinTarget: figures.filter((f) => !f.case.includes('1000 objects')).every((f) => f.p99Ms < 100),
      };
      console.log(
        `  TAXII first page / REST page (p50): ${results.ratioFirstPageToRestPage}; load average ${results.loadAverage.join(' -> ')}`,
      );
      console.log(`  wrote ${writeResults('taxii', results)}`);
    } finally {
      await server.close();
    }
  } finally {
    await temp.drop();
  }
}

await main();
