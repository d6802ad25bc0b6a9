import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../App';
import { api, type Page } from '../../api/http';
import { formatDate } from '../../common/format';
import { Notice } from '../../common/Notice';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type BenchMeeting, type Suggestion } from './api';
import { DayPicker, HouseholdSelect, today } from './fields';
import { householdLabel, useVillageHouseholds, useVillages } from './places';
import { FilterBar, ListHeader, useCouncilPath, useDefaultVillage, useRules, VillageFilter, VillageFormItem } from './shared';

/** Bench meetings held: when, where, how many households came, which suggestions were talked through. */
export function BenchMeetingList() {
  const { t } = useTranslation('council');
  const path = useCouncilPath();
  const { nameOf } = useVillages();
  const [villageId, setVillageId] = useState<string>();
  return (
    <>
      <ListHeader title={t('bench.list')} hint={t('bench.hint')} create={{ label: t('bench.hold'), to: 'bench-meetings/new' }} />
      <FilterBar>
        <VillageFilter value={villageId} onChange={setVillageId} />
      </FilterBar>
      <PagedList<BenchMeeting>
        key={villageId}
        path={`${COUNCIL}/bench-meetings`}
        query={{ villageId }}
        queryKey={[...keys.benchMeetings, 'list']}
        emptyText={t('bench.empty')}
        columns={[
          { title: t('field.heldOn'), dataIndex: 'heldOn', render: (day: string, meeting) => <Link to={path(`bench-meetings/${meeting.id}`)}>{formatDate(day)}</Link> },
          { title: t('field.place'), dataIndex: 'place' },
          { title: t('bench.householdsPresent'), dataIndex: 'householdIds', align: 'right', render: (ids: string[]) => ids.length },
          { title: t('bench.suggestionsDiscussed'), dataIndex: 'suggestionIds', align: 'right', render: (ids: string[]) => ids.length },
          { title: t('field.village'), dataIndex: 'villageId', render: (id: string) => nameOf(id) },
        ]}
        renderCard={(meeting) => (
          <div>
            <Link to={path(`bench-meetings/${meeting.id}`)}>
              {formatDate(meeting.heldOn)} · {meeting.place}
            </Link>
            <div className="muted">{t('bench.cardSummary', { households: meeting.householdIds.length, suggestions: meeting.suggestionIds.length })}</div>
          </div>
        )}
      />
    </>
  );
}

export function BenchMeetingDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const path = useCouncilPath();
  const { nameOf } = useVillages();
  const meeting = useQuery({
    queryKey: [...keys.benchMeetings, 'one', id],
    queryFn: ({ signal }) => api<BenchMeeting>(`${COUNCIL}/bench-meetings/${id}`, { signal }),
  });
  const households = useVillageHouseholds(meeting.data?.villageId);
  const suggestions = useQuery({
    queryKey: [...keys.suggestions, 'of-village', meeting.data?.villageId],
    enabled: Boolean(meeting.data),
    queryFn: ({ signal }) => api<Page<Suggestion>>(`${COUNCIL}/suggestions`, { query: { villageId: meeting.data?.villageId, size: 100 }, signal }),
  });
  if (meeting.isLoading) return <Loading />;
  if (!meeting.data) return <ProblemAlert error={meeting.error} onReload={() => void meeting.refetch()} />;
  const data = meeting.data;
  const head = (id: string) => {
    const household = households.data?.households.find((candidate) => candidate.id === id);
    return household ? householdLabel(household) : id;
  };
  return (
    <>
      <PageTitle>{t('bench.titleOn', { date: formatDate(data.heldOn) })}</PageTitle>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('field.place')}>{data.place}</Descriptions.Item>
        <Descriptions.Item label={t('field.village')}>{nameOf(data.villageId)}</Descriptions.Item>
        <Descriptions.Item label={t('bench.householdsPresent')} span="filled">
          {data.householdIds.map(head).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('bench.suggestionsDiscussed')} span="filled">
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {data.suggestionIds.map((suggestionId) => (
              <li key={suggestionId}>
                <Link to={path(`suggestions/${suggestionId}`)}>
                  {suggestions.data?.items.find((suggestion) => suggestion.id === suggestionId)?.title ?? suggestionId}
                </Link>
              </li>
            ))}
          </ul>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.minutes')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{data.minutes}</span>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

type BenchMeetingValues = Pick<BenchMeeting, 'villageId' | 'heldOn' | 'place' | 'householdIds' | 'suggestionIds' | 'minutes'>;

/** Records a bench meeting: the raised suggestions it discussed become "discussed". */
export function BenchMeetingNew() {
  const { t } = useTranslation('council');
  const rules = useRules();
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  const [search] = useSearchParams();
  const [form] = Form.useForm<BenchMeetingValues>();
  useDefaultVillage(form);
  const villageId = Form.useWatch('villageId', form);
  const raised = useQuery({
    queryKey: [...keys.suggestions, 'raised', villageId],
    enabled: Boolean(villageId),
    queryFn: ({ signal }) => api<Page<Suggestion>>(`${COUNCIL}/suggestions`, { query: { villageId, status: 'RAISED', size: 100 }, signal }),
  });
  const hold = useAction<BenchMeetingValues, BenchMeeting>({
    path: () => `${COUNCIL}/bench-meetings`,
    form,
    invalidates: [[...keys.benchMeetings], [...keys.suggestions]],
    idempotent: true,
    successMessage: t('bench.recorded'),
  });
  if (!access.write) return <Notice kind="forbidden" title={t('access.writeOnly')} />;
  const preselected = search.get('suggestion');
  return (
    <>
      <PageTitle>{t('bench.hold')}</PageTitle>
      <p className="muted">{t('bench.holdHint')}</p>
      <Card>
        <ProblemAlert error={hold.error} fieldErrors={hold.fieldErrors} />
        <Form<BenchMeetingValues>
          form={form}
          layout="vertical"
          initialValues={{ heldOn: today(), householdIds: [], suggestionIds: preselected ? [preselected] : [] }}
          onFinish={(values) => hold.mutate(values, { onSuccess: (meeting) => navigate(path(`bench-meetings/${meeting.id}`)) })}
        >
          <VillageFormItem />
          <Form.Item name="heldOn" label={t('field.heldOn')} rules={rules.required}>
            <DayPicker max={today()} />
          </Form.Item>
          <Form.Item name="place" label={t('field.place')} rules={rules.text(200)}>
            <Input maxLength={200} placeholder={t('field.placePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="suggestionIds"
            label={t('bench.suggestionsDiscussed')}
            extra={t('bench.suggestionsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('validation.suggestions') }, { type: 'array', max: 100 }]}
          >
            <Select
              mode="multiple"
              loading={raised.isLoading}
              disabled={!villageId}
              showSearch={{ optionFilterProp: 'label' }}
              options={(raised.data?.items ?? []).map((suggestion) => ({ value: suggestion.id, label: suggestion.title }))}
              notFoundContent={raised.data ? t('bench.noRaised') : undefined}
            />
          </Form.Item>
          <Form.Item
            name="householdIds"
            label={t('bench.householdsPresent')}
            rules={[{ required: true, type: 'array', min: 1, message: t('validation.attendance') }, { type: 'array', max: 500 }]}
          >
            <HouseholdSelect villageId={villageId} multiple />
          </Form.Item>
          <Form.Item name="minutes" label={t('field.minutes')} rules={rules.text(8000)}>
            <Input.TextArea rows={4} maxLength={8000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={hold.isPending}>
            {t('bench.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

