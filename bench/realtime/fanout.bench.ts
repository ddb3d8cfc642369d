/**
 * The fan-out service's cost (issue 14, PROTO-5), measured in one run against its floor:
 *
 * 1. Cost per delivered message: RealtimeFanout.toReaders (session check, canRead per socket, Socket.IO
 *    encode once and one write per socket) against a raw `ws` broadcast of the same bytes (the identical
 *    Socket.IO packet text) to the same number of clients. Both servers run in this process; the clients
 *    run in a child process (fanout-clients.ts), so this process's CPU time is the server's alone. Rounds
 *    alternate between the two so that load on the machine hits both alike. Target: fan-out <= 1.3x raw.
 * 2. A 100,000-vessel picture streamed to 50 viewports through the fan-out: snapshot time and bytes, then
 *    one 250 ms tick in which 10% of the vessels moved.
 *
 * Run: pnpm bench fanout. Writes bench/results/fanout.json.
 */
import { fork } from 'node:child_process';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { WebSocketServer } from 'ws';
import type { ClassAPositionReport } from '@tidewatch/ais';
import type { IntelEvent, ViewportBbox } from '@tidewatch/contracts';
import { VesselPicture } from '@tidewatch/domain';
import { RealtimeFanout, releasableOf } from '../../apps/server/src/realtime/fanout.ts';
import type { TidewatchServer, TidewatchSocket } from '../../apps/server/src/realtime/types.ts';
import { ViewportSubscription } from '../../apps/server/src/vessels/viewport-subscription.ts';
import { eventFixture } from '../../apps/web/src/live/eventFixture.ts';
import { positionReport } from '../support/position-report.ts';
import { writeResults } from '../support/results.ts';
import { percentile } from '../support/stats.ts';

const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

const CLIENTS = Number(process.env.FANOUT_CLIENTS ?? 200);
const MESSAGES_PER_ROUND = Number(process.env.FANOUT_MESSAGES ?? 200);
const ROUNDS = Number(process.env.FANOUT_ROUNDS ?? 7);
const VESSELS = 100_000;
const VIEWPORTS = 50;
const AGENCIES = ['JCA', 'CBP', 'USCG', 'JCF'];

// ---- the receiving process --------------------------------------------------------------------------------

type Reply = { connected: number } | { received: { messages: number; bytes: number } } | { error: string };
const clients = fork(fileURLToPath(new URL('./fanout-clients.ts', import.meta.url)), {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});

function reply(): Promise<Reply> {
  return new Promise((resolve) => clients.once('message', (msg: Reply) => resolve(msg)));
}

async function connectClients(url: string, mode: 'socket.io' | 'raw', count: number): Promise<void> {
  const answer = reply();
  clients.send({ connect: { url, mode, count, agencies: AGENCIES } });
  const got = await answer;
  if ('error' in got) throw new Error(got.error);
}

async function received(expected: number): Promise<{ messages: number; bytes: number }> {
  const answer = reply();
  clients.send({ expect: expected });
  const got = await answer;
  if (!('received' in got)) throw new Error(`unexpected reply ${JSON.stringify(got)}`);
  return got.received;
}

// ---- the two servers --------------------------------------------------------------------------------------

