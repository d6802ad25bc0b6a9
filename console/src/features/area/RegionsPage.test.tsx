import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import AreaScreens from '.';
import { CADRE, REGION_TREE, screenWidth, TOWNSHIP_OFFICER } from './fixtures';

beforeEach(() => screenWidth(1280));
afterEach(() => vi.unstubAllGlobals());

const HUASHI_GRIDS = [
  {
    id: 'mg-1',
    townshipId: 't-chengguan',
    villageId: 'v-huashi',
    name: '东湾一格',
    worker: { subject: 'grid-1', name: '王网格' },
    formerWorkers: [],
    householdIds: ['hh-li', 'hh-wang'],
    households: 2,
  },
];

describe('the region tree', () => {
  it('shows a cadre their village only, with its micro-grids, workers, sizes and households', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': REGION_TREE, '/api/v1/grid/micro-grids?villageId=v-huashi': HUASHI_GRIDS });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/regions' });
    expect(await screen.findByText('花石村的微网格')).toBeInTheDocument();
    const tree = screen.getByRole('tree');
    expect(tree.textContent).toContain('花石村');
    expect(tree.textContent).not.toContain('东园村');
    expect(tree.textContent).not.toContain('姚村镇');
    const row = (await screen.findByText('东湾一格')).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('王网格');
    expect(row.textContent).toContain('2');
    expect(screen.getByRole('link', { name: '查看东湾一格的户档案' })).toHaveAttribute(
      'href',
      '/c/linxian/area/households?villageId=v-huashi&gridId=mg-1',
    );
  });

  it('lets a township officer go from their township to one of its villages', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/micro-grids?villageId=v-dongyuan': [],
    });
    renderSignedIn(<AreaScreens />, TOWNSHIP_OFFICER, { route: '/regions' });
    expect(await screen.findByText('城关镇下辖的行政村')).toBeInTheDocument();
    expect(screen.getByRole('tree').textContent).not.toContain('姚村镇');
    await userEvent.click(screen.getByRole('button', { name: '东园村' }));
    expect(await screen.findByText('本村还没有划分微网格。')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/api/v1/grid/micro-grids?villageId=v-dongyuan');
  });
});
