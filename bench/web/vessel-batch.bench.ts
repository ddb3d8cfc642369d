/**
 * Main-thread cost of one 20,000-vessel update batch on the dashboard's map layer, in headless Chromium,
 * against the real server and the built dashboard. Target: under 16 ms (one frame at 60 Hz).
 *
 *   npx tsx bench/web/vessel-batch.bench.ts      (or: pnpm bench web)
 *   BENCH_QUICK=1 for fewer batches; BENCH_REBUILD=1 to rebuild apps/web/dist first; WEB_DIST=folder to serve
 *   another build (e.g. `vite build --outDir /tmp/tw-dist`).
 *
 * The vessels are drawn by a WebGL custom layer from the store's Float32Array (apps/web/src/vessels/
 * vesselGlLayer.ts). What is measured, per batch (one a second, every vessel moved, as a full feed would):
 *  - sync: `window.tidewatch.applyVesselBatch(batch)`: decoding the rows into the store and its typed array,
 *    and asking the map for a redraw, timed with performance.now();
 *  - upload+draw: the vessel layer's own render() call in the frame that follows (bufferSubData of the array,
 *    uniforms, one draw call per world copy), timed inside the layer;
 *  - perBatch = sync + upload+draw: everything the batch adds to the main thread in JavaScript and WebGL calls;
 *  - GC: V8 garbage-collection pauses on the renderer main thread during the run (CDP Tracing, MinorGC/MajorGC);
 *  - long tasks (> 50 ms) seen by a PerformanceObserver, and the gaps between frames;
 *  - main-thread busy per batch from the DevTools Performance domain (TaskDuration) minus the idle baseline of
 *    the same map without batches: this also counts the frame itself (MapLibre redrawing every layer).
 * A control run repaints the same map once a second without any vessel change: what one frame costs on this
 * machine. Headless Chromium renders WebGL in software (SwiftShader), so a 1080p frame costs a few hundred
 * milliseconds here whatever the vessels do; on a GPU it is a few. The busy figure of the batches minus the
 * control's is the part the vessels add to a frame.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { createAgencyRepository, createApiKeyRepository, openDatabase } from '@tidewatch/db';
import { sha256 } from '../../apps/server/src/auth/tokens.ts';
import { spawnServer } from '../support/spawn-server.ts';
import { percentile, round } from '../support/stats.ts';
import { writeResults } from '../support/results.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const VESSELS = 20_000;
// 40, so that the p95 is not simply the largest of a handful of samples.
const BATCHES = QUICK ? 6 : 40;
const INTERVAL_MS = 1_000;
const PORT = 18_620;
const DEVICE_TOKEN = 'tw_dev_bench_jca_0123456789';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// WEB_DIST: a build of one's own (other work on the same tree may rebuild apps/web/dist mid-run).
const dist = process.env.WEB_DIST ?? join(repoRoot, 'apps/web/dist');

if (process.env.BENCH_REBUILD === '1' || !existsSync(join(dist, 'index.html'))) {
  console.log('building apps/web ...');
  const build = spawnSync('npx', ['-y', 'pnpm@12.4.2', '--filter', '@tidewatch/web', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('web build failed');
}
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);

const dataDir = mkdtempSync(join(tmpdir(), 'tw-bench-web-'));
const handle = await openDatabase({ dataDir, databaseUrl: undefined });
await createAgencyRepository(handle.db).upsertMany([{ code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' }]);
await createApiKeyRepository(handle.db).upsertByHash({
  agencyCode: 'JCA',
  kind: 'device',
  name: 'bench wall',
  prefix: DEVICE_TOKEN.slice(0, 12),
  keyHash: sha256(DEVICE_TOKEN),
  scopes: ['events:read'],
});
await handle.close();

const server = await spawnServer({ DATA_DIR: dataDir, DEMO: 'off', DEMO_VESSELS: '0', WEB_DIST: dist }, PORT);
const userDataDir = mkdtempSync(join(tmpdir(), 'tw-bench-chromium-'));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1920, height: 1080 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

interface ModeResult {
  mode: string;
  flushModes: string[];
  syncMs: number[];
  applyMs: number[];
  flushMs: number[];
  renderMs: number[];
  uploads: number;
  gc: { count: number; totalMs: number; maxMs: number; major: number; majorMs: number };
  longestTaskMs: number;
  stepCpuMs: number[];
  frameCpuMs: number[];
  cpuMsPerBatch: number;
  longTasks: number[];
  maxFrameGapMs: number;
  p95FrameGapMs: number;
  busyMsPerSecond: number;
}

async function openDashboard(): Promise<Page> {
  const page = browser.pages()[0] ?? (await browser.newPage());
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls __name().
  await page.addInitScript('window.__name = (f) => f;');
  // Signed in as a wall display: the stored device token is what the token form would have saved.
  await page.addInitScript((token) => localStorage.setItem('tidewatch.deviceToken', token), DEVICE_TOKEN);
  await page.goto(server.url);
  await page.waitForFunction(
    () =>
      typeof (window as unknown as { tidewatch?: { applyVesselBatch?: unknown } }).tidewatch?.applyVesselBatch ===
      'function',
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(() => {
    const tw = (window as unknown as { tidewatch: { map: { jumpTo(o: unknown): void } } }).tidewatch;
    // The whole basin, where all 20,000 are in view and on screen.
    tw.map.jumpTo({ center: [-75, 18], zoom: 4.5 });
  });
  await page.waitForTimeout(1500);
  return page;
}

/** Builds the snapshot and update batches inside the page (not timed), deterministic by seed. */
async function prepareBatches(page: Page): Promise<void> {
  await page.evaluate(
    ({ vessels, batches }) => {
      let seed = 20261129;
      const rnd = (): number => {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        return seed / 2 ** 32;
      };
      const n = vessels;
      const lon = new Float64Array(n);
      const lat = new Float64Array(n);
      const cog = new Float64Array(n);
      const sog = new Float64Array(n);
      const cat = new Uint8Array(n);
      const names: [number, string][] = [];
      for (let i = 0; i < n; i++) {
        lon[i] = -88 + rnd() * 28;
        lat[i] = 9 + rnd() * 18;
        cog[i] = rnd() * 360;
        sog[i] = 4 + rnd() * 16;
        cat[i] = Math.floor(rnd() * 9);
        names.push([300_000_000 + i, `BENCH VESSEL ${i}`]);
      }
      const rowsOf = (step: number): number[] => {
        const rows: number[] = new Array(n * 9);
        for (let i = 0; i < n; i++) {
          if (step > 0) {
            // About a second at 4-20 knots, with a little turning.
            cog[i] = ((cog[i] ?? 0) + (rnd() - 0.5) * 6 + 360) % 360;
            const d = ((sog[i] ?? 0) * 1852) / 3600 / 111_000;
            const rad = ((cog[i] ?? 0) * Math.PI) / 180;
            lon[i] = (lon[i] ?? 0) + Math.sin(rad) * d * 20;
            lat[i] = (lat[i] ?? 0) + Math.cos(rad) * d * 20;
          }
          const o = i * 9;
          rows[o] = 300_000_000 + i;
          rows[o + 1] = Math.round((lon[i] ?? 0) * 1e5);
          rows[o + 2] = Math.round((lat[i] ?? 0) * 1e5);
          rows[o + 3] = Math.round((sog[i] ?? 0) * 10);
          rows[o + 4] = Math.round((cog[i] ?? 0) * 10);
          rows[o + 5] = Math.round(cog[i] ?? 0) % 360;
          rows[o + 6] = cat[i] ?? 0;
          rows[o + 7] = i % 50 === 0 ? 1 : 0;
          rows[o + 8] = 2;
        }
        return rows;
      };
      const at = Date.now();
      const w = window as unknown as { benchBatches: unknown[] };
      w.benchBatches = [{ v: 1, kind: 'snapshot', seq: 1, at, rows: rowsOf(0), names, removed: [] }];
      for (let b = 1; b <= batches * 2; b++)
        w.benchBatches.push({
          v: 1,
          kind: 'update',
          seq: b + 1,
          at: at + b * 1000,
          rows: rowsOf(b),
          names: [],
          removed: [],
        });
    },
    { vessels: VESSELS, batches: BATCHES },
  );
}

