/**
 * STIX exchange throughput (issue 15 s.1, XCH-*): a 10,000-event export (GET /api/v1/stix/export) from one
 * deployment and its import (POST /api/v1/stix/import) into another, each a real server on embedded PGlite,
 * in objects/s and events/s. Peer, measured in the same run: the same events through the raw REST create path
 * (POST /api/v1/events, one event per request, 32 in flight). Writes bench/results/stix-exchange.json.
 *
 *   BENCH_STIX_EVENTS=10000   events to create, export and import
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import type { EventInput, StixImportResult } from '@tidewatch/contracts';
import { uuidV7 } from '@tidewatch/domain';
import type { RunningServer } from '@tidewatch/server';
import type { StixBundle } from '@tidewatch/stix';
import { createTempDir } from '../../test/support/temp-dir.ts';
import { startTestServer, testKey } from '../../test/support/server.ts';
import { writeResults } from '../support/results.ts';
import { round } from '../support/stats.ts';

const EVENTS = Number(process.env.BENCH_STIX_EVENTS ?? 10_000);
const IN_FLIGHT = 32;
const auth = { authorization: `Bearer ${testKey('JCA')}` };

const LABELS: EventInput['releasability'][] = [
  { tlp: 'GREEN', recipients: [] },
  { tlp: 'AMBER', recipients: ['CBP'] },
  { tlp: 'AMBER+STRICT', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
  { tlp: 'RED', recipients: ['USCG'] },
];

/** Client ids, so a request retried after a reset connection stores its event once (REL-12). */
const RUN_IDS = Array.from({ length: EVENTS }, (_, i) => uuidV7(Date.UTC(2026, 10, 1) + i, randomBytes(10)));

function eventAt(i: number): EventInput {
  return {
    id: RUN_IDS[i],
    kind: i % 3 === 0 ? 'seizure' : 'interdiction',
    title: `Bench event ${i}`,
    summary: 'STIX exchange benchmark',
    occurredAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    position: { lat: 15 + (i % 500) / 100, lon: -80 + (i % 700) / 100 },
    ownerAgency: 'JCA',
    releasability: LABELS[i % LABELS.length] ?? { tlp: 'GREEN', recipients: [] },
    severity: 1 + (i % 5),
    ...(i % 3 === 0 ? { seizure: { commodity: 'cocaine', quantity: 10 + i, unit: 'kg' } } : {}),
  } as EventInput;
}

/** On a loaded machine a kept-alive connection is now and then reset: retried, the client id keeps it once. */
async function postWithRetry(server: RunningServer, event: EventInput): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${server.url}/api/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(event),
      });
      if (res.status !== 201 && res.status !== 200)
        throw new Error(`REST create answered ${res.status}: ${await res.text()}`);
      return;
    } catch (error) {
      if (attempt >= 3 || !(error instanceof TypeError)) throw error;
    }
  }
}

/** The peer: every event through POST /api/v1/events, IN_FLIGHT at a time. */
async function restCreate(server: RunningServer): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < EVENTS) {
        const i = next++;
        await postWithRetry(server, eventAt(i));
      }
    }),
  );
  return performance.now() - started;
}

async function main(): Promise<void> {
  const load = [loadavg()[0] ?? 0];
  const here = createTempDir('bench-stix-here');
  const there = createTempDir('bench-stix-there');
  const source = await startTestServer({ DATA_DIR: here.path });
  const target = await startTestServer({ DATA_DIR: there.path });
  try {
    console.log(`  creating ${EVENTS} events through REST (the peer)…`);
    const restMs = await restCreate(source);

    console.log('  exporting them as one STIX bundle…');
    const exportStarted = performance.now();
    const res = await fetch(`${source.url}/api/v1/stix/export`, { headers: auth });
    const text = await res.text();
    const exportMs = performance.now() - exportStarted;
    if (res.status !== 200) throw new Error(`export answered ${res.status}: ${text.slice(0, 300)}`);
    const bundle = JSON.parse(text) as StixBundle;
    const incidents = bundle.objects.filter((o) => o.type === 'incident').length;

    console.log(`  importing the bundle (${bundle.objects.length} objects, ${round(text.length / 2 ** 20)} MiB)…`);
    const importStarted = performance.now();
    const answer = await fetch(`${target.url}/api/v1/stix/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: text,
    });
    const result = (await answer.json()) as StixImportResult;
    const importMs = performance.now() - importStarted;
    if (answer.status !== 200) throw new Error(`import answered ${answer.status}: ${JSON.stringify(result)}`);
    if (result.counts.created !== incidents) throw new Error(`import created ${result.counts.created} of ${incidents}`);
    load.push(loadavg()[0] ?? 0);

    const perSecond = (n: number, ms: number) => round((n * 1000) / ms);
    const figures = {
      events: EVENTS,
      bundleObjects: bundle.objects.length,
      bundleMiB: round(text.length / 2 ** 20),
      restCreate: { ms: round(restMs), eventsPerSecond: perSecond(EVENTS, restMs), inFlight: IN_FLIGHT },
      stixExport: {
        ms: round(exportMs),
        objectsPerSecond: perSecond(bundle.objects.length, exportMs),
        eventsPerSecond: perSecond(incidents, exportMs),
      },
      stixImport: {
        ms: round(importMs),
        objectsPerSecond: perSecond(bundle.objects.length, importMs),
        eventsPerSecond: perSecond(incidents, importMs),
        counts: result.counts,
      },
      importVsRestCreate: round(importMs > 0 ? restMs / importMs : 0),
      exportVsRestCreate: round(exportMs > 0 ? restMs / exportMs : 0),
      loadAverage1m: load.map(round),
      backend: 'pglite (worker thread), both servers in this process',
    };
    console.table({
      'REST create (peer)': { ms: figures.restCreate.ms, 'events/s': figures.restCreate.eventsPerSecond },
      'STIX export': { ms: figures.stixExport.ms, 'events/s': figures.stixExport.eventsPerSecond },
      'STIX import': { ms: figures.stixImport.ms, 'events/s': figures.stixImport.eventsPerSecond },
    });
    console.log(
      `  import ${figures.importVsRestCreate}x the REST create path; load average ${load.map(round).join(' → ')}`,
    );
    console.log(`  wrote ${writeResults('stix-exchange', figures)}`);
  } finally {
    await source.close();
    await target.close();
    here.remove();
    there.remove();
  }
}

await main();
