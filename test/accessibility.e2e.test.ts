import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { axeViolations, seriousOrCritical, type AxeViolation } from './support/axe.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, TEST_PASSWORD, testDeviceToken } from './support/server.ts';

// A11Y-5: every screen of the dashboard, checked by axe-core against WCAG 2.2 A + AA, has no serious or
// critical violation. An analyst walks the operational screens (administrators do not write events), then an
// administrator the admin panels.
const dir = createTempDir('e2e-a11y');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let eventId = '';
const results: Record<string, AxeViolation[]> = {};
const titles: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  for (const [i, severity] of [5, 4, 3, 2, 1].entries()) {
    const posted = await postEvent(server.url, {
      kind: i % 2 === 0 ? 'seizure' : 'sighting_report',
      title: `Go-fast boat ${i + 1} heading north of Negril`,
      occurredAt: new Date(Date.now() - i * 60_000).toISOString(),
      position: { lat: 18.3 - i * 0.1, lon: -78.4 + i * 0.2 },
      ownerAgency: 'JCA',
      releasability: { tlp: i === 0 ? 'AMBER' : 'GREEN' },
      severity,
      ...(i % 2 === 0 ? { seizure: { commodity: 'cocaine', quantity: 40, unit: 'kg' } } : {}),
    });
    expect(posted.status).toBeLessThan(300);
    if (i === 0) eventId = String(posted.json.id);
  }
  browser = await launchBrowser({ width: 1366, height: 768 });
  page = await browser.newPage();
}, 300_000);

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'accessibility.json'), JSON.stringify({ results, titles }, null, 2));
  await browser?.close();
  await server?.close();
  dir.remove();
});

/**
 * MapLibre draws the map into a canvas with its own controls; the canvas container is its, not ours. Nothing
 * is excluded today; a rule MapLibre itself breaks would be listed here with its exact selector and why.
 */
const MAPLIBRE_INTERNALS: readonly string[] = [];

async function check(screen: string): Promise<void> {
  // Fonts and data settle before judging contrast and names.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const violations = await axeViolations(page, MAPLIBRE_INTERNALS);
  results[screen] = violations;
  titles[screen] = await page.title();
  expect(seriousOrCritical(violations), `${screen}: ${JSON.stringify(seriousOrCritical(violations), null, 1)}`).toEqual(
    [],
  );
}

async function openRoute(hash: string, testId: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId(testId).waitFor({ timeout: 20_000 });
  // Each screen loads its data after it mounts: wait until nothing says it is still loading.
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

describe('every screen against WCAG 2.2 AA [A11Y-5]', () => {
  it('[A11Y-5] the login page', async () => {
    await page.goto(server.url);
    await page.getByTestId('login-form').waitFor({ timeout: 30_000 });
    await check('login');
  }, 120_000);

  it('[A11Y-5] the live map and feed', async () => {
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD, 90_000);
    await page.locator('[data-testid="map"] canvas').waitFor({ timeout: 30_000 });
    await page.locator(`[data-testid="feed-item"][data-event-id="${eventId}"]`).waitFor({ timeout: 20_000 });
    await check('live map + feed');
  }, 180_000);

  it('[A11Y-5] an event detail open', async () => {
    await page.locator(`[data-testid="feed-item"][data-event-id="${eventId}"]`).click();
    await page.locator(`[data-testid="event-detail"][data-event-id="${eventId}"]`).waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await check('event detail');
    await page.keyboard.press('Escape');
    await page.getByTestId('event-detail').waitFor({ state: 'detached' });
  }, 120_000);

  it('[A11Y-5] the new event form', async () => {
    await page.getByTestId('new-event-button').click();
    await page.getByTestId('new-event').waitFor({ timeout: 10_000 });
    await check('new event form');
  }, 120_000);

  const screens: [name: string, hash: string, testId: string][] = [
    ['trends', '#/trends', 'trends-screen'],
    ['cargo', '#/cargo', 'cargo-screen'],
    ['watchlists', '#/watchlists', 'watchlists-screen'],
    ['entities', '#/entities', 'entities-screen'],
    ['tasking / operations', '#/operations', 'operations-screen'],
    ['summaries', '#/summaries', 'summaries-screen'],
    ['feeds', '#/feeds', 'feeds-screen'],
    ['other STIX objects', '#/stix', 'stix-other-total'],
    ['areas', '#/areas', 'areas-screen'],
  ];
  for (const [name, hash, testId] of screens) {
    it(`[A11Y-5] ${name}`, async () => {
      await openRoute(hash, testId);
      await check(name);
    }, 120_000);
  }

  it('[A11Y-5] an administrator signs in again', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor({ timeout: 30_000 });
    await signIn(page, server.url, 'jca.admin', TEST_PASSWORD, 90_000);
  }, 180_000);

  const adminScreens: [name: string, hash: string, testId: string][] = [
    ['admin: agencies', '#/admin/agencies', 'admin-area'],
    ['admin: users', '#/admin/users', 'admin-area'],
    ['admin: agreements', '#/admin/agreements', 'admin-area'],
    ['admin: partners', '#/admin/partners', 'admin-area'],
    ['admin: keys', '#/admin/keys', 'admin-area'],
    ['admin: audit', '#/admin/audit', 'admin-area'],
  ];
  for (const [name, hash, testId] of adminScreens) {
    it(`[A11Y-5] ${name}`, async () => {
      await openRoute(hash, testId);
      await check(name);
    }, 120_000);
  }

  it('[A11Y-5] the wall', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.goto(`${server.url}/wall#token=${testDeviceToken('JCA')}`);
    await page.getByTestId('wall').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
    await check('wall');
  }, 180_000);

  it('[A11Y-5] every screen names itself in the page title (WCAG 2.4.2)', () => {
    const screens = Object.keys(titles).filter((s) => !['event detail', 'new event form'].includes(s));
    expect(screens.length).toBe(18);
    for (const screen of screens) expect(titles[screen], screen).toMatch(/^.+ · Tidewatch$/);
    // The live picture with an event or the form open is still the live picture; every other screen differs.
    expect(new Set(screens.map((s) => titles[s])).size).toBe(screens.length);
  });
});
