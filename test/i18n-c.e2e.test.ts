import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { addDays, latestDueDate, summaryPeriod } from '@tidewatch/domain';
import { LOCALES, type Locale } from '@tidewatch/contracts/i18n';
import { translations as wallWords } from '../apps/web/src/wall/translations.ts';
import { translations as summaryWords } from '../apps/web/src/summaries/translations.ts';
import { translations as documentWords } from '../apps/server/src/summaries/render/translations.ts';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { postEvent, startTestServer, testDeviceToken, testKey, TEST_PASSWORD } from './support/server.ts';

/** Screens for the note ("screenshots in the note"), to be looked at by a person. */
const SHOTS = process.env.SHOTS_DIR ?? join(ARTIFACTS, 'i18n-c');

const WALL_TOKEN = testDeviceToken('JCA');
const DAY = addDays(latestDueDate(new Date(), 6, 'America/Jamaica'), -2);
const period = summaryPeriod(DAY, 6, 'America/Jamaica');
const at = (hours: number) => new Date(period.start.getTime() + hours * 3_600_000).toISOString();
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

/** Generous waits: these pages are quick alone, but the shared test machine can be many times overloaded. */
const SLOW = 120_000;

const dir = createTempDir('e2e-i18n-c');
let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  const events = [
    { kind: 'seizure', title: 'Cocaine in a fishing canoe at Kingston', hours: 2, severity: 4, commodity: 'cocaine' },
    { kind: 'interdiction', title: 'Go-fast interdicted south of Jamaica', hours: 6, severity: 5 },
    { kind: 'seizure', title: 'Pistols in barrels at Port Royal', hours: 12, severity: 3, commodity: 'firearms' },
  ] as const;
  for (const e of events) {
    const res = await postEvent(server.url, {
      kind: e.kind,
      title: e.title,
      occurredAt: at(e.hours),
      position: { lon: -76.8 + e.hours / 10, lat: 17.6 },
      ownerAgency: 'JCA',
      releasability: { tlp: 'GREEN', recipients: [] },
      severity: e.severity,
      ...('commodity' in e ? { seizure: { commodity: e.commodity, quantity: 12, unit: 'kg' } } : {}),
    });
    if (res.status !== 201) throw new Error(`${e.title}: ${res.status}`);
  }
  const regen = await fetch(`${server.url}/api/v1/summaries/${DAY}/regenerate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${testKey('JCA')}` },
  });
  if (regen.status !== 200) throw new Error(`regenerate: ${regen.status}`);
  // An English-speaking browser: whatever is Spanish or French below came from the wall link or the user's choice.
  browser = await launchBrowser({ width: 1920, height: 1080 }, 'America/Jamaica', 'en-US');
  page = await browser.newPage();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

/** English words of a catalog that carry no placeholder: none may be left on a screen shown in another language. */
function englishOnly(catalog: { messages: Record<Locale, Readonly<Record<string, string>>> }, minLength = 5): string[] {
  const en = Object.entries(catalog.messages.en);
  return en
    .filter(([, text]) => !text.includes('{') && text.length >= minLength)
    .filter(([key, text]) => LOCALES.every((l) => l === 'en' || catalog.messages[l][key] !== text))
    .map(([, text]) => text);
}

// textContent, not innerText: headings are upper-cased by CSS, and the words are what is checked.
async function visibleText(p: Page, selector: string): Promise<string> {
  return (await p.locator(selector).first().textContent()) ?? '';
}

const WALL_TEXT = {
  es: { tag: 'Pantalla mural de operaciones conjuntas · vista de JCA', feed: 'Flujo en directo', today: 'Hoy' },
  fr: { tag: 'Écran mural des opérations conjointes · vue JCA', feed: 'Flux en direct', today: 'Aujourd’hui' },
} as const;

