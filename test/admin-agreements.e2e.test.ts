import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';

const CODE = 'jca-jcf-e2e';
const dir = createTempDir('e2e-admin-agreements');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  await server.ctx.sharingGroups.upsert({
    code: CODE,
    name: 'JCA-JCF-USCG e2e agreement',
    members: ['JCA', 'JCF', 'USCG'],
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

const membersOf = async (code: string) => (await server.ctx.sharingGroups.list()).find((g) => g.code === code)?.members;

describe('agreement members in the admin screen', () => {
  it('[ADM-2] an administrator removes a member after confirming, and adds another, from the Agreements tab', async () => {
    await signIn(page, server.url, 'jca.admin', TEST_PASSWORD);
    pageErrors.length = 0;
    await page.goto(`${server.url}/#/admin/agreements`);
    const row = page.locator('tr', { hasText: CODE });
    await row.getByRole('button', { name: `Remove USCG from ${CODE}` }).click();
    await row.getByRole('button', { name: 'Remove USCG now' }).click();
    await expect.poll(() => membersOf(CODE), { timeout: 10_000 }).toEqual(['JCA', 'JCF']);
    await expect.poll(() => page.locator('.form-ok').textContent(), { timeout: 5000 }).toContain('USCG left');
    // Two members left: an agreement binds at least two, so no remove button is offered any more.
    await expect.poll(() => row.getByRole('button', { name: /^Remove .* from / }).count()).toBe(0);

    await row.getByRole('combobox', { name: `Add a member to ${CODE}` }).selectOption('CBP');
    await row.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => membersOf(CODE), { timeout: 10_000 }).toEqual(['CBP', 'JCA', 'JCF']);
    await expect.poll(() => row.locator('.detail__tag').allTextContents()).toEqual(['CBP×', 'JCA×', 'JCF×']);
    expect(pageErrors).toEqual([]);
  });
});
