import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Form, Grid, List, Select, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { areaKeys, REPORT_STATUSES, TRANSFERRED_TO_MEDIATION, useRegionTree, type GridReport, type ReportStatus } from './api';
import { indexRegions, regionName } from './regions';
import { isOverdue } from './reportSteps';
import { ReportActions } from './ReportActions';

type View = ReportStatus | 'ALL' | 'OVERDUE';
const VIEWS: View[] = [...REPORT_STATUSES, 'ALL', 'OVERDUE'];
const PAGE_SIZE = 20;

export const STATUS_COLORS: Record<ReportStatus, string> = {
  // Ant Design's tag colours whose text keeps a 4.5:1 contrast (gold, orange, green and volcano do not)
  REPORTED: 'red',
  ACCEPTED: 'magenta',
  SOLVED_ON_SPOT: 'geekblue',
  TRANSFERRED: 'blue',
  CLOSED: 'default',
};

/** A report's status as a tag, with "overdue" beside a transfer past its deadline and where it went. */
export function ReportStatusTags({ report, showDestination }: { report: GridReport; showDestination?: boolean }) {
  const { t } = useTranslation('area');
  return (
    <span>
      <Tag color={STATUS_COLORS[report.status]}>{t(`term:reportStatus.${report.status}`)}</Tag>
      {isOverdue(report) && <Tag color="red">{t('reports.overdueTag')}</Tag>}
      {showDestination && report.transferredTo && <span className="muted">{destinationOf(report, t)}</span>}
    </span>
  );
}

/** Where a transferred report went: a department, or people's mediation (grid-service's `mediation`). */
export function destinationOf(report: GridReport, t: TFunction): string {
  return report.transferredTo === TRANSFERRED_TO_MEDIATION ? t('area:report.mediation') : (report.transferredTo ?? '');
}

/**
 * The grid reports queue of the caller's area: one tab per status (waiting ones first), all of
 * them, and the transfers past their deadline. Each row offers only the steps its status allows.
 * grid-service answers these lists whole (they are per village, so short); they are paged here.
 */
export function ReportsPage() {
  const { t } = useTranslation('area');
  const { basePath } = useSession();
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const requested = params.get('view') as View | null;
  const view: View = requested && VIEWS.includes(requested) ? requested : 'REPORTED';
  const tree = useRegionTree();
  const regions = useMemo(() => indexRegions(tree.data ?? []), [tree.data]);
  const reports = useQuery({
    queryKey: [...areaKeys.reports, view],
    queryFn: ({ signal }) =>
      view === 'OVERDUE'
        ? api<GridReport[]>('/api/v1/grid/reports/overdue', { signal })
        : api<GridReport[]>('/api/v1/grid/reports', { query: { status: view === 'ALL' ? undefined : view }, signal }),
  });
  const link = (report: GridReport) => `${basePath}/area/reports/${encodeURIComponent(report.id)}`;
  const category = (report: GridReport) => t(`term:reportCategory.${report.category}`);

  const columns: TableColumnsType<GridReport> = [
    { key: 'category', title: t('reports.category'), render: (_, report) => category(report) },
    {
      key: 'description',
      title: t('reports.description'),
      render: (_, report) => (
        <Link to={link(report)} style={{ display: 'inline-block', maxWidth: 320 }}>
          {report.description}
        </Link>
      ),
    },
    { key: 'village', title: t('reports.village'), render: (_, report) => regionName(regions, report.villageId) },
    {
      key: 'households',
      title: t('reports.households'),
      render: (_, report) => t('reports.householdCount', { count: report.householdIds.length }),
    },
    { key: 'status', title: t('reports.status'), render: (_, report) => <ReportStatusTags report={report} showDestination /> },
    { key: 'deadline', title: t('reports.deadline'), render: (_, report) => formatDate(report.deadline) },
    {
      key: 'actions',
      title: t('common:state.actions'),
      render: (_, report) => <ReportActions report={report} size="small" />,
    },
  ];

  const views = VIEWS.map((value) => ({
    value,
    label: value === 'ALL' ? t('reports.all') : value === 'OVERDUE' ? t('reports.overdue') : t(`term:reportStatus.${value}`),
  }));
  // on a phone the tabs would overflow into a menu; a labelled choice reads better there
  const show = (next: View) => setParams(next === 'REPORTED' ? {} : { view: next }, { replace: true });
  const empty = <Empty description={view === 'OVERDUE' ? t('reports.emptyOverdue') : t('reports.empty')} />;
  const items = reports.data ?? [];
  const pagination = items.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false, simple: phone } : false;

  return (
    <>
      <PageTitle>{t('reports.title')}</PageTitle>
      {phone ? (
        <Form layout="vertical">
          <Form.Item label={t('reports.statusFilter')} htmlFor="reports-view">
            <Select id="reports-view" value={view} onChange={show} options={views} />
          </Form.Item>
        </Form>
      ) : (
        <Tabs activeKey={view} onChange={(next) => show(next as View)} items={views.map(({ value, label }) => ({ key: value, label }))} />
      )}
      <ProblemAlert error={reports.error} onReload={() => void reports.refetch()} />
      {phone ? (
        <List<GridReport>
          loading={reports.isLoading}
          dataSource={items}
          rowKey="id"
          locale={{ emptyText: empty }}
          pagination={pagination ? { ...pagination, align: 'center' } : false}
          renderItem={(report) => (
            <List.Item>
              <Card size="small" style={{ width: '100%' }} title={category(report)} extra={<ReportStatusTags report={report} />}>
                <Flex vertical gap="small">
                  <Link to={link(report)}>{report.description}</Link>
                  <span className="muted">
                    {regionName(regions, report.villageId)} · {t('reports.householdCount', { count: report.householdIds.length })}
                    {report.transferredTo ? ` · ${t('report.transferredTo')} ${destinationOf(report, t)}` : ''}
                    {report.deadline ? ` · ${t('reports.deadline')} ${formatDate(report.deadline)}` : ''}
                  </span>
                  <ReportActions report={report} />
                </Flex>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<GridReport>
          loading={reports.isLoading}
          dataSource={items}
          columns={columns}
          rowKey="id"
          locale={{ emptyText: empty }}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
        />
      )}
    </>
  );
}
