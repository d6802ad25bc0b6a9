import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import AreaScreens from '.';
import { CADRE, LI_MING, REGION_TREE, screenWidth, TOWNSHIP_OFFICER } from './fixtures';

beforeEach(() => screenWidth(1280));
afterEach(() => vi.unstubAllGlobals());

const page = (items: unknown[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const householdCalls = (fetch: ReturnType<typeof answerFetch>) =>
  fetch.mock.calls.map(([url]) => new URL(String(url), 'http://localhost')).filter((url) => url.pathname === '/api/v1/grid/households');

describe('the households of my area', () => {
  it('keeps a cadre to their own village and searches by name', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/micro-grids?villageId=v-huashi': [],
      '/api/v1/grid/households': page([LI_MING]),
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/households' });
    expect(await screen.findByRole('link', { name: '李明' })).toHaveAttribute('href', '/c/linxian/area/households/hh-li');
    expect(screen.getByText('1 人')).toBeInTheDocument();
    expect(householdCalls(fetch)[0].searchParams.get('villageId')).toBe('v-huashi');
    expect(screen.getByLabelText('行政村').closest('.ant-select')).toHaveClass('ant-select-disabled');

    await userEvent.type(screen.getByLabelText('姓名'), '李{Enter}');
    await waitFor(() => expect(householdCalls(fetch).at(-1)?.searchParams.get('name')).toBe('李'));
    const last = householdCalls(fetch).at(-1)!;
    expect(last.searchParams.get('villageId')).toBe('v-huashi');
    expect(last.searchParams.get('page')).toBe('0');
  });

  it('lists a micro-grid’s households when the region tree links to them', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/micro-grids?villageId=v-huashi': [
        { id: 'mg-1', townshipId: 't-chengguan', villageId: 'v-huashi', name: '东湾一格', formerWorkers: [], householdIds: ['hh-li'], households: 1 },
      ],
      '/api/v1/grid/households': page([LI_MING]),
    });
    renderSignedIn(<AreaScreens />, TOWNSHIP_OFFICER, { route: '/households?villageId=v-huashi&gridId=mg-1&tag=LOW_INCOME' });
    await screen.findByRole('link', { name: '李明' });
    const asked = householdCalls(fetch)[0].searchParams;
    expect(asked.get('villageId')).toBe('v-huashi');
    expect(asked.get('gridId')).toBe('mg-1');
    expect(asked.get('tag')).toBe('LOW_INCOME');
    expect(await screen.findByText('东湾一格')).toBeInTheDocument();
  });

  it('shows why a list was refused instead of an empty page', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/micro-grids?villageId=v-shimen': [],
      '/api/v1/grid/households': () => ({
        status: 422,
        body: { status: 422, title: 'Unprocessable Content', detail: "No village 'v-shimen' you may act in", errors: [{ field: 'villageId', message: "No village 'v-shimen' you may act in" }] },
      }),
    });
    renderSignedIn(<AreaScreens />, TOWNSHIP_OFFICER, { route: '/households?villageId=v-shimen' });
    expect((await screen.findByRole('alert')).textContent).toContain("No village 'v-shimen' you may act in");
  });
});
