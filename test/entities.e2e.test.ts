import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Entity } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { login, type UserSession } from './support/session.ts';
import { postEvent, startTestServer, TEST_PASSWORD } from './support/server.ts';

const dir = createTempDir('e2e-entities');
/** Where the screenshots of this screen go when SHOTS_DIR is set (the reviewer looks at them). */
const SHOTS = process.env.SHOTS_DIR;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const GREEN = { tlp: 'GREEN', recipients: [], sharingGroups: [] };
const ids: Record<string, string> = {};

async function shot(name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 600));
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

async function create(session: UserSession, body: Record<string, unknown>): Promise<Entity> {
  const res = await session.request('/api/v1/entities', { method: 'POST', body });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.json)}`);
  return res.json as Entity;
}

async function seizure(agency: string, title: string, releasability: Record<string, unknown>): Promise<string> {
  const res = await postEvent(
    server.url,
    {
      kind: 'sighting_report',
      title,
      occurredAt: '2026-11-20T14:05:00Z',
      ownerAgency: agency,
      severity: 3,
      releasability,
    },
    { agency },
  );
  return String(res.json.id);
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  const jca = await login(server.url, 'jca.analyst');
  const cbp = await login(server.url, 'cbp.analyst');
  const jcaEvent = await seizure('JCA', 'Pistol in barrel, Kingston wharf', GREEN);
  const cbpEvent = await seizure('CBP', 'Outbound freight, Port Everglades', {
    tlp: 'AMBER',
    recipients: ['JCA'],
    sharingGroups: [],
  });
  const pistol = (serial: string, eventId: string) => ({
    kind: 'firearm',
    name: `Glock 19 ${serial}`,
    firearm: {
      make: 'Glock',
      model: '19',
      type: 'pistol',
      calibre: '9x19mm',
      serial,
      countryOfManufacture: 'AT',
      importerMark: 'GLOCK INC SMYRNA GA',
    },
    eventId,
  });
  ids.pistol = (await create(jca, { ...pistol('BXR-714O', jcaEvent), releasability: GREEN })).id;
  await create(cbp, {
    ...pistol('BXR 7140', cbpEvent),
    releasability: { tlp: 'AMBER', recipients: ['JCA'], sharingGroups: [] },
  });
  const consignee = await create(jca, {
    kind: 'organisation',
    name: 'Harbour Imports Ltd',
    aliases: ['Harbor Imports', 'HIL Trading'],
    identifiers: [{ type: 'company_registration', value: 'JM-55102' }],
    notes: 'Consignee of the barrel shipment.',
    releasability: GREEN,
  });
  ids.consignee = consignee.id;
  const person = await create(jca, {
    kind: 'person',
    name: 'José Ordóñez Castañeda',
    aliases: ['Pepe'],
    dateOfBirth: '1979-05-14',
    identifiers: [
      { type: 'passport', value: 'A1234567' },
      { type: 'phone', value: '+1 876 555 0101' },
    ],
    releasability: GREEN,
  });
  await create(cbp, {
    kind: 'person',
    name: 'Ordonez Castaneda, Jose',
    dateOfBirth: '1979-05-14',
    releasability: GREEN,
  });
  const secret = await create(cbp, {
    kind: 'person',
    name: 'Hidden Straw Buyer',
    releasability: { tlp: 'RED', recipients: [], sharingGroups: [] },
  });
  for (const [toId, relation, by] of [
    [person.id, 'employs', jca],
    [ids.pistol, 'shipped', jca],
    [secret.id, 'employs', cbp],
  ] as const)
    await by.request(`/api/v1/entities/${consignee.id}/links`, {
      method: 'POST',
      body: {
        toType: 'entity',
        toId,
        relation,
        source: 'JCA report 2026-114',
        validFrom: '2026-03-01',
        releasability: GREEN,
      },
    });
  await create(jca, {
    kind: 'container',
    name: 'CSQU 305438-3',
    identifiers: [{ type: 'container_number', value: 'CSQU3054383' }],
    releasability: GREEN,
  });
  const vessel = await create(jca, {
    kind: 'vessel',
    name: 'MV Caribe Star',
    identifiers: [{ type: 'imo', value: '9074729' }],
    releasability: GREEN,
  });
  // Two links from the consignee: the person operates the vessel (the network's second ring and path target).
  await jca.request(`/api/v1/entities/${person.id}/links`, {
    method: 'POST',
    body: {
      toType: 'entity',
      toId: vessel.id,
      relation: 'operates',
      source: 'JCA report 2026-114',
      releasability: GREEN,
    },
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD, 60_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

describe('the entities screen in Chromium', () => {
  it('[ENT-2][LINK-2] an analyst searches, opens the consignee and sees its links, but never the RED record of another agency', async () => {
    // The views fold into a menu on narrow bars; the hash is the same either way.
    await page.goto(`${server.url}/#/entities`);
    // A loaded machine (eight agents on two cores) can take long for the first screen: wait on the real state.
    await page.getByTestId('entities-screen').waitFor({ timeout: 60_000 });
    await page.getByTestId('entity-search').fill('harbor');
    await page.getByTestId('entity-card').filter({ hasText: 'Harbour Imports Ltd' }).click({ timeout: 60_000 });
    const detail = page.getByTestId('entity-detail');
    await detail.getByText('Harbour Imports Ltd').first().waitFor();
    await page.getByTestId('entity-link').nth(1).waitFor();
    expect(await page.getByTestId('entity-link').count()).toBe(2);
    expect(await detail.textContent()).not.toContain('Hidden Straw Buyer');
    await shot('entities-organisation');
  }, 120_000);

  it('[FIRE-3] the pistol shows the CBP record of the same serial and the seizure it was recovered in', async () => {
    await page.goto(`${server.url}/#/entities/${ids.pistol}`);
    const matches = page.getByTestId('firearm-matches');
    await page.getByTestId('entity-detail').waitFor();
    await matches.getByText('Outbound freight, Port Everglades', { exact: false }).waitFor({ timeout: 30_000 });
    await shot('entities-firearm');
  }, 120_000);

  it('[ENT-5] the person shows the CBP record as a likely duplicate, and a new entity is recorded through the form', async () => {
    await page.getByTestId('entity-search').fill('ordonez');
    await page.getByTestId('entity-card').filter({ hasText: 'José Ordóñez Castañeda' }).click();
    await page.getByTestId('entity-suggestions').getByText('Ordonez Castaneda, Jose').waitFor({ timeout: 30_000 });
    await shot('entities-person');
    await page.getByTestId('new-entity').click();
    await page.locator('#ent-name').fill('Kingston Wharf Shed 4');
    await page.locator('#ent-kind').selectOption('address');
    await shot('entities-form');
    await page.getByTestId('entity-create').click();
    await page
      .getByTestId('entity-detail')
      .getByRole('heading', { name: 'Kingston Wharf Shed 4' })
      .waitFor({ timeout: 30_000 });
  }, 120_000);

  it('[LINK-3][LINK-4] the network of the consignee: neighbours drawn, the person expanded with Enter, the path to the vessel highlighted', async () => {
    await page.goto(`${server.url}/#/entities/${ids.consignee}`);
    const network = page.getByTestId('entity-network');
    const list = page.getByTestId('network-list');
    await list.locator('.net-list__name', { hasText: 'José Ordóñez Castañeda' }).waitFor({ timeout: 60_000 });
    await list.locator('.net-list__name', { hasText: 'Glock 19 BXR-714O' }).waitFor();
    expect(await page.getByTestId('network-node').count()).toBe(3);
    expect(await network.textContent()).not.toContain('Hidden Straw Buyer');
    // The keyboard reaches a node of the drawing; Enter shows that node's own links.
    const personNode = page.getByTestId('network-drawing').getByRole('link', { name: /José Ordóñez Castañeda/ });
    await personNode.focus();
    await personNode.press('Enter');
    await list.locator('.net-list__name', { hasText: 'MV Caribe Star' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('network-node').count()).toBe(4);
    await page.getByTestId('network-path-search').fill('caribe');
    await network.getByRole('button', { name: 'Shortest path to MV Caribe Star' }).click({ timeout: 30_000 });
    await page.getByTestId('network-path-result').getByText('2 links', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.net-node--path').count()).toBe(3);
    expect(await page.locator('.net-edge--path').count()).toBe(2);
    await network.scrollIntoViewIfNeeded();
    await shot('entities-network');
  }, 120_000);
});