async function busyMs(page: Page, cdp: Awaited<ReturnType<typeof browser.newCDPSession>>): Promise<number> {
  void page;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, µs. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, it does not grow when other processes take the CPU. */
  tdur?: number;
  args?: { name?: string; data?: { message?: string } };
}

/** GC pauses and the longest task on the renderer main thread, from a CDP trace of the run. */
async function traced<T>(
  cdp: Awaited<ReturnType<typeof browser.newCDPSession>>,
  body: () => Promise<T>,
): Promise<{
  value: T;
  gc: ModeResult['gc'];
  longestTaskMs: number;
  stepCpuMs: number[];
  frameCpuMs: number[];
  cpuMs: number;
}> {
  const events: TraceEvent[] = [];
  // Playwright types the payload loosely ({[key: string]: string}); the trace format is what TraceEvent says.
  const onData = (e: { value: unknown[] }): void => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const value = await body();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const gcs = onMain.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC').map((e) => (e.dur ?? 0) / 1000);
  const majors = onMain.filter((e) => e.name === 'MajorGC').map((e) => (e.dur ?? 0) / 1000);
  const tasks = onMain.filter((e) => e.name === 'RunTask').map((e) => (e.dur ?? 0) / 1000);
  // CPU time of each batch's own task (the one that stamped 'vessel-batch': decode + redraw request) and of
  // each frame the map drew.
  const stamps = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'vessel-batch')
    .map((e) => e.ts);
  const stepCpuMs = onMain
    .filter((e) => e.name === 'RunTask' && stamps.some((t) => t >= e.ts && t <= e.ts + (e.dur ?? 0)))
    .map((e) => (e.tdur ?? Number.NaN) / 1000);
  const frameCpuMs = onMain
    .filter((e) => e.name === 'FireAnimationFrame' && (e.tdur ?? 0) > 1000)
    .map((e) => (e.tdur ?? Number.NaN) / 1000);
  return {
    value,
    gc: {
      count: gcs.length,
      totalMs: gcs.reduce((a, b) => a + b, 0),
      maxMs: Math.max(0, ...gcs),
      major: majors.length,
      majorMs: majors.reduce((a, b) => a + b, 0),
    },
    longestTaskMs: Math.max(0, ...tasks),
    stepCpuMs,
    frameCpuMs,
    // Every task on the main thread, in CPU time: also what a batch causes outside its own task and frames.
    cpuMs: onMain.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0),
  };
}

