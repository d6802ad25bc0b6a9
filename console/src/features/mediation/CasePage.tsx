import { Link, useParams } from 'react-router';
import { Alert, Card, Descriptions, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { Role } from '../../auth/roles';
import { formatDateTime, formatNumber, todayInCounty } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { useCase, useHouseholdNames, useMediators, useRegionNames } from './api';
import { CaseActions } from './CaseActions';
import { actionsFor, deadlineOf, missingSteps, type MediationCase, type Party } from './model';
import { DeadlineCell, partyName, StatusTag, ToneTag } from './parts';
import { buildTimeline } from './timeline';

/**
 * One case: who the parties are, where it stands, everything that happened to it, and the steps
 * its status allows this person (the service's level policy decides who acts; the page offers
 * only what it will accept).
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mediation');
  const { basePath } = useSession();
  const result = useCase(id);
  const back = (
    <Link to={`${basePath}/mediation/cases`} className="mediation-back">
      {t('page.back')}
    </Link>
  );
  if (result.isLoading) {
    return (
      <div className="centered" role="status">
        <Spin />
        <span>{t('state.loading', { ns: 'common' })}</span>
      </div>
    );
  }
  if (!result.data) {
    return (
      <div>
        {back}
        <ProblemAlert error={result.error} onReload={() => void result.refetch()} />
      </div>
    );
  }
  return (
    <div>
      {back}
      <CaseView c={result.data} onReload={() => void result.refetch()} />
    </div>
  );
}

function CaseView({ c, onReload }: { c: MediationCase; onReload: () => void }) {
  const { t } = useTranslation('mediation');
  const { identity } = useSession();
  const mediators = useMediators();
  const placeName = useRegionNames();
  const unnamed = c.parties.filter((party) => !party.name && party.householdId).map((party) => party.householdId as string);
  const householdNames = useHouseholdNames(unnamed);
  const partyLabel = (party: Party) => partyName(t, party, householdNames);
  const partyById = (partyId: string) => {
    const party = c.parties.find((p) => p.id === partyId);
    return party ? partyLabel(party) : partyId;
  };
  const today = todayInCounty();
  const actor = { identity, mediator: mediators.mine };
  // a mediator's own directory entry decides which cases are theirs: wait for it before offering steps
  const waitingForDirectory = identity.roles.includes(Role.Mediator) && mediators.isLoading;
  const actions = waitingForDirectory ? [] : actionsFor(c, actor);
  const missing = waitingForDirectory ? [] : missingSteps(c, actor);
  const timeline = buildTimeline(c, t, { party: partyById, mediator: mediators.nameOf });
  const title = `${t(`term:disputeCategory.${c.category}`)}：${c.parties.map(partyLabel).join('、')}`;

  return (
    <Flex vertical gap={16}>
      <PageTitle
        extra={
          <Flex gap={4} wrap>
            <StatusTag status={c.status} />
            {c.overdue && <ToneTag tone="bad">{t('deadline.overdue')}</ToneTag>}
          </Flex>
        }
      >
        {title}
      </PageTitle>

      <Card title={t('page.actions')} size="small">
        {waitingForDirectory ? (
          <Spin />
        ) : (
          <Flex vertical gap={12}>
            <ProblemAlert error={mediators.error} onReload={() => void mediators.refetch()} />
            {actions.length > 0 ? (
              <CaseActions c={c} actions={actions} partyLabel={partyLabel} onReload={onReload} />
            ) : (
              missing.length === 0 && <span className="muted">{t('page.noActions')}</span>
            )}
            {missing.map((reason) => (
              <Alert key={reason} type="info" showIcon title={t(`page.missing.${reason}`)} />
            ))}
          </Flex>
        )}
      </Card>

      <Card title={t('page.overview')} size="small">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'deadline', label: t('page.deadline'), children: <DeadlineCell deadline={deadlineOf(c, today)} overdue={c.overdue} /> },
            { key: 'level', label: t('page.level'), children: t(`term:mediationLevel.${c.level}`) },
            { key: 'category', label: t('page.category'), children: t(`term:disputeCategory.${c.category}`) },
            { key: 'amount', label: t('page.amount'), children: t('page.amountValue', { amount: formatNumber(c.amount) }) },
            { key: 'place', label: t('page.place'), children: `${placeName(c.townshipId)} · ${placeName(c.villageId)}` },
            { key: 'mediator', label: t('page.mediator'), children: c.mediatorId ? mediators.nameOf(c.mediatorId) : t('page.noMediator') },
            {
              key: 'source',
              label: t('page.source'),
              children: c.referral
                ? `${t(`source.${c.source}`)}（${t(`referrer.${c.referral.by}`)} ${c.referral.reference}）`
                : t(`source.${c.source}`),
            },
            { key: 'openedAt', label: t('page.openedAt'), children: formatDateTime(c.openedAt) },
            ...(c.outcome ? [{ key: 'outcome', label: t('page.outcome'), children: t(`term:mediationOutcome.${c.outcome}`) }] : []),
            ...(c.judicialConfirmation
              ? [
                  {
                    key: 'judicial',
                    label: t('term:judicialConfirmation'),
                    children: `${c.judicialConfirmation.court}：${t(`judicial.${c.judicialConfirmation.status}`)}`,
                  },
                ]
              : []),
            ...(c.risk
              ? [
                  {
                    key: 'risk',
                    label: t('page.risk'),
                    children: <ToneTag tone="bad">{t(`page.riskKind.${c.risk.kind}`)}</ToneTag>,
                  },
                ]
              : []),
          ]}
        />
        <Typography.Title level={3} style={{ fontSize: '1em', marginTop: 12 }}>
          {t('page.description')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.description}</Typography.Paragraph>
      </Card>

      <Card title={t('page.parties')} size="small">
        <ul className="mediation-list">
          {c.parties.map((party) => (
            <li key={party.id}>
              <Flex gap={8} wrap align="center">
                <strong>{partyLabel(party)}</strong>
                <Tag>{t(`party.${party.kind}`)}</Tag>
              </Flex>
              {party.contact && (
                <div className="muted">
                  {t('party.contact')}：{party.contact}
                </div>
              )}
              {party.kind === 'HOUSEHOLD' && party.villageId && party.villageId !== c.villageId && (
                <div className="muted">{placeName(party.villageId)}</div>
              )}
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t('page.timeline')} size="small">
        <Timeline
          items={timeline.map((entry) => ({
            key: entry.key,
            color: entry.tone,
            content: (
              <div>
                <div>
                  <strong>{entry.title}</strong> <span className="muted">{entry.when}</span>
                </div>
                {entry.lines.map((line, index) => (
                  <div key={index} style={{ whiteSpace: 'pre-wrap' }}>
                    {line}
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}
