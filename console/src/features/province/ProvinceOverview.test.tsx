import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import ProvinceScreens from '.';

afterEach(() => vi.unstubAllGlobals());

describe('province overview', () => {
  it('puts the four services’ figures of each county of the province side by side', async () => {
    answerFetch({
      '/api/v1/grid/province/dashboard': { linxian: { households: 1200, gridCoveragePercent: 87.5, weeklyVisitCoveragePercent: 40 } },
      '/api/v1/council/province/report': { linxian: { suggestions: { solvedOnTimePercent: 90 }, elections: { turnoutPercent: 76 } } },
      '/api/v1/mediation/province/report': { linxian: { cases: 14, resolutionRatePercent: 92.9 } },
      '/api/v1/points/province/report': { linxian: { pointsIssued: 5300, pointsRedeemed: 1100, redListed: 12, blackListed: 2 } },
    });
    renderSignedIn(<ProvinceScreens />, { roles: ['provincial-admin'], realm: 'platform' }, { route: '/overview' });
    const linxian = (await screen.findByText('1,200')).closest('tr');
    expect(linxian?.textContent).toContain('linxian');
    expect(linxian?.textContent).toContain('87.5%');
    expect(linxian?.textContent).toContain('92.9%');
    expect(linxian?.textContent).toContain('12 / 2');
  });

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
