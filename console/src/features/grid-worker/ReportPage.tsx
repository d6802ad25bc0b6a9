import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { useOnline } from '../../common/online';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { REPORT_CATEGORIES, REPORT_STATUSES, TRANSFERRED_TO_MEDIATION } from '../area/api';
import { GW, useHouseholdOptions, useMyHouseholds, type Report, type ReportCategory, type ReportStatus } from './api';
import { CardList } from './CardList';
import { HouseholdSelect } from './HouseholdSelect';
import { requiredMark, Section } from './parts';

/** What the API validates (grid-service GridReportController.NewReport). */
const DESCRIPTION_MAX = 4000;
const HOUSEHOLDS_MAX = 20;

const STATUS_COLORS: Record<ReportStatus, string> = {
  REPORTED: 'gold',
  ACCEPTED: 'blue',
  SOLVED_ON_SPOT: 'green',
  TRANSFERRED: 'purple',
  CLOSED: 'default',
};

interface ReportValues {
  category?: ReportCategory;
  householdIds?: string[];
  description?: string;
}

/** Report a problem found in the grid; then see it and its status, and my recent reports. */
export default function ReportPage() {
  const { t } = useTranslation('gridWorker');
  const [submitted, setSubmitted] = useState<Report>();
  return (
    <>
      <PageTitle>{t('report.title')}</PageTitle>
      <p className="muted">{t('report.hint')}</p>
      {submitted ? (
        <section className="gw-card gw-form" aria-labelledby="gw-report-result">
          <h3 className="gw-form-title" id="gw-report-result">
            {t('report.result')}
          </h3>
          <Alert type="success" showIcon title={t('report.submitted')} style={{ marginBottom: 12 }} />
          <ReportDetails report={submitted} />
          <div className="gw-actions">
            <Button onClick={() => setSubmitted(undefined)}>{t('report.another')}</Button>
          </div>
        </section>
      ) : (
        <ReportForm onSubmitted={setSubmitted} />
      )}
      <RecentReports />
    </>
  );
}

function ReportForm({ onSubmitted }: { onSubmitted: (report: Report) => void }) {
  const { t } = useTranslation('gridWorker');
  const { identity } = useSession();
  const online = useOnline();
  const [form] = Form.useForm<ReportValues>();
  const [params] = useSearchParams();
  const prefilled = params.get('householdId') ?? undefined;
  const households = useHouseholdOptions([prefilled]);
  const action = useAction<ReportValues, Report>({
    path: () => '/api/v1/grid/reports',
    body: (values) => ({
      villageId: identity.village,
      category: values.category,
      householdIds: values.householdIds ?? [],
      description: values.description?.trim(),
    }),
    form,
    idempotent: true,
    successMessage: t('report.submitted'),
    invalidates: [[GW, 'reports']],
  });

  return (
    <div className="gw-card gw-form">
      {!online && <Alert type="warning" showIcon title={t('report.offline')} style={{ marginBottom: 12 }} />}
      <ProblemAlert error={action.error} fieldErrors={action.fieldErrors} />
      <Form<ReportValues>
        form={form}
        layout="vertical"
        requiredMark={requiredMark}
        initialValues={{ householdIds: prefilled ? [prefilled] : [] }}
        onFinish={(values) => action.mutate(values, { onSuccess: (report) => onSubmitted(report) })}
      >
        <Form.Item name="category" label={t('report.category')} rules={[{ required: true, message: t('report.categoryRequired') }]}>
          <Select placeholder={t('report.categoryPlaceholder')} options={REPORT_CATEGORIES.map((category) => ({ value: category, label: t(`term:reportCategory.${category}`) }))} />
        </Form.Item>
        <Form.Item
          name="householdIds"
          label={t('report.households')}
          rules={[{ type: 'array', max: HOUSEHOLDS_MAX, message: t('report.tooManyHouseholds') }]}
        >
          <HouseholdSelect mode="multiple" placeholder={t('report.householdsPlaceholder')} options={households.options} loading={households.isLoading} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('report.description')}
          rules={[
            { required: true, whitespace: true, message: t('report.descriptionRequired') },
            { max: DESCRIPTION_MAX, message: t('visit.tooLong', { max: DESCRIPTION_MAX }) },
          ]}
        >
          <Input.TextArea rows={5} maxLength={DESCRIPTION_MAX} showCount placeholder={t('report.descriptionPlaceholder')} />
        </Form.Item>
        <div className="gw-actions">
          <Button type="primary" htmlType="submit" loading={action.isPending} disabled={!online}>
            {t('report.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}

function ReportDetails({ report }: { report: Report }) {
  const { t } = useTranslation('gridWorker');
  const households = useMyHouseholds();
  const names = new Map(households.households.map((household) => [household.id, household.headName]));
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'status', label: t('report.status'), children: <Tag color={STATUS_COLORS[report.status]}>{t(`term:reportStatus.${report.status}`)}</Tag> },
        { key: 'category', label: t('report.category'), children: t(`term:reportCategory.${report.category}`) },
        {
          key: 'households',
          label: t('report.households'),
          children: report.householdIds.length > 0 ? report.householdIds.map((id) => names.get(id) ?? id).join('、') : t('household.none'),
        },
        { key: 'description', label: t('report.description'), children: <span className="gw-pre">{report.description}</span> },
        ...(report.transferredTo
          ? [
              {
                key: 'transferredTo',
                label: t('report.transferredTo'),
                children: transferredTo(t, report),
              },
            ]
          : []),
        ...(report.deadline ? [{ key: 'deadline', label: t('report.deadline'), children: formatDate(report.deadline) }] : []),
        ...(report.notes ? [{ key: 'notes', label: t('report.solution'), children: report.notes }] : []),
        ...(report.outcome ? [{ key: 'outcome', label: t('report.outcome'), children: report.outcome }] : []),
        ...(report.rating ? [{ key: 'rating', label: t('report.rating'), children: t('report.ratingValue', { rating: report.rating }) }] : []),
      ]}
    />
  );
}

