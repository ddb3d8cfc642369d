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
 * The server runs as production starts it: compiled (`pnpm build:server` first) with the start settings of
 * MEM-2 (production-start.ts). BENCH_SERVER_BUILD=source runs `pnpm start`'s TypeScript sources instead, and
 * BENCH_MEMORY_SETTINGS=none leaves the settings out (the "before" figures of docs/memory.md).
 * The budget is held from the moment every module has started (the demo's 90-day history seed comes before,
 * once per data folder, and is reported apart); the run exits non-zero over it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from '../support/results.ts';
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from './production-start.ts';

const minutes = Number(process.env.BENCH_MEMORY_MINUTES ?? 5);
const speed = Number(process.env.BENCH_MEMORY_SPEED ?? 12);
const BUDGET_MB = 400;
const dir = mkdtempSync(join(tmpdir(), 'tw-memory-'));
const probe = fileURLToPath(new URL('./probe.mjs', import.meta.url));
process.env.BENCH_SERVER_BUILD ??= 'compiled';
const compiledEntry = fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url));
if (process.env.BENCH_SERVER_BUILD === 'compiled' && !existsSync(compiledEntry))
  throw new Error('no compiled server: run `pnpm build:server` first (or BENCH_SERVER_BUILD=source)');
const withSettings = process.env.BENCH_MEMORY_SETTINGS !== 'none';
const startEnv = withSettings ? PRODUCTION_ENV : {};
const nodeFlags = withSettings ? PRODUCTION_NODE_FLAGS.join(' ') : '';
process.env.BENCH_SERVER_NODE_ARGS = `${process.env.BENCH_SERVER_NODE_ARGS ?? ''} ${nodeFlags} --import ${probe}`;
// Imported after the line above: spawn-server reads the server's Node.js flags when it loads.
const { spawnServer } = await import('../support/spawn-server.ts');

