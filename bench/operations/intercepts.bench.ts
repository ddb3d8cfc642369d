/**
 * OPSU-8: the cost of keeping 200 open tasks' intercepts current at 1 Hz, through the same code the node's
 * ticker runs per task (toTask: unit position, target dead reckoning, intercept, DTO). Targets are a mix of
 * still events, slow vessels, go-fasts heading at the unit and go-fasts fleeing at nearly the unit's speed (the
 * intercept's worst case: the march takes the most steps). Peer, measured in the same run: JSON encoding of
 * the same 200 task DTOs, which one socket emit of them would cost anyway.
 */
import { loadavg } from 'node:os';
import type { UnitRow, UnitTaskRow } from '@tidewatch/db';
import { createRng } from '@tidewatch/simulator';
import type { OperationsServices, VesselFix } from '../../apps/server/src/services/operations/ops-services.ts';
import { toTask } from '../../apps/server/src/services/operations/task-view.ts';
import { writeResults } from '../support/results.ts';

const TASKS = 200;
const TICKS = 300;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const random = createRng(16);
const rng = () => random.next();
const fixes = new Map<string, VesselFix>();
const ops: OperationsServices = {
  fixOf: (mmsi) => fixes.get(mmsi),
  staleAfterMs: 600_000,
  lostAfterMs: 3_600_000,
  notifier: { unitChanged: () => {}, taskChanged: () => {}, tasksChanged: () => {} },
};

const iso = (ms: number) => new Date(ms).toISOString();
const pairs: { task: UnitTaskRow; unit: UnitRow }[] = [];
for (let i = 0; i < TASKS; i++) {
  const kind = i % 4;
  const unit: UnitRow = {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    ownerAgency: 'USCG',
    callSign: `U${i}`,
    name: '',
    type: 'cutter',
    maxSpeedKn: 25 + rng() * 20,
    enduranceH: 24,
    status: 'tasked',
    mmsi: null,
    tlp: 'RED',
    recipients: ['JCA'],
    sharingGroups: [],
    lat: 16 + rng() * 4,
    lon: -79 + rng() * 6,
    courseDeg: null,
    speedKn: null,
    positionAt: iso(NOW),
    positionSource: 'manual',
    createdBy: 'bench',
    createdAt: iso(NOW),
    updatedAt: iso(NOW),
    retiredAt: null,
    version: 1,
  };
  const mmsi = String(366_000_000 + i);
  const targetLat = (unit.lat ?? 0) + (rng() - 0.5) * 2;
  const targetLon = (unit.lon ?? 0) + (rng() - 0.5) * 2;
  if (kind > 0) {
    const speed = kind === 1 ? 8 : kind === 2 ? 35 : unit.maxSpeedKn * 0.97;
    // kind 2 heads at the unit, kind 3 flees it.
    const bearingToUnit = (Math.atan2((unit.lon ?? 0) - targetLon, (unit.lat ?? 0) - targetLat) * 180) / Math.PI;
    const course = kind === 3 ? (bearingToUnit + 540) % 360 : kind === 2 ? (bearingToUnit + 360) % 360 : rng() * 360;
    fixes.set(mmsi, { lat: targetLat, lon: targetLon, courseDeg: course, speedKn: speed, atMs: NOW, stale: false });
  }
  const task: UnitTaskRow = {
    id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    unitId: unit.id,
    taskingAgency: 'JCA',
    targetType: kind === 0 ? 'event' : 'vessel',
    targetId: kind === 0 ? `event-${i}` : mmsi,
    targetLabel: 'target',
    targetOwner: 'JCA',
    targetTlp: 'RED',
    targetRecipients: ['USCG'],
    targetSharingGroups: [],
    targetLat: targetLat,
    targetLon: targetLon,
    targetAt: iso(NOW),
    targetMmsi: kind === 0 ? null : mmsi,
    state: 'en_route',
    note: '',
    createdBy: 'bench',
    createdAt: iso(NOW),
    updatedAt: iso(NOW),
    outcomeEventId: null,
    etaAt: null,
    version: 1,
  };
  pairs.push({ task, unit });
}

function tick(nowMs: number) {
  return pairs.map(({ task, unit }) => toTask(task, unit, ops, nowMs));
}

// Warm up the JIT, then time ticks one second of simulated time apart.
for (let i = 0; i < 20; i++) tick(NOW + i * 1000);
const tickMs: number[] = [];
const encodeMs: number[] = [];
let possible = 0;
for (let i = 0; i < TICKS; i++) {
  const t0 = performance.now();
  const tasks = tick(NOW + i * 1000);
  const t1 = performance.now();
  JSON.stringify(tasks);
  const t2 = performance.now();
  tickMs.push(t1 - t0);
  encodeMs.push(t2 - t1);
  if (i === 0) possible = tasks.filter((t) => t.intercept.possible).length;
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const results = {
  tasks: TASKS,
  ticks: TICKS,
  interceptPossibleAtStart: possible,
  tickMsMean: mean(tickMs),
  tickMsP99: pct(tickMs, 99),
  coreShareAt1HzPercent: (mean(tickMs) / 1000) * 100,
  peerJsonEncodeMsMean: mean(encodeMs),
  ratioTickToJsonEncode: mean(tickMs) / mean(encodeMs),
  loadAverage1m: loadavg()[0],
};
console.log(
  `${TASKS} open tasks: one recompute ${results.tickMsMean.toFixed(3)} ms mean, ${results.tickMsP99.toFixed(3)} ms p99 ` +
    `= ${results.coreShareAt1HzPercent.toFixed(3)} % of a core at 1 Hz; JSON-encoding the same tasks ` +
    `${results.peerJsonEncodeMsMean.toFixed(3)} ms (ratio ${results.ratioTickToJsonEncode.toFixed(2)}); ` +
    `${possible}/${TASKS} interceptable; load ${results.loadAverage1m?.toFixed(2)}`,
);
console.log(`written ${writeResults('intercepts', results)}`);
