import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Download, Page } from 'playwright-core';
import type { AreaOfInterest } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { feedAis, positionReport, staticReport } from './support/intel.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, TEST_PASSWORD, testKey } from './support/server.ts';

const dir = createTempDir('e2e-gis');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

/** Clicks what starts a download and answers the file as the browser saved it. */
async function download(start: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const saved: Download = file;
  const path = await saved.path();
  return { name: saved.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `gis-${name}.png`) });

describe('GIS exchange in the dashboard', () => {
  it('[GIS-6] the map menu downloads the events in view as GeoJSON and KML that independent readers accept', async () => {
    await postEvent(server.url, {
      kind: 'seizure',
      title: 'Cocaine off Port Royal',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      position: { lat: 17.93, lon: -76.84 },
      ownerAgency: 'JCA',
      releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
      severity: 4,
      seizure: { commodity: 'cocaine', quantity: 40, unit: 'kg' },
    });
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD, 90_000);
    pageErrors.length = 0;
    const menu = page.getByTestId('map-export-menu');
    // Generous: the first map load on a shared, loaded machine can take most of a minute.
    await menu.locator('summary').click({ timeout: 90_000 });
    await shot('map-menu-1080p');

    const geo = await download(() => page.getByTestId('export-events-geojson').click());
    expect(geo.name).toMatch(/^tidewatch-events-\d{8}T\d{6}Z-tlp-amber\.geojson$/);
    check(geo.text);
    const doc = JSON.parse(geo.text);
    expect(doc.marking).toBe('TLP:AMBER');
    expect(doc.features.map((f: { properties: { title: string } }) => f.properties.title)).toEqual([
      'Cocaine off Port Royal',
    ]);

    const kmlFile = await download(() => page.getByTestId('export-events-kml').click());
    expect(kmlFile.name).toMatch(/tlp-amber\.kml$/);
    const back = kml(new DOMParser().parseFromString(kmlFile.text, 'text/xml'));
    expect(back.features.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: [-76.84, 17.93] }]);

    // Zoomed far from Jamaica, the events in view are none; the file says so, still valid and marked.
    await page.evaluate(() => {
      const map = (window as unknown as { tidewatch: { map: { jumpTo(o: unknown): void } } }).tidewatch.map;
      map.jumpTo({ center: [-40, 30], zoom: 6 });
    });
    await expect
      .poll(
        async () =>
          JSON.parse((await download(() => page.getByTestId('export-events-geojson').click())).text).features.length,
        {
          timeout: 10_000,
        },
      )
      .toBe(0);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('[GIS-6] the vessel card downloads the vessel’s track with the time of each position', async () => {
    const mmsi = 339_300_001;
    const t0 = Date.now() - 2 * 3_600_000;
    feedAis(server, staticReport(mmsi, 'GIS TRACKER'), t0);
    feedAis(server, positionReport(mmsi, 17.6, -76.9), Date.now());
    await server.vessels.ctx.repo.insertTrackPoints(
      [0, 20, 40, 60].map((m, i) => ({
        mmsi,
        at: new Date(t0 + m * 60_000),
        lat: 17.6,
        lon: -77.2 + i * 0.1,
        sog: 9,
        cog: 90,
        heading: 90,
      })),
    );
    await page.getByTestId('vessel-search-input').fill('GIS TRACKER');
    await page.getByTestId('vessel-search-result').first().click();
    const trackExport = page.getByTestId('track-export');
    await trackExport.waitFor();
    await trackExport.scrollIntoViewIfNeeded();
    await shot('vessel-card-1080p');
    const file = await download(() => page.getByTestId('export-track-geojson').click());
    check(file.text);
    const [feature] = JSON.parse(file.text).features;
    expect(feature.geometry.type).toBe('LineString');
    // The stored points of the window (the live report after them may be stored too).
    expect(feature.properties.coordTimes.slice(0, 4)).toEqual(
      [0, 20, 40, 60].map((m) => new Date(t0 + m * 60_000).toISOString()),
    );
    await page.keyboard.press('Escape');
  });

  it('[GIS-6] the area list imports a file: a preview names the accepted and refused features, then the areas are created', async () => {
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Pedro Bank box' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-78.2, 16.9],
                [-77.6, 16.9],
                [-77.6, 17.3],
                [-78.2, 17.3],
                [-78.2, 16.9],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Lighthouse' },
          geometry: { type: 'Point', coordinates: [-76.8, 17.9] },
        },
      ],
    });
    // Where a user finds it: the top bar's views (folded into one menu below 2200 px wide).
    await page.locator('.nav-actions__menu > summary').click();
    await page.locator('.nav-actions__menu-list').getByRole('button', { name: 'Areas' }).click();
    await page.getByTestId('areas-screen').waitFor();
    await page.getByTestId('area-import-open').click();
    await page
      .getByTestId('area-import-file')
      .setInputFiles({ name: 'areas.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(file) });
    await page.getByTestId('area-import-preview').click();
    const result = page.getByTestId('area-import-result');
    await result.waitFor();
    expect(await result.getAttribute('data-accepted')).toBe('1');
    expect(await result.getAttribute('data-refused')).toBe('1');
    await expect.poll(() => result.textContent()).toContain('a Point is not an area');
    await shot('area-import-preview-1080p');
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot('area-import-preview-768p');
    await page.setViewportSize({ width: 1920, height: 1080 });

    await page.getByTestId('area-import-confirm').click();
    await page.getByTestId('area-import-done').waitFor();
    await expect
      .poll(() => page.getByTestId('area-row').allTextContents())
      .toEqual([expect.stringContaining('Pedro Bank box')]);
    const stored = await fetch(`${server.url}/api/v1/areas`, {
      headers: { authorization: `Bearer ${testKey('JCA')}` },
    });
    const areas = (await stored.json()) as AreaOfInterest[];
    expect(areas.map((a) => [a.name, a.ownerAgency])).toEqual([['Pedro Bank box', 'JCA']]);

    const exported = await download(() => page.getByTestId('area-list-export-kml').click());
    const back = kml(new DOMParser().parseFromString(exported.text, 'text/xml'));
    expect(back.features.map((f) => f.properties?.name)).toEqual(['Pedro Bank box']);
    expect(pageErrors).toEqual([]);
  });

  it('[GIS-6] the menus read at 1366x768 as at 1080p (screenshots for review)', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url}/#/`);
    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 90_000 });
    await page.getByTestId('map-export-menu').locator('summary').click();
    await page.getByTestId('export-events-kml').waitFor();
    await shot('map-menu-768p');
    // A click elsewhere closes the menu.
    await page.getByTestId('vessel-search-input').click();
    await expect.poll(() => page.getByTestId('export-events-kml').isVisible()).toBe(false);
    await page.getByTestId('vessel-search-input').fill('GIS TRACKER');
    await page.getByTestId('vessel-search-result').first().click();
    await page.getByTestId('track-export').scrollIntoViewIfNeeded();
    await shot('vessel-card-768p');
    const box = await page.getByTestId('map-export-menu').boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  });
});
