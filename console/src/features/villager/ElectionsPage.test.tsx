import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import VillagerScreens from '.';
import { LI_MINGS_HOUSEHOLD, pageOf } from './testData';

afterEach(() => vi.unstubAllGlobals());


const hour = 3_600_000;
const election = (overrides: Record<string, unknown> = {}) => ({
  id: 'e-1',
  councilId: 'c-1',
  villageId: 'v-huashi',
  naturalVillageId: 'n-huashi-east',
  title: '东湾村民理事会换届选举',
  seats: 2,
  termStart: '2027-01-01',
  termEnd: '2029-12-31',
  opensAt: new Date(Date.now() - hour).toISOString(),
  closesAt: new Date(Date.now() + 24 * hour).toISOString(),
  candidates: [
    { id: 'cand-1', name: '王芳', category: 'PARTY_MEMBER' },
    { id: 'cand-2', name: '张华', category: 'RESPECTED_ELDER' },
    { id: 'cand-3', name: '赵强', category: 'CAPABLE_PERSON' },
  ],
  status: 'OPEN',
  results: [],
  ballotsCast: 0,
  householdCount: 0,
  turnoutPercent: 0,
  ...overrides,
});

function answers(ballot: (init?: RequestInit) => { status: number; body?: unknown }, elections = [election()]) {
  return answerFetch({
    '/api/v1/grid/households': pageOf([LI_MINGS_HOUSEHOLD]),
    '/api/v1/council/elections': pageOf(elections),
    '/api/v1/council/elections/e-1/ballots': ballot,
  });
}

async function chooseAndCast(...names: string[]) {
  const user = userEvent.setup();
  for (const name of names) {
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(name) }));
  }
  await user.click(screen.getByRole('button', { name: '提交选票' }));
  expect(await screen.findByText(`您选择了：${names.join('、')}。投票后不能更改，确定投票吗？`)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '确认投票' }));
}

describe('online vote', () => {
  it("casts the household's ballot for its head and says it is done, without showing the choices back", async () => {
    const fetch = answers(() => ({
      status: 201,
      body: { ballotId: 'e-1:h-li', electionId: 'e-1', householdId: 'h-li', channel: 'ONLINE', castAt: '2026-12-01T02:30:00Z' },
    }));
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/elections' });

    await chooseAndCast('王芳', '赵强');

    expect(await screen.findByText(/投票成功！本户的票已经投出/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交选票' })).not.toBeInTheDocument();
    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/ballots'))!;
    expect(JSON.parse(String(init?.body))).toEqual({ householdId: 'h-li', candidateIds: ['cand-1', 'cand-3'] });
    expect((init?.headers as Record<string, string>)['Idempotency-Key']).toBeTruthy();
  });

  it('refuses a second vote of the household with the message taken from the 409', async () => {
    answers(() => ({
      status: 409,
      body: { status: 409, title: 'Conflict', detail: 'Household h-li has voted in this election already' },
    }));
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/elections' });

    await chooseAndCast('张华');

    expect(await screen.findByText('本户已投票，一户只能投一票')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交选票' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '确认投票' })).not.toBeInTheDocument();
  });

  it('lets no more candidates be chosen than there are seats', async () => {
    answers(() => ({ status: 500 }));
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/elections' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('checkbox', { name: /王芳/ }));
    await user.click(screen.getByRole('checkbox', { name: /张华/ }));

    expect(screen.getByRole('checkbox', { name: /赵强/ })).toBeDisabled();
  });

  it("offers no ballot in an election of another natural village, and shows a closed election's results", async () => {
    answers(
      () => ({ status: 500 }),
      [
        election({ naturalVillageId: 'n-huashi-west' }),
        election({
          id: 'e-0',
          title: '上届选举',
          status: 'CLOSED',
          results: [{ candidateId: 'cand-1', name: '王芳', votes: 31, elected: true }],
          ballotsCast: 31,
          householdCount: 40,
          turnoutPercent: 77.5,
        }),
      ],
    );
    renderSignedIn(<VillagerScreens />, { roles: ['villager'] }, { route: '/elections' });

    expect(await screen.findByText('本户不在这次选举的自然村，不参加这次投票。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交选票' })).not.toBeInTheDocument();
    expect(screen.getByText('投票率：77.5%（31 / 40 户）')).toBeInTheDocument();
    expect(screen.getByText('31 票')).toBeInTheDocument();
  });
});
