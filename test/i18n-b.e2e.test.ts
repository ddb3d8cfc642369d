import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import type { Catalog } from '@tidewatch/contracts/i18n';
import { launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, TEST_PASSWORD } from './support/server.ts';
import { translations as annotations } from '../apps/web/src/annotations/translations.ts';
import { translations as detail } from '../apps/web/src/detail/translations.ts';
import { translations as feed } from '../apps/web/src/feed/translations.ts';
import { translations as triage } from '../apps/web/src/triage/translations.ts';
import { translations as vocabulary } from '../apps/web/src/theme/vocabulary.translations.ts';

// The live picture in Spanish, walked with the keyboard alone: feed, detail, triage, notes, the map's list,
// the shortcuts help, and reduced motion.
const dir = createTempDir('e2e-i18n-b');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let eventId = '';
const pageErrors: string[] = [];
const TITLE = 'Lancha rápida rumbo al norte de Negril';

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  const posted = await postEvent(server.url, {
    kind: 'sighting_report',
    title: TITLE,
    occurredAt: new Date().toISOString(),
    position: { lat: 18.3, lon: -78.4 },
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN' },
    severity: 4,
  });
  expect(posted.status).toBeLessThan(300);
  eventId = String(posted.json.id);
  browser = await launchBrowser({ width: 1366, height: 768 }, undefined, 'es-DO');
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD, 90_000);
  // A loaded machine (eight agents on two cores) starts a server and a browser slowly: wait, do not fail.
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(selector: string, limit = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${limit} presses of ${key} never reached ${selector}`);
}

const focused = (selector: string): Promise<boolean> =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * English messages that must not be left on a Spanish screen: every catalog message that differs in Spanish
 * and has no placeholder, matched as whole words ("Edit" must not match "Editar") in any case (CSS upper-cases some).
 */
function englishLeft(text: string, catalogs: readonly Catalog<string>[]): string[] {
  const left: string[] = [];
  for (const catalog of catalogs) {
    for (const [key, english] of Object.entries(catalog.messages.en)) {
      if (english.includes('{') || english === catalog.messages.es[key]) continue;
      const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text)) left.push(english);
    }
  }
  return left;
}

/** The text as written (CSS may show it upper-case). */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

/** The text as laid out, with line breaks between blocks (so words of neighbouring elements stay apart). */
async function shownText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => (el instanceof HTMLElement ? el.innerText : (el.textContent ?? '')));
}

describe('the live picture in Spanish, by keyboard [I18N-10][I18N-11][A11Y-1]', () => {
  it('opens an event from the feed, triages it and annotates it without a pointer, all in Spanish', async () => {
    const row = page.locator(`[data-testid="feed-item"][data-event-id="${eventId}"]`);
    await row.waitFor();
    expect(await textOf(page.locator('.feed__title'))).toBe('Flujo en directo');
    expect(await textOf(row)).toContain('Informe de avistamiento');

    // One tab stop for the feed, reached from the page's start; Enter opens the event and focuses its detail.
    await page.locator('body').focus();
    await tabTo('[data-testid="feed-item"]');
    expect(await focused(`[data-event-id="${eventId}"]`)).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('event-detail');
    await panel.waitFor();
    expect(await panel.getAttribute('data-event-id')).toBe(eventId);
    await expect.poll(() => focused('#event-detail-title')).toBe(true);

    // Triage: Tab to the status, the arrow key picks the next status; the server's answer moves the revision.
    const status = page.getByTestId('triage-status');
    const versionBefore = Number(await status.getAttribute('data-version'));
    await tabTo('[data-testid="triage-status"]');
    expect(await textOf(page.locator('.triage .detail__section-title'))).toBe('Triaje');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('triaged');
    await expect
      .poll(async () => Number(await status.getAttribute('data-version')), { timeout: 10_000 })
      .toBeGreaterThan(versionBefore);
    expect(await textOf(status.locator('option:checked'))).toBe('Clasificado');
    expect(await textOf(panel.locator('.detail__status'))).toBe('Clasificado');

    // A note, typed and sent with the keyboard.
    await tabTo('[data-testid="annotation-input"]');
    await page.keyboard.type('Abordada por la guardia costera');
    await tabTo('[data-testid="annotation-submit"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('annotation-item').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Abordada por la guardia costera')]);

    // Every converted part of the screen speaks Spanish: nothing of the English catalogs is left.
    const catalogs = [feed, detail, triage, annotations, vocabulary];
    expect(englishLeft(await shownText(panel), catalogs)).toEqual([]);
    expect(englishLeft(await shownText(page.locator('.feed')), catalogs)).toEqual([]);
    expect(await textOf(panel)).toContain('Cuándo (UTC)');
    expect(await textOf(panel)).toContain('Gravedad 4 de 5');

    // Escape closes the detail and gives the focus back to the row that opened it.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => focused(`[data-testid="feed-item"][data-event-id="${eventId}"]`)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('[A11Y-2] lists the events in view over the map for the keyboard; Enter opens one', async () => {
    await page.locator('body').focus();
    await tabTo('.map-list__item');
    const list = page.getByTestId('map-event-list');
    // Out of sight until the keyboard reaches it, then a readable panel.
    const box = await list.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    const item = list.locator(`[data-event-id="${eventId}"]`);
    expect(await textOf(item)).toBe(`Informe de avistamiento, gravedad 4: ${TITLE}`);
    await tabTo(`.map-list__item[data-event-id="${eventId}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(eventId);
    await expect.poll(() => focused('#event-detail-title')).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('event-detail').waitFor({ state: 'detached' });
    await expect.poll(() => focused(`.map-list__item[data-event-id="${eventId}"]`)).toBe(true);
  }, 240_000);

  it('[A11Y-4] "?" shows the shortcuts in Spanish; Escape closes them and nothing else', async () => {
    const row = page.locator(`[data-testid="feed-item"][data-event-id="${eventId}"]`);
    await row.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('event-detail').waitFor();
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcuts-help');
    await help.waitFor({ state: 'visible' });
    const text = await textOf(help);
    expect(text).toContain('Atajos de teclado');
    expect(text).toContain('Intro');
    expect(text).not.toContain('Keyboard shortcuts');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    // The detail behind the help is still open: Escape closed the help only.
    expect(await page.getByTestId('event-detail').count()).toBe(1);
    // Typed into a field, "?" is a character, not a request for help.
    await tabTo('[data-testid="annotation-input"]');
    await page.keyboard.type('¿rumbo?');
    expect(await help.isVisible()).toBe(false);
    expect(await page.getByTestId('annotation-input').inputValue()).toBe('¿rumbo?');
  }, 240_000);

  it('[A11Y-3] with reduced motion, choosing an event jumps the map instead of flying', async () => {
    /** Opens the event from the feed and measures the map's move, from its start to its end (ms). */
    const moveDuration = async (): Promise<number> => {
      await page.evaluate(() => {
        // The parts of the MapLibre map (window.tidewatch.map, the debug handle) this measurement uses.
        type MapHandle = {
          jumpTo(options: { center: [number, number]; zoom: number }): void;
          once(event: string, listener: () => void): void;
        };
        const map = (window as unknown as { tidewatch: { map: MapHandle } }).tidewatch.map;
        map.jumpTo({ center: [-60, 12], zoom: 4 });
        const record = window as unknown as { moveMs?: number };
        record.moveMs = undefined;
        let started = 0;
        map.once('movestart', () => {
          started = performance.now();
        });
        map.once('moveend', () => {
          record.moveMs = performance.now() - started;
        });
      });
      await page.keyboard.press('Escape');
      const row = page.locator(`[data-testid="feed-item"][data-event-id="${eventId}"]`);
      await row.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { moveMs?: number }).moveMs), { timeout: 15_000 })
        .toBeDefined();
      return page.evaluate(() => (window as unknown as { moveMs: number }).moveMs);
    };

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await moveDuration()).toBeGreaterThan(300);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moveDuration()).toBeLessThan(50);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
