import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { isApiError } from '../../api/problem';
import { formatDateTime } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type Representative, type RepresentativeRoster } from './api';
import { HouseholdSelect, VillageSelect } from './fields';
import { useVillageHouseholds, useVillages } from './places';

/**
 * The village's roster of villagers' representatives: a representatives' meeting is entitled to
 * exactly this list (its quorum is two thirds of it), and a representative may witness a paper ballot.
 */
export function RepresentativesRoster() {
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const { villages } = useVillages();
  const [chosen, setChosen] = useState<string>();
  const villageId = chosen ?? (villages.length === 1 ? villages[0].id : undefined);
  const [editing, setEditing] = useState(false);
  const roster = useQuery({
    queryKey: [...keys.representatives, villageId],
    enabled: Boolean(villageId),
    queryFn: ({ signal }) => api<RepresentativeRoster>(`${COUNCIL}/villages/${villageId}/representatives`, { signal }),
  });
  const none = isApiError(roster.error) && roster.error.status === 404;
  return (
    <>
      <PageTitle
        extra={
          access.write &&
          villageId &&
          !editing && (
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('representatives.edit')}
            </Button>
          )
        }
      >
        {t('representatives.title')}
      </PageTitle>
      <p className="muted">{t('representatives.hint')}</p>
      {villages.length > 1 && (
        <Form layout="vertical" component="div">
          <Form.Item label={t('field.village')} htmlFor="roster-village">
            <VillageSelect id="roster-village" value={villageId} onChange={(id) => { setChosen(id); setEditing(false); }} />
          </Form.Item>
        </Form>
      )}
      {none ? <Alert type="info" showIcon title={t('representatives.none')} description={t('representatives.noneHint')} style={{ marginBottom: 16 }} /> : <ProblemAlert error={roster.error} onReload={() => void roster.refetch()} />}
      {editing && villageId && <RosterForm villageId={villageId} current={roster.data?.representatives ?? []} onDone={() => setEditing(false)} />}
      {roster.data && (
        <Card title={t('representatives.current', { count: roster.data.representatives.length })} extra={<span className="muted">{t('representatives.updatedAt', { at: formatDateTime(roster.data.updatedAt) })}</span>}>
          <Table<Representative>
            rowKey="householdId"
            size="small"
            pagination={roster.data.representatives.length > 50 ? { pageSize: 50 } : false}
            dataSource={roster.data.representatives}
            columns={[
              { title: t('field.name'), dataIndex: 'name' },
              { title: t('field.household'), dataIndex: 'householdId', render: (id: string) => <HouseholdName villageId={villageId} householdId={id} /> },
            ]}
          />
        </Card>
      )}
    </>
  );
}

function HouseholdName({ villageId, householdId }: { villageId?: string; householdId: string }) {
  const households = useVillageHouseholds(villageId);
  const household = households.data?.households.find((candidate) => candidate.id === householdId);
  return <>{household ? household.address : householdId}</>;
}

/** Replaces the roster (the service keeps the former one); each representative is a household of the village. */
function RosterForm({ villageId, current, onDone }: { villageId: string; current: Representative[]; onDone: () => void }) {
  const { t } = useTranslation('council');
  const [form] = Form.useForm<{ representatives: string[] }>();
  const households = useVillageHouseholds(villageId);
  useEffect(() => {
    form.setFieldValue('representatives', current.map((representative) => representative.householdId));
  }, [form, current]);
  const save = useAction<{ representatives: string[] }>({
    method: 'PUT',
    path: () => `${COUNCIL}/villages/${villageId}/representatives`,
    // the representative's name: as on the roster already, else the head of the household
    body: ({ representatives }) => ({
      representatives: representatives.map((householdId) => ({
        householdId,
        name:
          current.find((representative) => representative.householdId === householdId)?.name ??
          households.data?.households.find((household) => household.id === householdId)?.headName ??
          householdId,
      })),
    }),
    form,
    invalidates: [[...keys.representatives]],
    successMessage: t('representatives.saved'),
  });
  return (
    <Card title={t('representatives.edit')} style={{ marginBottom: 16 }}>
      <ProblemAlert error={save.error} fieldErrors={save.fieldErrors} />
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values, { onSuccess: onDone })}>
        <Form.Item
          name="representatives"
          label={t('representatives.members')}
          extra={t('representatives.membersHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.representatives') }, { type: 'array', max: 500 }]}
        >
          <HouseholdSelect villageId={villageId} multiple />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginRight: 8 }}>
          {t('representatives.save')}
        </Button>
        <Button onClick={onDone}>{t('common:state.cancel')}</Button>
      </Form>
    </Card>
  );
}
