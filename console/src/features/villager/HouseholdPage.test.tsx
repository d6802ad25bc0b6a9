import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import VillagerScreens from '.';
import { LI_MINGS_HOUSEHOLD, pageOf } from './testData';

afterEach(() => vi.unstubAllGlobals());


function householdAnswers(passbook: unknown) {
  return answerFetch({
    '/api/v1/grid/households': pageOf([LI_MINGS_HOUSEHOLD]),
    '/api/v1/grid/regions/v-huashi': { id: 'v-huashi', kind: 'VILLAGE', name: '花石村' },
    '/api/v1/grid/regions/n-huashi-east': { id: 'n-huashi-east', kind: 'NATURAL_VILLAGE', name: '东湾' },
    '/api/v1/grid/regions/g-huashi-3': { id: 'g-huashi-3', kind: 'GROUP', name: '三组' },
    '/api/v1/points/accounts/mine': passbook,
    '/api/v1/points/rules': pageOf([{ code: 'river-cleanup', behaviour: '清理河道' }]),
    '/api/v1/points/lists': pageOf([
      { id: 'l-1', kind: 'RED', householdId: 'h-li', villageId: 'v-huashi', periodStart: '2026-10-01', periodEnd: '2026-10-31', reason: '十月积分居全村前列' },
      { id: 'l-2', kind: 'BLACK', householdId: 'h-other', villageId: 'v-huashi', periodStart: '2026-10-01', periodEnd: '2026-10-31' },
    ]),
  });
}

describe('my household and passbook', () => {
  it('shows the balance and the entries of the passbook, newest first as the service answers them', async () => {
    householdAnswers({
      householdId: 'h-li',
      villageId: 'v-huashi',
      balance: 1210,
      entries: pageOf([
        { id: 'redeem:r-1', amount: -30, source: 'REDEMPTION', at: '2026-11-28T03:00:00Z' },
        { id: 'award:a-2', amount: 10, source: 'AWARD', ruleCode: 'filial-piety', at: '2026-11-20T03:00:00Z', occurredOn: '2026-11-15' },
        { id: 'award:a-1', amount: 5, source: 'AWARD', ruleCode: 'river-cleanup', at: '2026-11-10T03:00:00Z', occurredOn: '2026-11-09' },
      ]),
    });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/household' });

    expect(await screen.findByText('1,210 分')).toBeInTheDocument();
    const entries = screen.getAllByText(/^[+-]?\d+ 分$/).filter((element) => element.textContent !== '1,210 分');
    expect(entries.map((element) => element.textContent)).toEqual(['-30 分', '+10 分', '+5 分']);
    expect(screen.getByText('爱心超市兑换')).toBeInTheDocument();
    expect(screen.getByText('孝老爱亲')).toBeInTheDocument();
    expect(screen.getByText('发生日期：2026年11月15日')).toBeInTheDocument();
    // a village's own rule is named from the catalogue
    expect(screen.getByText('清理河道')).toBeInTheDocument();
  });

  it('shows the household with its members masked and its red-list standing', async () => {
    householdAnswers({ householdId: 'h-li', villageId: 'v-huashi', balance: 0, entries: pageOf([]) });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/household' });

    expect(await screen.findByText('花石村 · 东湾 · 三组')).toBeInTheDocument();
    expect(screen.getByText('4105**********0035')).toBeInTheDocument();
    expect(screen.getByText('138****0000')).toBeInTheDocument();
    expect(screen.queryByText('410581198005120035')).not.toBeInTheDocument();
    const standing = (await screen.findByText('上了红榜')).closest('.ant-card') as HTMLElement;
    expect(within(standing).getByText('2026年10月1日 至 2026年10月31日')).toBeInTheDocument();
    expect(within(standing).queryByText('上了黑榜')).not.toBeInTheDocument();
  });

  it('tells a villager whose passbook is not linked yet whom to ask, not that something failed', async () => {
    householdAnswers(() => ({ status: 404, body: { status: 404, title: 'Not Found' } }));
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/household' });

    expect(await screen.findByText('您家的积分存折还没有开通到您的账号')).toBeInTheDocument();
    expect(screen.queryByText('操作未成功')).not.toBeInTheDocument();
  });

  it('tells a villager whose account heads no household whom to ask', async () => {
    answerFetch({ '/api/v1/grid/households': pageOf([]) });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/household' });

    expect(await screen.findByText('您的账号还没有登记到哪一户')).toBeInTheDocument();
  });
});
