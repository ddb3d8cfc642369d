import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ServerConfig, startServer, type RunningServer } from '@tidewatch/server';
import { ARTIFACTS, launchBrowser, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';

const dir = createTempDir('e2e-first-run');
let server: RunningServer | undefined;
let browser: BrowserContext;
let page: Page;

async function start(demo: 'on' | 'off'): Promise<string> {
  await server?.close();
  const config = ServerConfig.parse({
    PORT: 0,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST,
    DATA_DIR: join(dir.path, 'data'),
    DEMO: demo,
    DEMO_HISTORY_DAYS: 0,
    DEMO_VESSELS: 0,
    DEMO_INTERVAL_MS: 600_000,
    SUMMARY_SCHEDULER: 'off',
  });
  server = await startServer(config);
  return server.url;
}

beforeAll(async () => {
  browser = await launchBrowser({ width: 1280, height: 800 });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

it('[OPS-3] the sign-in page shows the demo banner while demo credentials work, and not after a DEMO=off start', async () => {
  await page.goto(await start('on'));
  const banner = page.getByTestId('demo-banner');
  await banner.waitFor({ timeout: 20_000 });
  expect(await banner.textContent()).toContain('tidewatch-demo');
  await page.screenshot({ path: join(ARTIFACTS, 'login-demo-banner.png') });

  await page.goto(await start('off'));
  await page.getByTestId('setup-needed').waitFor({ timeout: 20_000 });
  expect(await page.getByTestId('demo-banner').count()).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, 'login-setup-needed.png') });
});