/** My reports, newest first (the service lists the village's; those I reported are mine). */
function RecentReports() {
  const { t } = useTranslation('gridWorker');
  const { identity } = useSession();
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const reports = useQuery({
    queryKey: [GW, 'reports', status],
    queryFn: ({ signal }) => api<Report[]>('/api/v1/grid/reports', { query: { status }, signal }),
    select: (all) => all.filter((report) => report.reporter === identity.subject).reverse(),
  });
  return (
    <Section
      id="gw-recent-reports"
      title={t('report.recent')}
      extra={
        <Select<ReportStatus | ''>
          aria-label={t('report.filter')}
          value={status}
          onChange={setStatus}
          style={{ minWidth: 160 }}
          options={[{ value: '', label: t('report.all') }, ...REPORT_STATUSES.map((value) => ({ value, label: t(`term:reportStatus.${value}`) }))]}
        />
      }
    >
      <ProblemAlert error={reports.error} onReload={() => void reports.refetch()} />
      <CardList
        items={(reports.data ?? []).slice(0, 20)}
        itemKey={(report) => report.id}
        loading={reports.isLoading}
        empty={reports.error ? undefined : t('report.recentEmpty')}
      >
        {(report) => (
          <article className="gw-card">
            <span className="gw-card-title">{t(`term:reportCategory.${report.category}`)}</span>{' '}
            <Tag color={STATUS_COLORS[report.status]}>{t(`term:reportStatus.${report.status}`)}</Tag>
            <p className="gw-pre">{report.description}</p>
            {report.transferredTo && (
              <p className="gw-card-line muted">{t('shared.pair', { label: t('report.transferredTo'), value: transferredTo(t, report) })}</p>
            )}
            {report.outcome && <p className="gw-card-line muted">{t('shared.pair', { label: t('report.outcome'), value: report.outcome })}</p>}
          </article>
        )}
      </CardList>
    </Section>
  );
}

/** Where a report went: people's mediation in the glossary's words, or the department named. */
function transferredTo(t: TFunction, report: Report): string {
  return report.transferredTo === TRANSFERRED_TO_MEDIATION ? t('report.mediationDepartment') : (report.transferredTo ?? '');
}
