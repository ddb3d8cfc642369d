import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));

/**
 * Debian's Chromium, headless, with nothing reaching out to the network (GUIDE.md section 4). `timezoneId`
 * sets the browser's own zone, to show that what it draws does not depend on it; `locale` the browser's preferred
 * language (navigator.languages), as a user's operating system would.
 */
export async function launchBrowser(
  viewport = { width: 1920, height: 1080 },
  timezoneId?: string,
  locale?: string,
): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('the dashboard is not built: run pnpm build (pnpm test:e2e does)');
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tidewatch-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs in through the login page and waits until the live stream is up (longer on a loaded machine). */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
  liveTimeoutMs = 20_000,
): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: liveTimeoutMs });
}

/**
 * Records every request the page makes outside `origin` (data: and blob: URLs are local). The product is
 * air-gapped: tests expect this list to stay empty.
 */
export function recordExternalRequests(page: Page, origin: string): string[] {
  const external: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  return external;
}

/** SEC-1: what Chromium refused under the Content-Security-Policy, from the page's own violation events. */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.exposeFunction('__tidewatchCspViolation', (text: string) => void refused.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tidewatchCspViolation: (text: string) => void }).__tidewatchCspViolation;
      report(`${e.violatedDirective} refused ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('pageerror', (err) => {
    if (/Content Security Policy|unsafe-eval/i.test(err.message)) refused.push(err.message);
  });
  return refused;
}
