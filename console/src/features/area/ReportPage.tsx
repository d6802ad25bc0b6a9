import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, List, Timeline, type TimelineItemProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { Loading } from '../../App';
import { areaKeys, useRegionTree, type GridReport, type Household } from './api';
import { indexRegions, regionName } from './regions';
import { legalSteps, wentToMediation } from './reportSteps';
import { ReportActions } from './ReportActions';
import { destinationOf, ReportStatusTags } from './ReportsPage';

/** One grid report: what was found, where and whom it concerns, how it has been handled, and its next steps. */
export function ReportPage() {
  const { t } = useTranslation('area');
  const { id = '' } = useParams();
  const { basePath, identity } = useSession();
  const tree = useRegionTree();
  const regions = useMemo(() => indexRegions(tree.data ?? []), [tree.data]);
  const report = useQuery({
    queryKey: areaKeys.report(id),
    queryFn: ({ signal }) => api<GridReport>(`/api/v1/grid/reports/${encodeURIComponent(id)}`, { signal }),
  });
  const back = <Link to={`${basePath}/area/reports`}>{t('report.back')}</Link>;

  if (report.isLoading) {
    return <Loading />;
  }
  if (!report.data) {
    return (
      <>
        <PageTitle extra={back}>{t('report.title')}</PageTitle>
        <ProblemAlert error={report.error} onReload={() => void report.refetch()} />
      </>
    );
  }
  const data = report.data;
  const transferredTo = destinationOf(data, t);
  const stepsLeft = legalSteps(data.status, identity.roles).length > 0;
  return (
    <>
      <PageTitle extra={back}>
        {t('report.title')} · {t(`term:reportCategory.${data.category}`)}
      </PageTitle>
      <ProblemAlert error={report.error} onReload={() => void report.refetch()} />
      <Flex vertical gap="middle">
        <Card title={t('report.nextSteps')} size="small">
          {stepsLeft ? <ReportActions report={data} /> : <span className="muted">{t('report.noSteps')}</span>}
        </Card>
        <Card title={t('report.basics')} size="small">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'category', label: t('reports.category'), children: t(`term:reportCategory.${data.category}`) },
              { key: 'status', label: t('reports.status'), children: <ReportStatusTags report={data} /> },
              { key: 'village', label: t('reports.village'), children: regionName(regions, data.villageId) },
              { key: 'reporter', label: t('report.reporter'), children: <code style={{ wordBreak: 'break-all' }}>{data.reporter}</code> },
              { key: 'description', label: t('reports.description'), span: 'filled', children: data.description },
              ...(data.photoRefs.length > 0
                ? [{ key: 'photos', label: t('report.photos'), span: 'filled' as const, children: data.photoRefs.join('，') }]
                : []),
              ...(transferredTo ? [{ key: 'transferredTo', label: t('report.transferredTo'), children: transferredTo }] : []),
              ...(data.deadline ? [{ key: 'deadline', label: t('reports.deadline'), children: formatDate(data.deadline) }] : []),
              ...(data.notes ? [{ key: 'notes', label: t('report.notes'), span: 'filled' as const, children: data.notes }] : []),
              ...(data.outcome ? [{ key: 'outcome', label: t('report.outcome'), span: 'filled' as const, children: data.outcome }] : []),
              ...(data.rating ? [{ key: 'rating', label: t('report.rating'), children: t('report.stars', { rating: data.rating }) }] : []),
            ]}
          />
        </Card>
        <Card title={t('report.progress')} size="small">
          <Timeline items={progressOf(data, t)} />
        </Card>
        <Card title={t('report.households')} size="small">
          <ReportHouseholds ids={data.householdIds} />
        </Card>
      </Flex>
    </>
  );
}

/**
 * The handling so far, from what the report records (grid-service keeps no dated log of a
 * report's steps, so this is the path it took, not a list of times).
 */
function progressOf(report: GridReport, t: TFunction): TimelineItemProps[] {
  const items: TimelineItemProps[] = [{ key: 'reported', color: 'blue', content: t('report.progressReported') }];
  if (report.status === 'REPORTED') {
    items.push({ key: 'waiting', color: 'gray', loading: true, content: t('report.progressWaiting') });
    return items;
  }
  items.push({ key: 'accepted', color: 'blue', content: t('report.progressAccepted') });
  if (wentToMediation(report)) {
    items.push({ key: 'mediation', color: 'blue', content: t('report.progressToMediation') });
  } else if (report.transferredTo) {
    items.push({
      key: 'transferred',
      color: 'blue',
      content: t('report.progressTransferred', { department: report.transferredTo, deadline: formatDate(report.deadline) }),
    });
  } else if (report.notes) {
    items.push({ key: 'solved', color: 'green', content: `${t('report.progressSolved')}：${report.notes}` });
  }
  if (report.status === 'CLOSED') {
    items.push({ key: 'closed', color: 'green', content: `${t('report.progressClosed')}：${report.outcome ?? ''}` });
  }
  if (report.rating) {
    items.push({ key: 'rated', color: 'green', content: t('report.progressRated', { rating: report.rating }) });
  }
  return items;
}

/** The households a report names, read one by one from their files (a report names at most 20). */
function ReportHouseholds({ ids }: { ids: string[] }) {
  const { t } = useTranslation('area');
  const { basePath } = useSession();
  const files = useQueries({
    queries: ids.map((id) => ({
      queryKey: areaKeys.household(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => api<Household>(`/api/v1/grid/households/${encodeURIComponent(id)}`, { signal }),
    })),
  });
  if (ids.length === 0) {
    return <span className="muted">{t('report.noHouseholds')}</span>;
  }
  return (
    <List
      dataSource={ids.map((id, position) => ({ id, file: files[position] }))}
      rowKey="id"
      renderItem={({ id, file }) => (
        <List.Item>
          {file.data ? (
            <Link to={`${basePath}/area/households/${encodeURIComponent(id)}`}>
              {file.data.headName} · {file.data.address}
            </Link>
          ) : file.isLoading ? (
            <span className="muted">{t('common:state.loading')}</span>
          ) : (
            <span className="muted">{t('report.householdUnavailable')}</span>
          )}
        </List.Item>
      )}
    />
  );
}
