import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerFetch, renderSignedIn } from '../../test-utils';
import CouncilScreens from '.';
import { cadre, households, matterAt, roster, tree } from './testData';

afterEach(() => vi.unstubAllGlobals());

function posts(fetch: ReturnType<typeof answerFetch>) {
  return fetch.mock.calls.filter(([, init]) => init?.method === 'POST');
}

describe('a matter on its timeline', () => {
  it('offers the representatives’ meeting after the party members, and no publication before adoption', async () => {
    answerFetch({
      '/api/v1/grid/regions/tree': tree,
      '/api/v1/council/matters/m-1': matterAt('PARTY_MEMBERS', 'IN_PROGRESS'),
      '/api/v1/council/villages/v-huashi/representatives': roster,
    });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/matters/m-1' });
    const next = await screen.findByRole('region', { name: '下一步：村民代表会议或村民会议决议' });
    expect(within(next).getByRole('button', { name: '记录决议表决结果' })).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^下一步/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: '公开决议' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '公开实施结果' })).not.toBeInTheDocument();
    expect(screen.getAllByText('决议通过后才能公开')).toHaveLength(2);
  });

  it('offers the resolution’s publication once adopted, and the result only after it', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': tree, '/api/v1/council/matters/m-1': matterAt('REPRESENTATIVES', 'ADOPTED') });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/matters/m-1' });
    expect(await screen.findByRole('button', { name: '公开决议' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '公开实施结果' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录决议表决结果' })).not.toBeInTheDocument();
  });

  it('shows a rejected matter’s reason and offers no further step', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': tree, '/api/v1/council/matters/m-1': matterAt('REPRESENTATIVES', 'REJECTED') });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/matters/m-1' });
    expect(await screen.findByText('村民代表会议表决未通过')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^下一步/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '公开决议' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '终止事项' })).not.toBeInTheDocument();
  });

  it('lets a council member follow the steps without recording any', async () => {
    answerFetch({ '/api/v1/grid/regions/tree': tree, '/api/v1/council/matters/m-1': matterAt('PROPOSAL', 'IN_PROGRESS') });
    renderSignedIn(<CouncilScreens />, { ...cadre, roles: ['council-member'] }, { route: '/matters/m-1' });
    expect(await screen.findByText('等待村干部录入此步骤。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录“两委”商议结果' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '终止事项' })).not.toBeInTheDocument();
  });

  it('checks the representatives’ quorum before sending, and sends once two thirds of the roster came', async () => {
    const user = userEvent.setup();
    const fetch = answerFetch({
      '/api/v1/grid/regions/tree': tree,
      '/api/v1/grid/households': households,
      '/api/v1/council/matters/m-1': matterAt('PARTY_MEMBERS', 'IN_PROGRESS'),
      '/api/v1/council/villages/v-huashi/representatives': roster,
      '/api/v1/council/matters/m-1/representatives': () => ({ status: 200, body: matterAt('REPRESENTATIVES', 'ADOPTED') }),
    });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/matters/m-1' });
    for (const name of ['李明', '王芳', '张华']) {
      await user.click(await screen.findByRole('checkbox', { name }));
    }
    await user.type(screen.getByLabelText('赞成票'), '3');
    await user.type(screen.getByLabelText('反对票'), '0');
    await user.type(screen.getByLabelText('弃权票'), '0');
    await user.type(screen.getByLabelText('会议记录'), '代表会议表决');
    await user.click(screen.getByRole('button', { name: '记录决议表决结果' }));
    // six on the roster: two thirds is four
    expect((await screen.findAllByText('到会不足法定人数：实到 3，至少需要 4。')).length).toBeGreaterThan(0);
    expect(posts(fetch)).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: '赵强' }));
    await user.click(screen.getByRole('button', { name: '记录决议表决结果' }));
    await vi.waitFor(() => expect(posts(fetch)).toHaveLength(1));
    const [url, init] = posts(fetch)[0];
    expect(String(url)).toBe('/api/v1/council/matters/m-1/representatives');
    expect(JSON.parse(String(init?.body))).toMatchObject({
      meetingKind: 'REPRESENTATIVES',
      householdIds: ['h-1', 'h-2', 'h-3', 'h-4'],
      vote: { votesFor: 3, votesAgainst: 0, abstentions: 0 },
      minutes: '代表会议表决',
    });
  });

  it('puts the service’s refusal next to the field it names', async () => {
    const user = userEvent.setup();
    answerFetch({
      '/api/v1/grid/regions/tree': tree,
      '/api/v1/council/matters/m-1': matterAt('PARTY_MEMBERS', 'IN_PROGRESS'),
      '/api/v1/council/villages/v-huashi/representatives': roster,
      '/api/v1/council/matters/m-1/representatives': () => ({
        status: 422,
        body: { status: 422, title: 'Unprocessable Content', detail: "Household 'h-4' is not on the roster of representatives", errors: [{ field: 'householdIds', message: "Household 'h-4' is not on the roster of representatives" }] },
      }),
    });
    renderSignedIn(<CouncilScreens />, cadre, { route: '/matters/m-1' });
    await user.click(await screen.findByRole('button', { name: '全部勾选' }));
    await user.type(screen.getByLabelText('赞成票'), '6');
    await user.type(screen.getByLabelText('反对票'), '0');
    await user.type(screen.getByLabelText('弃权票'), '0');
    await user.type(screen.getByLabelText('会议记录'), '代表会议表决');
    await user.click(screen.getByRole('button', { name: '记录决议表决结果' }));
    expect(await screen.findByText("Household 'h-4' is not on the roster of representatives", { selector: '.ant-form-item-explain-error' })).toBeInTheDocument();
  });
});
