import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import { todayInCounty } from '../../common/format';
import { aCase, daysFromToday, MY_MEDIATOR } from './fixtures';
import type { MediationCase } from './model';
import MediationScreens from '.';

afterEach(() => vi.unstubAllGlobals());

const CASE = '/api/v1/mediation/cases/case-1';
const session = { number: 1, heldOn: daysFromToday(-2), attendees: ['李明', '王芳'], notes: '双方陈述' };
const directory = [{ ...MY_MEDIATOR, townshipId: 't-chengguan', villageId: 'v-huashi', specialties: ['NEIGHBOURHOOD'], active: true, caseload: 1 }];
const tree = [{ id: 't-chengguan', name: '城关镇', children: [{ id: 'v-huashi', name: '花石村', children: [] }] }];

/** The demo mediator of Huashi, signed in, on the case page at its real address; `answers` adds or replaces routes. */
function openCase(c: MediationCase, answers: Record<string, unknown> = {}) {
  const fetch = answerFetch({
    [CASE]: c,
    '/api/v1/mediation/mediators': directory,
    '/api/v1/grid/regions/tree': tree,
    ...answers,
  });
  renderSignedIn(<MediationScreens />, { subject: MY_MEDIATOR.userId, roles: ['mediator'], township: 't-chengguan', village: 'v-huashi' }, {
    route: '/c/linxian/mediation/cases/case-1',
    path: '/c/linxian/mediation/*',
  });
  return fetch;
}

function sent(fetch: ReturnType<typeof answerFetch>, path: string) {
  return fetch.mock.calls.filter(([url, init]) => String(url) === path && init?.method === 'POST').map(([, init]) => JSON.parse(String(init?.body)));
}

