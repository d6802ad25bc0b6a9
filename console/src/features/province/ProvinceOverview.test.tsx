import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import ProvinceScreens from '.';

afterEach(() => vi.unstubAllGlobals());

describe('the onboarded counties', () => {
  it('shows a platform operator the onboarded counties, not their figures', async () => {
    const fetch = answerFetch({
      '/api/v1/tenants': [{ id: 'jiyuan', name: 'Jiyuan', status: 'SUSPENDED', createdAt: '2026-11-30T23:22:55Z' }],
    });
    renderSignedIn(<ProvinceScreens />, { roles: ['platform-operator'], realm: 'platform' }, { route: '/overview' });
    expect(await screen.findByText('Jiyuan（jiyuan）')).toBeInTheDocument();
    expect(screen.getByText('已暂停')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['/api/v1/tenants']);
  });
});
