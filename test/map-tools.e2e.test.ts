import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';

const dir = createTempDir('e2e-map-tools');
/** Where the screenshots go when SHOTS_DIR is set (the reviewer looks at them). */
const SHOTS = process.env.SHOTS_DIR;
let server: RunningServer;
let browser: BrowserContext | undefined;
let page: Page;

const KINGSTON: [number, number] = [-76.79, 17.97];
const MIAMI: [number, number] = [-80.1918, 25.7617];
const DECIMAL = /^(\d+\.\d{4})° ([NS]), (\d+\.\d{4})° ([EW])$/;

/** "17.9700° N, 76.7900° W" -> [17.97, -76.79]. */
function decimalsOf(text: string | null): [number, number] {
  const m = DECIMAL.exec(text ?? '');
  if (!m) throw new Error(`not decimal degrees: ${text}`);
  return [Number(m[1]) * (m[2] === 'S' ? -1 : 1), Number(m[3]) * (m[4] === 'W' ? -1 : 1)];
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  browser = await launchBrowser({ width: 1920, height: 1080 });
  page = await browser.newPage();
  await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
  await page.getByTestId('range-tool').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

interface DebugMap {
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
  once(event: string, listener: () => void): void;
  loaded(): boolean;
}

/** Moves the live map (through the debug handle) and waits until it has drawn the new view. */
async function jumpTo(center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ({ center, zoom }) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { tidewatch: { map: DebugMap } }).tidewatch.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center, zoom });
      }),
    { center, zoom },
  );
}

