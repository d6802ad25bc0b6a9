import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiGet, eventually, type Page as ListPage } from './api';
import {
  deskContext,
  field,
  launchBrowser,
  login,
  open,
  phoneContext,
  SCREEN_TIMEOUT,
  screenshot,
  screenshotFailures,
  settled,
  stopAtFirstFailure,
  watchPage,
} from './harness';
import { demoHousehold, villagersPassbook, type Household, type Passbook } from './setup';

/**
 * Scenario 2, across four people and three services: the grid worker reports a dispute between
 * two households on a phone; the village cadre accepts the report (grid-service hands it to
 * mediation) and assigns the suggested mediator; the mediator accepts the case, records two
 * sessions and an agreement signed by both parties; points-service credits each reconciled
 * household from the `case.resolved` event, and the villager sees it in the household passbook.
 */
const SCENARIO = 'dispute-to-points';
const RECONCILED_RULE = 'dispute-reconciled';
const cadre = { county: 'linxian', username: 'cadre' };

interface GridReport {
  id: string;
  description: string;
}

interface MediationCase {
  id: string;
  status: string;
}

const reconciledEntries = (passbook: Passbook) => passbook.entries.items.filter((entry) => entry.ruleCode === RECONCILED_RULE).length;

describe('2. a dispute from the grid to the household passbook', () => {
  let browser: Browser;
  const pages: { page: Page; problems: () => string }[] = [];
  let villagersHousehold: Household;
  let neighbour: Household;
  let before: Passbook;
  let caseId: string;
  const description = `东湾${Date.now()}：李家与张家因宅基地边界的围墙发生争执，双方情绪激动，需要调解。`;

  stopAtFirstFailure();
  screenshotFailures(SCENARIO, () => pages.map((person) => person.page));

  beforeAll(async () => {
    villagersHousehold = await demoHousehold('linxian', 'Li Ming');
    neighbour = await demoHousehold('linxian', 'Zhang Hua');
    before = await villagersPassbook('linxian');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A person's own browser (their Keycloak session), signed in at `path`. */
  async function signIn(username: string, path: string, phone: boolean): Promise<{ page: Page; problems: () => string }> {
    const page = await (phone ? await phoneContext(browser) : await deskContext(browser)).newPage();
    const person = { page, problems: watchPage(page) };
    pages.push(person);
    await login(page, 'linxian', username, path);
    await settled(page);
    return person;
  }

  async function pick(page: Page, label: string, option: string) {
    await field(page, label).click();
    await page.keyboard.type(option);
    await page.locator('.ant-select-item-option', { hasText: option }).first().click();
  }

  /** Opens a step's dialog on the case page, lets `fill` fill it, submits and waits for it to close. */
  async function caseStep(page: Page, problems: () => string, action: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
    await page.getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor({ timeout: SCREEN_TIMEOUT });
    await fill(dialog);
    await dialog.getByRole('button', { name: '提交', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`"${action}" was not recorded: ${error.message}${problems()}`);
    });
  }

  it('the grid worker reports the dispute on a phone', async () => {
    const { page, problems } = await signIn('grid', 'gw/report', true);
    await pick(page, '问题类别', '矛盾纠纷');
    await pick(page, '涉及农户', villagersHousehold.headName);
    await pick(page, '涉及农户', neighbour.headName);
    await page.keyboard.press('Escape');
    await field(page, '问题描述').fill(description);
    await screenshot(page, SCENARIO, 'report');
    await page.getByRole('button', { name: '提交上报' }).click();
    await page.getByText('已上报', { exact: true }).first().waitFor({ timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`the report was not submitted: ${error.message}${problems()}`);
    });
    await screenshot(page, SCENARIO, 'reported');
  });

  it('the cadre accepts it, and it goes to mediation where the cadre assigns the mediator', async () => {
    const { page, problems } = await signIn('cadre', 'area/reports', false);
    await page.getByRole('link', { name: description }).first().click();
    // the report's own page: the steps its status allows ("可办理")
    const steps = page.locator('.ant-card').filter({ has: page.getByText('可办理', { exact: true }) });
    await steps.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认受理' }).click();
    await page.getByText('已受理，已转交人民调解').first().waitFor({ timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`the report was not accepted: ${error.message}${problems()}`);
    });
    await screenshot(page, SCENARIO, 'accepted');

    // grid-service's dispute.reported opens the case in mediation-service (by event, a moment later)
    const reports = await apiGet<GridReport[] | ListPage<GridReport>>(cadre, 'grid/reports?villageId=v-huashi');
    const report = (Array.isArray(reports) ? reports : reports.items).find((candidate) => candidate.description === description);
    expect(report, 'the report in grid-service').toBeDefined();
    caseId = `grid-${report!.id}`;
    await eventually(
      'the mediation case opened from the report',
      () => apiGet<MediationCase>(cadre, `mediation/cases/${caseId}`),
      (found) => found.status === 'OPEN',
    );

    await open(page, 'linxian', 'mediation/cases');
    await page.locator('tr, .ant-card', { hasText: description }).getByRole('link').first().click();
    await caseStep(page, problems, '指派调解员', async (dialog) => {
      await dialog.getByText(/^推荐：/).first().waitFor({ timeout: SCREEN_TIMEOUT });
    });
    await screenshot(page, SCENARIO, 'assigned');
  });

  it('the mediator accepts, mediates twice and records the agreement both parties signed', async () => {
    const { page, problems } = await signIn('mediator', 'mediation/cases', false);
    await page.locator('tr, .ant-card', { hasText: description }).getByRole('link').first().click();
    await caseStep(page, problems, '受理案件', async () => undefined);
    for (const notes of ['第一次调解：听取双方陈述，现场查看围墙位置。', '第二次调解：对照宅基地证丈量边界，双方同意按界址重砌围墙。']) {
      await caseStep(page, problems, '记录调解会', async (dialog) => {
        for (const party of await dialog.locator('.ant-checkbox-group').getByRole('checkbox').all()) {
          await party.check();
        }
        await field(dialog, '其他参加人员').fill('人民调解员、网格员');
        await field(dialog, '调解记录').fill(notes);
      });
    }
    await caseStep(page, problems, '记录调解协议与签字', async (dialog) => {
      await field(dialog, '协议内容').fill('双方同意按宅基地证界址线重砌围墙，费用各担一半，于本月底前完成。');
      const signatures = dialog.getByRole('checkbox', { name: /已签字$/ });
      expect(await signatures.count(), 'a signature for each party').toBe(2);
      for (const signature of await signatures.all()) {
        await signature.check();
      }
      await screenshot(page, SCENARIO, 'agreement');
    });
    const agreed = await apiGet<MediationCase>(cadre, `mediation/cases/${caseId}`);
    expect(agreed.status, `the case after the agreement${problems()}`).toBe('AGREED');
    await screenshot(page, SCENARIO, 'agreed');
  });

  it('the villager sees the points for the reconciled dispute in the household passbook', async () => {
    const after = await eventually(
      'points-service credits the reconciled household (case.resolved)',
      () => villagersPassbook('linxian'),
      (passbook) => reconciledEntries(passbook) > reconciledEntries(before),
      90_000,
    );
    const credited = reconciledEntries(after) - reconciledEntries(before);
    expect(credited, 'one credit for this agreement').toBe(1);

    const { page } = await signIn('villager', 'me/household', true);
    await page.getByText('化解矛盾纠纷').first().waitFor({ timeout: SCREEN_TIMEOUT });
    // other events may credit the household meanwhile: the passbook shows at least what it had then
    const shown = await page.locator('.ant-statistic-content').first().innerText();
    expect(Number(shown.replace(/[^\d-]/g, '')), `the balance shown (${shown})`).toBeGreaterThanOrEqual(after.balance);
    await screenshot(page, SCENARIO, 'passbook');
  });
});
