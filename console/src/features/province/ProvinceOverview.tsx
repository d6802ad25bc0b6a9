import { useQueries, useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Role } from '../../auth/roles';
import { useSession } from '../../auth/AuthContext';
import { formatDateTime, formatNumber, formatPercent } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';

type PerCounty<T> = Record<string, T>;

interface GridFigures {
  households: number;
  gridCoveragePercent: number;
  weeklyVisitCoveragePercent: number;
}
interface CouncilFigures {
  suggestions: { solvedOnTimePercent: number };
  elections: { turnoutPercent: number };
}
interface MediationFigures {
  cases: number;
  resolutionRatePercent: number;
}
interface PointsFigures {
  pointsIssued: number;
  pointsRedeemed: number;
  redListed: number;
  blackListed: number;
}
interface Tenant {
  id: string;
  name: string;
  status: string;
  createdAt: string;
}

const REPORTS = [
  '/api/v1/grid/province/dashboard',
  '/api/v1/council/province/report',
  '/api/v1/mediation/province/report',
  '/api/v1/points/province/report',
] as const;

export function ProvinceOverview() {
  const { identity } = useSession();
  return identity.roles.includes(Role.ProvincialAdmin) ? <CountiesOfMyProvince /> : <OnboardedCounties />;
}

/** A provincial admin's counties, one row each, from the four services' province reports. */
function CountiesOfMyProvince() {
  const { t } = useTranslation('province');
  const results = useQueries({
    queries: REPORTS.map((path) => ({ queryKey: ['province', path], queryFn: () => api<PerCounty<unknown>>(path) })),
  });
  const [grid, council, mediation, points] = results.map((result) => result.data) as [
    PerCounty<GridFigures> | undefined,
    PerCounty<CouncilFigures> | undefined,
    PerCounty<MediationFigures> | undefined,
    PerCounty<PointsFigures> | undefined,
  ];
  const counties = [...new Set(results.flatMap((result) => Object.keys(result.data ?? {})))].sort();
  const rows = counties.map((county) => ({
    county,
    households: grid?.[county]?.households,
    gridCoverage: grid?.[county]?.gridCoveragePercent,
    visitCoverage: grid?.[county]?.weeklyVisitCoveragePercent,
    suggestionsOnTime: council?.[county]?.suggestions.solvedOnTimePercent,
    turnout: council?.[county]?.elections.turnoutPercent,
    cases: mediation?.[county]?.cases,
    resolutionRate: mediation?.[county]?.resolutionRatePercent,
    pointsIssued: points?.[county]?.pointsIssued,
    pointsRedeemed: points?.[county]?.pointsRedeemed,
    redBlack: points?.[county] ? `${points[county].redListed} / ${points[county].blackListed}` : '',
  }));
  const number = (value?: number) => formatNumber(value);
  const percent = (value?: number) => (value === undefined ? '' : formatPercent(value / 100));
  return (
    <>
      <PageTitle>{t('overview')}</PageTitle>
      <p className="muted">{t('overviewHint')}</p>
      {results.map((result, index) => (
        <ProblemAlert key={REPORTS[index]} error={result.error} />
      ))}
      <Table
        rowKey="county"
        loading={results.some((result) => result.isLoading)}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('county'), dataIndex: 'county', fixed: 'left' },
          { title: t('households'), dataIndex: 'households', align: 'right', render: number },
          { title: t('gridCoverage'), dataIndex: 'gridCoverage', align: 'right', render: percent },
          { title: t('visitCoverage'), dataIndex: 'visitCoverage', align: 'right', render: percent },
          { title: t('suggestionsOnTime'), dataIndex: 'suggestionsOnTime', align: 'right', render: percent },
          { title: t('turnout'), dataIndex: 'turnout', align: 'right', render: percent },
          { title: t('cases'), dataIndex: 'cases', align: 'right', render: number },
          { title: t('resolutionRate'), dataIndex: 'resolutionRate', align: 'right', render: percent },
          { title: t('pointsIssued'), dataIndex: 'pointsIssued', align: 'right', render: number },
          { title: t('pointsRedeemed'), dataIndex: 'pointsRedeemed', align: 'right', render: number },
          { title: t('redBlack'), dataIndex: 'redBlack', align: 'right' },
        ]}
      />
    </>
  );
}

/** A platform operator runs the tenant registry; they see no county's figures. */
function OnboardedCounties() {
  const { t } = useTranslation('province');
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => api<Tenant[]>('/api/v1/tenants') });
  return (
    <>
      <PageTitle>{t('tenants')}</PageTitle>
      <ProblemAlert error={tenants.error} onReload={() => void tenants.refetch()} />
      <Table<Tenant>
        rowKey="id"
        loading={tenants.isLoading}
        dataSource={tenants.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('county'), dataIndex: 'name', render: (name: string, tenant) => `${name}（${tenant.id}）` },
          { title: t('status'), dataIndex: 'status', render: (status: string) => <Tag color={status === 'ACTIVE' ? 'green' : 'orange'}>{t(status)}</Tag> },
          { title: t('createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </>
  );
}
