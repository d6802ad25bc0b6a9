import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  checkAccessibility,
  deskContext,
  launchBrowser,
  SCREEN_TIMEOUT,
  screenshot,
  screenshotOf,
  screenshotFailures,
  stack,
  stopAtFirstFailure,
  watchPage,
} from './harness';

/**
 * Scenario 7: an integrator tries the API in the gateway's Swagger UI for their county. Authorize
 * logs in on the county's own Keycloak page (authorization code with PKCE, nothing pasted), and
 * "Try it out" lists Huashi's households through the gateway with that login's token.
 */
const SCENARIO = 'swagger-ui-authorize';
const COUNTY = 'linxian';
const HOUSEHOLDS = '/api/v1/grid/households';

describe('7. Swagger UI logs in to the county and calls the gateway', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: () => string;

  stopAtFirstFailure();
  screenshotFailures(SCENARIO, () => [page]);

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await deskContext(browser);
    page = await context.newPage();
    problems = watchPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const operation = (): Locator =>
    page
      .locator('.opblock.opblock-get')
      .filter({ has: page.locator(`.opblock-summary-path[data-path="${HOUSEHOLDS}"]`) })
      .first();

  it('the landing page takes the county and opens its Swagger UI', async () => {
    await page.goto(`${stack.consoleUrl}/docs`);
    await checkAccessibility(page, 'the API docs landing page');
    await page.getByLabel('County id').fill(COUNTY);
    await page.getByRole('button', { name: 'Open Swagger UI' }).click();
    await page.waitForURL(`${stack.consoleUrl}/docs/${COUNTY}/swagger-ui`);
    // the first document is shown; grid is chosen from the definitions the county's settings list
    await page.locator('.topbar select').selectOption({ label: 'grid' });
    await operation().waitFor({ timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`no ${HOUSEHOLDS} operation in grid's document: ${error.message}${problems()}`);
    });
  });

  it('Authorize logs in on the county realm’s own page', async () => {
    await page.locator('.auth-wrapper .authorize').click();
    const oauth = page.locator('.auth-container').filter({ hasText: 'oauth2' });
    await oauth.getByText('authorizationCode with PKCE', { exact: true }).waitFor();
    const [login] = await Promise.all([context.waitForEvent('page'), oauth.locator('button.authorize').click()]);
    await login.waitForURL((url) => url.href.startsWith(`${stack.keycloakUrl}/realms/${COUNTY}/protocol/openid-connect/auth`), {
      timeout: SCREEN_TIMEOUT,
    });
    const asked = new URL(login.url()).searchParams;
    expect(asked.get('client_id')).toBe('web-console');
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('redirect_uri')).toBe(`${stack.consoleUrl}/swagger-ui/oauth2-redirect.html`);
    await login.locator('#username').fill('admin');
    await login.locator('#password').fill(stack.demoPassword);
    await login.locator('#kc-login').click();
    // the login page returns to Swagger UI's redirect page, which hands over the code and closes
    await login.waitForEvent('close', { timeout: SCREEN_TIMEOUT });
    // the code was exchanged for a token at the realm (a CORS call from the gateway's origin)
    await oauth.getByText('Authorized', { exact: true }).waitFor({ timeout: SCREEN_TIMEOUT });
    await oauth.getByRole('button', { name: 'Remove authorization' }).waitFor();
    await page.locator('.auth-btn-wrapper .btn-done').first().click();
  });

  it('Try it out lists Huashi’s households through the gateway with that token', async () => {
    const block = operation();
    await block.locator('.opblock-summary').first().click();
    await block.getByRole('button', { name: 'Try it out' }).click();
    await block.locator('tr[data-param-name="villageId"] input').fill('v-huashi');
    await block.locator('tr[data-param-name="size"] input').fill('5');
    // Documents made before the platform's OpenAPI customization listed the caller (PlatformUser, from
    // the token) as a required query object, which Swagger UI fills with a sample ("tenant=string",
    // refused as naming another county); an empty object sends nothing
    const caller = block.locator('tr[data-param-name="user"] textarea');
    if ((await caller.count()) > 0) {
      await caller.fill('{}');
    }
    const [call] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === HOUSEHOLDS, { timeout: SCREEN_TIMEOUT }),
      block.getByRole('button', { name: 'Execute' }).click(),
    ]);
    expect(call.url().startsWith(`${stack.consoleUrl}${HOUSEHOLDS}?`), call.url()).toBe(true);
    expect(call.request().headers().authorization ?? '').toMatch(/^Bearer ey/);
    expect(call.status(), problems()).toBe(200);

    // what Swagger UI shows: the request went to the gateway, which answered 200 with Huashi's households
    const shown = block.locator('.live-responses-table');
    await shown.waitFor({ timeout: SCREEN_TIMEOUT });
    expect(await block.locator('.request-url pre').first().innerText()).toMatch(new RegExp(`^${stack.consoleUrl}${HOUSEHOLDS}\\?`));
    expect((await shown.locator('.response .response-col_status').first().innerText()).trim()).toBe('200');
    expect(await shown.locator('tbody .response-col_description').first().innerText()).toContain('v-huashi');
    await screenshot(page, SCENARIO, 'executed');
    // the operation alone, authorized (closed lock), down to the gateway's answer and its headers
    await screenshotOf(block, SCENARIO, 'operation', shown);
  });
});
