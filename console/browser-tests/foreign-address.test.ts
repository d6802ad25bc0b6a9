import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  deskContext,
  launchBrowser,
  login,
  open,
  SCREEN_TIMEOUT,
  screenshot,
  screenshotFailures,
  stack,
  watchPage,
} from './harness';
import { householdOf, type Household } from './setup';

/**
 * Scenario 5: a county user edits the address to another county's data or another village's
 * household. The services answer 404 (or 403) for what is out of scope; the console explains
 * that, and nothing of the household reaches the page.
 */
const SCENARIO = 'foreign-address';
/** The console's words for "not found / not yours" (common.ts error.notFound, error.forbidden). */
const EXPLANATION = /没有找到这条记录|属于其他村或其他辖区/;

describe('5. a cadre who edits the address to data that is not theirs', () => {
  let browser: Browser;
  let page: Page;
  let problems: () => string;
  let otherCounty: Household;
  let otherVillage: Household;

  screenshotFailures(SCENARIO, () => [page]);

  beforeAll(async () => {
    // Huashi is a village in both demo counties; Dongyuan is the linxian cadre's neighbour village
    otherCounty = await householdOf('jiyuan', 'v-huashi', '济源浏览器测试户', '济源华石村外县测试 1 号');
    otherVillage = await householdOf('linxian', 'v-dongyuan', '东源浏览器测试户', '东源村外村测试 2 号');
    browser = await launchBrowser();
    page = await (await deskContext(browser)).newPage();
    problems = watchPage(page);
    await login(page, 'linxian', 'cadre');
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function expectExplainedWithoutData(household: Household, screen: string) {
    await open(page, 'linxian', `area/households/${household.id}`);
    const explanation = page.getByRole('alert').filter({ hasText: EXPLANATION });
    await explanation.first().waitFor({ timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`no explanation on ${page.url()}: ${error.message}${problems()}`);
    });
    await screenshot(page, SCENARIO, screen);
    const shown = await page.locator('body').innerText();
    expect(shown, 'the household head is not shown').not.toContain(household.headName);
    expect(shown, 'the household address is not shown').not.toContain(household.address);
  }

  it("explains another county's household and shows none of it", async () => {
    await expectExplainedWithoutData(otherCounty, 'other-county-household');
  });

  it("explains another village's household and shows none of it", async () => {
    await expectExplainedWithoutData(otherVillage, 'other-village-household');
  });

  it("sends another county's console address to that county's own login, showing nothing", async () => {
    await page.goto(`${stack.consoleUrl}/c/jiyuan/area/households/${otherCounty.id}`);
    await page.waitForURL((url) => url.href.startsWith(`${stack.keycloakUrl}/realms/jiyuan/`), { timeout: SCREEN_TIMEOUT });
    await page.locator('#kc-login').waitFor({ timeout: SCREEN_TIMEOUT });
    await screenshot(page, SCENARIO, 'other-county-console');
    const shown = await page.locator('body').innerText();
    expect(shown).not.toContain(otherCounty.headName);
    expect(shown).not.toContain(otherCounty.address);
  });
});
