import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AisDecoder, encodeAreaNotice, encodePersonsOnBoard, encodeWeather, type AisMessage } from '@tidewatch/ais';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD, testDeviceToken } from './support/server.ts';
import { feedAis, positionReport, staticReport, until } from './support/intel.ts';

const dir = createTempDir('e2e-sea-notices');
/** Where the screenshots of this screen go when SHOTS_DIR is set (the reviewer looks at them). */
const SHOTS = process.env.SHOTS_DIR;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;

const MMSI = 339_000_888;
const NAME = 'E2E SEA TRADER';
const VESSEL_AT: [number, number] = [-76.55, 17.62];
const AREA_AT: [number, number] = [-76.4, 17.72];
const STATION_AT: [number, number] = [-76.7, 17.7];

interface Hooks {
  tidewatch?: {
    map?: {
      jumpTo(o: unknown): void;
      project(c: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
    };
    vesselRenderStats?: () => { uploads: number };
  };
}

function onScreen(p: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return p.evaluate((c) => {
    const map = (window as unknown as Hooks).tidewatch?.map;
    if (!map) throw new Error('no map');
    const pt = map.project(c);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + pt.x, y: r.top + pt.y };
  }, lonLat);
}

/** Encoded sentences decoded as a receiver would, so the test goes through the real wire format. */
function decoded(lines: string[]): AisMessage[] {
  const decoder = new AisDecoder();
  return lines.flatMap((l) => [...decoder.push(l, 0)]).map((d) => d.message);
}

async function shot(name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 800));
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setViewportSize({ width: 1920, height: 1080 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

describe('sea notices in Chromium', () => {
  it('[AIS-SEA-5] the map draws an area notice and a weather station, each readable on click; the vessel card shows persons on board and the weather nearby', async () => {
    const now = Date.now();
    const messages = decoded([
      ...encodePersonsOnBoard(MMSI, 3_390_000, 23),
      ...encodeWeather({
        mmsi: 3_390_002,
        lat: STATION_AT[1],
        lon: STATION_AT[0],
        observedAt: new Date(now - 4 * 60_000),
        windSpeedKn: 24,
        windGustKn: 31,
        windDirectionDeg: 60,
        airTemperatureC: 28.5,
        pressureHpa: 1009,
        visibilityNm: 6.5,
        waveHeightM: 2.4,
        wavePeriodS: 7,
        waveDirectionDeg: 70,
        seaState: 5,
        waterTemperatureC: 27.8,
      }),
      ...encodeAreaNotice({
        mmsi: 3_390_001,
        linkage: 12,
        notice: 37,
        start: new Date(now - 15 * 60_000),
        durationMinutes: 240,
        subareas: [
          { shape: 'circle', lat: AREA_AT[1], lon: AREA_AT[0], radiusM: 4000 },
          { shape: 'text', text: 'NAVAL GUNNERY' },
        ],
      }),
    ]);
    feedAis(server, staticReport(MMSI, NAME, 9_312_349, 'E2ESN'), now);
    feedAis(server, positionReport(MMSI, VESSEL_AT[1], VESSEL_AT[0], 9), now);
    for (const m of messages) feedAis(server, m, now);

    await page.goto(server.url);
    await page.getByTestId('login-username').fill('jca.analyst');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 60_000 });
    // software WebGL on a loaded shared host can take a while to draw the first frame
    await page.locator('[data-testid="map"] canvas').waitFor({ timeout: 60_000 });
    await until(
      'the map handle',
      () => page.evaluate(() => ((window as unknown as Hooks).tidewatch?.map ? true : undefined)),
      20_000,
    );
    await page.evaluate(
      (c) => (window as unknown as Hooks).tidewatch?.map?.jumpTo({ center: c, zoom: 10 }),
      [-76.55, 17.68],
    );

    // the area notice: click inside the circle
    await until(
      'the area notice popup',
      async () => {
        const a = await onScreen(page, AREA_AT);
        await page.mouse.click(a.x, a.y);
        return (await page.getByTestId('area-notice-popup').count()) > 0 ? true : undefined;
      },
      20_000,
    );
    const areaText = await page.getByTestId('area-notice-popup').textContent();
    expect(areaText).toContain('Restricted: firing, danger area');
    expect(areaText).toContain('NAVAL GUNNERY');
    await shot('map-area-notice');

    const s = await onScreen(page, STATION_AT);
    await page.mouse.click(s.x, s.y);
    await page.getByTestId('weather-popup').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('weather-popup').textContent()).toContain('24 kn from NE (60°), gusts 31 kn');
    await shot('map-weather-station');

    await until(
      'the vessel card',
      async () => {
        const v = await onScreen(page, VESSEL_AT);
        await page.mouse.click(v.x + 1, v.y + 1);
        return (await page.locator(`[data-testid="vessel-card"][data-mmsi="${MMSI}"]`).count()) > 0 ? true : undefined;
      },
      20_000,
    );
    const pob = page.getByTestId('persons-on-board');
    await pob.waitFor({ timeout: 10_000 });
    expect(await pob.textContent()).toContain('23');
    expect(await page.getByTestId('weather-source').textContent()).toContain('station 3390002');
    await page.getByTestId('persons-on-board').scrollIntoViewIfNeeded();
    await shot('vessel-card-sea');
  }, 240_000);

  it('[AIS-SEA-6] the wall draws the same notices and keys them in its legend', async () => {
    const wall = await browser.newPage();
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.goto(`${server.url}/wall#token=${testDeviceToken('JCA')}`);
    await wall.getByTestId('wall').waitFor({ timeout: 60_000 });
    const legend = wall.getByTestId('sea-notice-legend');
    await legend.waitFor({ timeout: 30_000 });
    expect(await legend.textContent()).toContain('1 AIS area notice');
    expect(await legend.textContent()).toContain('1 weather station');
    await until(
      'the wall map handle',
      () => wall.evaluate(() => ((window as unknown as Hooks).tidewatch?.map ? true : undefined)),
      20_000,
    );
    await wall.evaluate((c) => (window as unknown as Hooks).tidewatch?.map?.jumpTo({ center: c, zoom: 10 }), AREA_AT);
    // The overlay's source holds the area and the station on the wall too (drawn by the same overlay).
    await until(
      'the notices on the wall map',
      () =>
        wall.evaluate(() => {
          const map = (window as unknown as { tidewatch?: { map?: { querySourceFeatures(id: string): unknown[] } } })
            .tidewatch?.map;
          return (map?.querySourceFeatures('sea-notices').length ?? 0) > 0 ? true : undefined;
        }),
      20_000,
    );
    if (SHOTS) await wall.screenshot({ path: `${SHOTS}/wall-sea-notices-1920x1080.png` });
    await wall.close();
  });
});
