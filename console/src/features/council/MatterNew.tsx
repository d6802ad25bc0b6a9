import { useNavigate } from 'react-router';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../common/useAction';
import { ProblemAlert } from '../../common/ProblemAlert';
import { Notice } from '../../common/Notice';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, MATTER_KINDS, type Matter, type Vote } from './api';
import { DayPicker, today } from './fields';
import { useCouncilPath, useDefaultVillage, useRules, VillageFormItem } from './shared';
import { VoteExplanation } from './VoteExplanation';
import { VoteFields } from './VoteFields';
import { checkVote } from './votes';

interface ProposalForm {
  villageId: string;
  title: string;
  kind: string;
  amount: number;
  description?: string;
  heldOn: string;
  minutes: string;
  withVote: boolean;
  entitled?: number;
  present?: number;
  vote?: Omit<Vote, 'entitled' | 'present'>;
}

/** Step 1: the village party organisation proposes a matter (its own vote may be recorded). */
export function MatterNew() {
  const { t } = useTranslation('council');
  const rules = useRules();
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  const [form] = Form.useForm<ProposalForm>();
  useDefaultVillage(form);
  const withVote = Form.useWatch('withVote', form);
  const entitled = Number(Form.useWatch('entitled', form)) || 0;
  const present = Number(Form.useWatch('present', form)) || 0;
  const vote = Form.useWatch('vote', form);
  const propose = useAction<ProposalForm, Matter>({
    path: () => `${COUNCIL}/matters`,
    body: ({ withVote: voted, entitled: e, present: p, vote: v, ...proposal }) => ({
      ...proposal,
      vote: voted && v ? { entitled: e, present: p, ...v } : undefined,
    }),
    form,
    invalidates: [[...keys.matters]],
    idempotent: true,
    successMessage: t('matters.proposed'),
  });
  if (!access.write) {
    return <Notice kind="forbidden" title={t('access.writeOnly')} />;
  }
  const counts = { votesFor: Number(vote?.votesFor) || 0, votesAgainst: Number(vote?.votesAgainst) || 0, abstentions: Number(vote?.abstentions) || 0 };
  return (
    <>
      <PageTitle>{t('matters.propose')}</PageTitle>
      <p className="muted">{t('matters.proposeHint')}</p>
      <Card>
        <ProblemAlert error={propose.error} fieldErrors={propose.fieldErrors} />
        <Form<ProposalForm>
          form={form}
          layout="vertical"
          initialValues={{ heldOn: today(), withVote: false, amount: 0 }}
          onFinish={(values) => propose.mutate(values, { onSuccess: (matter) => navigate(path(`matters/${matter.id}`)) })}
        >
          <VillageFormItem />
          <Form.Item name="title" label={t('field.title')} rules={rules.text(200)}>
            <Input maxLength={200} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('field.kind')} rules={rules.required}>
                <Select options={MATTER_KINDS.map((kind) => ({ value: kind, label: t(`matterKind.${kind}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="amount" label={t('field.amountYuan')} rules={rules.required}>
                <InputNumber min={0} max={100_000_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('field.description')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('field.proposedOn')} rules={rules.required}>
            <DayPicker max={today()} />
          </Form.Item>
          <Form.Item name="minutes" label={t('field.minutes')} rules={rules.text(8000)}>
            <Input.TextArea rows={4} maxLength={8000} />
          </Form.Item>
          <Form.Item name="withVote" label={t('matters.recordBranchVote')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {withVote && (
            <>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="entitled" label={t('vote.entitledBranch')} rules={[{ required: true, message: t('validation.count') }]}>
                    <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="present"
                    label={t('vote.present')}
                    dependencies={['entitled']}
                    rules={[
                      { required: true, message: t('validation.count') },
                      ({ getFieldValue }) => ({
                        validator: async (_, value) => {
                          const check = checkVote('MORE_THAN_HALF', { entitled: Number(getFieldValue('entitled')) || 0, present: Number(value) || 0, votesFor: 0, votesAgainst: 0, abstentions: 0 });
                          if (check.overAttended) throw new Error(t('vote.overAttended', { present: value, entitled: getFieldValue('entitled') }));
                          if (!check.quorum) throw new Error(t('vote.noQuorum', { present: value, needs: check.quorumNeeds }));
                        },
                      }),
                    ]}
                  >
                    <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <VoteFields present={present} mustAdopt mustAdoptMessage={t('matters.branchMustAdopt')} />
              <VoteExplanation rule="MORE_THAN_HALF" entitled={entitled} present={present} {...counts} />
            </>
          )}
          <Button type="primary" htmlType="submit" loading={propose.isPending}>
            {t('matters.submitProposal')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
