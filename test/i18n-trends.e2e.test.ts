import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import { addDays, localDateOf, zonedToUtc } from '@tidewatch/domain';
import { LOCALES, type Locale } from '@tidewatch/contracts/i18n';
import { translations as trendWords } from '../apps/web/src/trends/translations.ts';
import { translations as watchlistWords } from '../apps/web/src/watchlists/translations.ts';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { createTempDir } from './support/temp-dir.ts';
import { api, feedAis, positionReport, staticReport, until } from './support/intel.ts';
import { getJson, postEvent, startTestServer, TEST_PASSWORD } from './support/server.ts';

/** Screens to be looked at by a person (long Spanish and French labels must not break the layout). */
const SHOTS = process.env.SHOTS_DIR ?? join(ARTIFACTS, 'i18n-trends');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;
/** Generous waits: quick alone, but the shared test machine can be many times overloaded. */
const SLOW = 120_000;

const OPS_TZ = 'America/Jamaica';
const DAY = localDateOf(new Date(Date.now() - 3 * 86_400_000), OPS_TZ);
const at = (date: string, hour: number) => zonedToUtc(date, hour, OPS_TZ).toISOString();

const SEIZURES = [
  { owner: 'JCA', when: at(DAY, 9), commodity: 'cocaine', place: 'Kingston' },
  { owner: 'JCA', when: at(DAY, 15), commodity: 'cocaine', place: 'Port Royal' },
  { owner: 'JCA', when: at(DAY, 11), commodity: 'firearms', place: 'Kingston' },
  { owner: 'JCA', when: at(addDays(DAY, -2), 12), commodity: 'cannabis', place: 'Montego Bay' },
] as const;

/** A tanker carrying category D goods, at anchor: Table 53 type 84, navigational status 1. */
const TANKER = { mmsi: 339_000_884, name: 'E2E ANCHORED TANKER', at: [-76.79, 17.93] as [number, number] };
/** A vessel that went dark for eight hours: an AIS gap alert with its parameters. */
const DARK = { mmsi: 339_100_078, name: 'E2E DARK PONY' };

const dir = createTempDir('e2e-i18n-trends');
let server: RunningServer;
let gapAlertId = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ DATA_DIR: dir.path, WEB_DIST });
  for (const [i, s] of SEIZURES.entries()) {
    const res = await postEvent(server.url, {
      kind: 'seizure',
      title: `E2E i18n seizure ${i}: ${s.commodity}`,
      occurredAt: s.when,
      place: s.place,
      position: { lon: -76.8 + i / 10, lat: 17.9 },
      ownerAgency: s.owner,
      releasability: { tlp: 'GREEN', recipients: [] },
      severity: 3,
      seizure: { commodity: s.commodity, quantity: 12_500, unit: 'kg' },
    });
    if (res.status !== 201) throw new Error(`seizure ${i}: ${res.status} ${JSON.stringify(res.json)}`);
  }
  const list = await api<{ id: string }>(server, 'POST', '/watchlists', {
    body: {
      name: 'Lanchas rápidas',
      description: 'Go-fast boats seen off Pedro Bank',
      releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    },
  });
  if (list.status !== 201) throw new Error(`watchlist: ${list.status} ${list.text}`);
  for (const entry of [
    { kind: 'vessel', mmsi: '339100001', reason: 'rendezvous off Pedro Bank' },
    { kind: 'container', containerNumber: 'CSQU3054383', reason: 'false declaration' },
  ]) {
    const res = await api(server, 'POST', `/watchlists/${list.json.id}/entries`, { body: entry });
    if (res.status !== 201) throw new Error(`entry: ${res.status} ${res.text}`);
  }

  const now = Date.now();
  feedAis(server, staticReport(TANKER.mmsi, TANKER.name, 9_312_349, 'E2ETK', 84), now);
  feedAis(server, positionReport(TANKER.mmsi, TANKER.at[1], TANKER.at[0], 0, 1), now);
  const t0 = now - 12 * 3_600_000;
  feedAis(server, staticReport(DARK.mmsi, DARK.name), t0);
  feedAis(server, positionReport(DARK.mmsi, 16.9, -77.2), t0);
  feedAis(server, positionReport(DARK.mmsi, 16.9, -76.7), t0 + 8 * 3_600_000);
  const gap = await until(
    'the gap alert',
    async () => {
      const page = await getJson<{ items: { id: string }[] }>(server.url, '/api/v1/events?kind=vessel_alert&q=PONY', {
        agency: 'JCA',
      });
      return page.json.items[0];
    },
    SLOW,
  );
  gapAlertId = gap.id;
}, 900_000);

afterAll(async () => {
  await server?.close();
  dir.remove();
});

/** English words of a catalog that carry no placeholder and differ in the other languages. */
function englishOnly(catalog: { messages: Record<Locale, Readonly<Record<string, string>>> }, minLength = 5): string[] {
  return Object.entries(catalog.messages.en)
    .filter(([, text]) => !text.includes('{') && text.length >= minLength)
    .filter(([key, text]) => LOCALES.every((l) => l === 'en' || catalog.messages[l][key] !== text))
    .map(([, text]) => text);
}

