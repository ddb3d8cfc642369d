/**
 * Memory of the demo server over time (issue 13): a real server process with DEMO=on, sampled from inside
 * (the preloaded probe: RSS, JS heap, external buffers) and held to a budget of 400 MB RSS.
 *
 * An hour of the demo is run accelerated: DEMO_SPEED (default 12) ages the simulated world 12x faster, so
 * every time-based buffer (tracks, detector windows, the lost-vessel sweep, AIS gaps) reaches the state an
 * hour of real time would give it in 5 minutes, and DEMO_INTERVAL_MS (default 4000 / 12) adds live events at
 * the same 12x rate. The AIS message rate stays that of a 1x world (the simulator stretches reporting
 * intervals), so the decoder, picture and track store see their normal load.
 *   BENCH_MEMORY_MINUTES (default 5) wall minutes to run; BENCH_MEMORY_SPEED (default 12) acceleration.
 * Short mode: BENCH_MEMORY_MINUTES=5 at the default speed 12 is one simulated hour (5 x 12 = 60 minutes).
 * The peer, run after it for the same minutes: the same server on the same kind of data folder with the
 * demo off (BENCH_MEMORY_PEER=0 skips it), so the demo's own share of RSS is the difference.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from '../support/results.ts';

const minutes = Number(process.env.BENCH_MEMORY_MINUTES ?? 5);
const speed = Number(process.env.BENCH_MEMORY_SPEED ?? 12);
const BUDGET_MB = 400;
const dir = mkdtempSync(join(tmpdir(), 'tw-memory-'));
const probe = fileURLToPath(new URL('./probe.mjs', import.meta.url));
process.env.BENCH_SERVER_NODE_ARGS = `${process.env.BENCH_SERVER_NODE_ARGS ?? ''} --import ${probe}`;
// Imported after the line above: spawn-server reads the server's Node.js flags when it loads.
const { spawnServer } = await import('../support/spawn-server.ts');

interface Sample {
  t: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const mb = (b: number): number => Math.round(b / 2 ** 20);

/** Runs one server for `minutes`, sampling its memory, and answers the probe's samples. */
async function run(label: string, env: Record<string, string>): Promise<Sample[]> {
  const probeFile = join(dir, `probe-${label}.ndjson`);
  const server = await spawnServer(
    {
      ...env,
      DATA_DIR: join(dir, `data-${label}`),
      MEMORY_PROBE_FILE: probeFile,
      MEMORY_PROBE_MS: process.env.MEMORY_PROBE_MS ?? '5000',
      LOG_LEVEL: 'warn',
    },
    18_000 + Math.floor(Math.random() * 20_000),
    // A first start seeds 90 days of demo history before it is ready: minutes on a busy machine.
    10 * 60_000,
  );
  const started = Date.now();
  while (Date.now() - started < minutes * 60_000) {
    await new Promise((r) => setTimeout(r, 30_000));
    if (!existsSync(probeFile)) continue;
    const lines = readFileSync(probeFile, 'utf8').trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as Sample;
    console.log(
      `${label} ${Math.round((Date.now() - started) / 1000)} s: rss ${mb(last.rss)} MB, heap ${mb(last.heapUsed)}/${mb(last.heapTotal)} MB, external ${mb(last.external)} MB, arrayBuffers ${mb(last.arrayBuffers)} MB`,
    );
  }
  await server.stop();
  return readFileSync(probeFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Sample);
}

const loadAtStart = loadavg();
const samples = await run('demo', {
  DEMO: 'on',
  DEMO_SPEED: String(speed),
  DEMO_INTERVAL_MS: String(Math.max(50, Math.round(4000 / speed))),
});
const peerSamples = process.env.BENCH_MEMORY_PEER === '0' ? [] : await run('demo-off', { DEMO: 'off' });
rmSync(dir, { recursive: true, force: true });

const peakOf = (of: Sample[], key: keyof Sample): number => mb(Math.max(0, ...of.map((s) => s[key])));
const peak = (key: keyof Sample): number => peakOf(samples, key);
const lastSample = samples[samples.length - 1];
const tail = samples.slice(Math.floor(samples.length * 0.8));
const results = {
  note: `DEMO=on, ${minutes} wall minutes at DEMO_SPEED=${speed} (= ${Math.round((minutes * speed) / 6) / 10} simulated hours), live events every ${Math.round(4000 / speed)} ms`,
  simulatedHours: (minutes * speed) / 60,
  peakRssMb: peak('rss'),
  steadyRssMb: mb(tail.reduce((s, x) => s + x.rss, 0) / Math.max(1, tail.length)),
  lastMb: lastSample
    ? {
        rss: mb(lastSample.rss),
        heapUsed: mb(lastSample.heapUsed),
        heapTotal: mb(lastSample.heapTotal),
        external: mb(lastSample.external),
        arrayBuffers: mb(lastSample.arrayBuffers),
      }
    : null,
  peakHeapUsedMb: peak('heapUsed'),
  peakExternalMb: peak('external'),
  curve: samples
    .filter((_, i) => i % 6 === 0)
    .map((s) => ({ s: Math.round(s.t / 1000), rssMb: mb(s.rss), heapMb: mb(s.heapUsed), externalMb: mb(s.external) })),
  peer:
    peerSamples.length === 0
      ? null
      : {
          name: 'the same server with DEMO=off, same minutes',
          peakRssMb: peakOf(peerSamples, 'rss'),
          peakHeapUsedMb: peakOf(peerSamples, 'heapUsed'),
          curve: peerSamples
            .filter((_, i) => i % 6 === 0)
            .map((s) => ({ s: Math.round(s.t / 1000), rssMb: mb(s.rss), heapMb: mb(s.heapUsed) })),
        },
  loadAverage: {
    atStart: loadAtStart.map((l) => Math.round(l * 10) / 10),
    atEnd: loadavg().map((l) => Math.round(l * 10) / 10),
  },
  budgetMb: BUDGET_MB,
  withinBudget: peak('rss') <= BUDGET_MB,
};
console.log(JSON.stringify({ ...results, curve: undefined, peer: { ...results.peer, curve: undefined } }, null, 2));
console.log(`written ${writeResults(process.env.BENCH_MEMORY_NAME ?? 'demo-memory', results)}`);
if (!results.withinBudget) process.exitCode = 1;