interface Sample {
  t: number;
  /** 0 for the server's main thread; the database worker's samples carry its thread id. */
  thread: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const mb = (b: number): number => Math.round(b / 2 ** 20);

function parseLogLine(line: string): { level?: number; msg?: string } | undefined {
  try {
    return JSON.parse(line) as { level?: number; msg?: string };
  } catch {
    return undefined;
  }
}

interface Run {
  /** The main thread's samples (RSS is the whole process's, heap figures the main isolate's). */
  main: Sample[];
  /** The database worker thread's samples (its own isolate's heap). */
  worker: Sample[];
  /** Milliseconds from process start (the probe's clock) to every module started: the demo's history seed is before. */
  readyAtMs: number;
  /** CPU seconds the server used after it had started (what a smaller heap costs in garbage collection). */
  cpuAfterReadyS: number;
}

/** The server's log line once every module has started: for the demo, after its history seed. */
const STARTED_MESSAGE = 'Tidewatch is listening';

/** Runs one server for `minutes`, sampling its memory, and answers the probe's samples. */
async function run(label: string, env: Record<string, string>): Promise<Run> {
  const probeFile = join(dir, `probe-${label}.ndjson`);
  const spawnedAt = Date.now();
  let startedAt: number | undefined;
  const server = await spawnServer(
    {
      ...startEnv,
      ...env,
      DATA_DIR: join(dir, `data-${label}`),
      MEMORY_PROBE_FILE: probeFile,
      MEMORY_PROBE_MS: process.env.MEMORY_PROBE_MS ?? '5000',
      // Info, for the line that says every module (the demo's history seed included) has started.
      LOG_LEVEL: 'info',
    },
    18_000 + Math.floor(Math.random() * 20_000),
    10 * 60_000,
    (line) => {
      const entry = parseLogLine(line);
      if (entry?.msg === STARTED_MESSAGE) startedAt ??= Date.now();
      // Errors only: the demo's cargo warns on every rescore of a consignment that has gone.
      else if ((entry?.level ?? 50) >= 50) console.log(line);
    },
  );
  // /readyz answers once the database does; the demo seeds 90 days of history after that, before the
  // modules have all started (minutes on a busy machine).
  const deadline = Date.now() + 10 * 60_000;
  while (startedAt === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (startedAt === undefined) {
    await server.stop();
    throw new Error(`${label}: the server did not finish starting in 10 minutes`);
  }
  const readyAtMs = startedAt - spawnedAt;
  const cpuAtReadyMs = server.cpuTimeMs();
  const started = Date.now();
  while (Date.now() - started < minutes * 60_000) {
    await new Promise((r) => setTimeout(r, 30_000));
    if (!existsSync(probeFile)) continue;
    const lines = readFileSync(probeFile, 'utf8').trim().split('\n');
    const last = lines.map((l) => JSON.parse(l) as Sample).findLast((x) => x.thread === 0);
    if (!last) continue;
    console.log(
      `${label} ${Math.round((Date.now() - started) / 1000)} s: rss ${mb(last.rss)} MB, heap ${mb(last.heapUsed)}/${mb(last.heapTotal)} MB, external ${mb(last.external)} MB, arrayBuffers ${mb(last.arrayBuffers)} MB`,
    );
  }
  const cpuAfterReadyS = Math.round((server.cpuTimeMs() - cpuAtReadyMs) / 1000);
  await server.stop();
  const all = readFileSync(probeFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Sample);
  return {
    main: all.filter((x) => x.thread === 0),
    worker: all.filter((x) => x.thread !== 0),
    readyAtMs,
    cpuAfterReadyS,
  };
}

const loadAtStart = loadavg();
const demo = await run('demo', {
  DEMO: 'on',
  DEMO_SPEED: String(speed),
  DEMO_INTERVAL_MS: String(Math.max(50, Math.round(4000 / speed))),
});
const peer = process.env.BENCH_MEMORY_PEER === '0' ? null : await run('demo-off', { DEMO: 'off' });
rmSync(dir, { recursive: true, force: true });

const peakOf = (of: Sample[], key: keyof Sample): number => mb(Math.max(0, ...of.map((s) => s[key])));
const curveOf = (of: Run) =>
  of.main
    .filter((_, i) => i % 6 === 0)
    .map((s) => ({
      s: Math.round(s.t / 1000),
      rssMb: mb(s.rss),
      mainHeapMb: mb(s.heapUsed),
      workerHeapMb: mb(of.worker.findLast((w) => w.t <= s.t)?.heapUsed ?? 0),
      externalMb: mb(s.external),
    }));
// The budget holds once the server is ready: the first start's 90-day history seed runs before that, once per
// data folder, and is reported apart (peakWhileSeedingRssMb).
const afterReady = demo.main.filter((s) => s.t >= demo.readyAtMs);
const seeding = demo.main.filter((s) => s.t < demo.readyAtMs);
const tail = afterReady.slice(Math.floor(afterReady.length * 0.8));
const lastMain = demo.main[demo.main.length - 1];
const lastWorker = demo.worker[demo.worker.length - 1];
const peakAfterReadyRssMb = peakOf(afterReady, 'rss');
const results = {
  start: {
    build: process.env.BENCH_SERVER_BUILD,
    env: startEnv,
    nodeFlags: process.env.BENCH_SERVER_NODE_ARGS.replace(`--import ${probe}`, '').trim(),
  },
  note: `DEMO=on, ${minutes} wall minutes at DEMO_SPEED=${speed} (= ${Math.round((minutes * speed) / 6) / 10} simulated hours), live events every ${Math.round(4000 / speed)} ms`,
  simulatedHours: (minutes * speed) / 60,
  readyAfterS: Math.round(demo.readyAtMs / 1000),
  peakWhileSeedingRssMb: peakOf(seeding, 'rss'),
  peakAfterReadyRssMb,
  steadyRssMb: mb(tail.reduce((s, x) => s + x.rss, 0) / Math.max(1, tail.length)),
  lastMb: lastMain
    ? {
        rss: mb(lastMain.rss),
        mainHeapUsed: mb(lastMain.heapUsed),
        mainHeapTotal: mb(lastMain.heapTotal),
        workerHeapUsed: mb(lastWorker?.heapUsed ?? 0),
        workerHeapTotal: mb(lastWorker?.heapTotal ?? 0),
        external: mb(lastMain.external),
        arrayBuffers: mb(lastMain.arrayBuffers),
      }
    : null,
  peakMainHeapUsedMb: peakOf(demo.main, 'heapUsed'),
  peakWorkerHeapUsedMb: peakOf(demo.worker, 'heapUsed'),
  peakExternalMb: peakOf(demo.main, 'external'),
  cpuAfterReadyS: demo.cpuAfterReadyS,
  curve: curveOf(demo),
  peer:
    peer === null
      ? null
      : {
          name: 'the same server with DEMO=off, same minutes',
          peakRssMb: peakOf(peer.main, 'rss'),
          peakMainHeapUsedMb: peakOf(peer.main, 'heapUsed'),
          peakWorkerHeapUsedMb: peakOf(peer.worker, 'heapUsed'),
          curve: curveOf(peer),
        },
  loadAverage: {
    atStart: loadAtStart.map((l) => Math.round(l * 10) / 10),
    atEnd: loadavg().map((l) => Math.round(l * 10) / 10),
  },
  budgetMb: BUDGET_MB,
  withinBudget: peakAfterReadyRssMb <= BUDGET_MB,
};
console.log(JSON.stringify({ ...results, curve: undefined, peer: { ...results.peer, curve: undefined } }, null, 2));
console.log(`written ${writeResults(process.env.BENCH_MEMORY_NAME ?? 'demo-memory', results)}`);
if (!results.withinBudget) process.exitCode = 1;
