/**
 * COT-3 at the issue's size: 20,000 vessels, each reporting once per 5 s, streamed as CoT to 20 TAK clients
 * on real TCP connections (the clients read in another process), through the node's own CotHub (rate limit,
 * affiliation per reader, XML encoding once per group, one write per client per tick). The server's CPU is
 * process.cpuUsage() over the whole phase, wall-clock paced at one tick a second. Peer in the same run: a
 * raw socket write of the very same bytes at the same pace (what any server sending this stream pays).
 * Then the open tasks: 200 tasks' intercepts recomputed and sent as CoT routes at 1 Hz.
 */
import { fork } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Viewer } from '@tidewatch/domain';
import { type CotBatch, CotHub, type CotSink, type CotVessel } from '../../apps/server/src/cot/cot-hub.ts';
import { SuspectMarks } from '../../apps/server/src/cot/suspect-marks.ts';
import { targetReleasable, toTask } from '../../apps/server/src/services/operations/task-view.ts';
import { toUnit, unitReleasable } from '../../apps/server/src/services/operations/unit-view.ts';
import { alertOn } from '../../test/support/cot-events.ts';
import { openTaskFixture } from '../support/open-tasks.ts';
import { writeResults } from '../support/results.ts';

const VESSELS = 20_000;
const CLIENTS = 20;
const REPORT_EVERY_S = 5;
const TICKS = Number(process.env.COT_BENCH_TICKS ?? 30);
const TASKS = 200;
/** Half the clients are USCG's, half CBP's; 1 % of vessels carry an alert released to USCG only. */
const viewers: Viewer[] = [
  { agency: 'USCG', groups: new Set() },
  { agency: 'CBP', groups: new Set() },
];

const sleepUntil = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms - Date.now())));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// The clients.
const server = createServer();
const sockets: Socket[] = [];
server.on('connection', (socket) => {
  socket.setNoDelay(true);
  sockets.push(socket);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
const port = (server.address() as AddressInfo).port;
const readers = fork(fileURLToPath(new URL('./tak-readers.ts', import.meta.url)), [String(port), String(CLIENTS)], {
  execArgv: ['--import', 'tsx'],
});
await new Promise<void>((resolve) =>
  readers.on('message', (m: { kind: string }) => m.kind === 'connected' && resolve()),
);
while (sockets.length < CLIENTS) await new Promise((r) => setTimeout(r, 10));
async function bytesRead(): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { kind: string; bytes?: number }) => {
      if (m.kind !== 'bytes') return;
      readers.off('message', onMessage);
      resolve(m.bytes ?? 0);
    };
    readers.on('message', onMessage);
    readers.send({ kind: 'report' });
  });
}
async function drained(expected: number): Promise<void> {
  while ((await bytesRead()) < expected) await new Promise((r) => setTimeout(r, 50));
}

// The picture: vessel i reports at seconds i mod 5, 10, 15 ...
let now = Date.parse('2026-12-07T12:00:00Z');
const vessels: CotVessel[] = Array.from({ length: VESSELS }, (_, i) => ({
  mmsi: 300_000_000 + i,
  lat: 10 + (i % 200) / 10,
  lon: -85 + Math.floor(i / 200) / 5,
  cog: (i * 7) % 360,
  sog: 5 + (i % 20),
  positionAt: Number.NEGATIVE_INFINITY,
  name: `VESSEL ${i}`,
  category: i % 3 === 0 ? 'cargo' : i % 3 === 1 ? 'tanker' : 'fishing',
  hasPosition: true,
  status: 'live',
}));
function report(tick: number): void {
  for (let i = tick % REPORT_EVERY_S; i < VESSELS; i += REPORT_EVERY_S) {
    const v = vessels[i];
    if (!v) continue;
    v.positionAt = now;
    v.lat += 0.0001;
  }
}
const marks = new SuspectMarks();
marks.add(Array.from({ length: VESSELS / 100 }, (_, k) => alertOn(300_000_000 + k * 100, 'JCA', ['USCG'])));

/** A sink as CotConnection writes (minus the credential): the hub's batch bytes, one write per tick. */
const recorded: { tick: number; socket: Socket; bytes: Buffer }[] = [];
let recordTick = -1;
const sinks: CotSink[] = sockets.map((socket, i) => ({
  viewer: viewers[i % viewers.length] ?? { agency: 'CBP', groups: new Set() },
  deliver(batch: CotBatch) {
    socket.write(batch.bytes);
    if (recordTick >= 0) recorded.push({ tick: recordTick, socket, bytes: batch.bytes });
  },
}));
const hub = new CotHub({
  vessels: { values: () => vessels },
  marks,
  nowMs: () => now,
  vesselIntervalMs: REPORT_EVERY_S * 1000,
  staleAfterMs: 600_000,
  markerLifeMs: 3_600_000,
  recentEventsKept: 0,
});
// Warm-up: everyone reports, the clients join (snapshot), and a few ticks run.
for (let t = 0; t < REPORT_EVERY_S; t++) report(t);
for (const sink of sinks) hub.add(sink);
for (let t = 0; t < REPORT_EVERY_S; t++) {
  now += 1000;
  report(t);
  hub.vesselTick();
}
let written = sockets.reduce((n, s) => n + s.bytesWritten, 0);
await drained(written);

