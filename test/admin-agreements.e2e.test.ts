import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '@tidewatch/server';
import type { Catalog, Locale } from '@tidewatch/contracts/i18n';
import { ARTIFACTS, launchBrowser, signIn, WEB_DIST } from './support/browser.ts';
import { englishLeft, ownWords } from './support/english-left.ts';
import { createTempDir } from './support/temp-dir.ts';
import { startTestServer, TEST_PASSWORD } from './support/server.ts';
import { translations as admin } from '../apps/web/src/admin/translations.ts';
import { translations as agencies } from '../apps/web/src/admin/agencies.translations.ts';
import { translations as agreements } from '../apps/web/src/admin/agreements.translations.ts';
import { translations as audit } from '../apps/web/src/admin/audit.translations.ts';
import { translations as auditWords } from '../apps/web/src/admin/audit-words.translations.ts';
import { translations as keys } from '../apps/web/src/admin/keys.translations.ts';
import { translations as partners } from '../apps/web/src/admin/partners.translations.ts';
import { translations as takDevices } from '../apps/web/src/admin/tak-devices.translations.ts';
import { translations as taxii } from '../apps/web/src/admin/taxii.translations.ts';

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

// The admin screens as a Spanish and a French administrator see them (their browsers' languages, I18N-1).
const SHOTS = process.env.SHOTS_DIR ?? join(ARTIFACTS, 'admin-i18n');
mkdirSync(SHOTS, { recursive: true });
// Screenshots wait for the page to settle: slow on a loaded machine (eight agents on two cores).
const SHOT_TIMEOUT_MS = 120_000;
const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

interface Tab {
  tab: string;
  panel: string;
  catalogs: readonly Catalog<string>[];
}

const TABS: readonly Tab[] = [
  { tab: 'agencies', panel: 'admin-agencies', catalogs: [admin, agencies] },
  { tab: 'agreements', panel: 'admin-agreements', catalogs: [admin, agreements] },
  { tab: 'partners', panel: 'admin-partners', catalogs: [admin, partners] },
  { tab: 'keys', panel: 'admin-keys', catalogs: [admin, keys, takDevices, taxii] },
  { tab: 'audit', panel: 'admin-audit', catalogs: [admin, audit, auditWords] },
];

/** The labels, headings, buttons and headers whose text is cut (wider than their box), and whether the page scrolls sideways. */
async function cramped(
  page: Page,
): Promise<{ cut: string[]; pageScrollsSideways: boolean; contentScrollsSideways: boolean }> {
  return page.getByTestId('admin-area').evaluate((area) => ({
    cut: [...area.querySelectorAll('.btn, .field__label, th, .admin__tab, .pill, .admin__title, .admin__subtitle, dt')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent ?? ''),
    pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    // Wide tables scroll inside their own box (.table-scroll); the screen itself never does.
    contentScrollsSideways: [...area.querySelectorAll('.admin__content')].some(
      (el) => el.scrollWidth > el.clientWidth + 1,
    ),
  }));
}

/** Opens a tab, checks no English of its catalogs is left, and photographs it at both sizes. */
async function visit(page: Page, baseUrl: string, locale: Locale, { tab, panel, catalogs }: Tab): Promise<string> {
  await page.goto(`${baseUrl}/#/admin/${tab}`);
  const root = page.getByTestId(panel);
  await root.waitFor();
  // Lists arrive after the frame: wait until the tables have rows (or their empty state).
  await expect.poll(() => root.locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect.soft(englishLeft(await ownWords(page.getByTestId('admin-area')), catalogs, locale), tab).toEqual([]);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    expect
      .soft(await cramped(page), `${tab} at ${viewport.width}`)
      .toEqual({ cut: [], pageScrollsSideways: false, contentScrollsSideways: false });
    await page.screenshot({
      path: join(SHOTS, `admin-${tab}-${locale}-${viewport.width}.png`),
      timeout: SHOT_TIMEOUT_MS,
    });
    // The admin area scrolls inside the window: photographed whole too, in a window as tall as its content.
    const tall = await page
      .locator('.admin__content')
      .evaluate((el) => el.scrollHeight + el.getBoundingClientRect().top);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(tall)) });
    await page.screenshot({
      path: join(SHOTS, `admin-${tab}-${locale}-${viewport.width}-whole.png`),
      timeout: SHOT_TIMEOUT_MS,
    });
  }
  await page.setViewportSize(VIEWPORTS[0]);
  // The words as written (textContent: CSS upper-cases some headings), with the placeholders.
  const area = page.getByTestId('admin-area');
  const placeholders = await area
    .locator('[placeholder]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('placeholder')).join('\n'));
  return `${await area.textContent()}\n${placeholders}`;
}

