import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderSignedIn } from '../test-utils';
import { PreferencesProvider } from './preferences';
import { AppShell } from './AppShell';
import { ProblemAlert } from '../common/ProblemAlert';
import { ApiError } from '../api/problem';

afterEach(() => vi.unstubAllGlobals());

/** jsdom has the width of no screen, so the frame is the phone's: the menu opens from its button. */
async function shell(roles: string[]) {
  renderSignedIn(
    <PreferencesProvider>
      <AppShell>
        <p>内容</p>
      </AppShell>
    </PreferencesProvider>,
    { roles: roles as never },
  );
  fireEvent.click(screen.getByRole('button', { name: '菜单' }));
  await screen.findByRole('dialog');
}

describe('the console frame', () => {
  it('offers a grid worker only the grid worker’s screens, in Chinese', async () => {
    await shell(['grid-worker']);
    expect(screen.getAllByRole('link', { name: '记录走访' })[0]).toHaveAttribute('href', '/c/linxian/gw/visit');
    expect(screen.queryByRole('link', { name: '四议两公开' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '我的调解案件' })).not.toBeInTheDocument();
  });

  it('offers a village cadre the area and council screens', async () => {
    await shell(['village-cadre']);
    expect(screen.getAllByRole('link', { name: '四议两公开' })[0]).toHaveAttribute('href', '/c/linxian/council/matters');
    expect(screen.getAllByRole('link', { name: '网格上报事项' })[0]).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '记录走访' })).not.toBeInTheDocument();
  });

  it('offers the analytics of their own area to the provincial admin, the county admin and the township officer', async () => {
    for (const role of ['provincial-admin', 'county-admin', 'township-officer']) {
      await shell([role]);
      expect(screen.getAllByRole('link', { name: '各地指标' })[0]).toHaveAttribute('href', '/c/linxian/analytics/indicators');
      expect(screen.queryByRole('link', { name: '已开通的县（区）' })).not.toBeInTheDocument();
      cleanup();
    }
    await shell(['platform-operator']);
    expect(screen.getAllByRole('link', { name: '已开通的县（区）' })[0]).toHaveAttribute('href', '/c/linxian/province/overview');
    expect(screen.queryByRole('link', { name: '各地指标' })).not.toBeInTheDocument();
  });

  it('tells the person offline that visits wait on the phone', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await shell(['grid-worker']);
    expect(screen.getByText(/当前无网络连接/)).toBeInTheDocument();
  });
});

describe('problems as people read them', () => {
  it('explains a 403 as belonging to another village', () => {
    renderSignedIn(<ProblemAlert error={new ApiError({ status: 403, title: 'Forbidden' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('这项内容属于其他村或其他辖区');
  });

  it('offers to reload on a stale version', () => {
    const reload = vi.fn();
    renderSignedIn(<ProblemAlert error={new ApiError({ status: 409, detail: 'version 3 is stale' })} onReload={reload} />);
    screen.getByRole('button', { name: '重新加载' }).click();
    expect(reload).toHaveBeenCalled();
  });

  it('lists the fields a 422 names', () => {
    renderSignedIn(
      <ProblemAlert error={new ApiError({ status: 422, detail: 'Invalid request', errors: [{ field: 'villageId', message: '不在您的辖区' }] })} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('“villageId”：不在您的辖区');
  });
});
