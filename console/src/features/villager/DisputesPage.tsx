import { Link } from 'react-router';
import { Button, Card, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { formatDateTime } from '../../common/format';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { DISPUTE_CATEGORIES, villagerKeys, type CaseStatus, type DisputeCase, type DisputeCategory, type Household } from './api';
import { ToneTag, type Tone } from './ToneTag';
import { HouseholdScreen } from './HouseholdScreen';

export const CASE_STATUS_TONES: Record<CaseStatus, Tone> = {
  OPEN: 'gold',
  IN_MEDIATION: 'blue',
  AGREED: 'green',
  FAILED: 'red',
  CLOSED: 'grey',
};

/** mediation-service takes 2 to 20 parties; the first is always the filer's household. */
const MAX_PARTIES = 20;

interface OtherParty {
  kind: 'OUTSIDER' | 'HOUSEHOLD';
  name?: string;
  contact?: string;
  householdId?: string;
}

interface DisputeForm {
  category: DisputeCategory;
  description: string;
  amount: number;
  /** `parties[0]` is my household (shown, not edited), so the service's `parties[i].field` errors land on the right field */
  parties: [{ householdId: string }, ...OtherParty[]];
}

/** File a dispute online (source ONLINE, my household first) and follow the cases I am a party to. */
export function DisputesPage() {
  const { t } = useTranslation('villager');
  return (
    <HouseholdScreen title={t('disputes.title')}>
      {(household) => (
        <>
          <FileDispute household={household} />
          <Card title={t('disputes.mine')}>
            <MyCases />
          </Card>
        </>
      )}
    </HouseholdScreen>
  );
}

/** The body mediation-service expects of a villager's online filing, from what the form holds. */
export function filingOf(values: DisputeForm) {
  const [own, ...others] = values.parties;
  return {
    source: 'ONLINE',
    category: values.category,
    description: values.description.trim(),
    amount: values.amount,
    parties: [
      { kind: 'HOUSEHOLD', householdId: own.householdId },
      ...others.map((party) =>
        party.kind === 'HOUSEHOLD'
          ? { kind: 'HOUSEHOLD', householdId: party.householdId?.trim() }
          : { kind: 'OUTSIDER', name: party.name?.trim(), contact: party.contact?.trim() },
      ),
    ],
  };
}

export function FileDispute({ household }: { household: Household }) {
  const { t } = useTranslation('villager');
  const [form] = Form.useForm<DisputeForm>();
  const initialValues = {
    amount: 0,
    parties: [{ householdId: household.id }, { kind: 'OUTSIDER', name: '', contact: '' }],
  };
  const file = useAction<DisputeForm, DisputeCase>({
    path: () => '/api/v1/mediation/cases',
    body: filingOf,
    form,
    idempotent: true,
    invalidates: [[...villagerKeys.cases]],
    successMessage: t('disputes.submitted'),
  });
  const required = { required: true, whitespace: true, message: t('common:state.required') };
  return (
    <Card title={t('disputes.newTitle')}>
      <Typography.Paragraph type="secondary">{t('disputes.hint')}</Typography.Paragraph>
      <ProblemAlert error={file.error} fieldErrors={file.fieldErrors} />
      <Form<DisputeForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onFinish={(values) => file.mutate(values, { onSuccess: () => form.resetFields() })}
      >
        <Form.Item name="category" label={t('disputes.category')} rules={[{ required: true, message: t('common:state.required') }]}>
          <Select options={DISPUTE_CATEGORIES.map((category) => ({ value: category, label: t(`term:disputeCategory.${category}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('disputes.description')} rules={[required, { max: 4000 }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('disputes.descriptionPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('disputes.amount')}
          extra={t('disputes.amountHint')}
          rules={[{ required: true, message: t('common:state.required') }, { type: 'number', min: 0, max: 1_000_000_000 }]}
        >
          <InputNumber min={0} max={1_000_000_000} precision={0} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
        <Form.List name="parties">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) =>
                field.name === 0 ? (
                  <Form.Item key={field.key} name={[0, 'householdId']} label={t('case.parties')}>
                    <OwnHousehold head={household.headName} />
                  </Form.Item>
                ) : (
                  <OtherPartyFields
                    key={field.key}
                    index={field.name}
                    numbered={fields.length > 2}
                    onRemove={fields.length > 2 ? () => remove(field.name) : undefined}
                  />
                ),
              )}
              <Form.ErrorList errors={errors} />
              {fields.length < MAX_PARTIES && (
                <Button block onClick={() => add({ kind: 'OUTSIDER', name: '', contact: '' })} style={{ marginBottom: 16 }}>
                  {t('disputes.addParty')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" size="large" block loading={file.isPending}>
          {t('disputes.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** My household as the first party: shown, never edited (the service makes the filer that party). */
function OwnHousehold({ head }: { head: string; value?: string }) {
  const { t } = useTranslation('villager');
  return <Typography.Text strong>{t('disputes.myHousehold', { head })}</Typography.Text>;
}

/**
 * One other side of the dispute: an outsider (name and contact, which the service requires) or a
 * household of the village by its number. With several other sides, each label carries the side's
 * number so that every field keeps a name of its own.
 */
function OtherPartyFields({ index, numbered, onRemove }: { index: number; numbered: boolean; onRemove?: () => void }) {
  const { t } = useTranslation('villager');
  const form = Form.useFormInstance<DisputeForm>();
  const kind = Form.useWatch(['parties', index, 'kind'], form);
  const required = { required: true, whitespace: true, message: t('common:state.required') };
  const number = numbered ? index : '';
  const label = (key: string) => (numbered ? `${t(key)}（${index}）` : t(key));
  return (
    <Card
      size="small"
      title={t('disputes.otherParty', { number }).trim()}
      style={{ marginBottom: 16 }}
      extra={
        onRemove && (
          <Button type="link" danger onClick={onRemove} aria-label={`${t('disputes.removeParty')}（${t('disputes.otherParty', { number })}）`}>
            {t('disputes.removeParty')}
          </Button>
        )
      }
    >
      <Form.Item name={[index, 'kind']} label={label('disputes.otherKind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'OUTSIDER', label: t('disputes.outsider') },
            { value: 'HOUSEHOLD', label: t('disputes.neighbour') },
          ]}
        />
      </Form.Item>
      {kind === 'HOUSEHOLD' ? (
        <Form.Item
          name={[index, 'householdId']}
          label={label('disputes.otherHousehold')}
          extra={t('disputes.otherHouseholdHint')}
          rules={[required, { max: 64 }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name={[index, 'name']} label={label('disputes.otherName')} rules={[required, { max: 100 }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name={[index, 'contact']} label={label('disputes.otherContact')} rules={[required, { max: 100 }]}>
            <Input maxLength={100} type="tel" inputMode="tel" autoComplete="off" />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/** The cases in which my account is a party, newest first (mediation-service scopes a villager's list so). */
function MyCases() {
  const { t } = useTranslation('villager');
  const { basePath } = useSession();
  const link = (dispute: DisputeCase) => `${basePath}/me/disputes/${encodeURIComponent(dispute.id)}`;
  const status = (dispute: DisputeCase) => (
    <ToneTag tone={CASE_STATUS_TONES[dispute.status]}>{t(`caseStatus.${dispute.status}`)}</ToneTag>
  );
  return (
    <PagedList<DisputeCase>
      path="/api/v1/mediation/cases"
      queryKey={villagerKeys.cases}
      pageSize={10}
      emptyText={t('disputes.empty')}
      columns={[
        { key: 'category', title: t('disputes.category'), render: (_, dispute) => t(`term:disputeCategory.${dispute.category}`) },
        {
          key: 'description',
          title: t('disputes.description'),
          render: (_, dispute) => (
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ maxWidth: 320, margin: 0 }}>
              {dispute.description}
            </Typography.Paragraph>
          ),
        },
        { key: 'status', title: t('case.status'), render: (_, dispute) => status(dispute) },
        { key: 'openedAt', title: t('disputes.openedAt'), render: (_, dispute) => formatDateTime(dispute.openedAt) },
        { key: 'link', title: t('common:state.actions'), render: (_, dispute) => <Link to={link(dispute)}>{t('disputes.details')}</Link> },
      ]}
      renderCard={(dispute) => (
        <Flex vertical gap={4} style={{ width: '100%' }}>
          <Typography.Text strong>{t(`term:disputeCategory.${dispute.category}`)}</Typography.Text>
          <div>{status(dispute)}</div>
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {dispute.description}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('disputes.openedAt')}：{formatDateTime(dispute.openedAt)}
          </Typography.Text>
          <Link to={link(dispute)} className="picker-link">
            {t('disputes.details')}
          </Link>
        </Flex>
      )}
    />
  );
}
