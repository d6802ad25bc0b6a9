import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { isApiError } from '../../api/problem';
import { useSession } from '../../auth/AuthContext';
import { formatDate, formatDateTime, formatNumber } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { mayRateCase, myParty, villagerKeys, type CaseParty, type DisputeCase } from './api';
import { CASE_STATUS_TONES } from './DisputesPage';
import { ToneTag } from './ToneTag';

/** One of my cases as a party sees it: where it stands, its deadlines and steps, and my rating once it ended. */
export function DisputePage() {
  const { t } = useTranslation('villager');
  const { id = '' } = useParams();
  const { basePath, identity } = useSession();
  const dispute = useQuery({
    queryKey: [...villagerKeys.cases, id],
    queryFn: ({ signal }) => api<DisputeCase>(`/api/v1/mediation/cases/${encodeURIComponent(id)}`, { signal }),
  });
  const navigate = useNavigate();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`${basePath}/me/disputes`)}>
      {t('case.back')}
    </Button>
  );
  if (dispute.error || !dispute.data) {
    return (
      <>
        <PageTitle extra={back}>{t('case.title')}</PageTitle>
        {dispute.error ? <ProblemAlert error={dispute.error} onReload={() => void dispute.refetch()} /> : <Card loading />}
      </>
    );
  }
  const current = dispute.data;
  return (
    <>
      <PageTitle extra={back}>{t('case.title')}</PageTitle>
      <Flex vertical gap={16}>
        <Card title={t(`term:disputeCategory.${current.category}`)}>
          <Flex wrap gap={8} style={{ marginBottom: 12 }}>
            <ToneTag tone={CASE_STATUS_TONES[current.status]} style={{ fontSize: '1em', padding: '4px 8px' }}>
              {t(`caseStatus.${current.status}`)}
            </ToneTag>
            {current.overdue && <ToneTag tone="red">{t('case.overdue')}</ToneTag>}
          </Flex>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('case.level')}>{t(`level.${current.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('case.mediator')}>
              {current.mediatorId ? t('case.mediatorAssigned') : t('case.mediatorWaiting')}
            </Descriptions.Item>
            <Descriptions.Item label={t('disputes.openedAt')}>{formatDateTime(current.openedAt)}</Descriptions.Item>
            {current.status === 'OPEN' && current.acceptanceDeadline && (
              <Descriptions.Item label={t('case.acceptanceDeadline')}>{formatDate(current.acceptanceDeadline)}</Descriptions.Item>
            )}
            {current.acceptedOn && <Descriptions.Item label={t('case.acceptedOn')}>{formatDate(current.acceptedOn)}</Descriptions.Item>}
            {current.status === 'IN_MEDIATION' && current.resolutionDeadline && (
              <Descriptions.Item label={t('case.resolutionDeadline')}>{formatDate(current.resolutionDeadline)}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('case.amount')}>{t('case.amountValue', { amount: formatNumber(current.amount) })}</Descriptions.Item>
            <Descriptions.Item label={t('case.parties')}>
              {current.parties.map((party) => partyName(party, identity.subject, t)).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('case.description')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{current.description}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <CaseProgress dispute={current} />
        <RatingCard dispute={current} />
      </Flex>
    </>
  );
}

/**
 * A party as a villager may know it: their own household, an outsider's name; of another
 * household the service tells a party nothing but its id, which means nothing to a reader.
 */
function partyName(party: CaseParty, subject: string, t: (key: string) => string): string {
  if (party.userId === subject) return t('case.me');
  return party.name ?? (party.kind === 'HOUSEHOLD' ? t('case.otherHousehold') : party.id);
}

/** What has happened so far, in the order it happens; steps the case has not reached are not shown. */
function CaseProgress({ dispute }: { dispute: DisputeCase }) {
  const { t } = useTranslation('villager');
  const lines: { key: string; label: string; value: string }[] = [];
  if (dispute.sessions.length > 0) {
    lines.push({
      key: 'sessions',
      label: t('case.sessions'),
      value: dispute.sessions.map((session) => t('case.sessionList', { number: session.number, date: formatDate(session.heldOn) })).join('；'),
    });
  }
  dispute.escalations.forEach((escalation, index) =>
    lines.push({
      key: `escalation-${index}`,
      label: t('case.escalatedLabel'),
      value: t('case.escalated', { date: formatDate(escalation.at), level: t(`level.${escalation.toLevel}`) }),
    }),
  );
  dispute.failures.forEach((failure, index) =>
    lines.push({ key: `failure-${index}`, label: t('caseStatus.FAILED'), value: t('case.failedOn', { date: formatDate(failure.failedOn) }) }),
  );
  if (dispute.judicialConfirmation) {
    lines.push({ key: 'judicial', label: t('case.judicial'), value: t(`case.judicialStatus.${dispute.judicialConfirmation.status}`) });
  }
  if (dispute.followUpDue && !dispute.followUp) {
    lines.push({ key: 'followUpDue', label: t('case.followUpDue'), value: formatDate(dispute.followUpDue) });
  }
  if (dispute.followUp) {
    lines.push({ key: 'followUp', label: t('case.followUp'), value: t(dispute.followUp.honoured ? 'case.honoured' : 'case.broken') });
  }
  if (dispute.outcome) {
    lines.push({ key: 'outcome', label: t('case.outcome'), value: t(`outcome.${dispute.outcome}`) });
  }
  if (dispute.closedOn) {
    lines.push({ key: 'closedOn', label: t('case.closedOn'), value: formatDate(dispute.closedOn) });
  }
  if (lines.length === 0 && !dispute.agreement) return null;
  return (
    <Card title={t('case.status')}>
      {dispute.agreement && (
        <Descriptions column={1} size="small" title={t('case.agreement')} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('case.reachedOn')}>{formatDate(dispute.agreement.reachedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('case.agreement')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{dispute.agreement.terms}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Descriptions column={1} size="small">
        {lines.map((line) => (
          <Descriptions.Item key={line.key} label={line.label}>
            {line.value}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** My party's rating: offered once the mediation ended and until my party has rated; a second one is the service's 409. */
function RatingCard({ dispute }: { dispute: DisputeCase }) {
  const { t } = useTranslation('villager');
  const { identity } = useSession();
  const party = myParty(dispute, identity.subject);
  const mine = party && dispute.ratings.find((rating) => rating.partyId === party.id);
  const [form] = Form.useForm<{ score: number; comment?: string }>();
  const rate = useAction<{ score: number; comment?: string }, DisputeCase>({
    path: () => `/api/v1/mediation/cases/${encodeURIComponent(dispute.id)}/ratings`,
    body: (input) => ({ partyId: party?.id, score: input.score, comment: input.comment?.trim() || undefined }),
    form,
    idempotent: true,
    invalidates: [[...villagerKeys.cases]],
    successMessage: t('case.rateDone'),
  });
  const scoreLabel = `score-${dispute.id}`;
  if (mine) {
    return (
      <Card title={t('case.myRating')}>
        <Rate disabled value={mine.score} />
        {mine.comment && <Typography.Paragraph style={{ marginTop: 8 }}>{mine.comment}</Typography.Paragraph>}
      </Card>
    );
  }
  if (!mayRateCase(dispute, identity.subject)) return null;
  const ratedAlready = isApiError(rate.error) && rate.error.status === 409;
  return (
    <Card title={t('case.rate')}>
      <Typography.Paragraph>{t('case.rateHint')}</Typography.Paragraph>
      {ratedAlready ? (
        <Alert type="warning" showIcon role="alert" title={t('case.ratedAlready')} />
      ) : (
        <>
          <ProblemAlert error={rate.error} fieldErrors={rate.fieldErrors} />
          <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => rate.mutate(values)}>
            <Form.Item
              name="score"
              label={<span id={scoreLabel}>{t('case.score')}</span>}
              rules={[{ required: true, message: t('common:state.required') }]}
            >
              <Rate style={{ fontSize: 36 }} aria-labelledby={scoreLabel} />
            </Form.Item>
            <Form.Item name="comment" label={t('case.comment')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={rate.isPending}>
              {t('case.rateSubmit')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