function listen(http: HttpServer): Promise<string> {
  return new Promise((resolve) =>
    http.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(http.address() as AddressInfo).port}`)),
  );
}

/** Socket.IO as the gateway runs it, with each socket's viewer taken from its `auth.agency`. */
async function startSocketIo(): Promise<{ io: TidewatchServer; url: string; close: () => Promise<void> }> {
  const http = createServer();
  const io: TidewatchServer = new Server(http, { serveClient: false, transports: ['websocket'] });
  io.use((socket, next) => {
    const agency = typeof socket.handshake.auth.agency === 'string' ? socket.handshake.auth.agency : 'JCA';
    socket.data.principal = {
      actor: { kind: 'api_key', id: `key-${socket.id}`, name: 'bench', agency, scopes: ['events:read'] },
      viewer: { agency, groups: new Set() },
    };
    socket.data.lastSeq = 0;
    socket.data.live = true;
    socket.data.protocol = 1;
    next();
  });
  const url = await listen(http);
  return { io, url, close: () => io.close() };
}

async function startRawWs(): Promise<{ wss: WebSocketServer; url: string; close: () => Promise<void> }> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const url = (await listen(http)).replace(/^http/, 'ws');
  return {
    wss,
    url,
    close: () =>
      new Promise((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => http.close(() => resolve()));
      }),
  };
}

// ---- 1. cost per delivered message ------------------------------------------------------------------------

const event: IntelEvent = eventFixture(1, {
  id: '0190c7e5-8a4b-7cde-8f01-23456789abcd',
  title: 'Go-fast vessel sighted heading north, no lights, two outboards',
  summary: 'Reported by a fishing vessel 12 nm south of Portland Point; last seen heading 010 at speed.',
});
const message = { v: 1 as const, event };
/** Exactly the text Socket.IO writes for this message, so the raw broadcast carries the same bytes. */
const packet = `42${JSON.stringify(['event:updated', message])}`;

interface Round {
  cpuMs: number;
  wallMs: number;
  messages: number;
  bytes: number;
}

async function measure(send: () => void, expected: number): Promise<Round> {
  const done = received(expected);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < MESSAGES_PER_ROUND; i++) send();
  const got = await done;
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs, ...got };
}

const sio = await startSocketIo();
const raw = await startRawWs();
await connectClients(sio.url, 'socket.io', CLIENTS);
await connectClients(raw.url, 'raw', CLIENTS);
const fanout = new RealtimeFanout(sio.io, () => Date.now());
const green = [releasableOf(event)];
const delivered = CLIENTS * MESSAGES_PER_ROUND;

const viaFanout = () => fanout.toReaders(green, 'event:updated', message);
/** ws's broadcast idiom: the same string handed to every client (each send converts it to bytes). */
const viaRaw = () => {
  for (const ws of raw.wss.clients) ws.send(packet);
};
/** The floor with ws's public API: the bytes made once, then one framed write per client. */
const packetBytes = Buffer.from(packet);
const viaRawOnce = () => {
  for (const ws of raw.wss.clients) ws.send(packetBytes, { binary: false, compress: false });
};
// Warm-up: JIT, socket buffers, the child's parser.
await measure(viaFanout, delivered);
await measure(viaRaw, delivered);
await measure(viaRawOnce, delivered);
const fanoutRounds: Round[] = [];
const rawRounds: Round[] = [];
const rawOnceRounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  fanoutRounds.push(await measure(viaFanout, delivered));
  rawRounds.push(await measure(viaRaw, delivered));
  rawOnceRounds.push(await measure(viaRawOnce, delivered));
}
const perMessageUs = (rounds: Round[], key: 'cpuMs' | 'wallMs') =>
  (median(rounds.map((r) => r[key])) * 1000) / delivered;
const bytesEach = (rounds: Round[]) => (rounds[0] ? rounds[0].bytes / rounds[0].messages : 0);
const costs = {
  clients: CLIENTS,
  messagesPerRound: MESSAGES_PER_ROUND,
  rounds: ROUNDS,
  bytesPerMessage: { fanout: bytesEach(fanoutRounds), raw: bytesEach(rawRounds), rawOnce: bytesEach(rawOnceRounds) },
  serverCpuUsPerDelivered: {
    fanout: perMessageUs(fanoutRounds, 'cpuMs'),
    raw: perMessageUs(rawRounds, 'cpuMs'),
    rawOnce: perMessageUs(rawOnceRounds, 'cpuMs'),
  },
  wallUsPerDelivered: {
    fanout: perMessageUs(fanoutRounds, 'wallMs'),
    raw: perMessageUs(rawRounds, 'wallMs'),
    rawOnce: perMessageUs(rawOnceRounds, 'wallMs'),
  },
};
// Against the cheaper of the two raw broadcasts: the ratio is to the floor, not to a straw man.
const floor = (key: 'serverCpuUsPerDelivered' | 'wallUsPerDelivered') => Math.min(costs[key].raw, costs[key].rawOnce);
const cpuRatio = costs.serverCpuUsPerDelivered.fanout / floor('serverCpuUsPerDelivered');
const wallRatio = costs.wallUsPerDelivered.fanout / floor('wallUsPerDelivered');
await raw.close();

// ---- 2. a 100,000-vessel picture to 50 viewports ----------------------------------------------------------

const T0 = Date.UTC(2026, 11, 7, 12);
/** Vessels spread over the Caribbean and the Gulf (lon -98..-58, lat 8..30), a grid with a little jitter. */
function position(i: number, moved: number): ClassAPositionReport {
  return positionReport({
    mmsi: 300_000_000 + i * 13,
    lon: -98 + (i % 400) / 10 + moved / 500,
    lat: 8 + Math.floor(i / 400) * (22 / 250) + moved / 700,
    speed: 5 + (i % 15),
    course: (i * 11) % 360,
    heading: (i * 11) % 360,
  });
}
const picture = new VesselPicture();
for (let i = 0; i < VESSELS; i++) picture.apply(position(i, 0), T0);
picture.drainChanges();

/** Ten whole-region views and forty harbour-to-coast views across the region. */
function viewport(k: number): { bbox: ViewportBbox; zoom: number } {
  if (k < 10) return { bbox: [-100, 5, -55, 32], zoom: 4 };
  const west = -98 + ((k * 7) % 36);
  const south = 8 + ((k * 5) % 18);
  const size = 1 + (k % 4);
  return { bbox: [west, south, west + size, south + size], zoom: 9 - (k % 4) };
}

await connectClients(sio.url, 'socket.io', VIEWPORTS);
const viewers = [...sio.io.of('/').sockets.values()].slice(-VIEWPORTS);
const subscriptions = viewers.map((socket, k) => {
  const { bbox, zoom } = viewport(k);
  return { socket, sub: new ViewportSubscription(bbox, zoom) };
});

async function stream(step: (s: { socket: TidewatchSocket; sub: ViewportSubscription }) => number) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let sent = 0;
  for (const s of subscriptions) sent += step(s);
  const serverMs = performance.now() - t0;
  const got = await received(sent);
  const used = process.cpuUsage(cpu);
  return {
    messages: sent,
    bytes: got.bytes,
    serverBuildAndSendMs: serverMs,
    untilAllReceivedMs: performance.now() - t0,
    serverCpuMs: (used.user + used.system) / 1000,
  };
}

const nowMs = T0 + 1_000;
const snapshot = await stream(({ socket, sub }) => {
  sub.restart(picture);
  let chunks = 0;
  do {
    const batch = sub.next(picture, nowMs);
    if (batch !== null && fanout.toSocket(socket, 'vessels:batch', batch)) chunks++;
  } while (sub.sending);
  return chunks;
});
const inView = subscriptions.reduce((sum, s) => sum + s.sub.visibleCount, 0);

for (let i = 0; i < VESSELS; i += 10) picture.apply(position(i, 1), T0 + 250);
const { changed, removed } = picture.drainChanges();
const tick = await stream(({ socket, sub }) => {
  sub.defer(changed, removed);
  const batch = sub.next(picture, nowMs + 250);
  return batch !== null && fanout.toSocket(socket, 'vessels:batch', batch) ? 1 : 0;
});

clients.send({ close: true });
await sio.close();

// ---- report -----------------------------------------------------------------------------------------------

const conditions = {
  loadAverage1m: loadavg()[0],
  cpus: cpus().length,
  note: 'shared 2-core machine, other jobs running',
};
const results = {
  conditions,
  costPerDeliveredMessage: { ...costs, cpuRatio, wallRatio, target: 1.3 },
  vessels: {
    vessels: VESSELS,
    viewports: VIEWPORTS,
    vesselsInViews: inView,
    snapshot,
    tick,
    movedPerTick: changed.length,
  },
};
console.log(
  `fan-out vs raw ws, ${CLIENTS} clients x ${MESSAGES_PER_ROUND} messages, ${ROUNDS} rounds (median), ${costs.bytesPerMessage.fanout} B each`,
);
console.log(
  `  server CPU per delivered message: fan-out ${costs.serverCpuUsPerDelivered.fanout.toFixed(2)} us, raw ${costs.serverCpuUsPerDelivered.raw.toFixed(2)} us (string per send) / ${costs.serverCpuUsPerDelivered.rawOnce.toFixed(2)} us (bytes once) -> ${cpuRatio.toFixed(2)}x the cheaper (target <= 1.3x)`,
);
console.log(
  `  wall time per delivered message:  fan-out ${costs.wallUsPerDelivered.fanout.toFixed(2)} us, raw ${costs.wallUsPerDelivered.raw.toFixed(2)} us / ${costs.wallUsPerDelivered.rawOnce.toFixed(2)} us -> ${wallRatio.toFixed(2)}x the cheaper`,
);
console.log(
  `100,000 vessels to ${VIEWPORTS} viewports (${inView} vessels in view in all): snapshot ${snapshot.messages} messages, ${(snapshot.bytes / 2 ** 20).toFixed(1)} MiB, built and sent in ${snapshot.serverBuildAndSendMs.toFixed(0)} ms (server CPU ${snapshot.serverCpuMs.toFixed(0)} ms), all received in ${snapshot.untilAllReceivedMs.toFixed(0)} ms`,
);
console.log(
  `  one tick (${changed.length} moved): ${tick.messages} messages, ${(tick.bytes / 1024).toFixed(0)} KiB, built and sent in ${tick.serverBuildAndSendMs.toFixed(1)} ms (server CPU ${tick.serverCpuMs.toFixed(0)} ms), all received in ${tick.untilAllReceivedMs.toFixed(0)} ms`,
);
console.log(`  machine: load ${conditions.loadAverage1m?.toFixed(1)} on ${conditions.cpus} cores`);
console.log(`wrote ${writeResults('fanout', results)}`);