const SPOKEN = [
  {
    locale: 'es',
    browser: 'es-DO',
    partner: 'us',
    wall: 'Sala de operaciones 2',
    words: {
      agencies: ['Agencias', 'Añadir una agencia', 'País (ISO 3166)', 'Añadir agencia'],
      agreements: [
        'Acuerdos (grupos de intercambio)',
        'Crear un acuerdo',
        'Miembros (al menos dos) · ninguno elegido',
        'Activo',
        'Revocar…',
      ],
      partners: [
        'Despliegues asociados',
        'Última extracción',
        'Token que nos presentan (guardado con hash)',
        'Añadir una agencia alojada por un socio',
      ],
      keys: [
        'Claves de API y tokens de pantallas murales',
        'Emitir una clave o un token de dispositivo',
        'Dispositivos TAK (Cursor-on-Target)',
        'URL de descubrimiento',
        'Autenticación',
        'Difundido a JCA',
        'Buzón de JCA',
      ],
      audit: [
        'Registro de auditoría (todas las agencias)',
        'Hora (UTC)',
        'Resultado',
        'Página 1',
        'Más antiguas →',
        'cualquiera',
      ],
    },
    partnerAdded: 'Socio us añadido; su enlace empieza ahora.',
    partnerStates: ['Aún sin extraer', 'Con fallos', 'Activo'],
    removeFrom: `Retirar a JCF de ${CODE}`,
    login: 'Inicio de sesión',
    success: 'éxito',
    user: 'usuario',
    wallLanguage: 'Idioma de la pantalla',
    other: 'fr',
  },
  {
    locale: 'fr',
    browser: 'fr-GP',
    partner: 'mx',
    wall: 'Salle des opérations 2',
    words: {
      agencies: ['Agences', 'Ajouter une agence', 'Pays (ISO 3166)', 'Ajouter l’agence'],
      agreements: [
        'Accords (groupes de partage)',
        'Créer un accord',
        'Membres (au moins deux) · aucun choisi',
        'Actif',
        'Révoquer…',
      ],
      partners: [
        'Déploiements partenaires',
        'Dernière collecte',
        'Jeton qu’ils nous présentent (stocké haché)',
        'Ajouter une agence hébergée par un partenaire',
      ],
      keys: [
        'Clés d’API et jetons d’écrans muraux',
        'Émettre une clé ou un jeton d’appareil',
        'Terminaux TAK (Cursor-on-Target)',
        'URL de découverte',
        'Authentification',
        'Diffusé à JCA',
        'Boîte de dépôt de JCA',
      ],
      audit: ['Journal d’audit (toutes les agences)', 'Heure (UTC)', 'Résultat', 'Page 1', 'Plus anciennes →', 'tous'],
    },
    partnerAdded: 'Partenaire mx ajouté ; sa liaison démarre maintenant.',
    partnerStates: ['Pas encore collecté', 'En échec', 'Actif'],
    removeFrom: `Retirer JCF de ${CODE}`,
    login: 'Connexion',
    success: 'réussite',
    user: 'utilisateur',
    wallLanguage: 'Langue de l’écran',
    other: 'es',
  },
] as const;

