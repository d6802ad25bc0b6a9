import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import VillagerScreens from '.';
import { LI_MINGS_HOUSEHOLD, pageOf } from './testData';

afterEach(() => vi.unstubAllGlobals());

const ASSIGNED = {
  id: 's-1',
  title: '村口路灯坏了',
  content: '晚上看不清路',
  raisedOn: '2026-11-02',
  status: 'ASSIGNED',
  assignee: '村委会王主任',
  deadline: '2026-11-20',
};
const ANSWERED = {
  id: 's-2',
  title: '垃圾桶不够',
  content: '东湾只有一个垃圾桶',
  raisedOn: '2026-10-01',
  status: 'ANSWERED',
  feedback: '已增设两个垃圾桶',
  resolvedOn: '2026-10-10',
  onTime: true,
};

describe('my suggestions', () => {
  it('raises a suggestion for my household and follows where mine stand, offering a rating once one is settled', async () => {
    let raised: unknown;
    answerFetch({
      '/api/v1/grid/households': pageOf([LI_MINGS_HOUSEHOLD]),
      '/api/v1/council/suggestions': (init?: RequestInit) => {
        if (init?.method === 'POST') {
          raised = JSON.parse(String(init.body));
          return { status: 201, body: { ...ASSIGNED, id: 's-3', status: 'RAISED' } };
        }
        return { status: 200, body: pageOf([ASSIGNED, ANSWERED]) };
      },
    });
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/suggestions' });
    const user = userEvent.setup();

    expect(await screen.findByText('正在办理')).toBeInTheDocument();
    expect(screen.getByText('2026年11月20日')).toBeInTheDocument();
    expect(screen.getByText('已增设两个垃圾桶')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交评分：垃圾桶不够' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '提交评分：村口路灯坏了' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: '建议标题' }), ' 水渠该清了 ');
    await user.type(screen.getByRole('textbox', { name: '具体内容' }), '雨季前请组织清理');
    await user.click(screen.getByRole('button', { name: '提交建议' }));

    expect(await screen.findByText('建议已提交')).toBeInTheDocument();
    expect(raised).toEqual({ householdId: 'h-li', title: '水渠该清了', content: '雨季前请组织清理' });
  });
});
