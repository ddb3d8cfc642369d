import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';
import { feedAis, positionReport, staticReport, until } from './support/intel.ts';

const dir = createTempDir('e2e-vessels');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;

const MMSI = 339_000_777;
const NAME = 'E2E WEBGL TRADER';
const AT: [number, number] = [-76.6, 17.6];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

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

/** Page coordinates of a lon/lat on the map canvas. */
function onScreen(p: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return p.evaluate((c) => {
    const map = (window as unknown as Hooks).tidewatch?.map;
    if (!map) throw new Error('no map');
    const pt = map.project(c);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + pt.x, y: r.top + pt.y };
  }, lonLat);
}

describe('vessel layer in Chromium (WebGL)', () => {
  it('[VES-WEB-5] draws streamed vessels, names them when zoomed, finds them under the cursor and opens the card on click', async () => {
    const now = Date.now();
    feedAis(server, staticReport(MMSI, NAME, 9_312_349, 'E2EWG'), now);
    feedAis(server, positionReport(MMSI, AT[1], AT[0], 12), now);

    await page.goto(server.url);
    await page.getByTestId('login-username').fill('jca.analyst');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="map"] canvas').waitFor({ timeout: 20_000 });
    await until(
      'the map handle',
      () => page.evaluate(() => ((window as unknown as Hooks).tidewatch?.vesselRenderStats ? true : undefined)),
      20_000,
    );

    await page.evaluate((c) => (window as unknown as Hooks).tidewatch?.map?.jumpTo({ center: c, zoom: 10 }), AT);
    // The viewport subscription follows the move; the layer uploads the vessel and the label pool names it.
    await until(
      'a drawn vessel',
      () =>
        page.evaluate(() =>
          ((window as unknown as Hooks).tidewatch?.vesselRenderStats?.().uploads ?? 0) > 0 ? true : undefined,
        ),
      15_000,
    );
    await page.locator('.vessel-label', { hasText: NAME }).waitFor({ timeout: 15_000 });

    const p = await onScreen(page, AT);
    await page.mouse.move(p.x + 2, p.y + 1);
    await expect.poll(() => page.locator('.tw-popup').textContent(), { timeout: 5_000 }).toContain(NAME);
    // Away from it: no vessel under the cursor, no popup.
    await page.mouse.move(p.x + 80, p.y + 80);
    await expect.poll(() => page.locator('.tw-popup').count(), { timeout: 5_000 }).toBe(0);

    const q = await onScreen(page, AT);
    await page.mouse.click(q.x + 1, q.y + 1);
    const card = page.locator(`[data-testid="vessel-card"][data-mmsi="${MMSI}"]`);
    await card.waitFor({ timeout: 10_000 });
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(NAME);
  }, 90_000);
});
