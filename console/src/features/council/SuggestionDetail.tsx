import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Rate, Tabs, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../App';
import { api } from '../../api/http';
import { formatDate, formatDateTime, todayInCounty } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type HouseholdSummary, type Suggestion } from './api';
import { DayPicker } from './fields';
import { householdLabel, useVillages } from './places';
import { SuggestionStatusTag, ToneTag, useCouncilPath, useRules } from './shared';
import { daysBetween } from './SuggestionList';

type DescriptionsItemType = NonNullable<DescriptionsProps['items']>[number];

/** One suggestion, and what may be done with it now, as the suggestion's state machine allows. */
export function SuggestionDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const { nameOf } = useVillages();
  const path = useCouncilPath();
  const suggestion = useQuery({
    queryKey: [...keys.suggestions, 'one', id],
    queryFn: ({ signal }) => api<Suggestion>(`${COUNCIL}/suggestions/${id}`, { signal }),
  });
  const household = useQuery({
    queryKey: ['grid', 'households', 'one', suggestion.data?.householdId],
    enabled: Boolean(suggestion.data?.householdId),
    queryFn: ({ signal }) => api<HouseholdSummary>(`/api/v1/grid/households/${suggestion.data?.householdId}`, { signal }),
    retry: false,
  });
  if (suggestion.isLoading) return <Loading />;
  if (!suggestion.data) return <ProblemAlert error={suggestion.error} onReload={() => void suggestion.refetch()} />;
  const data = suggestion.data;
  const late = data.status === 'ASSIGNED' && data.deadline ? daysBetween(data.deadline, todayInCounty()) : 0;
  const details: DescriptionsItemType[] = [
    { key: 'content', label: t('field.content'), span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.content}</span> },
    { key: 'household', label: t('field.household'), children: household.data ? householdLabel(household.data) : data.householdId },
    { key: 'village', label: t('field.village'), children: nameOf(data.villageId) },
    { key: 'raisedOn', label: t('field.raisedOn'), children: `${formatDate(data.raisedOn)}（${t(`raisedBy.${data.raisedByRole}`)}）` },
  ];
  if (data.meetingId) details.push({ key: 'meeting', label: t('bench.title'), children: <Link to={path(`bench-meetings/${data.meetingId}`)}>{t('bench.open')}</Link> });
  if (data.assignee) details.push({ key: 'assignee', label: t('field.assignee'), children: data.assignee });
  if (data.deadline) details.push({ key: 'deadline', label: t('field.deadline'), children: formatDate(data.deadline) });
  if (data.solution) details.push({ key: 'solution', label: t('field.solution'), span: 'filled', children: data.solution });
  if (data.feedback) details.push({ key: 'feedback', label: t('field.feedback'), span: 'filled', children: data.feedback });
  if (data.notFeasibleReason) details.push({ key: 'notFeasible', label: t('field.notFeasibleReason'), span: 'filled', children: data.notFeasibleReason });
  if (data.resolvedOn) {
    details.push({
      key: 'resolvedOn',
      label: t('field.resolvedOn'),
      children: (
        <>
          {formatDate(data.resolvedOn)}{' '}
          {typeof data.onTime === 'boolean' && <ToneTag tone={data.onTime ? 'green' : 'orange'}>{t(data.onTime ? 'suggestions.onTime' : 'suggestions.late')}</ToneTag>}
        </>
      ),
    });
  }
  if (data.rating) details.push({ key: 'rating', label: t('field.rating'), children: <Rate disabled value={data.rating} aria-label={t('suggestions.ratingValue', { rating: data.rating })} /> });
  return (
    <>
      <PageTitle extra={<SuggestionStatusTag status={data.status} />}>{data.title}</PageTitle>
      {late > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('suggestions.overdueBy', { date: formatDate(data.deadline), days: late })}
          description={data.escalatedToTownship ? t('suggestions.escalatedOn', { at: formatDateTime(data.escalatedAt) }) : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} items={fillLastRow(details)} />
      <SuggestionActions suggestion={data} />
    </>
  );
}

