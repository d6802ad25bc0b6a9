import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Flex, Grid, Pagination, Select, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { formatDate, todayInCounty } from '../../common/format';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { CASES_PATH, loadOpenCases, MEDIATION_KEY, useRegionNames } from './api';
import { byDeadline, deadlineOf, STATUSES, type CaseStatus, type MediationCase } from './model';
import { DeadlineCell, DeadlineTag, partyName, StatusTag } from './parts';

const NOT_CLOSED: CaseStatus[] = ['OPEN', 'IN_MEDIATION', 'AGREED', 'FAILED'];
const PAGE_SIZE = 20;
type Filter = 'ACTIVE' | CaseStatus;

/**
 * The cases a person works on, most urgent first. The service lists cases newest first; a
 * person's cases still waiting on a deadline are few, so they are read whole and ordered by the
 * deadline here (overdue first, with the days left). Closed cases wait on nothing and are many
 * over the years: they stay paged by the service.
 */
export function CaseList() {
  const { t } = useTranslation('mediation');
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const filter: Filter = requested && (STATUSES as readonly string[]).includes(requested) ? (requested as CaseStatus) : 'ACTIVE';
  const choose = (next: Filter) => setParams(next === 'ACTIVE' ? {} : { status: next }, { replace: true });

  return (
    <div>
      <PageTitle>{t('list.title')}</PageTitle>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <label htmlFor="mediation-status-filter">{t('list.status')}</label>
        <Select<Filter>
          id="mediation-status-filter"
          value={filter}
          onChange={choose}
          style={{ minWidth: 200 }}
          options={[
            { value: 'ACTIVE', label: t('list.active') },
            ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
        />
      </Flex>
      {filter === 'CLOSED' ? <ClosedCases /> : <CasesByDeadline statuses={filter === 'ACTIVE' ? NOT_CLOSED : [filter]} />}
    </div>
  );
}

function useCaseLink() {
  const { basePath } = useSession();
  return (c: MediationCase) => `${basePath}/mediation/cases/${encodeURIComponent(c.id)}`;
}

/** What the case is about, as its link reads: the category and the parties. */
function useCaseName() {
  const { t } = useTranslation('mediation');
  return (c: MediationCase) => `${t(`term:disputeCategory.${c.category}`)}：${c.parties.map((party) => partyName(t, party)).join('、')}`;
}

function CasesByDeadline({ statuses }: { statuses: CaseStatus[] }) {
  const { t } = useTranslation('mediation');
  const phone = !Grid.useBreakpoint().md;
  const placeName = useRegionNames();
  const link = useCaseLink();
  const caseName = useCaseName();
  const [page, setPage] = useState(1);
  const today = todayInCounty();
  const result = useQuery({
    queryKey: [...MEDIATION_KEY, 'cases', 'by-deadline', statuses],
    queryFn: ({ signal }) => loadOpenCases(statuses, signal),
  });
  const cases = [...(result.data?.cases ?? [])].sort(byDeadline(today));

  const caseLink = (c: MediationCase) => (
<Link to={link(c)}>{caseName(c)}</Link>
  );
  const statusCell = (c: MediationCase) => (
    <Space size={4} wrap>
      <StatusTag status={c.status} />
      {c.status === 'OPEN' && !c.mediatorId && <Tag>{t('list.waitingAssignment')}</Tag>}
    </Space>
  );
  const columns: TableColumnsType<MediationCase> = [
    { key: 'deadline', title: t('list.deadline'), render: (_, c) => <DeadlineCell deadline={deadlineOf(c, today)} overdue={c.overdue} /> },
    {
      key: 'case',
      title: t('list.case'),
      render: (_, c) => (
        <div style={{ maxWidth: 360 }}>
          {caseLink(c)}
          <Typography.Paragraph className="muted" ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
            {c.description}
          </Typography.Paragraph>
        </div>
      ),
    },
    { key: 'status', title: t('list.status'), render: (_, c) => statusCell(c) },
    { key: 'level', title: t('page.level'), render: (_, c) => t(`level.${c.level}`) },
    { key: 'place', title: t('list.place'), render: (_, c) => placeName(c.villageId) },
  ];
  const empty = <Empty description={<span className="muted">{t('list.empty')}</span>} />;
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: cases.length,
    showSizeChanger: false,
    onChange: setPage,
    hideOnSinglePage: true,
  };

  return (
    <div>
      <p className="muted">{t('list.hint')}</p>
      <ProblemAlert error={result.error} onReload={() => void result.refetch()} />
      {result.data && result.data.total > result.data.cases.length && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('list.cut', { shown: result.data.cases.length, total: result.data.total })} />
      )}
      {phone ? (
        <PhoneCards loading={result.isLoading} empty={empty} cases={cases} page={page} onPage={setPage}>
          {(c) => (
            <Flex vertical gap={4}>
              {caseLink(c)}
              <Flex wrap gap={4} align="center">
                {statusCell(c)}
                <DeadlineTag deadline={deadlineOf(c, today)} overdue={c.overdue} />
              </Flex>
              <span className="muted">
                {t(`level.${c.level}`)} · {placeName(c.villageId)}
              </span>
            </Flex>
          )}
        </PhoneCards>
      ) : (
        <Table<MediationCase>
          loading={result.isLoading}
          dataSource={cases}
          columns={columns}
          rowKey={(c) => c.id}
          locale={{ emptyText: empty }}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
        />
      )}
    </div>
  );
}

/** On a phone a table does not fit: one card per case, a page at a time. */
function PhoneCards({
  loading,
  empty,
  cases,
  page,
  onPage,
  children,
}: {
  loading: boolean;
  empty: ReactNode;
  cases: MediationCase[];
  page: number;
  onPage: (page: number) => void;
  children: (c: MediationCase) => ReactNode;
}) {
  if (loading) return <Spin />;
  if (cases.length === 0) return empty;
  return (
    <>
      <ul className="mediation-list">
        {cases.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((c) => (
          <li key={c.id}>{children(c)}</li>
        ))}
      </ul>
      {cases.length > PAGE_SIZE && (
        <Pagination simple align="center" current={page} pageSize={PAGE_SIZE} total={cases.length} onChange={onPage} />
      )}
    </>
  );
}

function ClosedCases() {
  const { t } = useTranslation('mediation');
  const placeName = useRegionNames();
  const link = useCaseLink();
  const caseName = useCaseName();
  const caseLink = (c: MediationCase) => (
<Link to={link(c)}>{caseName(c)}</Link>
  );
  return (
    <PagedList<MediationCase>
      path={CASES_PATH}
      query={{ status: 'CLOSED' }}
      queryKey={[...MEDIATION_KEY, 'cases', 'closed']}
      emptyText={t('list.emptyClosed')}
      columns={[
        { key: 'closedOn', title: t('list.closedOn'), render: (_, c) => formatDate(c.closedOn) },
        { key: 'case', title: t('list.case'), render: (_, c) => caseLink(c) },
        { key: 'outcome', title: t('page.outcome'), render: (_, c) => (c.outcome ? t(`term:mediationOutcome.${c.outcome}`) : '') },
        { key: 'level', title: t('page.level'), render: (_, c) => t(`level.${c.level}`) },
        { key: 'place', title: t('list.place'), render: (_, c) => placeName(c.villageId) },
      ]}
      renderCard={(c) => (
        <Flex vertical gap={4}>
          {caseLink(c)}
          <span className="muted">
            {formatDate(c.closedOn)} · {c.outcome ? t(`term:mediationOutcome.${c.outcome}`) : ''}
          </span>
        </Flex>
      )}
    />
  );
}
