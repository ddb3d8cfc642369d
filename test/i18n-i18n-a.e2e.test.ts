import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Catalog, Locale } from '@tidewatch/contracts/i18n';
import type { RunningServer } from '@tidewatch/server';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';
import { translations as auth } from '../apps/web/src/auth/translations.ts';
import { translations as topbar } from '../apps/web/src/topbar/translations.ts';
import { translations as releasability } from '../apps/web/src/releasability/translations.ts';

// Screenshots of the converted screens, per language and size, for a person to look at.
const SHOTS = process.env.SHOTS_DIR ?? join(ARTIFACTS, 'i18n-a');
mkdirSync(SHOTS, { recursive: true });

const dir = createTempDir('e2e-i18n-a');
let server: RunningServer;
const browsers: BrowserContext[] = [];

// A new embedded database takes long on a loaded machine.
beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
}, 300_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
  dir.remove();
});

// SwiftShader draws the map on the CPU: on a loaded machine a screenshot of the dashboard takes long.
const SHOT_TIMEOUT_MS = 150_000;
const TEST_TIMEOUT_MS = 420_000;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name), timeout: SHOT_TIMEOUT_MS });
}

async function open(locale: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const browser = await launchBrowser(viewport, 'UTC', locale);
  browsers.push(browser);
  return browser.newPage();
}

/**
 * English messages of a catalog still on screen where the language is another: only those that differ from
 * their translation count (a word such as "UTC" or "Local" is the same in both) and that are plain text.
 */
function englishLeft<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  keys: readonly K[],
  text: string,
): string[] {
  return keys
    .map((key) => catalog.messages.en[key])
    .filter((english, i) => {
      const key = keys[i];
      return key !== undefined && english !== catalog.messages[locale][key] && text.includes(english);
    });
}

describe('sign-in, top bar and releasability in Spanish and French [I18N-1][I18N-4]', () => {
  it(
    '[I18N-1] the sign-in page speaks French to a French browser, refusals included, with no English left',
    async () => {
      const page = await open('fr-FR');
      await page.goto(server.url);
      await page.getByTestId('login-form').waitFor();
      const card = page.locator('.login__card');
      expect(await card.textContent()).toContain('Situation maritime commune des Caraïbes');
      expect(await page.getByTestId('login-submit').textContent()).toBe('Se connecter');
      const shown = ['tagline', 'accountTab', 'tokenTab', 'footer', 'username', 'password', 'signIn'] as const;
      expect(englishLeft(auth, 'fr', shown, (await card.textContent()) ?? '')).toEqual([]);
      await shoot(page, 'login-fr-1366.png');

      await page.getByTestId('login-username').fill('jcf.analyst');
      await page.getByTestId('login-password').fill('not the password at all');
      await page.getByTestId('login-submit').click();
      await expect.poll(() => page.getByTestId('login-error').textContent()).toBe(auth.messages.fr.refused);

      await page.getByTestId('login-token-tab').click();
      expect(await page.getByTestId('login-token-submit').textContent()).toBe('Utiliser ce jeton');
      await shoot(page, 'login-token-fr-1366.png');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    '[I18N-4] a language picked in the menu is the user’s on another browser, and the top bar speaks it',
    async () => {
      const laptop = await open('en-US', { width: 1920, height: 1080 });
      await signIn(laptop, server.url, 'jcf.analyst', TEST_PASSWORD, 90_000);
      expect(await laptop.getByTestId('logout').textContent()).toBe('Sign out');
      // A write on the embedded database queues behind others on a loaded machine: wait for the real answer.
      const saved = laptop.waitForResponse(
        (res) => res.url().endsWith('/api/v1/auth/me') && res.request().method() === 'PATCH',
        { timeout: 120_000 },
      );
      await laptop.getByTestId('language-picker').selectOption('es');
      expect((await saved).status()).toBe(200);

      // A different browser that prefers English, with nothing remembered: the server's choice wins at sign-in.
      const desk = await open('en-US', { width: 1920, height: 1080 });
      await signIn(desk, server.url, 'jcf.analyst', TEST_PASSWORD, 90_000);
      expect(await desk.locator('html').getAttribute('lang')).toBe('es');
      expect(await desk.getByTestId('logout').textContent()).toBe('Cerrar sesión');
      const bar = desk.locator('header.topbar');
      const barText = (await bar.textContent()) ?? '';
      // Under load the stream may briefly reconnect: wait for the live state itself, in Spanish.
      await expect
        .poll(() => desk.getByTestId('connection-state').textContent(), { timeout: 90_000 })
        .toContain('En directo');
      expect(barText).toContain('Panorama marítimo conjunto del Caribe');
      expect(barText).toContain('Listas de vigilancia');
      const visible = ['tagline', 'state_live', 'view_watchlists', 'view_trends', 'newEvent', 'signOut'] as const;
      expect(englishLeft(topbar, 'es', visible, barText)).toEqual([]);
      await shoot(desk, 'dashboard-es-1920.png');

      // The releasability chooser of a new event, and its reach line, in Spanish.
      await desk.getByTestId('new-event-button').click();
      const chooser = desk.getByTestId('new-event-releasability');
      await chooser.waitFor();
      const chooserText = (await chooser.textContent()) ?? '';
      expect(chooserText).toContain('Difusión');
      expect(await desk.getByTestId('new-event-reach').textContent()).toMatch(/^Alcanza a: /);
      const chooserKeys = ['legend', 'hint_AMBER', 'hint_RED', 'recipients'] as const;
      expect(englishLeft(releasability, 'es', chooserKeys, chooserText)).toEqual([]);
      await shoot(desk, 'new-event-es-1920.png');
      await desk.setViewportSize({ width: 1366, height: 768 });
      await shoot(desk, 'new-event-es-1366.png');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    '[I18N-4] French at 1366x768: the top bar fits, with the French words',
    async () => {
      const page = await open('fr-CA');
      await signIn(page, server.url, 'jcf.admin', TEST_PASSWORD, 90_000);
      expect(await page.getByTestId('admin-link').textContent()).toBe('Administration');
      await expect
        .poll(() => page.getByTestId('connection-state').textContent(), { timeout: 90_000 })
        .toContain('En direct');
      await shoot(page, 'dashboard-admin-fr-1366.png');
      // Nothing of the bar falls off the screen in the longer language.
      const overflow = await page.locator('header.topbar').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    },
    TEST_TIMEOUT_MS,
  );
});
