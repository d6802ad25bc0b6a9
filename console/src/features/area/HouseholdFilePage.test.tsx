import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import AreaScreens from '.';
import { CADRE, LI_MING, REGION_TREE, screenWidth, TOWNSHIP_OFFICER } from './fixtures';

beforeEach(() => screenWidth(1280));
afterEach(() => vi.unstubAllGlobals());

describe('a household file', () => {
  it('explains a household of another village or county and asks nothing more about it', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/households/hh-other': () => ({
        status: 404,
        body: { status: 404, title: 'Not Found', detail: "Household 'hh-other' was not found" },
      }),
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/households/hh-other' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('没有找到这条记录：它可能不存在，或属于其他村、其他县。');
    expect(screen.queryByText('家庭成员')).not.toBeInTheDocument();
    expect(screen.queryByText('李明')).not.toBeInTheDocument();
    const asked = fetch.mock.calls.map(([url]) => String(url));
    expect(asked.some((url) => url.includes('/visits') || url.includes('/pairings') || url.includes('/micro-grids'))).toBe(false);
  });

  it('explains a 403 as belonging to another area', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/households/hh-x': () => ({ status: 403, body: { status: 403, title: 'Forbidden' } }),
    });
    renderSignedIn(<AreaScreens />, TOWNSHIP_OFFICER, { route: '/households/hh-x' });
    expect((await screen.findByRole('alert')).textContent).toContain('属于其他村或其他辖区');
  });

  it('shows the file with its place, residents as the service answers them, micro-grid, pairings, visits and history', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/households/hh-li': LI_MING,
      '/api/v1/grid/micro-grids?villageId=v-huashi': [
        {
          id: 'mg-1',
          townshipId: 't-chengguan',
          villageId: 'v-huashi',
          name: '东湾一格',
          worker: { subject: 'grid-1', name: '王网格' },
          formerWorkers: [],
          householdIds: ['hh-li'],
          households: 1,
        },
      ],
      '/api/v1/grid/pairings?villageId=v-huashi': [
        { id: 'p1', memberSubject: 'member-1', memberName: '张党员', householdId: 'hh-li', townshipId: 't-chengguan', villageId: 'v-huashi', since: '2026-10-01' },
        { id: 'p2', memberSubject: 'member-2', memberName: '赵党员', householdId: 'hh-other', townshipId: 't-chengguan', villageId: 'v-huashi', since: '2026-10-01' },
      ],
      '/api/v1/grid/visits?householdId=hh-li': [
        { id: 'v1', householdId: 'hh-li', memberSubject: 'member-1', visitedOn: '2026-11-20', notes: '家中一切正常', issuesFound: null, loggedBy: 'cadre-1', onBehalfOf: 'member-1' },
      ],
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/households/hh-li' });
    expect(await screen.findByText('户档案：李明')).toBeInTheDocument();
    expect(screen.getByText('花石村 · 东湾 · 三组')).toBeInTheDocument();
    expect(screen.getByText('低收入户')).toBeInTheDocument();
    // a cadre of the village gets the ID number and phone in full, and sees them so
    await screen.findByRole('columnheader', { name: '姓名' });
    const resident = screen.getByRole('cell', { name: '410581198005120035' }).closest('tr') as HTMLElement;
    expect(within(resident).getByText('13800000000')).toBeInTheDocument();
    expect(await screen.findByText('东湾一格（网格员：王网格）')).toBeInTheDocument();
    expect(await screen.findByText('张党员')).toBeInTheDocument();
    expect(screen.queryByText('赵党员')).not.toBeInTheDocument();
    expect(await screen.findByText('走访人：张党员')).toBeInTheDocument();
    expect(screen.getByText('（由村干部代为录入）')).toBeInTheDocument();
    expect(screen.getByText('走访情况：家中一切正常')).toBeInTheDocument();
    expect(screen.getByText('修改了：住址、家庭成员')).toBeInTheDocument();
    expect(screen.getByText('经办人：本人')).toBeInTheDocument();
    expect(screen.getByText('建立档案')).toBeInTheDocument();
  });

  it('shows a township officer the masked ID numbers and phones the service gives them, unchanged', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/households/hh-li': {
        ...LI_MING,
        residents: [{ name: '李明', idNumber: '410581********0035', phone: '138****0000', birthYear: 1980, partyMember: true }],
      },
      '/api/v1/grid/micro-grids?villageId=v-huashi': [],
      '/api/v1/grid/pairings?villageId=v-huashi': [],
      '/api/v1/grid/visits?householdId=hh-li': [],
    });
    renderSignedIn(<AreaScreens />, TOWNSHIP_OFFICER, { route: '/households/hh-li' });
    await screen.findByRole('columnheader', { name: '姓名' });
    const resident = screen.getByRole('cell', { name: '410581********0035' }).closest('tr') as HTMLElement;
    expect(within(resident).getByText('138****0000')).toBeInTheDocument();
    expect(await screen.findByText('未编入微网格')).toBeInTheDocument();
    expect(await screen.findByText('暂无走访记录')).toBeInTheDocument();
  });

  it('shows each resident as a card on a phone, where a table would not fit', async () => {
    screenWidth(360);
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/households/hh-li': LI_MING,
      '/api/v1/grid/micro-grids?villageId=v-huashi': [],
      '/api/v1/grid/pairings?villageId=v-huashi': [],
      '/api/v1/grid/visits?householdId=hh-li': [],
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/households/hh-li' });
    expect(await screen.findByText('410581198005120035')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '姓名' })).not.toBeInTheDocument();
  });
});
