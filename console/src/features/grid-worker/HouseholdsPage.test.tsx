import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import GridWorkerScreens from '.';
import { gridWorkerIdentity, liMing, microGrid, pageOf } from './testData';

afterEach(() => vi.unstubAllGlobals());

/** Each screen is its own lazily loaded bundle: the first render waits for its code. */
const SLOW = { timeout: 5000 };

const GRID_WORKER = gridWorkerIdentity('grid-1');
const myGrid = microGrid('grid-1', ['h-1']);
const someoneElsesGrid = microGrid('grid-2', ['h-9'], { id: 'mg-2', name: '西湾微网格' });

describe('my micro-grid’s households', () => {
  it('lists the households of the grid I look after with ID numbers and phones masked, even when the API answers them whole', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/micro-grids': [someoneElsesGrid, myGrid],
      '/api/v1/grid/households': pageOf([liMing]),
      '/api/v1/grid/pairings': [],
    });
    renderSignedIn(<GridWorkerScreens />, GRID_WORKER, { route: '/households' });

    const file = await screen.findByRole('link', { name: '查看李明的户档案' }, SLOW);
    expect(file).toHaveAttribute('href', '/c/linxian/gw/households/h-1');
    expect(screen.getByText('东湾微网格 · 共 1 户')).toBeInTheDocument();
    expect(screen.getByText('低收入户')).toBeInTheDocument();
    expect(screen.getByText('独居老人')).toBeInTheDocument();
    expect(screen.getByText(/4105\*{10}0035/)).toBeInTheDocument();
    expect(screen.getByText(/138\*{4}0000/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('410581198005120035');
    expect(document.body.textContent).not.toContain('13800000000');
    const households = fetch.mock.calls.map(([url]) => new URL(String(url), 'http://localhost')).find((url) => url.pathname === '/api/v1/grid/households' && url.searchParams.get('page') === '0');
    expect(households?.searchParams.get('gridId')).toBe('mg-1');
  });

  it('explains that no micro-grid is assigned yet instead of an empty list', async () => {
    answerFetch({ '/api/v1/grid/micro-grids': [someoneElsesGrid], '/api/v1/grid/pairings': [] });
    renderSignedIn(<GridWorkerScreens />, GRID_WORKER, { route: '/households' });

    expect(await screen.findByText('您还没有负责的微网格。请联系村干部指定。', {}, SLOW)).toBeInTheDocument();
  });

  it('shows a household file with its members masked and buttons to log a visit or report for it', async () => {
    answerFetch({
      '/api/v1/grid/micro-grids': [myGrid],
      '/api/v1/grid/households': pageOf([liMing]),
      '/api/v1/grid/households/h-1': liMing,
      '/api/v1/grid/pairings': [],
      '/api/v1/grid/visits': [
        { id: 'v-1', householdId: 'h-1', memberSubject: 'grid-1', visitedOn: '2026-11-28', notes: '老人身体良好', loggedBy: 'grid-1' },
      ],
    });
    renderSignedIn(<GridWorkerScreens />, GRID_WORKER, { route: '/households/h-1' });

    expect(await screen.findByRole('heading', { name: '户档案 · 李明' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/4105\*{10}0026/)).toBeInTheDocument();
    expect(screen.getByText(/139\*{4}0001/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('410581198203040026');
    expect(await screen.findByText('老人身体良好')).toBeInTheDocument();
    expect(screen.getByText('走访人：我')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '记录走访' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上报问题' })).toBeInTheDocument();
  });

  it('explains a household of another village (404) rather than showing a blank page', async () => {
    answerFetch({ '/api/v1/grid/micro-grids': [myGrid], '/api/v1/grid/households': pageOf([]), '/api/v1/grid/pairings': [] });
    renderSignedIn(<GridWorkerScreens />, GRID_WORKER, { route: '/households/h-elsewhere' });

    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent('没有找到这条记录');
  });
});
