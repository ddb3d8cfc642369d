import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { ARTIFACTS, launchBrowser, WEB_DIST, recordCspViolations, recordExternalRequests } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { getJson, postEvent, startTestServer, TEST_PASSWORD } from './support/server.ts';
import { feedAis, positionReport, staticReport, until } from './support/intel.ts';
import type { EventPage } from '@tidewatch/contracts';

const dir = createTempDir('e2e');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let externalRequests: string[] = [];
let cspViolations: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
  externalRequests = recordExternalRequests(page, server.url);
  cspViolations = await recordCspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

async function visibleOnMap(p: Page, id: string): Promise<boolean> {
  return p.evaluate((eventId) => {
    const map = (
      window as unknown as {
        tidewatch?: {
          map?: {
            querySourceFeatures(source: string): { id?: string | number; properties: Record<string, unknown> }[];
          };
        };
      }
    ).tidewatch?.map;
    return (map?.querySourceFeatures('events') ?? []).some((f) => f.id === eventId || f.properties.id === eventId);
  }, id);
}

describe('dashboard in Chromium', () => {
  it('signs in, renders the offline map and shows a POSTed event in the feed and on the map within 2 s', async () => {
    await page.goto(server.url);
    await page.getByTestId('login-username').fill('jca.analyst');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="map"] canvas').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('user-menu').getAttribute('data-agency')).toBe('JCA');

    const posted = await postEvent(server.url, {
      kind: 'seizure',
      title: 'E2E: pistols in a barrel of household goods',
      occurredAt: new Date().toISOString(),
      position: { lat: 17.95, lon: -76.8 },
      place: 'JMKIN',
      ownerAgency: 'JCA',
      releasability: { tlp: 'AMBER', recipients: ['CBP'] },
      severity: 5,
      seizure: { commodity: 'firearms', quantity: 8, unit: 'items', hsCode: '9302' },
    });
    expect(posted.status).toBe(201);
    const id = String(posted.json.id);
    const started = Date.now();
    await page.locator(`[data-testid="feed-item"][data-event-id="${id}"]`).waitFor({ timeout: 2000 });
    await expect
      .poll(() => visibleOnMap(page, id), { timeout: Math.max(100, 2000 - (Date.now() - started)) })
      .toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);

    await page.locator(`[data-testid="feed-item"][data-event-id="${id}"]`).click();
    await page.locator(`[data-testid="event-detail"][data-event-id="${id}"]`).waitFor({ timeout: 5000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-1080p.png') });
    expect(externalRequests).toEqual([]);
  });

  it('shows another agency only what was released to it', async () => {
    const secret = await postEvent(server.url, {
      kind: 'sighting_report',
      title: 'E2E: RED for CBP only',
      occurredAt: new Date().toISOString(),
      ownerAgency: 'JCA',
      releasability: { tlp: 'RED', recipients: ['CBP'] },
      severity: 3,
    });
    const open = await postEvent(server.url, {
      kind: 'sighting_report',
      title: 'E2E: GREEN for the community',
      occurredAt: new Date().toISOString(),
      ownerAgency: 'JCA',
      releasability: { tlp: 'GREEN', recipients: [] },
      severity: 2,
    });
    const usc = await browser.newPage();
    try {
      const login = await usc.request.post(`${server.url}/api/v1/auth/login`, {
        data: { username: 'uscg.analyst', password: TEST_PASSWORD },
      });
      expect(login.status()).toBe(200);
      await usc.goto(server.url);
      await usc.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
      await usc
        .locator(`[data-testid="feed-item"][data-event-id="${String(open.json.id)}"]`)
        .waitFor({ timeout: 5000 });
      expect(await usc.locator(`[data-testid="feed-item"][data-event-id="${String(secret.json.id)}"]`).count()).toBe(0);
      await usc.screenshot({ path: join(ARTIFACTS, 'dashboard-uscg.png') });
    } finally {
      await usc.close();
    }
  });

  it('draws a vessel alert with its evidence track on the map', async () => {
    // An AIS gap: two fixes eight hours apart south of Jamaica, fed through the real vessel runtime.
    const mmsi = 339_100_077;
    const t0 = Date.now() - 12 * 3_600_000;
    feedAis(server, staticReport(mmsi, 'E2E DARK HORSE'), t0);
    feedAis(server, positionReport(mmsi, 16.9, -77.2), t0);
    feedAis(server, positionReport(mmsi, 16.9, -76.7), t0 + 8 * 3_600_000);
    const alert = await until('the gap alert', async () => {
      const page = await getJson<EventPage>(server.url, '/api/v1/events?kind=vessel_alert&q=DARK', { agency: 'JCA' });
      return page.json.items[0];
    });
    await page.goto(server.url);
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    await page.locator(`[data-testid="feed-item"][data-event-id="${alert.id}"]`).click();
    const evidence = page.getByTestId('alert-evidence');
    await evidence.waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => Number(await evidence.getAttribute('data-points')), { timeout: 5000 })
      .toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(ARTIFACTS, 'alert-evidence.png') });
  });

  it('[SEC-1] the dashboard, its map worker and WebGL ran under the Content-Security-Policy without a violation', async () => {
    const csp = (await fetch(server.url)).headers.get('content-security-policy');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(cspViolations).toEqual([]);
  });
});
