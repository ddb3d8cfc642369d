/**
 * Screenshots of the main screen and the wall at 1920x1080 and 1366x768, with the same seeded picture each
 * run, for comparing the web app before and after a refactor by eye:
 *   pnpm build && npx tsx test/tools/screenshots.ts <output folder>
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, signIn, WEB_DIST } from '../support/browser.ts';
import { feedAis, positionReport, staticReport } from '../support/intel.ts';
import { postEvent, startTestServer, TEST_PASSWORD, testDeviceToken } from '../support/server.ts';
import { createTempDir } from '../support/temp-dir.ts';

const outDir = resolve(process.argv[2] ?? 'test/artifacts/screenshots');
mkdirSync(outDir, { recursive: true });
const viewports = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];

const dir = createTempDir('screenshots');
const server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
try {
  const now = Date.now();
  const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  await postEvent(server.url, {
    kind: 'seizure',
    title: 'Pistols in a barrel of household goods',
    occurredAt: minutesAgo(30),
    position: { lat: 17.95, lon: -76.8 },
    place: 'JMKIN',
    ownerAgency: 'JCA',
    releasability: { tlp: 'AMBER', recipients: ['CBP'] },
    severity: 5,
    seizure: { commodity: 'firearms', quantity: 8, unit: 'items', hsCode: '9302' },
  });
  await postEvent(server.url, {
    kind: 'sighting_report',
    title: 'Go-fast boat heading north',
    occurredAt: minutesAgo(90),
    position: { lat: 18.3, lon: -77.9 },
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN', recipients: [] },
    severity: 3,
  });
  await postEvent(server.url, {
    kind: 'seizure',
    title: 'Cocaine in a reefer container',
    occurredAt: minutesAgo(200),
    position: { lat: 18.45, lon: -69.9 },
    ownerAgency: 'JCA',
    releasability: { tlp: 'CLEAR', recipients: [] },
    severity: 4,
    seizure: { commodity: 'cocaine', quantity: 120, unit: 'kg' },
  });
  const vessels = [
    { mmsi: 339_100_001, name: 'BLUE MARLIN', lat: 17.6, lon: -76.5 },
    { mmsi: 339_100_002, name: 'CORAL STAR', lat: 17.2, lon: -77.4 },
    { mmsi: 538_100_003, name: 'TRADE WIND', lat: 18.9, lon: -75.2 },
  ];
  for (const vessel of vessels) {
    feedAis(server, staticReport(vessel.mmsi, vessel.name), now);
    feedAis(server, positionReport(vessel.mmsi, vessel.lat, vessel.lon), now);
  }

  for (const viewport of viewports) {
    const browser = await launchBrowser(viewport, 'UTC');
    try {
      const page = await browser.newPage();
      // Errors in the page are the first thing to look at when a screenshot differs.
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`[console error] ${message.text()}`);
      });
      await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
      await page.locator('[data-testid="map"] canvas').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(3000);
      await page.screenshot({ path: join(outDir, `main-${viewport.width}x${viewport.height}.png`) });
      await page.locator('[data-testid="feed-item"]').first().click();
      await page.locator('[data-testid="event-detail"]').waitFor({ timeout: 5000 });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(outDir, `detail-${viewport.width}x${viewport.height}.png`) });

      const wall = await browser.newPage();
      await wall.goto(`${server.url}/wall#token=${testDeviceToken('JCA')}`);
      await wall.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
      await wall.locator('[data-testid="map"] canvas').waitFor({ timeout: 20_000 });
      await wall.waitForTimeout(3000);
      await wall.screenshot({ path: join(outDir, `wall-${viewport.width}x${viewport.height}.png`) });
    } finally {
      await browser.close();
    }
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await server.close();
  dir.remove();
}
