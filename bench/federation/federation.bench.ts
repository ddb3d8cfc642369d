/**
 * Federation throughput and lag between two deployments on this machine (issue 15: >= 1,000 events/s sustained,
 * lag p99 < 2 s). Jamaica writes events released to CBP at a fixed rate through the ingest verb; the United
 * States pulls them over real HTTP (long poll, pages of FEDERATION_PAGE_SIZE). Lag = the commit of an event at
 * the receiver minus its commit at the sender (one process, one clock). The peer, measured in the same run, is
 * the sender's own ingest: the rate at which Jamaica committed the same events locally.
 *
 * Both deployments run in this one process (each embedded database in its own worker thread), so they share
 * one event loop: a harder setting than two machines.
 *   BENCH_RATE=1000 BENCH_SECONDS=15 pnpm bench federation
 */
import { loadavg } from 'node:os';
import { createFederationRepository, sql } from '@tidewatch/db';
import type { EventInput } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { ingestEvents } from '../../apps/server/src/services/events/ingest-events.ts';
import type { RequestContext } from '../../apps/server/src/services/context.ts';
import { addPartner, adminOf, CMAA, JM_AGENCIES, startDeployment, US_AGENCIES } from '../../test/support/federation.ts';
import { createTempDir } from '../../test/support/temp-dir.ts';
import { writeResults } from '../support/results.ts';
import { percentile, round } from '../support/stats.ts';

const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TICK_MS = 50;

function systemCtx(server: RunningServer): RequestContext {
  return {
    ...server.ctx,
    actor: { kind: 'system', id: 'system', name: 'system', agency: 'SYSTEM' },
    viewer: { agency: 'SYSTEM', groups: new Set() },
  };
}

function event(i: number): EventInput {
  return {
    kind: 'seizure',
    title: `bench federation ${i}`,
    occurredAt: '2026-11-20T14:05:00Z',
    position: { lat: 17.97, lon: -76.79 },
    ownerAgency: i % 2 === 0 ? 'JCA' : 'JCF',
    releasability: i % 2 === 0 ? { tlp: 'AMBER', recipients: ['CBP'] } : { tlp: 'RED', recipients: ['USCG'] },
    severity: 3,
    seizure: { commodity: 'cash', quantity: i + 1, unit: 'USD' },
  };
}

async function main(): Promise<void> {
  const jmDir = createTempDir('bench-fed-jm');
  const usDir = createTempDir('bench-fed-us');
  const jm = await startDeployment({
    id: 'jm',
    dataDir: jmDir.path,
    hosts: JM_AGENCIES,
    remote: { us: US_AGENCIES },
    groups: [CMAA],
  });
  const us = await startDeployment({
    id: 'us',
    dataDir: usDir.path,
    hosts: US_AGENCIES,
    remote: { jm: JM_AGENCIES },
    groups: [CMAA],
    config: { FEDERATION_LONG_POLL_MS: 20_000 },
  });
  await addPartner(await adminOf(jm, 'JCA'), 'jm', { id: 'us', name: 'United States', url: us.url });
  await addPartner(await adminOf(us, 'CBP'), 'us', { id: 'jm', name: 'Jamaica', url: jm.url });
  const load = loadavg();
  const ctx = systemCtx(jm);
  const committedAt = new Map<string, number>();
  const total = RATE * SECONDS;
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
  const started = performance.now();
  const epoch = Date.now() - started;
  const writes: Promise<void>[] = [];
  for (let i = 0; i < total; i += perTick) {
    const wait = started + (i / RATE) * 1000 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const inputs = Array.from({ length: Math.min(perTick, total - i) }, (_, k) => event(i + k));
    writes.push(
      ingestEvents({ ctx, inputs }).then((results) => {
        const at = performance.now();
        for (const r of results) committedAt.set(r.event.id, at);
      }),
    );
  }
  await Promise.all(writes);
  const sentMs = performance.now() - started;
  const usRepo = createFederationRepository(us.database.db);
  const deadline = performance.now() + 120_000;
  let arrived = 0;
  while (performance.now() < deadline) {
    arrived = await us.ctx.events.count({ text: 'bench' });
    if (arrived >= total) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const rows = (await us.database.db.execute(
    sql`SELECT id, received_at FROM events WHERE origin_deployment = 'jm' AND title LIKE 'bench federation %'`,
  )) as unknown as { rows: { id: string; received_at: string | Date }[] };
  const lags: number[] = [];
  let lastArrival = 0;
  for (const row of rows.rows) {
    const sent = committedAt.get(row.id);
    const receivedAt = new Date(row.received_at).getTime() - epoch;
    lastArrival = Math.max(lastArrival, receivedAt - started);
    if (sent !== undefined) lags.push(receivedAt - sent);
  }
  lags.sort((a, b) => a - b);
  const link = await usRepo.get('jm');
  const results = {
    conditions: {
      rate: RATE,
      seconds: SECONDS,
      loadAverageAtStart: load.map((l) => round(l, 2)),
      loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
    },
    sent: total,
    arrived: rows.rows.length,
    duplicates: rows.rows.length - new Set(rows.rows.map((r) => r.id)).size,
    peerLocalIngestPerSecond: round(total / (sentMs / 1000)),
    federatedPerSecond: round(rows.rows.length / (lastArrival / 1000)),
    ratioToLocalIngest: round(rows.rows.length / (lastArrival / 1000) / (total / (sentMs / 1000)), 2),
    lagMs: {
      p50: round(percentile(lags, 50)),
      p90: round(percentile(lags, 90)),
      p99: round(percentile(lags, 99)),
      max: round(lags.at(-1) ?? Number.NaN),
    },
    receiverCursor: link?.cursor,
    receiverLastError: link?.lastError ?? null,
  };
  console.log(JSON.stringify(results, null, 2));
  console.log(`results written to ${writeResults('federation', results)}`);
  await Promise.all([jm.close(), us.close()]);
  jmDir.remove();
  usDir.remove();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
