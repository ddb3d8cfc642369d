import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';

const dir = createTempDir('e2e-language');
let server: RunningServer;
const browsers: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
  dir.remove();
});

describe('the dashboard language [I18N-1]', () => {
  it('[I18N-22] follows the browser, switches from the user menu, and keeps the choice across a reload', async () => {
    const browser = await launchBrowser({ width: 1366, height: 768 }, undefined, 'fr-GP');
    browsers.push(browser);
    const page = await browser.newPage();
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
    const logout = page.getByTestId('logout');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await logout.textContent()).toBe('Se déconnecter');
    // The base map's reference names too (I18N-22), and they follow a switch without a reload.
    const seas = page.locator('.map-sea');
    await seas.first().waitFor({ timeout: 30_000 });
    expect(await seas.allTextContents()).toContain('Mer des Caraïbes');
    expect(await page.locator('.map-place').allTextContents()).toContain('La Havane');

    await page.getByTestId('language-picker').selectOption('es');
    expect(await logout.textContent()).toBe('Cerrar sesión');
    expect(await seas.allTextContents()).toContain('Mar Caribe');
    expect(await page.locator('.map-place').allTextContents()).toContain('La Habana');
    expect(await page.getByTestId('user-menu').textContent()).toContain('Analista');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');

    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('logout').textContent()).toBe('Cerrar sesión');
  });

  it('is English for a browser preferring a language Tidewatch does not speak', async () => {
    const browser = await launchBrowser({ width: 1366, height: 768 }, undefined, 'nl-SX');
    browsers.push(browser);
    const page = await browser.newPage();
    // Another user than above: jca.analyst's pick in the menu is now theirs on every browser (I18N-4).
    await signIn(page, server.url, 'cbp.analyst', TEST_PASSWORD);
    expect(await page.getByTestId('logout').textContent()).toBe('Sign out');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
