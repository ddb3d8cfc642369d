import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import type { EventInput, EventPage, SubmitAck } from '@tidewatch/contracts';
import { ARTIFACTS, launchBrowser, WEB_DIST, recordExternalRequests } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { EventClient } from './support/event-client.ts';
import { getJson, postEvent, startTestServer, testDeviceToken } from './support/server.ts';

const WALL_TOKEN = testDeviceToken('JCA');
/** Jamaica keeps UTC-5 all year, so the wall's local clock must read five hours behind its UTC clock. */
const WALL_ZONE = 'America/Jamaica';
const WALL_UTC_OFFSET_HOURS = -5;

const dir = createTempDir('e2e-wall');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let externalRequests: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  browser = await launchBrowser({ width: 1920, height: 1080 }, WALL_ZONE);
  page = await browser.newPage();
  externalRequests = recordExternalRequests(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

/** The way a wall PC is set up: open `/wall#token=...` once; the token is kept and the address bar cleaned. */
async function openWall(p: Page, search = ''): Promise<void> {
  await p.goto(`${server.url}/wall${search}#token=${WALL_TOKEN}`);
  await p.getByTestId('wall').waitFor({ timeout: 20_000 });
  await p.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
}

function wallEvent(title: string, severity: number): EventInput {
  return {
    kind: 'seizure',
    title,
    occurredAt: new Date().toISOString(),
    position: { lat: 17.95, lon: -76.8 },
    place: 'JMKIN',
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN', recipients: [] },
    severity,
    seizure: { commodity: 'cocaine', quantity: 120, unit: 'kg' },
  };
}

async function readClocks(p: Page): Promise<{ utc: string; local: string }> {
  return p.evaluate(() => ({
    utc: document.querySelector('[data-testid="clock-utc"]')?.textContent?.trim() ?? '',
    local: document.querySelector('.clock--local .clock__time')?.textContent?.trim() ?? '',
  }));
}

const secondsOfDay = (hms: string): number => {
  const [h = NaN, m = NaN, s = NaN] = hms.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

describe('wall display in Chromium', () => {
  it('signs in with its device token at 1920x1080, draws the map, runs UTC and local clocks, feeds a POSTed event and holds a severity-5 alert until acknowledged', async () => {
    await openWall(page);
    // The token is stored for reboots and gone from the address bar.
    expect(page.url()).toBe(`${server.url}/wall`);
    expect(await page.evaluate(() => localStorage.getItem('tidewatch.deviceToken'))).toBe(WALL_TOKEN);
    await expect.poll(() => page.locator('.brand__tag').textContent(), { timeout: 10_000 }).toContain('JCA view');

    // Map: a canvas filling the map area, and MapLibre reports its style loaded.
    const canvas = page.locator('[data-testid="map"] canvas');
    await canvas.waitFor({ timeout: 20_000 });
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(1000);
    expect(box?.height ?? 0).toBeGreaterThan(700);
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (
                window as unknown as { tidewatch?: { map?: { isStyleLoaded(): boolean } } }
              ).tidewatch?.map?.isStyleLoaded() ?? false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);

    // Clocks: UTC reads the real UTC time (within a few seconds), local reads UTC-5, and both tick.
    const first = await readClocks(page);
    expect(first.utc).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(first.local).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    const nowUtc = new Date();
    const drift = Math.abs(
      secondsOfDay(first.utc) - (nowUtc.getUTCHours() * 3600 + nowUtc.getUTCMinutes() * 60 + nowUtc.getUTCSeconds()),
    );
    expect(Math.min(drift, 86_400 - drift)).toBeLessThanOrEqual(5);
    expect((secondsOfDay(first.local) - secondsOfDay(first.utc) + 86_400) % 86_400).toBe(
      (WALL_UTC_OFFSET_HOURS * 3600 + 86_400) % 86_400,
    );
    await expect.poll(async () => (await readClocks(page)).utc, { timeout: 5000 }).not.toBe(first.utc);

    // Live feed: an event POSTed after the wall loaded appears in it.
    const routine = await postEvent(server.url, wallEvent('WALL E2E: routine landing check at Kingston', 3));
    expect(routine.status).toBe(201);
    await page
      .locator(`.wall-feed [data-testid="feed-item"][data-event-id="${String(routine.json.id)}"]`)
      .waitFor({ timeout: 5000 });
    expect(await page.getByTestId('wall-alert').count()).toBe(0);

    // Severity 5: a standing alert that stays past the 5 s expiry sweep until someone clicks it.
    const urgent = await postEvent(
      server.url,
      wallEvent('WALL E2E: go-fast with 120 kg cocaine landing at Kingston', 5),
    );
    expect(urgent.status).toBe(201);
    const alert = page.getByTestId('wall-alert');
    await alert.waitFor({ timeout: 5000 });
    expect(await alert.getAttribute('data-severity')).toBe('5');
    expect(await alert.textContent()).toContain('go-fast with 120 kg cocaine');
    await page
      .locator(`.wall-feed [data-testid="feed-item"][data-event-id="${String(urgent.json.id)}"]`)
      .waitFor({ timeout: 5000 });
    await page.waitForTimeout(7000);
    expect(await alert.isVisible()).toBe(true);
    expect(await page.getByTestId('wall').getAttribute('data-alerts')).toBe('1');
    await page.screenshot({ path: join(ARTIFACTS, 'wall-1080p.png') });

    await alert.click();
    await expect.poll(() => page.getByTestId('wall-alert').count(), { timeout: 5000 }).toBe(0);
    expect(await page.getByTestId('wall').getAttribute('data-alerts')).toBe('0');
    // Acknowledging clears the alert, not the event.
    expect(
      await page.locator(`.wall-feed [data-testid="feed-item"][data-event-id="${String(urgent.json.id)}"]`).count(),
    ).toBe(1);

    // A reboot: the stored token signs the wall in again without the login page.
    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('login-username').count()).toBe(0);

    // The same wall on a 4K screen, for a person to look at.
    const wall4k = await launchBrowser({ width: 3840, height: 2160 }, WALL_ZONE);
    try {
      const p4k = await wall4k.newPage();
      await openWall(p4k);
      await p4k.locator('[data-testid="map"] canvas').waitFor({ timeout: 20_000 });
      await p4k
        .locator(`.wall-feed [data-testid="feed-item"][data-event-id="${String(urgent.json.id)}"]`)
        .waitFor({ timeout: 10_000 });
      await p4k.waitForTimeout(2000);
      await p4k.screenshot({ path: join(ARTIFACTS, 'wall-4k.png') });
    } finally {
      await wall4k.close();
    }
    expect(externalRequests).toEqual([]);
  });

  it('shows the stale-data banner when nothing arrives for ?staleAfter seconds, and drops it when data arrives', async () => {
    const p = await browser.newPage();
    try {
      await openWall(p, '?staleAfter=5');
      const banner = p.getByTestId('wall-stale-banner');
      // Past the start-up, where the first vessel snapshot counts as data and can hide an early banner again.
      await p.waitForTimeout(7000);
      await banner.waitFor({ timeout: 15_000 });
      expect(await banner.textContent()).toContain('No new data for');
      // With the banner up the map still fills the rest of the screen below it.
      const box = await p.locator('[data-testid="map"] canvas').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(700);
      await p.screenshot({ path: join(ARTIFACTS, 'wall-stale.png') });
      expect(await banner.isVisible()).toBe(true);
      const fresh = await postEvent(server.url, wallEvent('WALL E2E: fresh report ends the silence', 2));
      expect(fresh.status).toBe(201);
      await p.locator(`[data-testid="feed-item"][data-event-id="${String(fresh.json.id)}"]`).waitFor({ timeout: 5000 });
      await expect.poll(() => p.getByTestId('wall-stale-banner').count(), { timeout: 3000 }).toBe(0);
      // And with nothing further it comes back.
      await banner.waitFor({ timeout: 15_000 });
    } finally {
      await p.close();
    }
  });

  it('AUTH-8: the wall device token cannot write — REST POST and socket event:submit are refused and nothing is stored', async () => {
    const title = 'WALL E2E: written with a wall token (must not exist)';
    const rest = await postEvent(server.url, wallEvent(title, 2), {
      agency: null,
      headers: { authorization: `Bearer ${WALL_TOKEN}` },
    });
    expect(rest.status).toBe(403);

    const client = new EventClient(server.url, undefined, WALL_TOKEN);
    try {
      await client.waitForSynced();
      const ack = await new Promise<SubmitAck>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no ack for event:submit')), 10_000);
        client.socket.emit('event:submit', wallEvent(title, 2), (result) => {
          clearTimeout(timer);
          resolve(result);
        });
      });
      expect(ack.ok).toBe(false);
    } finally {
      client.close();
    }

    // The same write with the agency's API key goes through, so the search below can see such a title.
    const control = await postEvent(server.url, wallEvent('WALL E2E: written with the agency key', 2));
    expect(control.status).toBe(201);
    const stored = await getJson<EventPage>(server.url, `/api/v1/events?q=${encodeURIComponent('written with')}`, {
      agency: 'JCA',
    });
    expect(stored.status).toBe(200);
    expect(stored.json.items.map((e) => e.title)).toEqual(['WALL E2E: written with the agency key']);
  });
});
