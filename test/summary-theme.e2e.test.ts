import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { addDays, latestDueDate, summaryPeriod } from '@tidewatch/domain';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, testKey, TEST_PASSWORD } from './support/server.ts';

// The server's defaults: summaries end at 06:00 in America/Jamaica.
const DAY = addDays(latestDueDate(new Date(), 6, 'America/Jamaica'), -2);
const period = summaryPeriod(DAY, 6, 'America/Jamaica');
const at = (hours: number) => new Date(period.start.getTime() + hours * 3_600_000).toISOString();

const dir = createTempDir('e2e-summary');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;

const EVENTS = [
  {
    kind: 'seizure',
    title: 'Cocaine in a fishing canoe at Kingston',
    hours: 2,
    severity: 4,
    pos: [-76.79, 17.97],
    seizure: { commodity: 'cocaine', quantity: 40, unit: 'kg' },
  },
  { kind: 'interdiction', title: 'Go-fast interdicted south of Jamaica', hours: 6, severity: 5, pos: [-76.5, 17.2] },
  { kind: 'sighting_report', title: 'Unlit vessel off Morant Point', hours: 9, severity: 3, pos: [-76.2, 17.9] },
  {
    kind: 'seizure',
    title: 'Pistols in barrels at Port Everglades',
    hours: 12,
    severity: 5,
    pos: [-80.12, 26.09],
    seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
  },
] as const;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  for (const e of EVENTS) {
    const res = await postEvent(server.url, {
      kind: e.kind,
      title: e.title,
      occurredAt: at(e.hours),
      position: { lon: e.pos[0], lat: e.pos[1] },
      ownerAgency: 'JCA',
      releasability: { tlp: 'GREEN', recipients: [] },
      severity: e.severity,
      ...('seizure' in e ? { seizure: e.seizure } : {}),
    });
    if (res.status !== 201) throw new Error(`${e.title}: ${res.status} ${JSON.stringify(res.json)}`);
  }
  const regen = await fetch(`${server.url}/api/v1/summaries/${DAY}/regenerate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${testKey('JCA')}` },
  });
  if (regen.status !== 200) throw new Error(`regenerate: ${regen.status} ${await regen.text()}`);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

/** The map picture the page shows, whether it has loaded, and the sea colour of the SVG behind it. */
async function shownMap(p: Page): Promise<{ theme: string; loaded: boolean }[]> {
  return p.locator('img.summary-map').evaluateAll((imgs) =>
    imgs
      .filter((img) => getComputedStyle(img).display !== 'none')
      .map((img) => {
        const el = img as HTMLImageElement;
        return { theme: new URL(el.src).searchParams.get('theme') ?? '', loaded: el.complete && el.naturalWidth > 0 };
      }),
  );
}

describe('daily summary in Chromium', () => {
  it('draws the map of the day dark on screen and in paper colours when printed', async () => {
    await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD);
    await page.goto(`${server.url}/#/summaries/${DAY}`);
    await page.getByTestId('summary-day').waitFor({ timeout: 10_000 });
    await expect.poll(() => shownMap(page), { timeout: 10_000 }).toEqual([{ theme: 'screen', loaded: true }]);
    await page.screenshot({ path: join(ARTIFACTS, 'summary-screen.png') });

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => shownMap(page), { timeout: 10_000 }).toEqual([{ theme: 'paper', loaded: true }]);
    const paper = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.summary-day__title') ?? document.body).color,
      feed: document.querySelector('.feed')
        ? getComputedStyle(document.querySelector('.feed') as Element).display
        : 'absent',
    }));
    expect(paper).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(17, 24, 32)', feed: 'none' });
    await page.screenshot({ path: join(ARTIFACTS, 'summary-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
