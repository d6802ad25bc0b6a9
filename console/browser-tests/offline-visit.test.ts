import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet, eventually } from './api';
import {
  field,
  launchBrowser,
  login,
  phoneContext,
  SCREEN_TIMEOUT,
  screenshot,
  screenshotFailures,
  settled,
  watchPage,
} from './harness';
import { demoHousehold, type Household } from './setup';

/**
 * Scenario 1: a grid worker on a 360×740 phone logs a visit where there is no signal. The visit
 * is kept on the phone and shown as waiting; once the network is back it is sent by itself, and
 * grid-service holds it exactly once — also when the first answer is lost on the way back.
 */
const SCENARIO = 'offline-visit';
const gridWorker = { county: 'linxian', username: 'grid' };

interface Visit {
  id: string;
  householdId: string;
  notes?: string;
}

describe('1. a grid worker logs a visit offline on a phone', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: () => string;
  let household: Household;

  screenshotFailures(SCENARIO, () => [page]);

  beforeAll(async () => {
    // in the demo grid worker's micro-grid (infra/demo.py)
    household = await demoHousehold('linxian', 'Wang Fang');
    browser = await launchBrowser();
    context = await phoneContext(browser);
    page = await context.newPage();
    problems = watchPage(page);
    await login(page, 'linxian', 'grid', 'gw/households');
    await settled(page);
    await screenshot(page, SCENARIO, 'households');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** How many of the household's visits grid-service holds with these notes (its whole history is one list). */
  async function storedCount(notes: string): Promise<number> {
    const visits = await apiGet<Visit[]>(gridWorker, `grid/visits?householdId=${household.id}`);
    return visits.filter((visit) => visit.notes === notes).length;
  }

  async function fillVisit(notes: string) {
    await field(page, '户').click();
    await page.keyboard.type(household.headName);
    await page.locator('.ant-select-item-option', { hasText: household.headName }).first().click();
    await field(page, '走访情况').fill(notes);
  }

  /** The visit's card in the phone's outbox ("本机待发送"), found by the household it is for. */
  const outboxCard = () => page.locator('section[aria-labelledby="gw-outbox"] .gw-card', { hasText: household.headName });

  it('keeps the visit on the phone while offline, sends it when the network is back, stored once', async () => {
    const notes = `浏览器离线走访 ${Date.now()}：了解到家中老人身体情况良好。`;
    await page.getByRole('link', { name: `查看${household.headName}的户档案` }).click();
    await page.getByRole('button', { name: '记录走访', exact: true }).waitFor({ timeout: SCREEN_TIMEOUT });
    await settled(page);
    await screenshot(page, SCENARIO, 'household-file');

    // out of signal in the fields: the visit screen was fetched while there was network
    await context.setOffline(true);
    await page.getByText('当前无网络连接').first().waitFor({ timeout: SCREEN_TIMEOUT });
    await page.getByRole('button', { name: '记录走访', exact: true }).click();
    await page.getByRole('button', { name: '保存走访记录' }).waitFor({ timeout: SCREEN_TIMEOUT });
    // the household comes along from its file
    await page.locator('.gw-form .ant-select', { hasText: household.headName }).waitFor({ timeout: SCREEN_TIMEOUT });
    await field(page, '走访情况').fill(notes);
    await page.getByRole('button', { name: '保存走访记录' }).click();

    await outboxCard().getByText('待发送', { exact: true }).first().waitFor({ timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`the visit is not shown waiting: ${error.message}${problems()}`);
    });
    await screenshot(page, SCENARIO, 'waiting-offline');
    expect(await storedCount(notes), 'nothing reached grid-service while offline').toBe(0);

    await context.setOffline(false);
    await page.locator('section[aria-labelledby="gw-sent"] .gw-card', { hasText: household.headName }).first().waitFor({ timeout: SCREEN_TIMEOUT });
    await outboxCard().first().waitFor({ state: 'detached', timeout: SCREEN_TIMEOUT });
    await screenshot(page, SCENARIO, 'sent');

    await eventually('the visit stored', () => storedCount(notes), (count) => count > 0);
    // a second sender (the 30 s timer, another tab) would show up as a second visit by now
    await page.waitForTimeout(3000);
    expect(await storedCount(notes), `visits of ${household.id} with these notes${problems()}`).toBe(1);
  });

  it('stores the visit once when the answer to the first send is lost on the way back', async () => {
    const notes = `浏览器弱网走访 ${Date.now()}：回程应答丢失。`;
    let firstAnswerLost = false;
    await page.route('**/api/v1/grid/visits', async (route) => {
      if (route.request().method() === 'POST' && !firstAnswerLost) {
        firstAnswerLost = true;
        // the service stores the visit; its answer never reaches the phone
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    try {
      await fillVisit(notes);
      await page.getByRole('button', { name: '保存走访记录' }).click();
      // the attempt is over once the card tells when it was made and why it did not go
      await outboxCard().getByText(/上次尝试/).first().waitFor();
      expect(firstAnswerLost, 'the first send went out').toBe(true);
      await outboxCard().getByText('待发送', { exact: true }).first().waitFor();
      expect(await storedCount(notes), 'grid-service stored it at the first send').toBe(1);
      await screenshot(page, SCENARIO, 'answer-lost');

      await page.getByRole('button', { name: '立即发送' }).click();
      await outboxCard().first().waitFor({ state: 'detached', timeout: SCREEN_TIMEOUT });
      expect(await storedCount(notes), `visits of ${household.id} with these notes${problems()}`).toBe(1);
    } finally {
      await page.unroute('**/api/v1/grid/visits');
    }
  });
});
