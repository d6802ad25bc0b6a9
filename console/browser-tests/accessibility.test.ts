import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiGet, type Page as ListPage } from './api';
import {
  accessibilityProblems,
  deskContext,
  launchBrowser,
  login,
  navigate,
  phoneContext,
  screenshot,
  settled,
  stack,
} from './harness';
import { demoHousehold } from './setup';

/**
 * Scenario 6: axe on every screen of the village console — the county picker, the grid
 * worker's and the villager's (on a phone), the cadre's and the mediator's (at a desk), the
 * analytics of the county admin (desk) and the township officer (phone) — finds no serious or
 * critical violation. Every screen is also kept as a screenshot for review.
 */
const SCENARIO = 'accessibility';
const COUNTY = 'linxian';
const cadre = { county: COUNTY, username: 'cadre' };

interface Screen {
  name: string;
  path: string;
}

describe('6. accessibility of every screen (axe: no serious or critical violation)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Visits each screen in one signed-in session; fails once at the end, naming every violation found. */
  async function check(role: string, page: Page, screens: Screen[]) {
    const found: string[] = [];
    for (const screen of screens) {
      await navigate(page, COUNTY, screen.path);
      await screenshot(page, SCENARIO, `${role}-${screen.name}`);
      const violations = await accessibilityProblems(page);
      found.push(...violations.map((violation) => `${screen.name} (${screen.path}): ${violation}`));
    }
    failOn(found, `the ${role}'s screens`);
  }

  /** One line per violation, so the runner's summary names them all. */
  function failOn(found: string[], where: string) {
    if (found.length > 0) {
      expect.fail(`axe on ${where}: ${found.length} serious or critical\n  ${found.join('\n  ')}`);
    }
  }

  async function signedIn(username: string, phone: boolean): Promise<Page> {
    const page = await (phone ? await phoneContext(browser) : await deskContext(browser)).newPage();
    await login(page, COUNTY, username);
    await settled(page);
    return page;
  }

  it('the county picker, on a phone and at a desk', async () => {
    const found: string[] = [];
    for (const [device, context] of [
      ['phone', await phoneContext(browser)],
      ['desk', await deskContext(browser)],
    ] as const) {
      const page = await context.newPage();
      await page.goto(`${stack.consoleUrl}/`);
      await page.getByRole('link', { name: /林县|Linxian/ }).first().waitFor();
      await screenshot(page, SCENARIO, `county-picker-${device}`);
      found.push(...(await accessibilityProblems(page)).map((violation) => `${device}: ${violation}`));
    }
    failOn(found, 'the county picker');
  });

  it("the grid worker's screens on a phone", async () => {
    const household = await demoHousehold(COUNTY, 'Li Ming');
    await check('grid-worker', await signedIn('grid', true), [
      { name: 'households', path: 'gw/households' },
      { name: 'household-file', path: `gw/households/${household.id}` },
      { name: 'pairings', path: 'gw/pairings' },
      { name: 'visit', path: 'gw/visit' },
      { name: 'report', path: 'gw/report' },
      { name: 'follow-ups', path: 'gw/follow-ups' },
    ]);
  });

  it("the village cadre's screens at a desk", async () => {
    const household = await demoHousehold(COUNTY, 'Li Ming');
    const reports = await apiGet<{ id: string }[] | ListPage<{ id: string }>>(cadre, 'grid/reports?villageId=v-huashi');
    const report = (Array.isArray(reports) ? reports : reports.items)[0];
    const matter = (await apiGet<ListPage<{ id: string }>>(cadre, 'council/matters?villageId=v-huashi&size=1')).items[0];
    const screens: Screen[] = [
      { name: 'regions', path: 'area/regions' },
      { name: 'households', path: 'area/households' },
      { name: 'household-file', path: `area/households/${household.id}` },
      { name: 'reports', path: 'area/reports' },
      ...(report ? [{ name: 'report', path: `area/reports/${report.id}` }] : []),
      { name: 'suggestions', path: 'council/suggestions' },
      { name: 'bench-meetings', path: 'council/bench-meetings' },
      { name: 'matters', path: 'council/matters' },
      { name: 'matter-new', path: 'council/matters/new' },
      ...(matter ? [{ name: 'matter-timeline', path: `council/matters/${matter.id}` }] : []),
      { name: 'representatives', path: 'council/representatives' },
      { name: 'disclosures', path: 'council/disclosures' },
      { name: 'elections', path: 'council/elections' },
      { name: 'councils', path: 'council/councils' },
      { name: 'groups', path: 'council/groups' },
      { name: 'mediation-cases', path: 'mediation/cases' },
    ];
    await check('cadre', await signedIn('cadre', false), screens);
  });

  it("the mediator's screens at a desk", async () => {
    const cases = await apiGet<ListPage<{ id: string }>>({ county: COUNTY, username: 'mediator' }, 'mediation/cases?size=1');
    await check('mediator', await signedIn('mediator', false), [
      { name: 'cases', path: 'mediation/cases' },
      ...(cases.items[0] ? [{ name: 'case', path: `mediation/cases/${cases.items[0].id}` }] : []),
    ]);
  });

  it("the analytics of the county admin at a desk and of the township officer on a phone", async () => {
    await check('county-admin', await signedIn('admin', false), [{ name: 'analytics', path: 'analytics/indicators' }]);
    await check('township-officer', await signedIn('township', true), [{ name: 'analytics', path: 'analytics/indicators' }]);
  });

  it("the villager's screens on a phone", async () => {
    await check('villager', await signedIn('villager', true), [
      { name: 'household', path: 'me/household' },
      { name: 'suggestions', path: 'me/suggestions' },
      { name: 'elections', path: 'me/elections' },
      { name: 'disputes', path: 'me/disputes' },
      { name: 'disclosures', path: 'me/disclosures' },
      { name: 'regulations', path: 'me/regulations' },
    ]);
  });
});