async function run(page: Page, mode: 'gl' | 'repaint', firstBatch: number): Promise<ModeResult> {
  const cdp = await browser.newCDPSession(page);
  await cdp.send('Performance.enable');

  // Idle baseline: the same map, same vessels, no batches.
  const idle0 = await busyMs(page, cdp);
  await page.waitForTimeout(BATCHES * INTERVAL_MS);
  const idle = (await busyMs(page, cdp)) - idle0;

  const before = await busyMs(page, cdp);
  const {
    value: result,
    gc,
    longestTaskMs,
    stepCpuMs,
    frameCpuMs,
    cpuMs,
  } = await traced(cdp, () =>
    page.evaluate(
      ({ batches, interval, first, repaintOnly }) =>
        new Promise<{
          timings: {
            applyMs: number;
            flushMs: number;
            mode: string;
            syncMs: number;
            renderMs: number;
            uploaded: boolean;
          }[];
          longTasks: number[];
          frameGaps: number[];
        }>((resolve) => {
          const w = window as unknown as {
            benchBatches: unknown[];
            tidewatch: {
              applyVesselBatch(b: unknown): { applyMs: number; flushMs: number; mode: string };
              vesselRenderStats?: () => { uploads: number; lastRenderMs: number };
              map: { triggerRepaint(): void };
            };
          };
          const longTasks: number[] = [];
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTasks.push(entry.duration);
          });
          observer.observe({ type: 'longtask' });
          const frameGaps: number[] = [];
          let last = performance.now();
          let running = true;
          const frame = (t: number): void => {
            frameGaps.push(t - last);
            last = t;
            if (running) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
          const timings: {
            applyMs: number;
            flushMs: number;
            mode: string;
            syncMs: number;
            renderMs: number;
            uploaded: boolean;
          }[] = [];
          let i = 0;
          const step = (): void => {
            const batch = w.benchBatches[first + i];
            // A dist built before the WebGL layer (served with WEB_DIST) has no render stats.
            const renderStats = (): { uploads: number; lastRenderMs: number } =>
              w.tidewatch.vesselRenderStats?.() ?? { uploads: 0, lastRenderMs: 0 };
            const uploadsBefore = renderStats().uploads;
            // Marks this task in the trace, so its CPU time can be read there.
            console.timeStamp('vessel-batch');
            const t0 = performance.now();
            // The control repaints the same map without touching the vessels: what one frame costs here.
            if (repaintOnly) w.tidewatch.map.triggerRepaint();
            const r = repaintOnly ? { applyMs: 0, flushMs: 0, mode: 'none' } : w.tidewatch.applyVesselBatch(batch);
            const syncMs = performance.now() - t0;
            // Registered after the map's own frame request: runs once the map has drawn this batch.
            requestAnimationFrame(() => {
              const stats = renderStats();
              timings.push({ ...r, syncMs, renderMs: stats.lastRenderMs, uploaded: stats.uploads > uploadsBefore });
              i++;
              if (i < batches) setTimeout(step, interval);
              else
                setTimeout(() => {
                  running = false;
                  observer.disconnect();
                  resolve({ timings, longTasks, frameGaps: frameGaps.slice(1) });
                }, interval);
            });
          };
          step();
        }),
      { batches: BATCHES, interval: INTERVAL_MS, first: firstBatch, repaintOnly: mode === 'repaint' },
    ),
  );
  const busy = (await busyMs(page, cdp)) - before;
  await cdp.detach();
  const gaps = [...result.frameGaps].sort((a, b) => a - b);
  return {
    mode,
    flushModes: [...new Set(result.timings.map((t) => t.mode))],
    syncMs: result.timings.map((t) => t.syncMs),
    applyMs: result.timings.map((t) => t.applyMs),
    flushMs: result.timings.map((t) => t.flushMs),
    renderMs: result.timings.map((t) => t.renderMs),
    uploads: result.timings.filter((t) => t.uploaded).length,
    gc,
    longestTaskMs,
    stepCpuMs,
    frameCpuMs,
    cpuMsPerBatch: cpuMs / BATCHES,
    longTasks: result.longTasks,
    maxFrameGapMs: gaps[gaps.length - 1] ?? Number.NaN,
    p95FrameGapMs: percentile(gaps, 95),
    busyMsPerSecond: (busy - idle) / BATCHES,
  };
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const summary = (xs: number[]) => ({
  medianMs: round(percentile(sorted(xs), 50), 2),
  p95Ms: round(percentile(sorted(xs), 95), 2),
  maxMs: round(Math.max(...xs), 2),
});

