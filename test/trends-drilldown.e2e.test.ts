import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { addDays, localDateOf, zonedToUtc } from '@tidewatch/domain';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, TEST_PASSWORD } from './support/server.ts';

// The operations zone (the server's SUMMARY_TZ default) and a browser far from it: bars must follow the former.
const OPS_TZ = 'America/Jamaica';
const BROWSER_TZ = 'Asia/Tokyo';
const DAY = localDateOf(new Date(Date.now() - 3 * 86_400_000), OPS_TZ);
const at = (date: string, hour: number) => zonedToUtc(date, hour, OPS_TZ).toISOString();

const dir = createTempDir('e2e-trends');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const ids = new Map<string, string>();

interface Seizure {
  owner: string;
  tlp: string;
  recipients: string[];
  when: string;
  commodity: string;
  pos: [number, number];
}
/**
 * For JCA, the cocaine segment of DAY holds J1, C2 (CBP's, released to JCA) and J3. J3 is at 22:00 in Jamaica,
 * already the next day in Tokyo and in UTC. R (RED for USCG) is not JCA's to see; F is another commodity; O is
 * another day.
 */
const SEIZURES: Record<string, Seizure> = {
  J1: { owner: 'JCA', tlp: 'GREEN', recipients: [], when: at(DAY, 9), commodity: 'cocaine', pos: [-76.8, 17.95] },
  C2: {
    owner: 'CBP',
    tlp: 'AMBER',
    recipients: ['JCA'],
    when: at(DAY, 14),
    commodity: 'cocaine',
    pos: [-80.12, 25.77],
  },
  J3: { owner: 'JCA', tlp: 'GREEN', recipients: [], when: at(DAY, 22), commodity: 'cocaine', pos: [-75.5, 17.4] },
  R: { owner: 'CBP', tlp: 'RED', recipients: ['USCG'], when: at(DAY, 11), commodity: 'cocaine', pos: [-79.9, 24.5] },
  F: { owner: 'JCA', tlp: 'GREEN', recipients: [], when: at(DAY, 10), commodity: 'firearms', pos: [-76.7, 18.0] },
  O: {
    owner: 'JCA',
    tlp: 'GREEN',
    recipients: [],
    when: at(addDays(DAY, -2), 12),
    commodity: 'cocaine',
    pos: [-77.9, 18.4],
  },
};
const DRILLED = ['J1', 'C2', 'J3'];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  for (const [name, s] of Object.entries(SEIZURES)) {
    const res = await postEvent(
      server.url,
      {
        kind: 'seizure',
        title: `E2E drill ${name}: ${s.commodity} (${s.owner})`,
        occurredAt: s.when,
        position: { lon: s.pos[0], lat: s.pos[1] },
        ownerAgency: s.owner,
        releasability: { tlp: s.tlp, recipients: s.recipients },
        severity: 4,
        seizure: { commodity: s.commodity, quantity: 10, unit: 'kg' },
      },
      { agency: s.owner },
    );
    if (res.status !== 201) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.json)}`);
    ids.set(name, String(res.json.id));
  }
  browser = await launchBrowser({ width: 1920, height: 1080 }, BROWSER_TZ);
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

const idsOf = (names: string[]) => names.map((n) => ids.get(n) ?? n).sort();

async function feedIds(p: Page): Promise<string[]> {
  return (
    await p
      .locator('[data-testid="feed-item"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''))
  ).sort();
}

/** What the map's drill-down layer holds, and whether the map's view contains every one of them. */
async function drillOnMap(p: Page): Promise<{ layer: boolean; ids: string[]; allInView: boolean }> {
  return p.evaluate(() => {
    interface MapHandle {
      getLayer(id: string): unknown;
      querySourceFeatures(
        source: string,
      ): { id?: string | number; geometry: { type: string; coordinates: number[] } }[];
      getBounds(): { contains(lngLat: [number, number]): boolean };
    }
    const map = (window as unknown as { tidewatch?: { map?: MapHandle } }).tidewatch?.map;
    if (!map) return { layer: false, ids: [], allInView: false };
    const features = map.querySourceFeatures('drill-down');
    const bounds = map.getBounds();
    return {
      layer: map.getLayer('drill-down-ring') !== undefined,
      ids: [...new Set(features.map((f) => String(f.id)))].sort(),
      allInView: features.every((f) =>
        bounds.contains([f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]),
      ),
    };
  });
}

describe('trend drill-down in Chromium', () => {
  it('[REL-8] clicking a bar segment shows exactly its readable seizures in the feed and on the map, bucketed in the operations zone', async () => {
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
    pageErrors.length = 0; // the login page's session probe answers 401 by design
    // Everything JCA may read arrives in the live feed first.
    await expect.poll(() => feedIds(page), { timeout: 10_000 }).toEqual(idsOf(['J1', 'C2', 'J3', 'F', 'O']));

    await page.goto(`${server.url}/#/trends`);
    await expect
      .poll(() => page.getByTestId('trends-zone-note').textContent(), { timeout: 10_000 })
      .toContain(`${OPS_TZ}, the operations zone`);
    const segment = page.locator(`[data-testid="trends-bar"][data-bucket="${DAY}"][data-commodity="cocaine"]`);
    await segment.click();
    const panel = page.getByTestId('trends-drilldown');
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('3 seizures');
    await expect.poll(() => panel.locator('[data-testid="trends-drill-item"]').count()).toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, 'trends-drilldown.png') });

    await page.getByTestId('trends-drill-show').click();
    await page.locator('[data-testid="feed"][data-mode="drill-down"]').waitFor({ timeout: 5000 });
    expect(pageErrors).toEqual([]);
    const banner = page.getByTestId('drill-banner');
    expect(await banner.textContent()).toContain(`Cocaine, ${DAY}`);
    expect(await banner.textContent()).toContain('3 seizures');
    await expect.poll(() => feedIds(page), { timeout: 5000 }).toEqual(idsOf(DRILLED));
    await expect
      .poll(() => drillOnMap(page), { timeout: 8000 })
      .toEqual({ layer: true, ids: idsOf(DRILLED), allInView: true });
    await page.waitForTimeout(1200); // the fit animation
    await page.screenshot({ path: join(ARTIFACTS, 'trends-drilldown-feed-map.png') });

    await page.getByTestId('drill-banner-close').click();
    await page.locator('[data-testid="feed"][data-mode="live"]').waitFor({ timeout: 5000 });
    await expect.poll(() => feedIds(page)).toEqual(idsOf(['J1', 'C2', 'J3', 'F', 'O']));
    await expect.poll(() => drillOnMap(page).then((m) => m.ids)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('[DATA-3] a pasted 1,000-point drawn area makes the trends screen POST its queries, and the figures count inside it only', async () => {
    await page.goto(`${server.url}/#/trends`);
    await page.getByTestId('trends-area-geojson').waitFor({ timeout: 10_000 });
    // A circle around J1 and F; J3, C2 and O fall outside.
    const ring = Array.from({ length: 1000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 1000;
      return [
        Math.round((-76.75 + 0.2 * Math.cos(a)) * 1e6) / 1e6,
        Math.round((17.97 + 0.2 * Math.sin(a)) * 1e6) / 1e6,
      ];
    });
    const area = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
    const answers: { method: string; status: number; total: unknown }[] = [];
    page.on('response', (res) => {
      if (!res.url().includes('/api/v1/trends/seizures/over-time')) return;
      void res.json().then(
        (body: { total?: unknown }) =>
          answers.push({ method: res.request().method(), status: res.status(), total: body.total }),
        () => undefined,
      );
    });
    await page.getByTestId('trends-area-geojson').fill(JSON.stringify(area));
    await page.getByTestId('trends-area-geojson').press('Enter');
    await expect
      .poll(() => page.getByTestId('trends-area-summary').textContent(), { timeout: 5000 })
      .toContain('1,001 points');
    await expect.poll(() => answers, { timeout: 10_000 }).toContainEqual({ method: 'POST', status: 200, total: 2 });
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
