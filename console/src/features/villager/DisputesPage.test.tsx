import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import VillagerScreens from '.';
import { LI_MINGS_HOUSEHOLD, pageOf } from './testData';

afterEach(() => vi.unstubAllGlobals());


async function fillTheFiling() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('combobox', { name: '纠纷类型' }));
  await user.click(await screen.findByTitle('邻里纠纷'));
  await user.type(screen.getByRole('textbox', { name: '发生了什么事' }), '邻居家的排水沟堵了，雨水流进我家院子');
  await user.type(screen.getByRole('textbox', { name: '对方姓名' }), '赵大');
  await user.type(screen.getByRole('textbox', { name: '对方联系电话' }), '110');
  await user.click(screen.getByRole('button', { name: '提交调解申请' }));
  return user;
}

describe('filing a dispute online', () => {
  it("puts the service's field errors next to the fields they name and lists the others", async () => {
    const fetch = answerFetch({
      '/api/v1/grid/households': pageOf([LI_MINGS_HOUSEHOLD]),
      '/api/v1/mediation/cases': (init?: RequestInit) =>
        init?.method === 'POST'
          ? {
              status: 422,
              body: {
                status: 422,
                title: 'Unprocessable Content',
                detail: 'An outsider leaves a contact that can be reached',
                errors: [
                  { field: 'parties[1].contact', message: '请留一个能联系上的电话' },
                  { field: 'parties', message: '最多 20 方' },
                  { field: 'townshipId', message: '乡镇由区划树确定' },
                ],
              },
            }
          : { status: 200, body: pageOf([]) },
    });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/disputes' });

    await fillTheFiling();

    const contact = screen.getByRole('textbox', { name: '对方联系电话' });
    expect(await screen.findByText('请留一个能联系上的电话')).toBeInTheDocument();
    expect(contact.closest('.ant-form-item')).toHaveTextContent('请留一个能联系上的电话');
    expect(screen.getByText('最多 20 方')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“townshipId”：乡镇由区划树确定');
    const [, init] = fetch.mock.calls.find(([, request]) => request?.method === 'POST')!;
    expect(JSON.parse(String(init?.body))).toEqual({
      source: 'ONLINE',
      category: 'NEIGHBOURHOOD',
      description: '邻居家的排水沟堵了，雨水流进我家院子',
      amount: 0,
      parties: [
        { kind: 'HOUSEHOLD', householdId: 'h-li' },
        { kind: 'OUTSIDER', name: '赵大', contact: '110' },
      ],
    });
  });

  it('asks for what the service requires before sending anything', async () => {
    const fetch = answerFetch({
      '/api/v1/grid/households': pageOf([LI_MINGS_HOUSEHOLD]),
      '/api/v1/mediation/cases': pageOf([]),
    });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/disputes' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: '提交调解申请' }));

    // the form's rules settle one field after another: wait for all four, not the first
    await waitFor(() => expect(screen.getAllByText('请填写此项')).toHaveLength(4));
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });
});

describe('a case I am a party to', () => {
  const agreed = {
    id: 'case-1',
    source: 'ONLINE',
    category: 'NEIGHBOURHOOD',
    description: '排水沟堵塞',
    amount: 800,
    parties: [
      { id: 'p1', kind: 'HOUSEHOLD', householdId: 'h-li', name: '李明', userId: 'u-1' },
      { id: 'p2', kind: 'OUTSIDER', name: '赵大', contact: '****10' },
    ],
    level: 'VILLAGE',
    status: 'AGREED',
    overdue: false,
    mediatorId: 'm-1',
    openedAt: '2026-11-20T01:00:00Z',
    acceptedOn: '2026-11-21',
    sessions: [{ number: 1, heldOn: '2026-11-22' }],
    agreement: { terms: '赵家三日内疏通排水沟', reachedOn: '2026-11-22', signatures: [] },
    failures: [],
    escalations: [],
    ratings: [],
  };

  it('offers my party one rating once the mediation ended, and explains a second one', async () => {
    const fetch = answerFetch({
      '/api/v1/mediation/cases/case-1': agreed,
      '/api/v1/mediation/cases/case-1/ratings': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', detail: "Party 'p1' has already rated this case" },
      }),
    });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'], subject: 'u-1' }, { route: '/disputes/case-1' });
    const user = userEvent.setup();

    expect(await screen.findByText('赵家三日内疏通排水沟')).toBeInTheDocument();
    expect(screen.getByText('我家、赵大')).toBeInTheDocument();
    await user.click(screen.getAllByRole('radio')[3]);
    await user.click(screen.getByRole('button', { name: '提交评价' }));

    expect(await screen.findByText('您已经评价过这次调解了。')).toBeInTheDocument();
    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/ratings'))!;
    expect(JSON.parse(String(init?.body))).toEqual({ partyId: 'p1', score: 4 });
  });
});