function SuggestionActions({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  if (suggestion.status === 'RAISED') {
    return (
      <Card>
        <p>{t('suggestions.awaitingBench')}</p>
        {access.write && (
          <Button type="primary" onClick={() => navigate(`${path('bench-meetings/new')}?suggestion=${suggestion.id}`)}>
            {t('bench.discussThis')}
          </Button>
        )}
      </Card>
    );
  }
  const tabs = [];
  if (suggestion.status === 'DISCUSSED' && access.write) {
    tabs.push({ key: 'solve', label: t('actions.solve'), children: <SolveForm suggestion={suggestion} /> });
    tabs.push({ key: 'assign', label: t('actions.assign'), children: <AssignForm suggestion={suggestion} /> });
  }
  if (suggestion.status === 'ASSIGNED' && access.answerSuggestions) {
    tabs.push({ key: 'feedback', label: t('actions.feedback'), children: <FeedbackForm suggestion={suggestion} /> });
  }
  if ((suggestion.status === 'DISCUSSED' || suggestion.status === 'ASSIGNED') && access.answerSuggestions) {
    tabs.push({ key: 'not-feasible', label: t('actions.notFeasible'), children: <NotFeasibleForm suggestion={suggestion} /> });
  }
  if (tabs.length === 0) return null;
  return (
    <Card title={t('actions.title')}>
      {/* a new state offers other actions: start again on its first */}
      <Tabs key={suggestion.status} items={tabs} />
    </Card>
  );
}

/** One text an action sends, with its label, required and as long as the service allows. */
function TextAction({ suggestion, action, field, max, submit }: { suggestion: Suggestion; action: string; field: string; max: number; submit: string }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [form] = Form.useForm();
  const send = useAction<Record<string, string>>({
    path: () => `${COUNCIL}/suggestions/${suggestion.id}/${action}`,
    form,
    invalidates: [[...keys.suggestions]],
  });
  return (
    <Form form={form} layout="vertical" onFinish={(values) => send.mutate(values)}>
      <ProblemAlert error={send.error} fieldErrors={send.fieldErrors} />
      <Form.Item name={field} label={t(`field.${field}`)} rules={rules.text(max)}>
        <Input.TextArea rows={3} maxLength={max} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending}>
        {submit}
      </Button>
    </Form>
  );
}

function SolveForm({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('council');
  return <TextAction suggestion={suggestion} action="solve" field="solution" max={2000} submit={t('actions.solveSubmit')} />;
}

function FeedbackForm({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('council');
  return <TextAction suggestion={suggestion} action="feedback" field="feedback" max={2000} submit={t('actions.feedbackSubmit')} />;
}

function NotFeasibleForm({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('council');
  return <TextAction suggestion={suggestion} action="not-feasible" field="reason" max={2000} submit={t('actions.notFeasibleSubmit')} />;
}

/** Assigned to a department or the township, with a deadline after today. */
function AssignForm({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [form] = Form.useForm<{ assignee: string; deadline: string }>();
  const today = todayInCounty();
  const assign = useAction<{ assignee: string; deadline: string }>({
    path: () => `${COUNCIL}/suggestions/${suggestion.id}/assign`,
    form,
    invalidates: [[...keys.suggestions]],
  });
  return (
    <Form form={form} layout="vertical" onFinish={(values) => assign.mutate(values)}>
      <ProblemAlert error={assign.error} fieldErrors={assign.fieldErrors} />
      <Form.Item name="assignee" label={t('field.assignee')} extra={t('field.assigneeHint')} rules={rules.text(100)}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t('field.deadline')}
        rules={[
          { required: true, message: t('validation.required') },
          { validator: async (_, day?: string) => { if (day && day <= today) throw new Error(t('validation.deadlineAfterToday')); } },
        ]}
      >
        <DayPicker min={daysAfter(today, 1)} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={assign.isPending}>
        {t('actions.assignSubmit')}
      </Button>
    </Form>
  );
}

function daysAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last detail takes the rest of its row, so a row is never left half empty. */
function fillLastRow(items: DescriptionsItemType[]): DescriptionsItemType[] {
  return items.map((item, index) => (index === items.length - 1 && item.span === undefined ? { ...item, span: 'filled' } : item));
}
