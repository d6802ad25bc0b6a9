import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiGet } from './api';
import {
  deskContext,
  field,
  launchBrowser,
  login,
  SCREEN_TIMEOUT,
  screenshot,
  screenshotFailures,
  settled,
  watchPage,
} from './harness';
import { huashiRepresentatives } from './setup';

/**
 * Scenario 3: a village cadre takes a "four discussions, two openness" matter through every
 * step on the timeline, which offers only the next legal step: no publication is offered
 * before the representatives' meeting has adopted the matter.
 */
const SCENARIO = 'matter-steps';
const cadre = { county: 'linxian', username: 'cadre' };

describe('3. a cadre takes a matter through every step', () => {
  let browser: Browser;
  let page: Page;
  let problems: () => string;
  const title = `硬化东湾通组道路 ${Date.now()}`;

  screenshotFailures(SCENARIO, () => [page]);

  beforeAll(async () => {
    await huashiRepresentatives('linxian');
    browser = await launchBrowser();
    page = await (await deskContext(browser)).newPage();
    problems = watchPage(page);
    await login(page, 'linxian', 'cadre', 'council/matters/new');
  });

  afterAll(async () => {
    await browser?.close();
  });

  const submit = (name: string) => page.getByRole('button', { name, exact: true });

  /** The timeline offers this step's form, and neither publication unless `publicationsDue`. */
  async function offered(button: string, publicationsDue: boolean) {
    await submit(button).waitFor({ timeout: SCREEN_TIMEOUT }).catch((error: Error) => {
      throw new Error(`the timeline does not offer "${button}": ${error.message}${problems()}`);
    });
    expect(await page.locator('section[aria-label^="下一步"]').count(), 'one next step offered').toBe(1);
    if (!publicationsDue) {
      expect(await submit('公开决议').count(), 'publishing the resolution before adoption').toBe(0);
      expect(await submit('公开实施结果').count(), 'publishing the result before adoption').toBe(0);
      expect(await page.getByText('决议通过后才能公开').count(), 'why publication waits').toBe(2);
    }
  }

  async function chooseOption(label: string, option: string) {
    await field(page, label).click();
    await page.locator('.ant-select-item-option', { hasText: option }).first().click();
  }

  async function fillVotes(votesFor: number, votesAgainst: number, abstentions: number) {
    await field(page, '赞成票').fill(String(votesFor));
    await field(page, '反对票').fill(String(votesAgainst));
    await field(page, '弃权票').fill(String(abstentions));
  }

  async function committeeMeeting(entitledLabel: string, entitled: number, attendees: string[], votes: [number, number, number], minutes: string) {
    await field(page, entitledLabel).fill(String(entitled));
    const names = field(page, '出席人员');
    for (const name of attendees) {
      await names.fill(name);
      await names.press('Enter');
    }
    await page.keyboard.press('Escape');
    await fillVotes(...votes);
    await field(page, '会议记录').fill(minutes);
  }

  it('proposes, deliberates, adopts and publishes in order, offering only the next step', async () => {
    await settled(page);
    await field(page, '标题').fill(title);
    await chooseOption('事项类别', '公益事业');
    await field(page, '涉及金额（元）').fill('180000');
    await field(page, '事项说明').fill('东湾至三组 1.2 公里道路硬化，宽 3.5 米。');
    await field(page, '会议记录').fill('村党支部会议提议硬化东湾通组道路。');
    await screenshot(page, SCENARIO, 'proposal');
    await submit('提交提议').click();

    await offered('记录“两委”商议结果', false);
    await screenshot(page, SCENARIO, 'proposed');
    await committeeMeeting('应到人数（村“两委”成员数）', 7, ['张书记', '李主任', '王委员', '赵委员', '刘委员'], [5, 0, 0], '“两委”联席会议一致同意提交党员大会审议。');
    await submit('记录“两委”商议结果').click();

    await offered('记录党员大会审议结果', false);
    await committeeMeeting('应到人数（本村党员数）', 5, ['张书记', '李主任', '王党员', '赵党员'], [3, 1, 0], '党员大会审议通过。');
    await submit('记录党员大会审议结果').click();

    await offered('记录决议表决结果', false);
    await page.getByRole('button', { name: '全部勾选' }).click();
    // every representative on the roster came (other tests may have set a longer roster) and all vote for it
    const present = await page.getByRole('checkbox', { checked: true }).count();
    expect(present, 'representatives present').toBeGreaterThan(0);
    await fillVotes(present, 0, 0);
    await field(page, '会议记录').fill('村民代表会议表决通过道路硬化方案。');
    await screenshot(page, SCENARIO, 'representatives');
    await submit('记录决议表决结果').click();

    await offered('公开决议', true);
    expect(await submit('公开实施结果').count(), 'the result is published after the resolution').toBe(0);
    await field(page, '决议内容').fill('经村民代表会议表决通过，硬化东湾通组道路 1.2 公里。');
    await submit('公开决议').click();

    await offered('公开实施结果', true);
    await field(page, '实施结果说明').fill('道路已按期完工并通过验收。');
    await submit('公开实施结果').click();

    await page.getByText('已完成', { exact: true }).first().waitFor({ timeout: SCREEN_TIMEOUT });
    expect(await page.locator('section[aria-label^="下一步"]').count(), 'nothing offered after the last step').toBe(0);
    await screenshot(page, SCENARIO, 'timeline');

    const matters = await apiGet<{ items: { title: string; status: string; stage: string }[] }>(cadre, 'council/matters?villageId=v-huashi&size=100');
    expect(matters.items.find((matter) => matter.title === title)).toMatchObject({ status: 'COMPLETED', stage: 'RESULT_PUBLISHED' });
  });
});
