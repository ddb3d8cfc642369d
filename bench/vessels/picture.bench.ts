/**
 * The vessel picture's budget: heap for 50,000 vessels (target < 150 MB), cost of applying one decoded
 * message, decode + apply per NMEA line, the compact stream encoding against plain JSON, and the CPU the
 * default demo (simulator -> NMEA -> decoder -> picture) costs per wall-clock second.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AisDecoder, encodeSentences, type ClassAPositionReport, type StaticVoyageData } from '@tidewatch/ais';
import { VESSEL_STREAM_VERSION, type VesselBatch } from '@tidewatch/contracts';
import { VesselPicture } from '@tidewatch/domain';
import { createTraffic } from '@tidewatch/simulator';
import { ViewportSubscription } from '../../apps/server/src/vessels/viewport-subscription.ts';
import { positionReport } from '../support/position-report.ts';
import { writeResults } from '../support/results.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const T0 = Date.UTC(2026, 10, 29, 12);
const N = 50_000;
const mmsiOf = (i: number): number => 200_000_000 + i * 7919;

function positionMsg(mmsi: number, i: number, k: number): ClassAPositionReport {
  return positionReport({
    mmsi,
    speed: 8 + (i % 10),
    lon: -80 + (i % 500) / 50 + k / 1000,
    lat: 10 + Math.floor(i / 500) / 10 + k / 1000,
    course: (i * 7 + k * 25) % 360,
    heading: (i * 7) % 360,
  });
}

function staticMsg(mmsi: number, i: number): StaticVoyageData {
  return {
    type: 5,
    repeat: 0,
    mmsi,
    aisVersion: 0,
    imo: 9_000_000 + i,
    callsign: `C${i}`.slice(0, 7),
    shipName: `VESSEL NUMBER ${i}`,
    shipType: 70,
    toBow: 120,
    toStern: 30,
    toPort: 12,
    toStarboard: 12,
    epfd: 1,
    etaMonth: 12,
    etaDay: 1,
    etaHour: 6,
    etaMinute: 0,
    draught: 9.5,
    destination: 'USPEF',
    dte: false,
  };
}

// 1. Heap: 50,000 vessels, each with static data and a full trail (25 positions 40 s apart).
const before = heapMb();
const picture = new VesselPicture();
for (let i = 0; i < N; i++) picture.apply(staticMsg(mmsiOf(i), i), T0);
for (let k = 0; k < 25; k++)
  for (let i = 0; i < N; i++) picture.apply(positionMsg(mmsiOf(i), i, k), T0 + k * 40_000 + i);
picture.drainChanges();
picture.takeTrackPoints();
picture.takeStaticChanges();
const heapFor50k = heapMb() - before;

// 2. Apply cost: one decoded position report into a 50,000-vessel picture.
const msgs = Array.from({ length: 200_000 }, (_, j) => positionMsg(mmsiOf(j % N), j % N, 30 + Math.floor(j / N)));
let t = performance.now();
for (let j = 0; j < msgs.length; j++) picture.apply(msgs[j] as ClassAPositionReport, T0 + 2_000_000 + j * 5);
const applyUs = ((performance.now() - t) * 1000) / msgs.length;
picture.drainChanges();
picture.takeTrackPoints();

// 3. Decode + apply per NMEA line.
const lines = msgs.slice(0, 100_000).map((m) => encodeSentences(m)[0] ?? '');
const decoder = new AisDecoder();
t = performance.now();
for (let j = 0; j < lines.length; j++)
  for (const d of decoder.push(lines[j] ?? '', T0 + 4_000_000 + j)) picture.apply(d.message, d.receivedAtMs);
const decodeApplyUs = ((performance.now() - t) * 1000) / lines.length;

// 4. Encoding: a 250 ms batch of 1,000 changed vessels, compact rows vs. plain JSON objects.
const now = T0 + 5_000_000;
const whole = new ViewportSubscription([-180, -90, 180, 90], 3);
// The snapshot goes out in chunks (backpressure); its size is the sum of them.
whole.restart(picture);
const snapshot: VesselBatch[] = [];
do {
  const chunk = whole.next(picture, now);
  if (chunk !== null) snapshot.push(chunk);
} while (whole.sending);
const changed: number[] = [];
for (let i = 0; i < 1000; i++) changed.push(mmsiOf(i * 37));
whole.defer(changed, []);
const update =
  whole.next(picture, now) ??
  ({
    v: VESSEL_STREAM_VERSION,
    kind: 'update',
    seq: 0,
    at: now,
    rows: [],
    names: [],
    removed: [],
  } satisfies VesselBatch);
const asObjects = changed.map((mmsi) => {
  const v = picture.get(mmsi);
  return {
    mmsi,
    lon: v?.lon,
    lat: v?.lat,
    sog: v?.sog,
    cog: v?.cog,
    heading: v?.heading,
    category: v?.category,
    status: v?.status,
    name: v?.name,
    ageSeconds: 0,
  };
});
const compactBytes = Buffer.byteLength(JSON.stringify(update));
const jsonBytes = Buffer.byteLength(JSON.stringify({ v: 1, vessels: asObjects }));
const snapshotBytes = snapshot.reduce((sum, chunk) => sum + Buffer.byteLength(JSON.stringify(chunk)), 0);

// 5. The default demo end to end, on the CPU: 4,000 vessels, 120 sim seconds, simulator + decoder + picture.
const demoPicture = new VesselPicture();
const demoDecoder = new AisDecoder();
const traffic = createTraffic({ seed: 20261129, vessels: 4000, startMs: T0 });
let demoLines = 0;
const cpu0 = process.cpuUsage();
for (let s = T0; s <= T0 + 120_000; s += 500) {
  for (const line of traffic.advance(s)) {
    demoLines++;
    for (const d of demoDecoder.push(line, s)) demoPicture.apply(d.message, s);
  }
  demoPicture.drainChanges();
  demoPicture.takeTrackPoints();
}
const cpu = process.cpuUsage(cpu0);
const demoCoreShare = (cpu.user + cpu.system) / 1000 / 120_000;

const results = {
  vessels: N,
  heapMbFor50kVessels: Math.round(heapFor50k * 10) / 10,
  heapTargetMb: 150,
  applyOneMessageMicroseconds: Math.round(applyUs * 1000) / 1000,
  decodeAndApplyPerLineMicroseconds: Math.round(decodeApplyUs * 1000) / 1000,
  updateBatch: {
    vessels: changed.length,
    compactBytes,
    jsonObjectBytes: jsonBytes,
    compactBytesPerVessel: Math.round((compactBytes / changed.length) * 10) / 10,
    jsonBytesPerVessel: Math.round((jsonBytes / changed.length) * 10) / 10,
    ratio: Math.round((jsonBytes / compactBytes) * 100) / 100,
  },
  snapshotOf50kBytes: snapshotBytes,
  demo: {
    vessels: 4000,
    linesPerSecond: Math.round(demoLines / 120),
    cpuShareOfOneCore: Math.round(demoCoreShare * 10_000) / 10_000,
  },
};
console.log(JSON.stringify(results, null, 2));
console.log(`wrote ${writeResults('vessels-picture', results)}`);
