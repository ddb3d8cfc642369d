import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Unit } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { login } from './support/session.ts';
import { addTestUser, startTestServer, TEST_PASSWORD } from './support/server.ts';
import { TakClient } from './support/tak-client.ts';
import { createTempDir } from './support/temp-dir.ts';

/**
 * The TAK devices panel as an administrator uses it (COT-6, COT-7): register a device bound to a unit, copy the
 * secret shown once, and revoke it; a real TCP TAK client signs in with that secret and is cut off by the revoke.
 */
const dir = createTempDir('e2e-tak-devices');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let cutter: Unit;
const clients: TakClient[] = [];

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST, COT_TCP_PORT: 0 });
  const uscg = await login(server.url, await addTestUser(server, 'USCG', 'supervisor'));
  const made = await uscg.request('/api/v1/units', {
    method: 'POST',
    body: { callSign: 'VIGOROUS', type: 'cutter', maxSpeedKn: 25, enduranceH: 72, releasability: { tlp: 'GREEN' } },
  });
  if (made.status !== 201) throw new Error(JSON.stringify(made.json));
  cutter = made.json as Unit;
  const fix = await uscg.request(`/api/v1/units/${cutter.id}/position`, {
    method: 'POST',
    body: { lat: 17.9, lon: -76.8 },
  });
  if (fix.status !== 200) throw new Error(JSON.stringify(fix.json));
  browser = await launchBrowser({ width: 1366, height: 768 });
  page = await browser.newPage();
  await signIn(page, server.url, 'uscg.admin', TEST_PASSWORD, 90_000);
}, 240_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await browser?.close();
  await server?.close();
  dir.remove();
});

describe('TAK devices panel in Chromium', () => {
  it('[COT-6] [COT-7] registers a device for a unit, shows the secret once, the device signs in on the CoT port, and revoking it cuts the connection', async () => {
    await page.goto(`${server.url}/#/admin/keys`);
    const panel = page.getByTestId('tak-devices');
    await panel.waitFor({ timeout: 60_000 });
    await panel.getByTestId('tak-device-name').fill('vigorous-atak');
    await panel.getByTestId('tak-device-unit').selectOption({ label: 'VIGOROUS' });
    await panel.locator('button[type="submit"]').click();
    const secret = await panel.getByTestId('secret-value').inputValue();
    expect(secret).toMatch(/^tw_tak_/);
    await page.screenshot({ path: join(ARTIFACTS, 'tak-devices-1366.png'), fullPage: true });

    // The device is listed with its unit; the secret is gone once dismissed and never shown again.
    const row = panel.locator('tbody tr', { hasText: 'vigorous-atak' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('VIGOROUS');
    await panel.getByTestId('secret-once').getByRole('button').last().click();
    expect(await panel.getByTestId('secret-once').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // A TAK client signs in with it and receives its agency's picture: its own unit, bound (COT-6).
    const port = server.cot?.tcpPort;
    if (port === undefined) throw new Error('the CoT port is not listening');
    const client = await TakClient.open(port);
    clients.push(client);
    client.auth('vigorous-atak', secret, 'ANDROID-vigorous');
    await until(() => client.uids().some((uid) => uid.includes(cutter.id)), 30_000, 'the unit on the CoT stream');
    expect(client.closed).toBe(false);

    // Revoked from the panel (with its confirmation): the connection closes within 5 s (COT-7).
    await row.getByRole('button').click();
    const revokedAt = Date.now();
    await row.locator('.btn--danger').click();
    await until(() => client.closed, 15_000, 'the revoked device to be disconnected');
    expect(Date.now() - revokedAt).toBeLessThan(5_000 + 2_000);
    await row.locator('.pill--bad').waitFor({ timeout: 30_000 });
  });
});
