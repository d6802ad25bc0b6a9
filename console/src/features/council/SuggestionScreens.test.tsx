import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import { todayInCounty } from '../../common/format';
import CouncilScreens from '.';
import type { Suggestion } from './api';
import { cadre, tree } from './testData';

afterEach(() => vi.unstubAllGlobals());

function daysAgo(days: number): string {
  return new Date(Date.parse(`${todayInCounty()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

function suggestion(id: string, title: string, extra: Partial<Suggestion> = {}): Suggestion {
  return {
    id,
    townshipId: 't-chengguan',
    villageId: 'v-huashi',
    householdId: 'h-1',
    title,
    content: `${title}的具体内容`,
    raisedBy: 'u-villager',
    raisedByRole: 'VILLAGER',
    raisedOn: daysAgo(30),
    status: 'RAISED',
    escalatedToTownship: false,
    version: 0,
    ...extra,
  };
}

const figures = { raised: 3, awaitingMeeting: 1, discussed: 0, solvedOnSpot: 0, assigned: 2, answered: 0, solvedOnTime: 0, overdue: 2, onTimePercent: 0, averageRating: null };

describe('the suggestions queue', () => {
  it('puts the overdue suggestions first, the longest overdue at the top', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': tree,
      '/api/v1/council/suggestions/figures': figures,
      '/api/v1/council/suggestions/overdue': [
        suggestion('s-1', '路灯不亮', { status: 'ASSIGNED', assignee: '村委会', deadline: daysAgo(3) }),
        suggestion('s-2', '垃圾清运不及时', { status: 'ASSIGNED', assignee: '乡镇环卫所', deadline: daysAgo(10), escalatedToTownship: true }),
      ],
      '/api/v1/council/suggestions': { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 },
    });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/suggestions' });
    const overdue = await screen.findByRole('region', { name: '逾期未办' });
    const items = await within(overdue).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('垃圾清运不及时');
    expect(items[0]).toHaveTextContent('已逾期 10 天');
    expect(items[0]).toHaveTextContent('已上报乡镇');
    expect(items[1]).toHaveTextContent('路灯不亮');
    expect(items[1]).toHaveTextContent('已逾期 3 天');
  });
});

describe('handling a suggestion', () => {
  const discussed = suggestion('s-3', '修缮村口小桥', { status: 'DISCUSSED', meetingId: 'b-1' });

  it('offers a cadre to solve it on the spot, assign it or find it not feasible', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': tree, '/api/v1/council/suggestions/s-3': discussed });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/suggestions/s-3' });
    expect(await screen.findByRole('tab', { name: '当场解决' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '交办' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '不可行' })).toBeInTheDocument();
  });

  it('offers a township officer only what the township may do', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': tree, '/api/v1/council/suggestions/s-3': discussed });
    renderSignedIn(<CouncilScreens />, { roles: ['township-officer'], township: 't-chengguan' }, { route: '/suggestions/s-3' });
    expect(await screen.findByRole('tab', { name: '不可行' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '当场解决' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '交办' })).not.toBeInTheDocument();
  });

  it('shows a council member the suggestion without actions', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': tree, '/api/v1/council/suggestions/s-3': discussed });
    renderSignedIn(<CouncilScreens />, { ...cadre, roles: ['council-member'] }, { route: '/suggestions/s-3' });
    expect(await screen.findByText('修缮村口小桥的具体内容')).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });

  it('closes it as not feasible only with a reason', async () => {
    const user = userEvent.setup();
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': tree,
      '/api/v1/council/suggestions/s-3': discussed,
      '/api/v1/council/suggestions/s-3/not-feasible': () => ({ status: 200, body: { ...discussed, status: 'NOT_FEASIBLE', notFeasibleReason: '资金不足' } }),
    });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/suggestions/s-3' });
    await user.click(await screen.findByRole('tab', { name: '不可行' }));
    await user.click(screen.getByRole('button', { name: '确认不可行并说明理由' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('不可行的理由'), '资金不足');
    await user.click(screen.getByRole('button', { name: '确认不可行并说明理由' }));
    await vi.waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, call]) => call?.method === 'POST')!;
    expect(JSON.parse(String(init?.body))).toEqual({ reason: '资金不足' });
  });
});
