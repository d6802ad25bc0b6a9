import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { areaKeys, type GridReport } from './api';
import { earliestDeadline, legalSteps, wentToMediation, type ReportStep } from './reportSteps';

/**
 * The handling steps a report's status allows, as buttons; each opens its dialog. Nothing else
 * is offered, so a 409 only comes when someone else handled the report first: the dialog then
 * explains it and offers to reload the report.
 */
export function ReportActions({ report, size }: { report: GridReport; size?: 'small' | 'middle' }) {
  const { t } = useTranslation('area');
  const { identity } = useSession();
  const [open, setOpen] = useState<ReportStep>();
  const steps = legalSteps(report.status, identity.roles);
  if (steps.length === 0) {
    return null;
  }
  return (
    <>
      <Flex wrap gap="small">
        {steps.map((step, position) => (
          <Button
            key={step}
            size={size}
            autoInsertSpace={false}
            // a dispute with the mediators is closed once they are done, so closing is not urged on
            type={position === 0 && !wentToMediation(report) ? 'primary' : 'default'}
            onClick={() => setOpen(step)}
          >
            {t(`step.${step}`)}
          </Button>
        ))}
      </Flex>
      {open && <StepDialog step={open} report={report} onClose={() => setOpen(undefined)} />}
    </>
  );
}

type StepInput = { notes?: string; department?: string; deadline?: string; outcome?: string };

function StepDialog({ step, report, onClose }: { step: ReportStep; report: GridReport; onClose: () => void }) {
  const { t } = useTranslation('area');
  const [form] = Form.useForm<StepInput>();
  const queryClient = useQueryClient();
  const dispute = report.category === 'DISPUTE';
  const action = useAction<StepInput | undefined, GridReport>({
    path: () => `/api/v1/grid/reports/${encodeURIComponent(report.id)}/${step}`,
    invalidates: [[...areaKeys.reports], [...areaKeys.report(report.id)]],
    // accepting has no form (and no body); the other steps send exactly their form's fields
    form: step === 'accept' ? undefined : form,
    successMessage: step === 'accept' && dispute ? t('accept.doneDispute') : t(`${step}.done`),
  });
  const send = (input?: StepInput) => action.mutate(input, { onSuccess: onClose });
  const reload = () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: areaKeys.reports });
    void queryClient.invalidateQueries({ queryKey: areaKeys.report(report.id) });
  };
  const maxLength = (max: number) => ({ max, message: t('form.tooLong', { max }) });
  const required = { required: true, whitespace: true, message: t('common:state.required') };
  const earliest = earliestDeadline();

  return (
    <Modal
      open
      title={t(`${step}.title`)}
      okText={t(`${step}.confirm`)}
      cancelText={t('common:state.cancel')}
      confirmLoading={action.isPending}
      onOk={() => (step === 'accept' ? send(undefined) : form.submit())}
      onCancel={onClose}
    >
      <ProblemAlert error={action.error} fieldErrors={action.fieldErrors} onReload={reload} />
      {step === 'accept' ? (
        <Typography.Paragraph>{dispute ? t('accept.dispute') : t('accept.other')}</Typography.Paragraph>
      ) : (
        <Form<StepInput> form={form} name={`report-${step}`} layout="vertical" onFinish={send} requiredMark>
          {step === 'solve' && (
            <Form.Item name="notes" label={t('solve.notes')} extra={t('solve.notesHint')} rules={[required, maxLength(2000)]}>
              <Input.TextArea rows={4} />
            </Form.Item>
          )}
          {step === 'transfer' && (
            <>
              <Form.Item name="department" label={t('transfer.department')} rules={[required, maxLength(100)]}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="deadline"
                label={t('transfer.deadline')}
                extra={t('transfer.deadlineHint')}
                rules={[
                  required,
                  {
                    validator: (_, value?: string) =>
                      !value || value >= earliest ? Promise.resolve() : Promise.reject(new Error(t('transfer.deadlineTooEarly'))),
                  },
                ]}
              >
                <Input type="date" min={earliest} />
              </Form.Item>
            </>
          )}
          {step === 'close' && (
            <>
              {wentToMediation(report) && <p className="muted">{t('close.mediationHint')}</p>}
              <Form.Item name="outcome" label={t('close.outcome')} rules={[required, maxLength(2000)]}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