describe('a case in mediation', () => {
  it('shows the case with its timeline and offers its mediator the steps of mediation, not acceptance', async () => {
    openCase(aCase({ sessions: [session] }));
    expect(await screen.findByRole('heading', { name: '邻里纠纷：李明、王芳' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '记录调解会' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '记录调解协议与签字' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '记录调解不成' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '升级到乡镇级' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '受理案件' })).not.toBeInTheDocument();
    expect(screen.getByText('第 1 次调解会')).toBeInTheDocument();
    expect(screen.getByText('参加人员：李明、王芳')).toBeInTheDocument();
    expect(screen.getByText('指派人民调解员：王调解')).toBeInTheDocument();
    expect(screen.getByText('城关镇 · 花石村')).toBeInTheDocument();
  });

  it('records the agreement with one signature per party, and refuses it until every party has signed', async () => {
    const agreed = aCase({ sessions: [session], status: 'AGREED' });
    const fetch = openCase(aCase({ sessions: [session] }), {
      [`${CASE}/agreement`]: () => ({ status: 200, body: agreed }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '记录调解协议与签字' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('协议内容'), { target: { value: '王芳家在月底前疏通排水沟，李明家承担一半费用。' } });
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '李明 已签字' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('还有当事人没有签字：王芳')).toBeInTheDocument();
    expect(sent(fetch, `${CASE}/agreement`)).toEqual([]);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: '王芳 已签字' }));
    await waitFor(() => expect(within(dialog).queryByText('还有当事人没有签字：王芳')).not.toBeInTheDocument());
    fireEvent.change(within(dialog).getByLabelText('王芳 签字日期'), { target: { value: daysFromToday(-1) } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(sent(fetch, `${CASE}/agreement`)).toHaveLength(1));
    expect(sent(fetch, `${CASE}/agreement`)[0]).toEqual({
      terms: '王芳家在月底前疏通排水沟，李明家承担一半费用。',
      signatures: [
        { partyId: 'p1', signedOn: todayInCounty() },
        { partyId: 'p2', signedOn: daysFromToday(-1) },
      ],
    });
  });

  it('shows the service’s refusal of a field next to that field', async () => {
    openCase(aCase(), {
      [`${CASE}/sessions`]: () => ({
        status: 422,
        body: { status: 422, title: 'Unprocessable', detail: 'Invalid', errors: [{ field: 'heldOn', message: '调解日期不能早于受理日期' }] },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '记录调解会' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '李明' }));
    fireEvent.change(within(dialog).getByLabelText('调解记录'), { target: { value: '双方陈述各自意见' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    const message = await within(dialog).findByText('调解日期不能早于受理日期');
    expect(message.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('调解日期'));
  });

  it('shows the service’s refusal of the signatures at the signatures', async () => {
    openCase(aCase({ sessions: [session] }), {
      [`${CASE}/agreement`]: () => ({
        status: 422,
        body: { status: 422, title: 'Unprocessable', errors: [{ field: 'signatures', message: 'Every party signs the agreement exactly once' }] },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '记录调解协议与签字' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('协议内容'), { target: { value: '双方互谅互让' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '李明 已签字' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '王芳 已签字' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    const message = await within(dialog).findByText('Every party signs the agreement exactly once');
    expect(message.closest('fieldset')).toHaveTextContent('各方签字');
  });

  it('sends the session’s place with its notes and everyone who attended', async () => {
    const fetch = openCase(aCase(), { [`${CASE}/sessions`]: () => ({ status: 200, body: aCase({ sessions: [session] }) }) });
    fireEvent.click(await screen.findByRole('button', { name: '记录调解会' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '王芳' }));
    fireEvent.change(within(dialog).getByLabelText('调解地点'), { target: { value: '村委会调解室' } });
    fireEvent.change(within(dialog).getByLabelText('其他参加人员'), { target: { value: '张书记、赵会计' } });
    fireEvent.change(within(dialog).getByLabelText('调解记录'), { target: { value: '双方同意再谈' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(sent(fetch, `${CASE}/sessions`)).toHaveLength(1));
    expect(sent(fetch, `${CASE}/sessions`)[0]).toEqual({
      heldOn: todayInCounty(),
      attendees: ['王芳', '张书记', '赵会计'],
      notes: '地点：村委会调解室\n双方同意再谈',
    });
  });

  it('explains a step the case no longer allows and reloads it', async () => {
    const fetch = openCase(aCase(), {
      [`${CASE}/failure`]: () => ({ status: 409, body: { status: 409, title: 'Conflict', detail: 'Cannot record a failure of a case that is AGREED' } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '记录调解不成' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('调解不成的原因'), { target: { value: '双方分歧太大' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText(/当前步骤不允许此操作/)).toBeInTheDocument();
    const reads = () => fetch.mock.calls.filter(([url, init]) => String(url) === CASE && !init?.method?.match(/POST/)).length;
    const before = reads();
    fireEvent.click(within(dialog).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
  });
});

describe('escalation', () => {
  it('hands the case to the level above and takes its mediator back to their list', async () => {
    const emptyPage = { items: [], page: 0, size: 200, totalItems: 0, totalPages: 0 };
    const fetch = openCase(aCase(), {
      [`${CASE}/escalation`]: () => ({ status: 200, body: aCase({ status: 'OPEN', level: 'TOWNSHIP', mediatorId: null }) }),
      ...Object.fromEntries(
        ['OPEN', 'IN_MEDIATION', 'AGREED', 'FAILED'].map((status) => [`/api/v1/mediation/cases?status=${status}&page=0&size=200`, emptyPage]),
      ),
    });
    fireEvent.click(await screen.findByRole('button', { name: '升级到乡镇级' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('由 村人民调解委员会 升级到 乡镇人民调解中心');
    fireEvent.change(within(dialog).getByLabelText('升级理由'), { target: { value: '涉及外村当事人，村里调不了' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: '我的调解案件' })).toBeInTheDocument();
    expect(sent(fetch, `${CASE}/escalation`)).toEqual([{ reason: '涉及外村当事人，村里调不了' }]);
  });
});

describe('what a case offers whom', () => {
  it('offers no escalation above the county level, and says what is left', async () => {
    openCase(aCase({ level: 'COUNTY', status: 'FAILED', failureDeadline: daysFromToday(3) }), {
      '/api/v1/mediation/mediators': [{ ...directory[0], level: 'COUNTY', villageId: null, townshipId: null }],
    });
    expect(await screen.findByRole('button', { name: '引导仲裁或诉讼' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '结案' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /升级/ })).not.toBeInTheDocument();
    expect(screen.getByText(/案件已在县级，不能再升级/)).toBeInTheDocument();
  });

  it('lets a mediator read a case waiting for assignment but not act on it', async () => {
    openCase(aCase({ status: 'OPEN', mediatorId: null, assignments: [], acceptedOn: null }));
    expect(await screen.findByText(/还没有指派人民调解员/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '受理案件' })).not.toBeInTheDocument();
  });

  it('explains a case the person may not see instead of showing a blank page', async () => {
    answerFetch({ '/api/v1/mediation/mediators': directory, '/api/v1/grid/regions/tree': tree });
    renderSignedIn(<MediationScreens />, { roles: ['mediator'] }, { route: '/cases/elsewhere' });
    expect(await screen.findByRole('alert')).toHaveTextContent('没有找到这条记录');
  });
});
