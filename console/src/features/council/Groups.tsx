import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Collapse, Descriptions, Empty, Form, Input, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/http';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type GroupComposition, type GroupPerson, type ThreePersonGroup } from './api';
import { DayPicker, HouseholdSelect, today, VillageSelect } from './fields';
import { useVillages } from './places';
import { useRules } from './shared';

const ROLES = ['leader', 'partyMemberRepresentative', 'villagersRepresentative'] as const;
type GroupRole = (typeof ROLES)[number];

interface GroupRow {
  groupId: string;
  name: string;
  record?: ThreePersonGroup;
}

/**
 * Three-person groups: per villagers' group its leader, party-member representative and
 * villagers' representative, with the compositions before.
 */
export function ThreePersonGroups() {
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const { villages, village, isLoading } = useVillages();
  const [chosen, setChosen] = useState<string>();
  const villageId = chosen ?? villages[0]?.id;
  const [editing, setEditing] = useState<GroupRow>();
  const groups = useQuery({
    queryKey: [...keys.groups, villageId],
    enabled: Boolean(villageId),
    queryFn: ({ signal }) => api<Page<ThreePersonGroup>>(`${COUNCIL}/three-person-groups`, { query: { villageId, size: 100 }, signal }),
  });
  // every villagers' group of the region tree, and any group on record the tree no longer lists
  const fromTree = village(villageId)?.groups ?? [];
  const rows: GroupRow[] = [
    ...fromTree.map((group) => ({ groupId: group.id, name: group.name, record: groups.data?.items.find((record) => record.groupId === group.id) })),
    ...(groups.data?.items ?? [])
      .filter((record) => !fromTree.some((group) => group.id === record.groupId))
      .map((record) => ({ groupId: record.groupId, name: record.groupName, record })),
  ];
  return (
    <>
      <PageTitle>{t('groups.title')}</PageTitle>
      <p className="muted">{t('groups.hint')}</p>
      {villages.length > 1 && (
        <Form layout="vertical" component="div">
          <Form.Item label={t('field.village')} htmlFor="groups-village">
            <VillageSelect id="groups-village" value={villageId} onChange={setChosen} />
          </Form.Item>
        </Form>
      )}
      <ProblemAlert error={groups.error} onReload={() => void groups.refetch()} />
      {!isLoading && !groups.isLoading && rows.length === 0 && <Empty description={t('groups.empty')} />}
      <Row gutter={[16, 16]}>
        {rows.map((row) => (
          <Col key={row.groupId} xs={24} lg={12}>
            <Card
              title={row.record?.groupName ?? row.name}
              extra={
                access.write && (
                  <Button onClick={() => setEditing(row)} aria-label={t('groups.editFor', { group: row.record?.groupName ?? row.name })}>
                    {t(row.record?.current ? 'groups.change' : 'groups.set')}
                  </Button>
                )
              }
            >
              {row.record?.current ? <CompositionView composition={row.record.current} /> : <p className="muted">{t('groups.notSet')}</p>}
              {row.record && row.record.history.length > 0 && (
                <Collapse
                  ghost
                  items={[
                    {
                      key: 'history',
                      label: t('groups.history', { count: row.record.history.length }),
                      children: [...row.record.history].reverse().map((composition) => (
                        <div key={composition.recordedAt} style={{ marginBottom: 12 }}>
                          <CompositionView composition={composition} />
                        </div>
                      )),
                    },
                  ]}
                />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {editing && villageId && <CompositionForm villageId={villageId} group={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

function CompositionView({ composition }: { composition: GroupComposition }) {
  const { t } = useTranslation('council');
  return (
    <Descriptions size="small" column={1}>
      {ROLES.map((role) => (
        <Descriptions.Item key={role} label={t(`groups.role.${role}`)}>
          {composition[role].name}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('groups.period')}>
        {composition.until
          ? t('groups.from', { from: formatDate(composition.since), until: formatDate(composition.until) })
          : t('groups.since', { since: formatDate(composition.since) })}
      </Descriptions.Item>
    </Descriptions>
  );
}

type CompositionValues = { groupName: string; since: string } & Record<GroupRole, GroupPerson>;

/** Records the group's (new) three-person group; the service keeps the former one with its end date. */
function CompositionForm({ villageId, group, onClose }: { villageId: string; group: GroupRow; onClose: () => void }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [form] = Form.useForm<CompositionValues>();
  const current = group.record?.current;
  const compose = useAction<CompositionValues>({
    method: 'PUT',
    path: () => `${COUNCIL}/three-person-groups/${group.groupId}`,
    body: (values) => ({
      villageId,
      groupName: values.groupName,
      since: values.since,
      ...Object.fromEntries(ROLES.map((role) => [role, { name: values[role].name.trim(), householdId: values[role].householdId || undefined }])),
    }),
    form,
    invalidates: [[...keys.groups]],
    successMessage: t('groups.saved'),
  });
  const names = (values: CompositionValues) => ROLES.map((role) => values[role]?.name?.trim()).filter(Boolean);
  return (
    <Modal
      open
      title={t('groups.editFor', { group: group.record?.groupName ?? group.name })}
      okText={t('groups.save')}
      okButtonProps={{ loading: compose.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={compose.error} fieldErrors={compose.fieldErrors} />
      <Form<CompositionValues>
        form={form}
        layout="vertical"
        initialValues={{ groupName: group.record?.groupName ?? group.name, since: today(), ...(current ? Object.fromEntries(ROLES.map((role) => [role, current[role]])) : {}) }}
        onFinish={(values) => compose.mutate(values, { onSuccess: onClose })}
      >
        <Form.Item name="groupName" label={t('groups.groupName')} rules={rules.text(100)}>
          <Input maxLength={100} />
        </Form.Item>
        {ROLES.map((role) => (
          <Row key={role} gutter={8}>
            <Col xs={24} md={10}>
              <Form.Item
                name={[role, 'name']}
                label={t(`groups.role.${role}`)}
                dependencies={ROLES.filter((other) => other !== role).map((other) => [other, 'name'])}
                rules={[
                  { required: true, whitespace: true, message: t('validation.required') },
                  { max: 100 },
                  () => ({
                    validator: async (_, name?: string) => {
                      const all = names(form.getFieldsValue(true) as CompositionValues);
                      if (name && all.filter((other) => other === name.trim()).length > 1) throw new Error(t('validation.threeDifferent'));
                    },
                  }),
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name={[role, 'householdId']} label={t('groups.householdOf', { role: t(`groups.role.${role}`) })}>
                <HouseholdSelect villageId={villageId} allowClear only={(household) => !household.groupId || household.groupId === group.groupId} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        <Form.Item
          name="since"
          label={t('groups.sinceField')}
          rules={[
            { required: true, message: t('validation.required') },
            { validator: async (_, since?: string) => { if (since && current && since < current.since) throw new Error(t('validation.sinceOrder', { since: formatDate(current.since) })); } },
          ]}
        >
          <DayPicker min={current?.since} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
