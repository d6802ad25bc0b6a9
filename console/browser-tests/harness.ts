import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterEach, beforeEach } from 'vitest';

/**
 * The browser tests' harness: the distribution's Chromium driven by playwright-core against a
 * running stack (the end-to-end suite's, or the demo stack), signed in through Keycloak's own
 * login page exactly as a person does. Nothing here downloads a browser: the network is closed.
 */

function required(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (!value) {
    throw new Error(`${name} is not set: the browser tests need a running stack (see README, Tests)`);
  }
  return value.replace(/\/+$/, '');
}

/** Where the stack is: the gateway serving the console and the API, and Keycloak. */
export const stack = {
  consoleUrl: required('CONSOLE_URL', 'http://localhost:18080'),
  keycloakUrl: required('KEYCLOAK_URL', 'http://localhost:18180'),
  demoPassword: required('DEMO_PASSWORD', 'demo-pass-1'),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

/** How long one screen may take to answer; the stack shares two cores with the build. */
export const SCREEN_TIMEOUT = 30_000;

const SCREENSHOTS = fileURLToPath(new URL('../target/screenshots/', import.meta.url));

/**
 * Plain `launch` gives every browser a fresh temporary profile (Playwright passes its own
 * `--user-data-dir` under the system's temp directory and deletes it on close), so no test sees
 * another run's cookies, service worker or IndexedDB.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: stack.chromium,
    headless: true,
    args: [
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

/** A context whose every wait (locators, navigation) is bounded by SCREEN_TIMEOUT. */
async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(SCREEN_TIMEOUT);
  return context;
}

const COUNTY_TIME = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } as const;

/** A cheap phone as a grid worker or villager holds it: 360×740, touch. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return newContext(browser, {
    ...COUNTY_TIME,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

/** A desk in the village committee's office or the township. */
export function deskContext(browser: Browser): Promise<BrowserContext> {
  return newContext(browser, { ...COUNTY_TIME, viewport: { width: 1366, height: 860 } });
}

/**
 * Opens `path` of a county's console and signs in on Keycloak's login page, where the console
 * sends whoever has no session; returns once the console shows the signed-in screen at `path`.
 * Each person needs their own browser context: Keycloak's session cookie lives in it.
 */
export async function login(page: Page, county: string, username: string, path = ''): Promise<void> {
  const target = `${stack.consoleUrl}/c/${county}/${path.replace(/^\/+/, '')}`;
  await page.goto(target);
  await page.waitForURL((url) => url.href.startsWith(`${stack.keycloakUrl}/realms/${county}/`), { timeout: SCREEN_TIMEOUT });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(stack.demoPassword);
  await page.locator('#kc-login').click();
  await page.waitForURL(
    (url) => url.href.startsWith(`${stack.consoleUrl}/c/${county}/`) && !url.pathname.endsWith('/auth'),
    { timeout: SCREEN_TIMEOUT },
  );
  // the shell's main landmark appears once the session is set up
  await page.locator('main').first().waitFor({ timeout: SCREEN_TIMEOUT });
}

/**
 * A form field by its visible label. A required field's label starts with a star the screen
 * hides from assistive technology (aria-hidden), which a label's text still contains.
 */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^\\*?\\s*${escaped}$`));
}

/** Moves within the signed-in console the way the address bar would (a full navigation). */
export async function open(page: Page, county: string, path: string): Promise<void> {
  await page.goto(`${stack.consoleUrl}/c/${county}/${path.replace(/^\/+/, '')}`);
  await page.locator('main').first().waitFor({ timeout: SCREEN_TIMEOUT });
}

/**
 * Moves within the signed-in console as a link does, without reloading the page (the tokens
 * live in memory, so a reload would sign in again through Keycloak).
 */
export async function navigate(page: Page, county: string, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/c/${county}/${path.replace(/^\/+/, '')}`);
  await settled(page);
}

/** The whole page as a person sees it, kept under console/target/screenshots for review. */
export async function screenshot(page: Page, scenario: string, screen: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // a "saved" toast would cover what the screen shows; they go by themselves within seconds
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 6000 })
    .catch(() => undefined);
  await page.screenshot({ path: `${SCREENSHOTS}${scenario}-${screen}.png`, fullPage: true });
}

/**
 * One part of a page (a card, an operation), for pictures in the documentation: from the top of
 * `part` down to the bottom of `until` (within it) when given, else all of it.
 */
export async function screenshotOf(part: Locator, scenario: string, screen: string, until?: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${scenario}-${screen}.png`;
  const top = await part.boundingBox();
  const end = until ? await until.boundingBox() : null;
  if (!top || !end) {
    await part.screenshot({ path });
    return;
  }
  const scrolled = await part.page().evaluate(() => window.scrollY);
  await part.page().screenshot({
    path,
    fullPage: true,
    clip: { x: top.x, y: top.y + scrolled, width: top.width, height: end.y + end.height - top.y },
  });
}

/**
 * After a failed test, what each open page showed (`<scenario>-failure-<n>.png`): the message
 * says which element was missing, the picture says what was there instead.
 */
export function screenshotFailures(scenario: string, pages: () => (Page | undefined)[]): void {
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [index, page] of pages().entries()) {
      if (page && !page.isClosed()) {
        await screenshot(page, scenario, `failure-${index + 1}`).catch(() => undefined);
      }
    }
  });
}

/**
 * For scenarios whose steps build on each other: once one fails, the later ones are skipped
 * instead of each waiting out its timeouts for something that cannot come.
 */
export function stopAtFirstFailure(): void {
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip();
  });
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') failed = true;
  });
}

/** The console's loading indicators are gone (lists and files have answered). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: SCREEN_TIMEOUT }).catch(() => undefined);
  await page
    .locator('.ant-spin-spinning, [role="status"]:has(.ant-spin)')
    .first()
    .waitFor({ state: 'hidden', timeout: SCREEN_TIMEOUT })
    .catch(() => undefined);
}

const BLOCKING = new Set(['serious', 'critical']);

/** What axe finds on the page that keeps someone from using it (serious or critical), one line each. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(' | ')}${violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : ''}`,
    );
}

/** Fails naming every serious or critical axe violation on the page. */
export async function checkAccessibility(page: Page, screen: string): Promise<void> {
  const problems = await accessibilityProblems(page);
  if (problems.length > 0) {
    throw new Error(`axe on ${screen} (${page.url()}):\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Keeps what went wrong inside the page (uncaught errors, console errors, refused requests), so a
 * failing scenario says more than "element not found".
 */
export function watchPage(page: Page): () => string {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().includes('/api/')) {
      seen.push(`${response.request().method()} ${response.url()} → ${response.status()}`);
    }
  });
  return () => (seen.length ? `\nIn the page:\n  ${seen.slice(-20).join('\n  ')}` : '');
}
