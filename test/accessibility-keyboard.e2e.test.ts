import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { EventInput } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { launchBrowser, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, TEST_PASSWORD } from './support/server.ts';

// The dashboard for someone who does not use a pointer and may not see it: the main task with the keyboard
// alone, every focus visible (A11Y-7), and high-severity arrivals spoken by the one live region (A11Y-6).
const dir = createTempDir('e2e-a11y-keyboard');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let eventId = '';
const pageErrors: string[] = [];
const TITLE = 'Go-fast boat with no lights off Portland Point';

function event(title: string, severity: number, overrides: Partial<EventInput> = {}): EventInput {
  return {
    kind: 'sighting_report',
    title,
    occurredAt: new Date().toISOString(),
    position: { lat: 17.7, lon: -77.15 },
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN' },
    severity,
    ...overrides,
  };
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  const posted = await postEvent(server.url, event(TITLE, 5));
  expect(posted.status).toBeLessThan(300);
  eventId = String(posted.json.id);
  browser = await launchBrowser({ width: 1366, height: 768 });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

interface FocusRing {
  what: string;
  outlineStyle: string;
  outlineWidth: number;
}

/** The focused element and the outline the browser draws around it now (computed style). */
function focusRing(): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      what: el.outerHTML.slice(0, 160),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

/** Every element the keyboard lands on shows a solid outline at least 2 px wide. */
async function expectVisibleFocus(): Promise<void> {
  const ring = await focusRing();
  if (ring === null) return;
  expect(ring.outlineStyle, ring.what).not.toBe('none');
  expect(ring.outlineWidth, ring.what).toBeGreaterThanOrEqual(2);
}

const focused = (selector: string): Promise<boolean> =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab (or Shift+Tab) until the focus is on `selector`, checking the focus is visible at every stop. */
async function tabTo(selector: string, key = 'Tab', limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await focused(selector)) return;
    await page.keyboard.press(key);
    await expectVisibleFocus();
  }
  throw new Error(`${limit} presses of ${key} never reached ${selector}`);
}

const announced = (): Promise<string> => page.getByTestId('live-announcer').evaluate((el) => el.textContent ?? '');

describe('the main task by keyboard alone [A11Y-7]', () => {
  it('[A11Y-7] signs in, opens an event from the feed, triages it and saves a note, every focus visible', async () => {
    await page.goto(server.url);
    await page.getByTestId('login-form').waitFor({ timeout: 60_000 });

    // Sign in: Tab to the name, Tab to the password, Enter submits.
    await tabTo('[data-testid="login-username"]');
    await page.keyboard.type('jca.analyst');
    await page.keyboard.press('Tab');
    expect(await focused('[data-testid="login-password"]')).toBe(true);
    await expectVisibleFocus();
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 90_000 });
    await page.locator(`[data-testid="feed-item"][data-event-id="${eventId}"]`).waitFor({ timeout: 30_000 });

    // The feed is one tab stop; the arrow keys walk it; Enter opens the event and moves the focus into it.
    await page.locator('body').focus();
    await tabTo('[data-testid="feed-item"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await focused(`[data-event-id="${eventId}"]`)).toBe(true);
    await expectVisibleFocus();
    await page.keyboard.press('Enter');
    const panel = page.locator(`[data-testid="event-detail"][data-event-id="${eventId}"]`);
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => focused('#event-detail-title')).toBe(true);

    // Triage: the arrow key picks the next status and the server's answer moves the revision.
    const status = page.getByTestId('triage-status');
    const versionBefore = Number(await status.getAttribute('data-version'));
    await tabTo('[data-testid="triage-status"]');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('triaged');
    await expect
      .poll(async () => Number(await status.getAttribute('data-version')), { timeout: 10_000 })
      .toBeGreaterThan(versionBefore);

    // A note: typed, then Tab on to the save button, back with Shift+Tab and forward again, Enter saves it.
    await tabTo('[data-testid="annotation-input"]');
    await page.keyboard.type('No lights, three persons on board, heading 190');
    await tabTo('[data-testid="annotation-submit"]');
    await tabTo('[data-testid="annotation-input"]', 'Shift+Tab');
    await tabTo('[data-testid="annotation-submit"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('annotation-item').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('No lights, three persons on board')]);

    // Escape closes the detail and the focus is back on the row that opened it.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => focused(`[data-testid="feed-item"][data-event-id="${eventId}"]`)).toBe(true);
    await expectVisibleFocus();
    expect(pageErrors).toEqual([]);
  }, 300_000);
});

describe('the live region [A11Y-6]', () => {
  it('[A11Y-6] says nothing of the history loaded at sign-in, then speaks a severity-5 arrival', async () => {
    // The history event (severity 5, loaded at sign-in) has been on screen for longer than a burst gathers.
    expect(await announced()).toBe('');
    const posted = await postEvent(server.url, event('Semi-submersible sighted south of Pedro Bank', 5));
    expect(posted.status).toBeLessThan(300);
    await expect
      .poll(announced, { timeout: 10_000 })
      .toBe('New high-severity event, severity 5 of 5: Sighting report, Semi-submersible sighted south of Pedro Bank');
    expect(await page.getByTestId('live-announcer').getAttribute('role')).toBe('status');
  }, 120_000);

  it('[A11Y-6] speaks a burst once as a count, leaving out low severity and what the user may not read', async () => {
    const burst = [
      event('Burst one', 4),
      event('Burst two', 5),
      event('Burst low', 2),
      // CBP's RED event for CBP alone: jca.analyst may not read it, so it is not spoken, nor counted.
      event('CBP only', 5, { ownerAgency: 'CBP', releasability: { tlp: 'RED' } }),
      event('Burst three', 4),
    ];
    for (const e of burst) {
      const posted = await postEvent(server.url, e, e.ownerAgency === 'CBP' ? { agency: 'CBP' } : {});
      expect(posted.status).toBeLessThan(300);
    }
    // Held until 10 s after the last announcement, then spoken once.
    await expect.poll(announced, { timeout: 30_000 }).toBe('3 new high-severity events');
  }, 120_000);
});
