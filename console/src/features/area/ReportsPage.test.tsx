import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import AreaScreens from '.';
import { CADRE, REGION_TREE, report, screenWidth } from './fixtures';

beforeEach(() => screenWidth(1280));
afterEach(() => vi.unstubAllGlobals());

const STEP_BUTTONS = ['受理', '就地解决', '转办', '办结'];

function buttonsOfRow(text: string): string[] {
  const row = screen.getByText(text).closest('tr') as HTMLElement;
  return within(row)
    .queryAllByRole('button')
    .map((button) => button.textContent?.replace(/\s/g, '') ?? '')
    .filter((name) => STEP_BUTTONS.includes(name));
}

describe('the grid reports queue', () => {
  it('offers on each report only the steps its status allows', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports': [
        report('r1', 'REPORTED'),
        report('r2', 'ACCEPTED'),
        report('r3', 'SOLVED_ON_SPOT', { notes: '已清理' }),
        report('r4', 'TRANSFERRED', { transferredTo: '镇水利站', deadline: '2026-01-05' }),
        report('r5', 'CLOSED', { outcome: '已修复' }),
      ],
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports?view=ALL' });
    await screen.findByText('上报事项 r1');
    expect(buttonsOfRow('上报事项 r1')).toEqual(['受理']);
    expect(buttonsOfRow('上报事项 r2')).toEqual(['就地解决', '转办']);
    expect(buttonsOfRow('上报事项 r3')).toEqual(['办结']);
    expect(buttonsOfRow('上报事项 r4')).toEqual(['办结']);
    expect(buttonsOfRow('上报事项 r5')).toEqual([]);
    // a transfer past its deadline says so; the village is named, not its id
    const overdue = screen.getByText('上报事项 r4').closest('tr') as HTMLElement;
    expect(within(overdue).getByText('已逾期')).toBeInTheDocument();
    expect(within(overdue).getByText('花石村')).toBeInTheDocument();
  });

  it('shows the same legal steps on a phone, one card per report', async () => {
    screenWidth(360);
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports?status=ACCEPTED': [report('r2', 'ACCEPTED')],
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports?view=ACCEPTED' });
    await screen.findByText('上报事项 r2');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '就地解决' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '转办' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '受理' })).not.toBeInTheDocument();
  });

  it('asks for the reports of the chosen status, and the overdue transfers on their own tab', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports?status=REPORTED': [report('r1', 'REPORTED')],
      '/api/v1/grid/reports/overdue': [report('r4', 'TRANSFERRED', { transferredTo: '镇水利站', deadline: '2026-01-05' })],
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports' });
    await screen.findByText('上报事项 r1');
    await userEvent.click(screen.getByRole('tab', { name: '逾期转办' }));
    await screen.findByText('上报事项 r4');
    const asked = fetch.mock.calls.map(([url]) => String(url));
    expect(asked).toContain('/api/v1/grid/reports?status=REPORTED');
    expect(asked).toContain('/api/v1/grid/reports/overdue');
  });

  it('tells before accepting a dispute that it goes to people’s mediation, then accepts it', async () => {
    const accept = vi.fn(() => ({ status: 200, body: report('r1', 'TRANSFERRED', { category: 'DISPUTE', transferredTo: 'mediation' }) }));
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports?status=REPORTED': [report('r1', 'REPORTED', { category: 'DISPUTE' })],
      '/api/v1/grid/reports/r1/accept': accept,
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports' });
    await userEvent.click(await screen.findByRole('button', { name: '受理' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/受理后将立即转交人民调解/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '确认受理' }));
    await screen.findByText('已受理，已转交人民调解');
    const call = fetch.mock.calls.find(([url]) => String(url) === '/api/v1/grid/reports/r1/accept');
    expect(call?.[1]?.method).toBe('POST');
  });

  it('puts the field errors of a refused transfer next to their fields', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports?status=ACCEPTED': [report('r2', 'ACCEPTED')],
      '/api/v1/grid/reports/r2/transfer': () => ({
        status: 422,
        body: {
          status: 422,
          title: 'Unprocessable Content',
          detail: 'The deadline must be after today',
          errors: [
            { field: 'deadline', message: 'The deadline must be after today' },
            { field: 'department', message: 'size must be between 0 and 100' },
          ],
        },
      }),
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports?view=ACCEPTED' });
    await userEvent.click(await screen.findByRole('button', { name: '转办' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('承办部门'), '镇水利站');
    fireEvent.change(within(dialog).getByLabelText('办理期限'), { target: { value: '2099-12-31' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认转办' }));
    const deadlineItem = within(dialog).getByLabelText('办理期限').closest('.ant-form-item') as HTMLElement;
    const departmentItem = within(dialog).getByLabelText('承办部门').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(within(deadlineItem).getByText('The deadline must be after today')).toBeInTheDocument());
    expect(within(departmentItem).getByText('size must be between 0 and 100')).toBeInTheDocument();
  });

  it('checks a transfer in the form first: a department and a deadline after today are required', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports?status=ACCEPTED': [report('r2', 'ACCEPTED')],
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports?view=ACCEPTED' });
    await userEvent.click(await screen.findByRole('button', { name: '转办' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('办理期限'), { target: { value: '2000-01-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认转办' }));
    expect(await within(dialog).findByText('办理期限须晚于今天')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写此项')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([url]) => String(url).endsWith('/transfer'))).toBe(false);
  });

  it('explains a step someone else already took (409) and reloads the report', async () => {
    let handled = false;
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports/r3': () => ({
        status: 200,
        body: handled ? report('r3', 'CLOSED', { outcome: '已修复' }) : report('r3', 'SOLVED_ON_SPOT', { notes: '已清理' }),
      }),
      '/api/v1/grid/reports/r3/close': () => {
        handled = true;
        return {
          status: 409,
          body: { status: 409, title: 'Conflict', detail: 'Only a solved or transferred report can be closed; this one is CLOSED' },
        };
      },
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports/r3' });
    await userEvent.click(await screen.findByRole('button', { name: '办结' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('办结结果'), '已修复');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认办结' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('当前步骤不允许此操作');
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    expect(await screen.findByText('此事项已办结，无需再办理。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '办结' })).not.toBeInTheDocument();
    expect(fetch.mock.calls.filter(([url]) => String(url) === '/api/v1/grid/reports/r3')).toHaveLength(2);
  });

  it('shows a report of another village as an explanation, never its data', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': REGION_TREE,
      '/api/v1/grid/reports/r9': () => ({ status: 404, body: { status: 404, title: 'Not Found', detail: "Grid report 'r9' was not found" } }),
    });
    renderSignedIn(<AreaScreens />, CADRE, { route: '/reports/r9' });
    expect((await screen.findByRole('alert')).textContent).toContain('可能不存在，或属于其他村、其他县');
    expect(screen.queryByRole('button', { name: '受理' })).not.toBeInTheDocument();
  });
});