/** The English phrase as whole words (Spanish "Periodo" holds "Period" but is not English left behind). */
function holdsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/** A browser whose preferred language is `tag` (I18N-1), signed in as a JCA analyst. */
async function readerIn(tag: string): Promise<{ browser: BrowserContext; page: Page; errors: string[] }> {
  const browser = await launchBrowser({ width: 1920, height: 1080 }, OPS_TZ, tag);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('401')) errors.push(message.text());
  });
  await signIn(page, server.url, 'jca.analyst', TEST_PASSWORD, SLOW);
  errors.length = 0; // the login page's session probe answers 401 by design
  return { browser, page, errors };
}

async function shoot(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await ready();
    await page.waitForTimeout(600); // the chart re-measures its container
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), timeout: SLOW });
  }
  await page.setViewportSize(SIZES[0]);
}

describe('[I18N-18] a Spanish analyst reads the trends and the watchlists in Spanish', () => {
  it('[I18N-18] shows the trends board, its chart, lists and drill-down, and the watchlists screen in Spanish', async () => {
    const { browser, page, errors } = await readerIn('es-DO');
    try {
      await page.goto(`${server.url}/#/trends`);
      const board = page.getByTestId('trends-screen');
      await expect
        .poll(() => page.getByTestId('trends-zone-note').textContent(), { timeout: SLOW })
        .toBe(`Días en ${OPS_TZ}, la zona de operaciones · pulse una columna o un segmento para ver sus incautaciones`);
      await expect.poll(() => board.locator('.trends__title').textContent()).toBe('Tendencias de incautaciones');
      // Counts are ICU plurals; the legend and the filters name commodities from the shared vocabulary.
      await expect.poll(() => board.locator('.trends-muted').first().textContent()).toContain('4 incautaciones');
      const text = (await board.textContent()) ?? '';
      for (const words of ['Por agencia', 'Por puerto o zona', 'Por ruta', 'Este periodo', 'Periodo anterior']) {
        expect(text).toContain(words);
      }
      const legend = (await board.locator('.recharts-legend-wrapper').textContent()) ?? '';
      for (const commodity of ['Cocaína', 'Armas de fuego', 'Munición', 'Efectivo'])
        expect(legend).toContain(commodity);
      expect(await board.getByRole('radiogroup', { name: 'Periodo' }).textContent()).toContain('30 días');
      expect(await board.getByTestId('trends-bucket-week').textContent()).toBe('Semana');
      // The chart's tooltip dates the column and names its segments in Spanish.
      const cocaine = page.locator(`[data-testid="trends-bar"][data-bucket="${DAY}"][data-commodity="cocaine"]`);
      await cocaine.hover();
      const day = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        new Date(`${DAY}T00:00:00Z`),
      );
      const tooltip = board.locator('.recharts-tooltip-wrapper');
      await expect.poll(() => tooltip.textContent(), { timeout: SLOW }).toContain(day);
      expect(await tooltip.textContent()).toContain('Cocaína');
      await shoot(page, 'trends-es', () => board.locator('.recharts-bar-rectangle').first().waitFor());

      // The cocaine column of DAY drills into its two seizures, named and counted in Spanish.
      await cocaine.click();
      const drill = page.getByTestId('trends-drilldown');
      await expect.poll(() => drill.textContent(), { timeout: SLOW }).toContain('2 incautaciones');
      expect(await drill.locator('.trends-drill__title').textContent()).toBe(`Cocaína, ${DAY}`);
      expect(await drill.getByTestId('trends-drill-show').textContent()).toBe('Mostrar en el flujo y en el mapa →');
      expect(await drill.getByRole('button', { name: 'Cerrar el desglose' }).count()).toBe(1);
      expect(await drill.locator('.trends-drill__commodity').first().textContent()).toBe('Cocaína');
      // Numbers are grouped as Spanish writes them.
      await expect.poll(() => drill.textContent()).toContain('12.500 kg');
      await shoot(page, 'trends-drilldown-es', () => drill.waitFor());
      const trendsText = `${(await board.textContent()) ?? ''}\n${(await drill.textContent()) ?? ''}`;
      expect(englishOnly(trendWords).filter((english) => holdsPhrase(trendsText, english))).toEqual([]);

      await page.goto(`${server.url}/#/watchlists`);
      const screen = page.getByTestId('watchlists-screen');
      await expect
        .poll(() => screen.locator('.wl__title').textContent(), { timeout: SLOW })
        .toBe('Listas de vigilancia');
      const card = screen.getByTestId('watchlist-card').filter({ hasText: 'Lanchas rápidas' });
      await expect.poll(() => card.textContent(), { timeout: SLOW }).toContain('2 entradas');
      await card.click();
      await expect.poll(() => screen.getByTestId('watchlist-entry').count(), { timeout: SLOW }).toBe(2);
      expect(await screen.locator('thead').textContent()).toBe('TipoIdentificadoresMotivoAltaVence');
      expect(await screen.locator('.wl-kind').allTextContents()).toEqual(
        expect.arrayContaining(['buque', 'contenedor']),
      );
      expect(await screen.getByRole('button', { name: 'Historial y notas' }).count()).toBe(2);
      expect(await screen.getByPlaceholder('Buscar identificadores, nombres, motivos').count()).toBe(1);
      const watchlistText = (await screen.textContent()) ?? '';
      expect(englishOnly(watchlistWords).filter((english) => holdsPhrase(watchlistText, english))).toEqual([]);
      await shoot(page, 'watchlists-es', () => screen.getByTestId('watchlist-entry').first().waitFor());
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 900_000);
});

describe('[I18N-19] a French analyst reads AIS codes and alert parameters in French', () => {
  it('[I18N-19] names the vessel card’s navigational status and ship type, and an AIS gap’s parameters, in French', async () => {
    const { browser, page, errors } = await readerIn('fr-GP');
    try {
      await page.getByTestId('vessel-search-input').fill('ANCHORED TANKER');
      const result = page.getByTestId('vessel-search-result').first();
      await result.waitFor({ timeout: SLOW });
      await result.click();
      const card = page.locator(`[data-testid="vessel-card"][data-mmsi="${TANKER.mmsi}"]`);
      await expect.poll(() => card.textContent(), { timeout: SLOW }).toContain(TANKER.name);
      await expect
        .poll(() => card.textContent(), { timeout: SLOW })
        .toContain('Navire-citerne, marchandises dangereuses de catégorie D (84)');
      await expect.poll(() => card.textContent(), { timeout: SLOW }).toContain('Au mouillage');
      expect(await card.textContent()).toContain('station de navire');
      expect(await card.textContent()).not.toContain('Tanker');
      expect(await card.textContent()).not.toContain('At anchor');
      await shoot(page, 'vessel-card-fr', () => card.waitFor());

      await page.keyboard.press('Escape');
      await page.locator(`[data-testid="feed-item"][data-event-id="${gapAlertId}"]`).click({ timeout: SLOW });
      const evidence = page.getByTestId('alert-evidence');
      await expect
        .poll(() => evidence.locator('dt').allTextContents(), { timeout: SLOW })
        .toEqual(expect.arrayContaining(['Coupure min. (h)', 'Coupure (h)', 'Ignorée dans un mouillage (m)']));
      expect(await evidence.textContent()).not.toContain('Min gap hours');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 900_000);

  it('[I18N-19] shows the same vessel card in Spanish with the IMO’s Spanish terms', async () => {
    const { browser, page } = await readerIn('es-ES');
    try {
      await page.getByTestId('vessel-search-input').fill('ANCHORED TANKER');
      await page.getByTestId('vessel-search-result').first().click({ timeout: SLOW });
      const card = page.locator(`[data-testid="vessel-card"][data-mmsi="${TANKER.mmsi}"]`);
      await expect
        .poll(() => card.textContent(), { timeout: SLOW })
        .toContain('Buque tanque, mercancías peligrosas de categoría D (84)');
      await expect.poll(() => card.textContent(), { timeout: SLOW }).toContain('Fondeado');
      await shoot(page, 'vessel-card-es', () => card.waitFor());
    } finally {
      await browser.close();
    }
  }, 900_000);
});

describe('[I18N-18] a French analyst reads the trends and the watchlists in French', () => {
  it('[I18N-18] shows the trends board and the watchlists in French', async () => {
    const { browser, page, errors } = await readerIn('fr-FR');
    try {
      await page.goto(`${server.url}/#/trends`);
      const board = page.getByTestId('trends-screen');
      await expect
        .poll(() => board.locator('.trends__title').textContent(), { timeout: SLOW })
        .toBe('Tendances des saisies');
      await expect.poll(() => board.locator('.trends-muted').first().textContent()).toContain('4 saisies');
      expect(await board.textContent()).toContain('Par itinéraire');
      await shoot(page, 'trends-fr', () => board.locator('.recharts-bar-rectangle').first().waitFor());
      await page.goto(`${server.url}/#/watchlists`);
      const screen = page.getByTestId('watchlists-screen');
      await expect
        .poll(() => screen.locator('.wl__title').textContent(), { timeout: SLOW })
        .toBe('Listes de surveillance');
      await screen.getByTestId('watchlist-card').first().click();
      await expect.poll(() => screen.getByTestId('watchlist-entry').count(), { timeout: SLOW }).toBe(2);
      expect(await screen.locator('thead').textContent()).toBe('TypeIdentifiantsMotifAjoutExpiration');
      await shoot(page, 'watchlists-fr', () => screen.getByTestId('watchlist-entry').first().waitFor());
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 900_000);
});
