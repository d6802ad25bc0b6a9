import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import CouncilScreens from '.';
import type { Council, Election } from './api';
import { cadre, households, roster, tree } from './testData';

afterEach(() => vi.unstubAllGlobals());

const hour = 3_600_000;
const election: Election = {
  id: 'e-1',
  councilId: 'c-1',
  townshipId: 't-chengguan',
  villageId: 'v-huashi',
  naturalVillageId: 'n-east',
  title: '东湾理事会第二届选举',
  seats: 2,
  termStart: '2027-01-01',
  termEnd: '2029-12-31',
  opensAt: new Date(Date.now() - hour).toISOString(),
  closesAt: new Date(Date.now() + hour).toISOString(),
  candidates: [
    { id: 'k-1', name: '李明', householdId: 'h-1', category: 'PARTY_MEMBER' },
    { id: 'k-2', name: '王芳', householdId: 'h-2', category: 'RESPECTED_ELDER' },
    { id: 'k-3', name: '张华', householdId: null, category: 'CAPABLE_PERSON' },
  ],
  status: 'OPEN',
  results: [],
  ballotsCast: 0,
  paperBallots: 0,
  householdCount: 0,
  turnoutPercent: 0,
  closedAt: null,
  version: 0,
};

const council: Council = {
  id: 'c-1',
  townshipId: 't-chengguan',
  villageId: 'v-huashi',
  naturalVillageId: 'n-east',
  name: '东湾理事会',
  seats: 5,
  currentTerm: {
    number: 1,
    start: '2024-01-01',
    end: '2026-12-31',
    members: [{ id: 'cm-1', name: '吴刚', householdId: 'h-7', category: 'GROUP_LEADER', president: true }],
    electionId: null,
    seatedAt: '2024-01-01T00:00:00Z',
  },
  pastTerms: [],
  version: 1,
};

function ballotPosts(fetch: ReturnType<typeof answerFetch>) {
  return fetch.mock.calls.filter(([url, init]) => init?.method === 'POST' && String(url).endsWith('/ballots'));
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  await user.click(await screen.findByTitle(option));
}

function routes(ballots: () => { status: number; body?: unknown }) {
  return answerFetch({
    '/api/v1/grid/regions/tree': tree,
    '/api/v1/grid/households': households,
    '/api/v1/council/elections/e-1': election,
    '/api/v1/council/councils/c-1': council,
    '/api/v1/council/villages/v-huashi/representatives': roster,
    '/api/v1/council/elections/e-1/ballots': ballots,
  });
}

describe('a paper ballot', () => {
  it('is refused in the form without a witness, and nothing is sent', async () => {
    const user = userEvent.setup();
    const fetch = routes(() => ({ status: 201, body: {} }));
    renderSignedIn(<CouncilScreens />, cadre, { route: '/elections/e-1' });
    await screen.findByRole('button', { name: '录入选票' });
    await pick(user, '投票农户', '李明（东湾3号）');
    await user.click(screen.getByRole('checkbox', { name: '王芳（乡贤长者）' }));
    await user.type(screen.getByLabelText('选票编号'), 'P-0001');
    await user.click(screen.getByRole('button', { name: '录入选票' }));
    expect(await screen.findByText('纸质选票必须有监票人在场，请选择监票人')).toBeInTheDocument();
    expect(ballotPosts(fetch)).toHaveLength(0);
  });

  it('offers as witnesses the council’s members and the representatives, never the voting household', async () => {
    const user = userEvent.setup();
    routes(() => ({ status: 201, body: {} }));
    renderSignedIn(<CouncilScreens />, cadre, { route: '/elections/e-1' });
    await screen.findByRole('button', { name: '录入选票' });
    await pick(user, '投票农户', '李明（东湾3号）');
    await user.click(screen.getByLabelText('监票人'));
    expect(await screen.findByTitle('吴刚（理事会成员）')).toBeInTheDocument();
    expect(screen.getByTitle('王芳（村民代表）')).toBeInTheDocument();
    // 李明 is on the roster but his own household is voting
    expect(screen.queryByTitle('李明（村民代表）')).not.toBeInTheDocument();
  });

  it('says clearly when the household has voted already', async () => {
    const user = userEvent.setup();
    const fetch = routes(() => ({
      status: 409,
      body: { status: 409, title: 'Conflict', detail: 'Household h-1 has voted in this election already' },
    }));
    renderSignedIn(<CouncilScreens />, cadre, { route: '/elections/e-1' });
    await screen.findByRole('button', { name: '录入选票' });
    await pick(user, '投票农户', '李明（东湾3号）');
    await user.click(screen.getByRole('checkbox', { name: '王芳（乡贤长者）' }));
    await pick(user, '监票人', '吴刚（理事会成员）');
    await user.type(screen.getByLabelText('选票编号'), 'P-0001');
    await user.click(screen.getByRole('button', { name: '录入选票' }));
    await vi.waitFor(() =>
      expect(
        screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('该户已经投过票，不能重复投票（一户一票）') && alert.textContent.includes('这张选票没有计入')),
      ).toBe(true),
    );
    // and beside the household it names
    expect(await screen.findByText('该户已经投过票，不能重复投票（一户一票）', { selector: '.ant-form-item-explain-error' })).toBeInTheDocument();
    expect(JSON.parse(String(ballotPosts(fetch)[0][1]?.body))).toEqual({ householdId: 'h-1', candidateIds: ['k-2'], witnessId: 'cm-1', serial: 'P-0001' });
  });
});