const results: Record<string, unknown>[] = [];
try {
  const page = await openDashboard();
  await prepareBatches(page);
  // The snapshot (first load of 20,000) is reported on its own: it happens once per viewport subscription.
  const snapshot = await page.evaluate(() => {
    const w = window as unknown as {
      benchBatches: unknown[];
      tidewatch: { applyVesselBatch(b: unknown): { applyMs: number; flushMs: number; held: number } };
    };
    return w.tidewatch.applyVesselBatch(w.benchBatches[0]);
  });
  console.log(
    `snapshot of ${snapshot.held} vessels: decode ${round(snapshot.applyMs, 2)} ms + hand-off ${round(snapshot.flushMs, 2)} ms`,
  );
  await page.waitForTimeout(3000);
  const shown = await page.evaluate(
    () =>
      (
        window as unknown as { tidewatch: { vesselRenderStats?: () => { uploads: number } } }
      ).tidewatch.vesselRenderStats?.().uploads ?? null,
  );
  console.log(`vessel layer uploads after the snapshot: ${shown}`);

  let next = 1;
  for (const mode of ['gl', 'repaint'] as const) {
    const r = await run(page, mode, next);
    if (mode !== 'repaint') next += BATCHES;
    const perBatch = r.syncMs.map((ms, i) => ms + (mode === 'repaint' ? 0 : (r.renderMs[i] ?? 0)));
    const line = {
      mode: r.mode,
      mapCall: r.flushModes.join('+'),
      vessels: VESSELS,
      batches: BATCHES,
      sync: summary(r.syncMs),
      decode: summary(r.applyMs),
      handOff: summary(r.flushMs),
      uploadAndDraw: summary(r.renderMs),
      uploadsSeen: r.uploads,
      perBatch: summary(perBatch),
      // Thread CPU time (trace tdur): what the batch's task and the map's frames cost the main thread,
      // whatever else the machine was running.
      batchTaskCpu: r.stepCpuMs.length > 0 ? summary(r.stepCpuMs) : null,
      frameCpu: r.frameCpuMs.length > 0 ? { ...summary(r.frameCpuMs), frames: r.frameCpuMs.length } : null,
      mainThreadCpuPerBatchMs: round(r.cpuMsPerBatch, 1),
      gc: {
        count: r.gc.count,
        totalMs: round(r.gc.totalMs, 1),
        maxMs: round(r.gc.maxMs, 1),
        major: r.gc.major,
        majorMs: round(r.gc.majorMs, 1),
      },
      longestMainThreadTaskMs: round(r.longestTaskMs, 1),
      longTasks: {
        count: r.longTasks.length,
        maxMs: round(Math.max(0, ...r.longTasks), 1),
        totalMs: round(
          r.longTasks.reduce((a, b) => a + b, 0),
          1,
        ),
      },
      frames: { p95GapMs: round(r.p95FrameGapMs, 1), maxGapMs: round(r.maxFrameGapMs, 1) },
      mainThreadBusyPerBatchMs: round(r.busyMsPerSecond, 1),
      loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    };
    results.push(line);
    console.log(
      `${mode.padEnd(7)} sync median ${line.sync.medianMs} ms p95 ${line.sync.p95Ms} ms [decode ${line.decode.medianMs}]  upload+draw median ${line.uploadAndDraw.medianMs} p95 ${line.uploadAndDraw.p95Ms} ms (${line.uploadsSeen}/${BATCHES} frames uploaded)` +
        `  per batch median ${line.perBatch.medianMs} p95 ${line.perBatch.p95Ms} max ${line.perBatch.maxMs} ms` +
        `  CPU: batch task median ${line.batchTaskCpu?.medianMs} p95 ${line.batchTaskCpu?.p95Ms} ms, map frame median ${line.frameCpu?.medianMs} p95 ${line.frameCpu?.p95Ms} ms (${line.frameCpu?.frames} frames), all main-thread tasks ${line.mainThreadCpuPerBatchMs} ms per batch  GC ${line.gc.count} pauses ${line.gc.totalMs} ms (max ${line.gc.maxMs}; major ${line.gc.major}, ${line.gc.majorMs} ms)` +
        `  long tasks ${line.longTasks.count} (max ${line.longTasks.maxMs} ms)  frame gap p95 ${line.frames.p95GapMs} max ${line.frames.maxGapMs} ms` +
        `  main-thread busy per batch incl. the software-GL frame ${line.mainThreadBusyPerBatchMs} ms  load ${line.loadAverage}`,
    );
  }
  results.unshift({
    kind: 'snapshot',
    vessels: snapshot.held,
    decodeMs: round(snapshot.applyMs, 2),
    handOffMs: round(snapshot.flushMs, 2),
    layerUploads: shown,
  });
  const gl = results.find((r) => r.mode === 'gl') as { perBatch: { medianMs: number; p95Ms: number } } | undefined;
  console.log(
    `target: one 20,000-vessel batch under 16 ms of main-thread work (decode + upload + draw calls: median ${gl?.perBatch.medianMs} ms, p95 ${gl?.perBatch.p95Ms} ms)`,
  );
  console.log(`wrote ${writeResults('vessel-batch', results)}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(0);
