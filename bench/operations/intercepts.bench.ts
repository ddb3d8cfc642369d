/**
 * OPSU-8: the cost of keeping 200 open tasks' intercepts current at 1 Hz, through the same code the node's
 * ticker runs per task (toTask: unit position, target dead reckoning, intercept, DTO). Targets are a mix of
 * still events, slow vessels, go-fasts heading at the unit and go-fasts fleeing at nearly the unit's speed (the
 * intercept's worst case: the march takes the most steps). Peer, measured in the same run: JSON encoding of
 * the same 200 task DTOs, which one socket emit of them would cost anyway.
 */
import { loadavg } from 'node:os';
import { toTask } from '../../apps/server/src/services/operations/task-view.ts';
import { openTaskFixture } from '../support/open-tasks.ts';
import { writeResults } from '../support/results.ts';

const TASKS = 200;
const TICKS = 300;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const { pairs, ops } = openTaskFixture(TASKS, NOW);

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
