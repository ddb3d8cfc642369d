import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';

const dir = createTempDir('e2e-legend');
let server: RunningServer;
let browser: BrowserContext | undefined;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

/** The legend's share of the map's area, from their boxes on the page. */
async function legendShareOfMap(page: Page): Promise<number> {
  const legend = await page.getByTestId('map-legend').boundingBox();
  const map = await page.getByTestId('map').boundingBox();
  if (!legend || !map) throw new Error('no legend or map on the page');
  return (legend.width * legend.height) / (map.width * map.height);
}

describe('map legend on a small screen', () => {
  it('[HARD-1] starts folded at 1366x768, unfolds on request, and keeps the choice on this device', async () => {
    browser = await launchBrowser({ width: 1366, height: 768 });
    const page = await browser.newPage();
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
    const fold = page.getByTestId('legend-fold');
    await fold.waitFor({ timeout: 20_000 });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await legendShareOfMap(page)).toBeLessThan(0.02);

    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('vessel-layer-toggle').waitFor();
    expect(await legendShareOfMap(page)).toBeGreaterThan(0.05);

    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('legend-fold').getAttribute('aria-expanded')).toBe('true');
  });

  it('[HARD-1] starts unfolded on a 1920x1080 screen', async () => {
    const wide = await launchBrowser({ width: 1920, height: 1080 });
    try {
      const page = await wide.newPage();
      await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
      const fold = page.getByTestId('legend-fold');
      await fold.waitFor({ timeout: 20_000 });
      expect(await fold.getAttribute('aria-expanded')).toBe('true');
    } finally {
      await wide.close();
    }
  });
});
