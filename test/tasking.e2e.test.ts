import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Task, Unit } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { hashPassword } from '../apps/server/src/auth/passwords.ts';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { login } from './support/session.ts';
import { postEvent, startTestServer, TEST_PASSWORD, testDeviceToken } from './support/server.ts';

const dir = createTempDir('e2e-tasking');
let server: RunningServer;
const browsers: BrowserContext[] = [];

async function created<T>(p: Promise<{ status: number; json: unknown }>, status = 201): Promise<T> {
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json as T;
}

/** A supervisor's dashboard on the tasking board, live. */
async function board(username: string): Promise<Page> {
  const browser = await launchBrowser({ width: 1366, height: 768 });
  browsers.push(browser);
  const page = await browser.newPage();
  await signIn(page, server.url, username, TEST_PASSWORD, 90_000);
  await page.goto(`${server.url}/#/operations`);
  await page.getByTestId('operations-screen').waitFor({ timeout: 60_000 });
  return page;
}

let task: Task;
let uscg: Awaited<ReturnType<typeof login>>;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  const hash = await hashPassword(TEST_PASSWORD);
  for (const code of ['JCA', 'USCG'])
    await server.ctx.users.upsertByUsername({
      username: `${code.toLowerCase()}.supervisor`,
      displayName: `${code} supervisor`,
      agencyCode: code,
      role: 'supervisor',
      passwordHash: hash,
    });
  await server.ctx.sharingGroups.upsert({ code: 'test-shiprider', name: 'shiprider', members: ['JCA', 'USCG'] });
  await server.ctx.units.allowTasking('test-shiprider', new Date().toISOString());
  uscg = await login(server.url, 'uscg.supervisor');
  const jca = await login(server.url, 'jca.supervisor');
  const cutter = await created<Unit>(
    uscg.request('/api/v1/units', {
      method: 'POST',
      body: {
        callSign: 'VIGOROUS',
        type: 'cutter',
        maxSpeedKn: 25,
        enduranceH: 72,
        releasability: { tlp: 'AMBER', sharingGroups: ['test-shiprider'] },
      },
    }),
  );
  await created(
    uscg.request(`/api/v1/units/${cutter.id}/position`, { method: 'POST', body: { lat: 17.9, lon: -76.8 } }),
    200,
  );
  // USCG's own RED helicopter: released to nobody else, so never on JCA's wall (OPSU-10).
  const helicopter = await created<Unit>(
    uscg.request('/api/v1/units', {
      method: 'POST',
      body: { callSign: 'JAYHAWK6', type: 'helicopter', maxSpeedKn: 140, enduranceH: 4, releasability: { tlp: 'RED' } },
    }),
  );
  await created(
    uscg.request(`/api/v1/units/${helicopter.id}/position`, { method: 'POST', body: { lat: 18.0, lon: -76.7 } }),
    200,
  );
  const goFast = await postEvent(server.url, {
    kind: 'sighting_report',
    title: 'Go-fast south of Portland Bight',
    occurredAt: new Date().toISOString(),
    position: { lat: 17.5, lon: -77.0 },
    ownerAgency: 'JCA',
    releasability: { tlp: 'AMBER', recipients: ['USCG'] },
    severity: 4,
  });
  // JCA, under the shiprider agreement, tasks USCG's cutter to its go-fast.
  task = await created<Task>(
    jca.request('/api/v1/tasks', {
      method: 'POST',
      body: { unitId: cutter.id, targetType: 'event', targetId: String(goFast.json.id) },
    }),
  );
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
  dir.remove();
});

describe('tasking a partner’s unit in the dashboard', () => {
  it('[OPSU-5][OPSU-6][GIS-7] the unit agency accepts on its board, the tasking agency sees it live and exports the intercept', async () => {
    const jcaBoard = await board('jca.supervisor');
    const uscgBoard = await board('uscg.supervisor');
    const jcaCard = jcaBoard.locator(`[data-testid="ops-task"]`).first();
    const uscgCard = uscgBoard.locator(`[data-testid="ops-task"]`).first();
    await jcaCard.waitFor({ timeout: 30_000 });
    await uscgCard.waitFor({ timeout: 30_000 });
    expect(await jcaCard.getAttribute('data-state')).toBe('proposed');
    expect(await jcaCard.textContent()).toContain('VIGOROUS');
    // Only the unit's agency accepts: JCA's card offers no accept.
    expect(await jcaCard.getByTestId('task-move-accepted').count()).toBe(0);

    await uscgCard.getByTestId('task-move-accepted').click();
    await jcaBoard.locator('[data-testid="ops-task"][data-state="accepted"]').waitFor({ timeout: 30_000 });
    await jcaBoard.screenshot({ path: join(ARTIFACTS, 'tasking-board-1366.png') });

    const [download] = await Promise.all([
      jcaBoard.waitForEvent('download'),
      jcaCard.getByTestId('export-task-geojson').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const collection = check(text);
    if (collection.type !== 'FeatureCollection') throw new Error('not a FeatureCollection');
    expect(collection.features.map((f) => f.properties?.taskId)).toContain(task.id);
    expect(download.suggestedFilename()).toMatch(/^tidewatch-task-VIGOROUS-.*-tlp-amber\.geojson$/);
  });

  it('[OPSU-10] the wall shows the units and open tasks its agency may read, live, and nothing else', async () => {
    const browser = await launchBrowser({ width: 1920, height: 1080 });
    browsers.push(browser);
    const wall = await browser.newPage();
    await wall.goto(`${server.url}/wall#token=${testDeviceToken('JCA')}`);
    await wall.getByTestId('wall').waitFor({ timeout: 60_000 });
    const marker = wall.locator('[data-testid="unit-marker"]', { hasText: 'VIGOROUS' });
    await marker.waitFor({ timeout: 30_000 });
    const row = wall.getByTestId('wall-task').first();
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('VIGOROUS');
    expect(await row.textContent()).toContain('Go-fast south of Portland Bight');
    expect(await row.getAttribute('data-state')).toBe('accepted');
    expect(await wall.locator('[data-testid="wall-units"] [data-status="tasked"]').textContent()).toMatch(/^1/);

    // USCG's cutter sets off: JCA's wall follows without a reload.
    const accepted = await created<Task>(uscg.request(`/api/v1/tasks/${task.id}`), 200);
    await created(
      uscg.request(`/api/v1/tasks/${task.id}/state`, {
        method: 'POST',
        body: { to: 'en_route', baseVersion: accepted.version },
      }),
      200,
    );
    await wall.locator('[data-testid="wall-task"][data-state="en_route"]').waitFor({ timeout: 30_000 });

    // The RED helicopter of USCG is on no path of JCA's wall: no marker, no count, no title.
    expect(await wall.locator('[data-testid="unit-marker"]', { hasText: 'JAYHAWK6' }).count()).toBe(0);
    expect(await wall.locator('[data-testid="wall-units"]').textContent()).not.toContain('JAYHAWK6');
    expect(await wall.locator('[data-testid="wall-units"] [data-status="available"]').textContent()).toMatch(/^0/);
    await wall.screenshot({ path: join(ARTIFACTS, 'wall-units-1920.png') });
  });
});
