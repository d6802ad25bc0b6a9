import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import { aCase, daysFromToday, MY_MEDIATOR } from './fixtures';
import type { MediationCase } from './model';
import MediationScreens from '.';

afterEach(() => vi.unstubAllGlobals());

const page = (items: MediationCase[]) => ({ items, page: 0, size: 200, totalItems: items.length, totalPages: 1 });
const list = (status: string) => `/api/v1/mediation/cases?status=${status}&page=0&size=200`;

describe('my cases', () => {
  it('lists the open cases by deadline, overdue first, with the days left', async () => {
    const party = (name: string) => [
      { id: 'p1', kind: 'HOUSEHOLD' as const, householdId: 'h-1', name },
      { id: 'p2', kind: 'OUTSIDER' as const, name: '外村张三', contact: '13900000000' },
    ];
    answerFetch({
      [list('OPEN')]: page([aCase({ id: 'late', status: 'OPEN', acceptanceDeadline: daysFromToday(-2), overdue: true, parties: party('迟到') })]),
      [list('IN_MEDIATION')]: page([
        aCase({ id: 'far', resolutionDeadline: daysFromToday(25), parties: party('很远') }),
        aCase({ id: 'near', resolutionDeadline: daysFromToday(2), parties: party('很近') }),
      ]),
      [list('AGREED')]: page([]),
      [list('FAILED')]: page([]),
      '/api/v1/mediation/mediators': [MY_MEDIATOR],
      '/api/v1/grid/regions/tree': [],
    });
    renderSignedIn(<MediationScreens />, { roles: ['mediator'] }, { route: '/cases' });
    await screen.findByRole('link', { name: '邻里纠纷：很近、外村张三' });
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['邻里纠纷：迟到、外村张三', '邻里纠纷：很近、外村张三', '邻里纠纷：很远、外村张三']);
    expect(screen.getByRole('link', { name: '邻里纠纷：迟到、外村张三' })).toHaveAttribute('href', '/c/linxian/mediation/cases/late');
    expect(screen.getByText('逾期 2 天')).toBeInTheDocument();
    expect(screen.getByText('剩 2 天')).toBeInTheDocument();
    expect(screen.getByText('剩 25 天')).toBeInTheDocument();
  });

  it('lists the closed cases as the service pages them', async () => {
    const fetch = answerFetch({
      '/api/v1/mediation/cases?status=CLOSED&page=0&size=20': {
        ...page([aCase({ id: 'done', status: 'CLOSED', outcome: 'AGREEMENT_HONOURED', closedOn: daysFromToday(-3) })]),
        size: 20,
      },
      '/api/v1/grid/regions/tree': [],
    });
    renderSignedIn(<MediationScreens />, { roles: ['mediator'] }, { route: '/cases?status=CLOSED' });
    expect(await screen.findByText(/协议已履行/)).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => String(url))).not.toContain(list('OPEN'));
  });

  it('filters by status', async () => {
    answerFetch({
      [list('OPEN')]: page([aCase({ id: 'open', status: 'OPEN', category: 'DEBT', acceptanceDeadline: daysFromToday(1) })]),
      [list('IN_MEDIATION')]: page([]),
      [list('AGREED')]: page([]),
      [list('FAILED')]: page([aCase({ id: 'failed', status: 'FAILED', failureDeadline: daysFromToday(5) })]),
      '/api/v1/grid/regions/tree': [],
    });
    renderSignedIn(<MediationScreens />, { roles: ['mediator'] }, { route: '/cases' });
    expect(await screen.findByRole('link', { name: '债务纠纷：李明、王芳' })).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '案件状态' }));
    fireEvent.click(await screen.findByTitle('调解不成'));
    await waitFor(() => expect(screen.queryByRole('link', { name: '债务纠纷：李明、王芳' })).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: '邻里纠纷：李明、王芳' })).toBeInTheDocument();
    expect(screen.getByText('剩 5 天')).toBeInTheDocument();
  });
});