/** Where a position is on the page, in CSS pixels. */
async function pixelOf(lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((lngLat) => {
    const map = (window as unknown as { tidewatch: { map: DebugMap } }).tidewatch.map;
    const p = map.project(lngLat);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

async function shot(name: string, sizes: readonly (readonly [number, number])[]): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 800));
    // A 4K frame takes a while on a loaded machine; only the reviewer's runs (SHOTS_DIR) take them.
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png`, timeout: 120_000 });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

describe('map tools', () => {
  it('[MAP-1] scale bars in NM and km, and the cursor position in degrees-minutes or decimal degrees', async () => {
    await jumpTo(KINGSTON, 12);
    const kingston = await pixelOf(KINGSTON);
    await page.mouse.move(kingston.x, kingston.y);
    const readout = page.getByTestId('cursor-readout');
    await expect.poll(() => readout.textContent()).toBe("17°58.2'N 076°47.4'W");

    // Each bar's label is the ground distance its drawn width covers at this latitude and zoom (512 px tiles).
    const bars = await page
      .locator('.maplibregl-ctrl-scale')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', width: el.getBoundingClientRect().width })));
    expect(bars.map((b) => b.text.replace(/[\d.,\s]/g, ''))).toEqual(['nm', 'km']);
    const metresPerPx = (40_075_016.686 * Math.cos((17.97 * Math.PI) / 180)) / (512 * 2 ** 12);
    for (const [bar, metresPerUnit] of [
      [bars[0], 1852],
      [bars[1], 1000],
    ] as const) {
      const labelled = Number.parseFloat(bar?.text ?? '');
      // The bar's box includes its 2 px side borders.
      expect((((bar?.width ?? 0) - 4) * metresPerPx) / metresPerUnit).toBeCloseTo(labelled, 0);
    }

    await page.getByTestId('coord-format').click();
    await page.mouse.move(kingston.x, kingston.y);
    // Decimal degrees to four places (about 11 m): finer than a pixel here, so within a pixel of the point.
    await expect.poll(() => readout.textContent()).toMatch(DECIMAL);
    expect(decimalsOf(await readout.textContent())).toEqual([expect.closeTo(17.97, 3), expect.closeTo(-76.79, 3)]);
    await shot('map-tools-cursor', [
      [1920, 1080],
      [1366, 768],
      [3840, 2160],
    ]);

    // The format is the user's choice on this device: it survives a reload.
    await page.reload();
    await page.getByTestId('range-tool').waitFor({ timeout: 20_000 });
    await jumpTo(KINGSTON, 12);
    const again = await pixelOf(KINGSTON);
    await page.mouse.move(again.x, again.y);
    await expect.poll(() => page.getByTestId('cursor-readout').textContent()).toMatch(DECIMAL);
    await page.getByTestId('coord-format').click();
  }, 120_000);

  it('[MAP-2] measures Kingston to Miami by keyboard at the crosshair, and by two clicks', async () => {
    // Keyboard: the button, then Enter at the centre crosshair over Kingston and over Miami.
    await jumpTo(KINGSTON, 6);
    await page.getByTestId('range-tool').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('range-tool').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await jumpTo(MIAMI, 6);
    await page.keyboard.press('Enter');
    const result = page.getByTestId('range-readout');
    await expect.poll(() => result.getAttribute('data-nm')).not.toBeNull();
    expect(Number(await result.getAttribute('data-nm'))).toBeCloseTo(504.68, 1);
    expect(await result.textContent()).toBe('504.7 NM · 934.7 km · 339°T');

    // Pointer: two clicks on the map, the line drawn, the leg within a pixel's worth of the true one.
    await jumpTo([-78.5, 21.9], 5.5);
    for (const point of [KINGSTON, MIAMI]) {
      const at = await pixelOf(point);
      await page.mouse.click(at.x, at.y);
    }
    await expect.poll(async () => Number(await result.getAttribute('data-nm'))).toBeCloseTo(504.68, -0.5);
    expect(Number(await result.getAttribute('data-bearing'))).toBeCloseTo(338.56, 0);
    const line = await page.evaluate(() => {
      const map = (window as unknown as { tidewatch: { map: { getLayer(id: string): unknown } } }).tidewatch.map;
      return map.getLayer('measure-line') !== undefined;
    });
    expect(line).toBe(true);
    // A click measures: it did not open an event or a vessel.
    expect(await page.locator('[data-map-inset="right"]').count()).toBe(0);
    await shot('map-tools-range', [
      [1920, 1080],
      [1366, 768],
    ]);

    // Escape ends the tool: the readout and the line go.
    await page.getByTestId('map').locator('canvas').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => result.count()).toBe(0);
    expect(await page.getByTestId('range-tool').getAttribute('aria-pressed')).toBe('false');
  }, 120_000);

  it('[MAP-3] the layer panel hides a layer on the map, and the choice survives a reload', async () => {
    const visibility = (layer: string): Promise<unknown> =>
      page.evaluate((layer) => {
        const map = (window as unknown as { tidewatch: { map: { getLayoutProperty(l: string, p: string): unknown } } })
          .tidewatch.map;
        return map.getLayoutProperty(layer, 'visibility') ?? 'visible';
      }, layer);
    await jumpTo([-75, 18], 4.5);
    // Keyboard: the panel button opens it, Space switches a layer.
    await page.getByTestId('layer-panel-toggle').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('layer-panel').waitFor();
    expect(await visibility('events-circle')).toBe('visible');
    await page.getByTestId('layer-events').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('layer-graticule').click();
    await expect.poll(() => visibility('events-circle')).toBe('none');
    expect(await visibility('events-halo')).toBe('none');
    expect(await visibility('graticule')).toBe('none');
    await shot('map-tools-layers', [
      [1920, 1080],
      [1366, 768],
    ]);

    await page.reload();
    await page.getByTestId('layer-panel-toggle').waitFor({ timeout: 20_000 });
    await expect.poll(() => visibility('events-circle')).toBe('none');
    expect(await visibility('graticule')).toBe('none');
    await page.getByTestId('layer-panel-toggle').click();
    expect(await page.getByTestId('layer-events').isChecked()).toBe(false);
    expect(await page.getByTestId('layer-cargo-arcs').isChecked()).toBe(true);

    await page.getByTestId('layer-events').click();
    await page.getByTestId('layer-graticule').click();
    await expect.poll(() => visibility('events-circle')).toBe('visible');
    expect(await visibility('graticule')).toBe('visible');
    // Escape folds the panel back to its button.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('layer-panel').count()).toBe(0);
  }, 120_000);
});
