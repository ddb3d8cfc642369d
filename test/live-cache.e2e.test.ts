import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { login } from './support/session.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, TEST_PASSWORD, testKey } from './support/server.ts';

const dir = createTempDir('e2e-watchlists-live');
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

/** A write made elsewhere: JCA's API key, not the browser. */
async function postAsJca(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  const json: unknown = await res.json();
  if (typeof json !== 'object' || json === null) throw new Error('the server answered no object');
  return Object.fromEntries(Object.entries(json));
}

describe('converted screens, live', () => {
  it('[WEB-5] a watchlist and an entry written elsewhere show on the open screen without a reload', async () => {
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
    pageErrors.length = 0;
    await page.goto(`${server.url}/#/watchlists`);
    await page.getByTestId('watchlists-screen').waitFor();

    const list = await postAsJca('/api/v1/watchlists', {
      name: 'Go-fast boats e2e',
      description: 'written by another analyst',
      releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    });
    const card = page.getByTestId('watchlist-card').filter({ hasText: 'Go-fast boats e2e' });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);

    await card.click();
    await postAsJca(`/api/v1/watchlists/${String(list.id)}/entries`, {
      kind: 'vessel',
      mmsi: '339100001',
      reason: 'seen at a rendezvous off Pedro Bank',
    });
    await expect
      .poll(() => page.getByTestId('watchlist-entry').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('339100001')]);
    expect(pageErrors).toEqual([]);
  });

  it('[WEB-5] a note written elsewhere joins the open thread; one written here shows once', async () => {
    const event = await postEvent(server.url, {
      kind: 'sighting_report',
      title: 'Go-fast boat heading north',
      occurredAt: new Date().toISOString(),
      position: { lat: 18.3, lon: -77.9 },
      ownerAgency: 'JCA',
      releasability: { tlp: 'GREEN' },
      severity: 3,
    });
    expect(event.status).toBeLessThan(300);
    pageErrors.length = 0;
    await page.goto(`${server.url}/#/`);
    await page.locator('[data-testid="feed-item"]').first().click();
    await page.getByTestId('annotation-thread').waitFor();

    // Notes are written by people: another analyst, in another agency the event is released to, writes one.
    const jcf = await login(server.url, 'jcf.analyst');
    const written = await jcf.request(`/api/v1/annotations/on/event/${String(event.json.id)}`, {
      method: 'POST',
      body: { body: 'Seen again at dusk' },
    });
    expect(written.status).toBeLessThan(300);
    const notes = page.getByTestId('annotation-item');
    await expect
      .poll(() => notes.allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Seen again at dusk')]);

    await page.getByTestId('annotation-input').fill('Boarded by the coast guard');
    await page.getByTestId('annotation-submit').click();
    await expect
      .poll(() => notes.allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Seen again at dusk'), expect.stringContaining('Boarded by the coast guard')]);
    expect(pageErrors).toEqual([]);
  });
});
