/**
 * Wall-display soak: the /wall page in headless Chromium for SOAK_MINUTES (default 30) while the demo world
 * streams events at an accelerated rate and the simulated traffic moves; the JavaScript heap is sampled
 * after a forced GC every minute. Target: no more than 10% growth after warm-up. Warm-up must cover the
 * time the dashboard takes to fill its bounded caches (5,000 events: about 7.5 minutes at the default
 * 10 events/s), so WARMUP_MINUTES defaults to 10.
 *
 *   npx tsx bench/wall/soak.bench.ts            (SOAK_MINUTES=3 for a quick look)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { spawnServer } from '../support/spawn-server.ts';
import { round } from '../support/stats.ts';
import { writeResults } from '../support/results.ts';
import { DEFAULT_CAPACITY } from '../../apps/web/src/live/store.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 40);
const WARMUP = Math.min(Number(process.env.WARMUP_MINUTES ?? 10), Math.max(0, MINUTES - 1));
const EVENT_INTERVAL_MS = Number(process.env.SOAK_EVENT_INTERVAL_MS ?? 100);

const dataDir = mkdtempSync(join(tmpdir(), 'tw-soak-'));
const server = await spawnServer(
  {
    DATA_DIR: dataDir,
    DEMO: 'on',
    DEMO_HISTORY_DAYS: '30',
    DEMO_INTERVAL_MS: String(EVENT_INTERVAL_MS),
    DEMO_VESSELS: process.env.SOAK_VESSELS ?? '2000',
  },
  18_600,
);
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tw-soak-chromium-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await page.goto(`${server.url}/wall#token=tw_dev_demo_jca`);
await page.locator('[data-testid="wall"]').waitFor({ timeout: 60_000 });

/** Events the wall holds (its feed header says "N held"): until the store is full, growth is fill, not a leak. */
const heldEvents = async (): Promise<number | null> => {
  const text = await page
    .locator('.wall-feed .wall__section-sub')
    .textContent()
    .catch(() => null);
  const n = Number((text ?? '').replace(/[^0-9]/g, ''));
  return text === null || !Number.isFinite(n) ? null : n;
};

const samples: {
  minute: number;
  heapMB: number;
  feedItems: number;
  heldEvents: number | null;
  state: string | null;
}[] = [];
for (let minute = 0; minute <= MINUTES; minute++) {
  if (minute > 0) await page.waitForTimeout(60_000);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const feedItems = await page.locator('[data-testid="feed-item"]').count();
  const state = await page
    .locator('[data-testid="connection-state"]')
    .getAttribute('data-state')
    .catch(() => null);
  const held = await heldEvents();
  samples.push({ minute, heapMB: round(usedSize / 2 ** 20, 2), feedItems, heldEvents: held, state });
  console.log(
    `minute ${String(minute).padStart(2)}: heap ${round(usedSize / 2 ** 20, 2)} MB, feed items rendered ${feedItems}, events held ${held}, connection ${state}`,
  );
}
await page.screenshot({ path: join(tmpdir(), 'tw-soak-final.png') });
const afterWarmup = samples.find((s) => s.minute === WARMUP)?.heapMB ?? Number.NaN;
const last = samples.at(-1)?.heapMB ?? Number.NaN;
const growthPercent = round(((last - afterWarmup) / afterWarmup) * 100, 1);
const peakAfterWarmup = Math.max(...samples.filter((s) => s.minute >= WARMUP).map((s) => s.heapMB));
const storeFullAtMinute = samples.find((s) => (s.heldEvents ?? 0) >= DEFAULT_CAPACITY)?.minute ?? null;
console.log(
  `heap after ${WARMUP} min warm-up ${afterWarmup} MB, at ${MINUTES} min ${last} MB: growth ${growthPercent}% (target <= 10%), peak ${peakAfterWarmup} MB; event store full (${DEFAULT_CAPACITY}) from minute ${storeFullAtMinute}`,
);
console.log(
  `wrote ${writeResults('wall-soak', { minutes: MINUTES, warmupMinutes: WARMUP, eventIntervalMs: EVENT_INTERVAL_MS, afterWarmupMB: afterWarmup, finalMB: last, growthPercent, peakAfterWarmupMB: peakAfterWarmup, storeFullAtMinute, samples })}`,
);
await browser.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
