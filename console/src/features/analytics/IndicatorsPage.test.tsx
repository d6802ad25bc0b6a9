import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderSignedIn } from '../../test-utils';
import { setTokenSource } from '../../api/http';
import { todayInCounty } from '../../common/format';
import { screenWidth } from '../area/fixtures';
import AnalyticsScreens from '.';
import { answerIndicators, byPlace, calls, CHENGGUAN, LINXIAN } from './fixtures';

const PROVINCIAL_ADMIN = { roles: ['provincial-admin' as const], realm: 'platform', province: 'henan' };
const COUNTY_ADMIN = { roles: ['county-admin' as const] };
const TOWNSHIP_OFFICER = { roles: ['township-officer' as const], township: 't-chengguan' };
const THIS_MONTH = todayInCounty().slice(0, 7);

beforeEach(() => screenWidth(1280));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setTokenSource(() => undefined, () => undefined);
});

/** The body row of a place, read as its cells' texts. */
function rowOf(name: string): string[] {
  const row = screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the analytics screen', () => {
  it('puts every indicator of each county side by side, grouped by service, with the province total', async () => {
    answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators' });
    expect(await screen.findByRole('rowheader', { name: '林县' })).toBeInTheDocument();
    for (const group of ['网格', '议事', '积分', '调解']) {
      expect(screen.getByRole('columnheader', { name: group })).toBeInTheDocument();
    }
    for (const label of ['网格覆盖率', '走访次数', '建议按期办结率', '发放积分', '调解天数中位数']) {
      expect(screen.getByRole('columnheader', { name: label })).toBeInTheDocument();
    }
    expect(rowOf('林县')).toEqual(['87.5%', '1,200', '90.0%', '5,300', '3.5 天']);
    // no figure is a dash, read out as "no data"; a measured zero stays 0
    expect(rowOf('安阳县')).toEqual(['—无数据', '0', '—无数据', '0', '—无数据']);
    const total = screen.getByText('合计').closest('tr') as HTMLElement;
    expect(total.textContent).toBe('合计87.5%1,20090.0%5,3003.5 天');
    expect(screen.getByRole('table', { name: /河南省各县（区）指标/ })).toBeInTheDocument();
    expect(screen.getByText(/2026年11月1日 至 2026年11月30日/)).toBeInTheDocument();
  });

  it('opens a county’s townships, then a township’s villages, and goes back up by the breadcrumb', async () => {
    const fetch = answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators' });
    fireEvent.click(await screen.findByRole('link', { name: '林县' }));
    expect(await screen.findByRole('rowheader', { name: '横水镇' })).toBeInTheDocument();
    expect(calls(fetch).at(-1)?.get('county')).toBe('linxian');
    expect(calls(fetch).at(-1)?.has('township')).toBe(false);
    const places = () => within(screen.getByRole('navigation', { name: '所在层级' }));
    expect(places().getByRole('link', { name: '河南省' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('link', { name: '城关镇' }));
    expect(await screen.findByRole('rowheader', { name: '花石村' })).toBeInTheDocument();
    const last = calls(fetch).at(-1);
    expect([last?.get('county'), last?.get('township'), last?.get('period')]).toEqual(['linxian', 't-chengguan', THIS_MONTH]);
    // villages are the last level: their names open nothing
    expect(screen.queryByRole('link', { name: '花石村' })).not.toBeInTheDocument();
    expect(places().getByRole('link', { name: '林县' })).toBeInTheDocument();
    expect(places().getByText('城关镇')).toHaveAttribute('aria-current', 'location');

    fireEvent.click(places().getByRole('link', { name: '林县' }));
    expect(await screen.findByRole('rowheader', { name: '横水镇' })).toBeInTheDocument();
    fireEvent.click(places().getByRole('link', { name: '河南省' }));
    expect(await screen.findByRole('rowheader', { name: '安阳县' })).toBeInTheDocument();
  });

  it('names the county of a shared link to a township from the county’s own table', async () => {
    const fetch = answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators?county=linxian&township=t-chengguan&period=2026-11' });
    const places = within(await screen.findByRole('navigation', { name: '所在层级' }));
    expect(await places.findByRole('link', { name: '林县' })).toBeInTheDocument();
    expect(places.getByRole('link', { name: '全省' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: '花石村' })).toBeInTheDocument();
    expect(calls(fetch).map((call) => `${call.get('county')}/${call.get('township')}/${call.get('period')}`).sort()).toEqual([
      'linxian/null/2026-11',
      'linxian/t-chengguan/2026-11',
    ]);
  });

  it('asks for the period picked: this month first, then a quarter, a year or a range of days', async () => {
    const fetch = answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators?county=linxian' });
    await screen.findByRole('rowheader', { name: '城关镇' });
    expect(calls(fetch)[0].get('period')).toBe(THIS_MONTH);

    const [year, month] = THIS_MONTH.split('-').map(Number);
    fireEvent.click(screen.getByRole('radio', { name: '季度' }));
    await waitFor(() => expect(calls(fetch).at(-1)?.get('period')).toBe(`${year}-Q${Math.ceil(month / 3)}`));
    fireEvent.click(screen.getByRole('radio', { name: '年' }));
    await waitFor(() => expect(calls(fetch).at(-1)?.get('period')).toBe(String(year)));
    // the drill-down stays where it was
    expect(calls(fetch).at(-1)?.get('county')).toBe('linxian');
    fireEvent.click(screen.getByRole('radio', { name: '自定义' }));
    await waitFor(() => expect(calls(fetch).at(-1)?.get('from')).toBe(`${year}-01-01`));
    expect(calls(fetch).at(-1)?.get('to')).toBe(`${year}-12-31`);
    expect(calls(fetch).at(-1)?.has('period')).toBe(false);
  });

  it('reads the period of a shared link and lets another month be picked', async () => {
    const fetch = answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators?period=2025-06' });
    await screen.findByRole('rowheader', { name: '林县' });
    expect(calls(fetch)[0].get('period')).toBe('2025-06');
    const picker = screen.getByRole('textbox', { name: '选择月份' });
    expect(picker).toHaveValue('2025-06');
    fireEvent.mouseDown(picker);
    fireEvent.click(picker);
    fireEvent.click(await screen.findByTitle('2025-03'));
    await waitFor(() => expect(calls(fetch).at(-1)?.get('period')).toBe('2025-03'));
  });

  it('exports the table with the token of the signed-in person and saves the file under the gateway’s name', async () => {
    setTokenSource(() => 'token-of-the-admin', () => undefined);
    const fetch = answerIndicators((params) =>
      params.get('format') === 'csv'
        ? {
            status: 200,
            body: '\uFEFF县（区）,网格覆盖率\n林县,87.5\n',
            headers: { 'Content-Type': 'text/csv;charset=UTF-8', 'Content-Disposition': "attachment; filename=\"linxian.csv\"; filename*=UTF-8''%E6%8C%87%E6%A0%87-%E6%9E%97%E5%8E%BF.csv" },
          }
        : byPlace(params),
    );
    const createObjectURL = vi.fn(() => 'blob:indicators');
    // jsdom has no object URLs: what the page hands the browser is caught here
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const saved: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators?county=linxian&period=2026-Q4' });
    await screen.findByRole('rowheader', { name: '城关镇' });
    fireEvent.click(screen.getByRole('button', { name: /导出 CSV/ }));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:indicators', download: '指标-林县.csv' }]));
    const exported = fetch.mock.calls.find(([input]) => String(input).includes('format=csv')) as unknown as [string, RequestInit];
    const query = new URL(exported[0], 'http://localhost').searchParams;
    expect([query.get('county'), query.get('period'), query.get('format')]).toEqual(['linxian', '2026-Q4', 'csv']);
    expect((exported[1].headers as Record<string, string>).Authorization).toBe('Bearer token-of-the-admin');
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('林县,87.5');
  });

  it('shows why an export was refused', async () => {
    answerIndicators((params) =>
      params.get('format') === 'xlsx' ? { status: 400, body: { status: 400, detail: '日期范围不能超过 5 年', errors: [{ field: 'to', message: '太长' }] } } : byPlace(params),
    );
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators' });
    await screen.findByRole('rowheader', { name: '林县' });
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('日期范围不能超过 5 年');
    expect(alert).toHaveTextContent('“to”：太长');
  });

  it('explains a refused table instead of showing an empty one', async () => {
    answerIndicators(() => ({ status: 403, body: { status: 403, title: 'Forbidden', detail: 'county of another province' } }));
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators?county=zhengzhou' });
    expect(await screen.findByRole('alert')).toHaveTextContent('这项内容属于其他村或其他辖区');
    expect(screen.queryByText('合计')).not.toBeInTheDocument();
  });

  it('starts a township officer at the villages of their township, with nothing to choose but the period', async () => {
    const fetch = answerIndicators(() => CHENGGUAN);
    renderSignedIn(<AnalyticsScreens />, TOWNSHIP_OFFICER, { route: '/indicators?county=other&township=t-other' });
    expect(await screen.findByRole('rowheader', { name: '花石村' })).toBeInTheDocument();
    const first = calls(fetch)[0];
    expect([...first.keys()]).toEqual(['period']);
    expect(within(screen.getByRole('navigation', { name: '所在层级' })).getByText('城关镇')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '花石村' })).not.toBeInTheDocument();
  });

  it('starts a county admin at the county’s townships and opens a township without naming the county', async () => {
    const fetch = answerIndicators((params) => (params.get('township') ? CHENGGUAN : LINXIAN));
    renderSignedIn(<AnalyticsScreens />, COUNTY_ADMIN, { route: '/indicators' });
    fireEvent.click(await screen.findByRole('link', { name: '城关镇' }));
    expect(await screen.findByRole('rowheader', { name: '花石村' })).toBeInTheDocument();
    const last = calls(fetch).at(-1);
    expect([last?.get('township'), last?.has('county')]).toEqual(['t-chengguan', false]);
    expect(within(screen.getByRole('navigation', { name: '所在层级' })).getByRole('link', { name: '林县' })).toBeInTheDocument();
  });

  it('draws the 12-month trend of the chosen indicator and lists its figures', async () => {
    answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators' });
    const trend = within(await screen.findByRole('region', { name: '河南省近 12 个月的“网格覆盖率”' }));
    expect(trend.getAllByRole('columnheader')).toHaveLength(12);
    expect(trend.getByRole('rowheader', { name: '网格覆盖率' }).closest('tr')?.textContent).toContain('60.0%61.0%62.0%—无数据64.0%');
    expect(document.querySelector('svg.trend-line path')?.getAttribute('d')).toMatch(/^M.* M/);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '趋势指标' }));
    fireEvent.click(await screen.findByTitle('发放积分'));
    const points = within(await screen.findByRole('region', { name: '河南省近 12 个月的“发放积分”' }));
    expect(points.getByRole('rowheader', { name: '发放积分' }).closest('tr')?.textContent).toContain('1,0001,0101,020');
  });

  it('shows a phone one service’s columns at a time, the place name always first', async () => {
    screenWidth(360);
    answerIndicators(byPlace);
    renderSignedIn(<AnalyticsScreens />, PROVINCIAL_ADMIN, { route: '/indicators' });
    await screen.findByRole('rowheader', { name: '林县' });
    expect(rowOf('林县')).toEqual(['87.5%', '1,200']);
    fireEvent.click(screen.getByRole('radio', { name: '调解' }));
    await waitFor(() => expect(rowOf('林县')).toEqual(['3.5 天']));
    expect(screen.getByText('合计').closest('tr')?.textContent).toBe('合计3.5 天');
  });
});

