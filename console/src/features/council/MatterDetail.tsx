import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../App';
import { api } from '../../api/http';
import { formatDate, formatNumber } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type Matter, type MatterStage, type MatterStep } from './api';
import { isPublication, MATTER_STAGES, nextStage } from './matterSteps';
import { NextStepForm } from './MatterStepForms';
import { useVillageHouseholds, useVillages } from './places';
import { MatterStatusTag, useRules } from './shared';

/**
 * A matter on its six-step timeline. Steps taken show their date, attendance, vote and minutes;
 * the one step that may come next is offered (to those who record it), the later ones wait.
 */
export function MatterDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const { nameOf } = useVillages();
  const matter = useQuery({
    queryKey: [...keys.matters, 'one', id],
    queryFn: ({ signal }) => api<Matter>(`${COUNCIL}/matters/${id}`, { signal }),
  });
  if (matter.isLoading) return <Loading />;
  if (!matter.data) return <ProblemAlert error={matter.error} onReload={() => void matter.refetch()} />;
  const data = matter.data;
  return (
    <>
      <PageTitle extra={<MatterStatusTag status={data.status} />}>{data.title}</PageTitle>
      <ProblemAlert error={matter.error} onReload={() => void matter.refetch()} />
      {data.status === 'REJECTED' && (
        <Alert type="error" showIcon role="alert" title={t('matters.rejected')} description={data.rejectionReason} style={{ marginBottom: 16 }} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('field.kind')}>{t(`matterKind.${data.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.amount')}>{t('matters.yuan', { amount: formatNumber(data.amount) })}</Descriptions.Item>
        <Descriptions.Item label={t('field.village')}>{nameOf(data.villageId)}</Descriptions.Item>
        <Descriptions.Item label={t('matters.currentStep')}>{t(`stage.${data.stage}`)}</Descriptions.Item>
        {data.description && (
          <Descriptions.Item label={t('field.description')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{data.description}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <MatterTimeline matter={data} />
    </>
  );
}

export function MatterTimeline({ matter }: { matter: Matter }) {
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const next = nextStage(matter);
  const anyHouseholds = matter.steps.some((step) => step.householdIds.length > 0);
  const households = useVillageHouseholds(anyHouseholds ? matter.villageId : undefined);
  const headOf = (id: string) => households.data?.households.find((household) => household.id === id)?.headName ?? id.slice(0, 8);
  return (
    <Card title={t('matters.timeline')}>
      <Steps
        orientation="vertical"
        current={next ? MATTER_STAGES.indexOf(next) : MATTER_STAGES.indexOf(matter.stage)}
        items={MATTER_STAGES.map((stage) => {
          const step = matter.steps.find((taken) => taken.stage === stage);
          return {
            key: stage,
            title: `${MATTER_STAGES.indexOf(stage) + 1}. ${t(`stage.${stage}`)}`,
            status: step ? (step.passed ? 'finish' : 'error') : stage === next ? 'process' : 'wait',
            content: step ? (
              <StepRecord step={step} headOf={headOf} />
            ) : stage === next ? (
              <section aria-label={t('steps.nextStep', { step: t(`stage.${stage}`) })} style={{ padding: '8px 0 16px' }}>
                <p className="muted">{t(`steps.explain.${stage}`)}</p>
                {access.write ? <NextStepForm matter={matter} stage={stage} /> : <p>{t('steps.awaitingCadre')}</p>}
              </section>
            ) : (
              <WaitingStep matter={matter} stage={stage} />
            ),
          };
        })}
      />
      {access.write && matter.status === 'IN_PROGRESS' && <RejectMatter matter={matter} />}
    </Card>
  );
}

/** Why a later step is not offered yet (or never will be). */
function WaitingStep({ matter, stage }: { matter: Matter; stage: MatterStage }) {
  const { t } = useTranslation('council');
  if (matter.status === 'REJECTED') return <span className="muted">{t('steps.closedByRejection')}</span>;
  if (isPublication(stage) && matter.status === 'IN_PROGRESS') return <span className="muted">{t('steps.publishAfterAdoption')}</span>;
  return <span className="muted">{t('steps.waiting')}</span>;
}

/** Darker than Ant Design's success and error colours, so the outcome stays readable on white. */
const PASSED = '#237804';
const NOT_PASSED = '#a8071a';

function StepRecord({ step, headOf }: { step: MatterStep; headOf: (id: string) => string }) {
  const { t } = useTranslation('council');
  return (
    // the Steps' own description grey is too faint to read (and fails contrast): the record is the content
    <div style={{ padding: '4px 0 12px', color: 'rgba(0, 0, 0, 0.88)' }}>
      <div>
        {t(isPublication(step.stage) ? 'steps.publishedOn' : 'steps.heldOn', { date: formatDate(step.heldOn) })}
        {step.meetingKind && ` · ${t(`meetingKind.${step.meetingKind}`)}`}
      </div>
      {step.vote && (
        <div>
          {t('steps.voteSummary', { ...step.vote })} ·{' '}
          <strong style={{ color: step.passed ? PASSED : NOT_PASSED }}>{t(step.passed ? 'steps.passed' : 'steps.notPassed')}</strong>
        </div>
      )}
      {step.attendees.length > 0 && <div>{t('steps.attendees', { names: step.attendees.join('、') })}</div>}
      {step.householdIds.length > 0 && (
        <div>{t('steps.households', { count: step.householdIds.length, names: step.householdIds.map(headOf).join('、') })}</div>
      )}
      {step.minutes && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 3, expandable: true, symbol: t('steps.more') }}>
          {step.minutes}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** Closes a matter still in deliberation, with the reason (e.g. the township finds it unlawful). */
function RejectMatter({ matter }: { matter: Matter }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useAction<{ reason: string }>({
    path: () => `${COUNCIL}/matters/${matter.id}/reject`,
    form,
    invalidates: [[...keys.matters]],
    successMessage: t('matters.rejectedMessage'),
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('matters.reject')}
      </Button>
      <Modal
        open={open}
        title={t('matters.reject')}
        okText={t('matters.rejectConfirm')}
        okButtonProps={{ danger: true, loading: reject.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ProblemAlert error={reject.error} fieldErrors={reject.fieldErrors} />
        <Form form={form} layout="vertical" onFinish={(values) => reject.mutate(values, { onSuccess: () => setOpen(false) })}>
          <Form.Item name="reason" label={t('field.rejectionReason')} rules={rules.text(500)}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