describe('[I18N-20][I18N-21] the admin screens in Spanish and French', () => {
  for (const lang of SPOKEN) {
    it(`[I18N-20] a ${lang.locale} administrator reads every admin panel in ${lang.locale}, nothing cut at 1920 or 1366 wide; [I18N-21] a new wall token comes with its link in a chosen language`, async () => {
      const context = await launchBrowser(VIEWPORTS[0], undefined, lang.browser);
      try {
        const tab = await context.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await signIn(tab, server.url, 'jca.admin', TEST_PASSWORD, 90_000);

        // A partner first, through its form, so the partners table has a row and the remote-agency form shows.
        await tab.goto(`${server.url}/#/admin/partners`);
        const form = tab.locator('form', {
          has: tab.getByPlaceholder(lang.locale === 'es' ? 'Estados Unidos' : 'États-Unis'),
        });
        const inputs = form.locator('input');
        await inputs.nth(0).fill(lang.partner);
        await inputs.nth(1).fill(`Tidewatch ${lang.partner.toUpperCase()}`);
        await inputs.nth(2).fill('http://127.0.0.1:9');
        await inputs.nth(3).fill(`outbound-token-${lang.partner}-0123456789`);
        await inputs.nth(4).fill(`inbound-token-${lang.partner}-0123456789`);
        await form.locator('button[type="submit"]').click();
        await expect
          .poll(() => form.locator('.form-ok, .form-error').textContent(), { timeout: 10_000 })
          .toBe(lang.partnerAdded);

        for (const entry of TABS) {
          const text = await visit(tab, server.url, lang.locale, entry);
          for (const words of lang.words[entry.tab as keyof typeof lang.words])
            expect(text, entry.tab).toContain(words);
        }

        // Agreements: the members' controls are named in the language too.
        await tab.goto(`${server.url}/#/admin/agreements`);
        await tab.getByRole('button', { name: lang.removeFrom }).waitFor();

        // Partners: the link's state in the language, whatever it has reached.
        await tab.goto(`${server.url}/#/admin/partners`);
        const state = tab.locator(`tr[data-partner="${lang.partner}"] .partners__state`);
        expect(lang.partnerStates).toContain(await state.textContent());

        // Audit: actions, outcomes and actor kinds are words, not ids; times name their zone.
        await tab.goto(`${server.url}/#/admin/audit`);
        const login = tab
          .locator('[data-testid="audit-row"]', { has: tab.locator('[data-action="auth.login"]') })
          .first();
        await login.waitFor();
        expect(await login.locator('[data-action]').textContent()).toBe(lang.login);
        expect(await login.locator('.pill').textContent()).toBe(lang.success);
        expect(await login.textContent()).toContain(lang.user);
        expect(await login.locator('td').first().textContent()).toMatch(/UTC/);

        // Keys: a wall token's link, in the administrator's language by default, another at a pick.
        await tab.goto(`${server.url}/#/admin/keys`);
        const keysPanel = tab.getByTestId('admin-keys');
        await keysPanel.locator('form input').fill(lang.wall);
        await keysPanel.locator('form button[type="submit"]').click();
        const link = tab.getByTestId('wall-link-value');
        await link.waitFor();
        const token = await tab.getByTestId('secret-value').inputValue();
        expect(token).toMatch(/^tw_dev_/);
        expect(await link.inputValue()).toBe(`${server.url}/wall#token=${token}&lang=${lang.locale}`);
        await tab.getByRole('combobox', { name: lang.wallLanguage }).selectOption(lang.other);
        expect(await link.inputValue()).toBe(`${server.url}/wall#token=${token}&lang=${lang.other}`);
        expect(englishLeft(await ownWords(keysPanel), [admin, keys], lang.locale)).toEqual([]);
        for (const viewport of VIEWPORTS) {
          await tab.setViewportSize(viewport);
          expect
            .soft(await cramped(tab), `wall link at ${viewport.width}`)
            .toEqual({ cut: [], pageScrollsSideways: false, contentScrollsSideways: false });
          await tab.getByTestId('secret-once').screenshot({
            path: join(SHOTS, `admin-wall-link-${lang.locale}-${viewport.width}.png`),
            timeout: SHOT_TIMEOUT_MS,
          });
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 300_000);
  }
});