describe('[I18N-17] the wall speaks the language of its link', () => {
  for (const lang of ['es', 'fr'] as const) {
    it(`shows the wall in ${lang} from /wall?lang=${lang}, at 1080p, 1366x768 and 4K`, async () => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${server.url}/wall?lang=${lang}#token=${WALL_TOKEN}`);
      await page.getByTestId('wall').waitFor({ timeout: SLOW });
      await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: SLOW });
      await expect.poll(() => page.locator('.brand__tag').textContent(), { timeout: 10_000 }).toBe(WALL_TEXT[lang].tag);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const side = await visibleText(page, '.wall__side');
      expect(side).toContain(WALL_TEXT[lang].feed);
      expect(side).toContain(WALL_TEXT[lang].today);
      const wallText = `${await visibleText(page, '.wall__header')}\n${side}\n${await visibleText(page, '.wall__legend')}`;
      for (const english of englishOnly(wallWords)) expect(wallText).not.toContain(english);
      // The dashboard's own remembered choice is untouched: a wall's language is not a person's.
      expect(await page.evaluate(() => localStorage.getItem('tidewatch.locale'))).toBeNull();
      // A wall is opened at its own size (its scale and map zoom are set when it starts): reload at each one.
      for (const size of [...SIZES, { width: 3840, height: 2160 }]) {
        await page.setViewportSize(size);
        await page.reload();
        await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: SLOW });
        await expect
          .poll(() => page.locator('.brand__tag').textContent(), { timeout: 10_000 })
          .toBe(WALL_TEXT[lang].tag);
        await page.screenshot({ path: join(SHOTS, `wall-${lang}-${size.width}x${size.height}.png`), timeout: SLOW });
      }
    }, 900_000);
  }

  it('keeps the language that came with the device token across a reload without it', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/wall#token=${WALL_TOKEN}&lang=fr`);
    await expect.poll(() => page.locator('.brand__tag').textContent(), { timeout: SLOW }).toBe(WALL_TEXT.fr.tag);
    expect(page.url()).toBe(`${server.url}/wall`);
    await page.reload();
    await page.getByTestId('wall').waitFor({ timeout: SLOW });
    await expect.poll(() => page.locator('.brand__tag').textContent(), { timeout: SLOW }).toBe(WALL_TEXT.fr.tag);
    // ?lang= in the address wins over the stored one.
    await page.goto(`${server.url}/wall?lang=es`);
    await expect.poll(() => page.locator('.brand__tag').textContent(), { timeout: SLOW }).toBe(WALL_TEXT.es.tag);
  });
});

describe('[I18N-16] the daily summary on screen, in print and as PDF in the reader’s language', () => {
  for (const lang of ['es', 'fr'] as const) {
    it(`a user who chose ${lang} reads the summary, its printable page and its PDF in ${lang}`, async () => {
      // A fresh browser: the wall's device token must not sign this one in.
      const reader = await launchBrowser({ width: 1920, height: 1080 }, 'America/Jamaica', 'en-US');
      const page = await reader.newPage();
      await page.goto(`${server.url}/`);
      await page.evaluate((l) => localStorage.setItem('tidewatch.locale', l), lang);
      await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD, 90_000);
      await page.goto(`${server.url}/#/summaries/${DAY}`);
      await page.getByTestId('summary-day').waitFor({ timeout: SLOW });
      const screen = await visibleText(page, '[data-testid="summaries-screen"]');
      expect(screen).toContain(summaryWords.messages[lang].headlineFigures);
      expect(screen).toContain(summaryWords.messages[lang].notableEvents);
      for (const english of englishOnly(summaryWords, 6)) expect(screen).not.toContain(english);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({
          path: join(SHOTS, `summary-screen-${lang}-${size.width}x${size.height}.png`),
          timeout: SLOW,
        });
      }

      // The Print link carries the language; the page it opens is written in it.
      const printHref = await page.getByTestId('summary-print').getAttribute('href');
      expect(printHref).toContain(`lang=${lang}`);
      await page.goto(`${server.url}${printHref ?? ''}`);
      const print = await visibleText(page, 'body');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(print).toContain(documentWords.messages[lang].headlineFigures);
      for (const english of englishOnly(documentWords, 8)) expect(print).not.toContain(english);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({
          path: join(SHOTS, `summary-print-${lang}-${size.width}x${size.height}.png`),
          timeout: SLOW,
        });
      }
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({
        path: join(SHOTS, `summary-print-${lang}-print-media.png`),
        fullPage: true,
        timeout: SLOW,
      });
      await page.emulateMedia({ media: 'screen' });

      // The PDF link too: fetched with the page's own session, kept for a look at its pages.
      await page.goto(`${server.url}/#/summaries/${DAY}`);
      const pdfHref = await page.getByTestId('summary-pdf-a4').getAttribute('href');
      expect(pdfHref).toContain(`lang=${lang}`);
      const pdf = await page.request.get(`${server.url}${pdfHref ?? ''}`);
      expect(pdf.status()).toBe(200);
      writeFileSync(join(SHOTS, `summary-${lang}.pdf`), await pdf.body());
      await reader.close();
    }, 900_000);
  }
});