// Phase 1: the hub at one tick a second.
const tickMs: number[] = [];
let sentVessels = 0;
const hubStartCpu = cpuMs();
const hubStart = Date.now();
for (let t = 0; t < TICKS; t++) {
  now += 1000;
  report(t);
  recordTick = t;
  const t0 = performance.now();
  sentVessels += hub.vesselTick();
  tickMs.push(performance.now() - t0);
  await sleepUntil(hubStart + (t + 1) * 1000);
}
const hubCpuMs = cpuMs() - hubStartCpu;
const hubWallMs = Date.now() - hubStart;
recordTick = -1;
const hubBytes = recorded.reduce((n, r) => n + r.bytes.length, 0);
written = sockets.reduce((n, s) => n + s.bytesWritten, 0);
await drained(written);

// Phase 2: the peer, the same bytes to the same sockets at the same pace.
const rawStartCpu = cpuMs();
const rawStart = Date.now();
for (let t = 0; t < TICKS; t++) {
  for (const r of recorded) if (r.tick === t) r.socket.write(r.bytes);
  await sleepUntil(rawStart + (t + 1) * 1000);
}
const rawCpuMs = cpuMs() - rawStartCpu;
const rawWallMs = Date.now() - rawStart;
written = sockets.reduce((n, s) => n + s.bytesWritten, 0);
await drained(written);

// Phase 3: 200 open tasks recomputed and sent as routes at 1 Hz (units too, as the node does every 5 s).
const { pairs, ops } = openTaskFixture(TASKS, now);
const opsMs: number[] = [];
for (let t = 0; t < TICKS; t++) {
  const at = now + t * 1000;
  const t0 = performance.now();
  hub.setOperations(
    pairs.map(({ unit }) => ({ item: toUnit(unit, ops, at), releasables: [unitReleasable(unit)] })),
    pairs.map(({ task, unit }) => ({
      item: toTask(task, unit, ops, at),
      releasables: [unitReleasable(unit), targetReleasable(task)],
    })),
  );
  opsMs.push(performance.now() - t0);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)] ?? 0;
const results = {
  vessels: VESSELS,
  clients: CLIENTS,
  reportEverySeconds: REPORT_EVERY_S,
  ticks: TICKS,
  vesselUpdatesPerSecond: sentVessels / TICKS,
  megabytesPerSecondToAllClients: hubBytes / (hubWallMs / 1000) / 1e6,
  hubCoreSharePercent: (hubCpuMs / hubWallMs) * 100,
  hubTickMsMean: mean(tickMs),
  hubTickMsP99: p99(tickMs),
  peerRawWriteCoreSharePercent: (rawCpuMs / rawWallMs) * 100,
  ratioHubToRawWrite: hubCpuMs / rawWallMs / (rawCpuMs / rawWallMs),
  budgetPercent: 10,
  withinBudget: (hubCpuMs / hubWallMs) * 100 <= 10,
  tasks: TASKS,
  tasksTickMsMean: mean(opsMs),
  tasksTickMsP99: p99(opsMs),
  tasksCoreShareAt1HzPercent: (mean(opsMs) / 1000) * 100,
  loadAverage1m: loadavg()[0],
};
console.log(
  `${VESSELS} vessels (one report per ${REPORT_EVERY_S} s) to ${CLIENTS} TAK clients: ` +
    `${results.vesselUpdatesPerSecond.toFixed(0)} vessel updates/s, ${results.megabytesPerSecondToAllClients.toFixed(1)} MB/s; ` +
    `server CPU ${results.hubCoreSharePercent.toFixed(2)} % of a core (tick ${results.hubTickMsMean.toFixed(1)} ms mean, ` +
    `${results.hubTickMsP99.toFixed(1)} ms p99) vs raw write of the same bytes ${results.peerRawWriteCoreSharePercent.toFixed(2)} % ` +
    `(ratio ${results.ratioHubToRawWrite.toFixed(2)}); ${TASKS} tasks as routes at 1 Hz: ${results.tasksTickMsMean.toFixed(2)} ms ` +
    `= ${results.tasksCoreShareAt1HzPercent.toFixed(2)} % of a core; load ${results.loadAverage1m?.toFixed(2)}`,
);
console.log(`written ${writeResults('cot', results)}`);
readers.send({ kind: 'exit' });
for (const socket of sockets) socket.destroy();
server.close();
