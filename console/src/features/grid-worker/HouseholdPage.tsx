import { useNavigate, useParams } from 'react-router';
import { Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { formatDate, formatDateTime, maskIdNumber, maskPhone } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import type { OutboxEntry } from '../../offline/outbox';
import { useOutbox } from '../../offline/useOutbox';
import { useHousehold, useMemberNames, useRegionName, useVisits, type Household, type Visit, type VisitInput } from './api';
import { CardList } from './CardList';
import { HouseholdTags, ScreenLoading, Section } from './parts';

/** One household's file as a grid worker may see it: members masked, tags, the visits so far. */
export default function HouseholdPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('gridWorker');
  const { basePath } = useSession();
  const navigate = useNavigate();
  const household = useHousehold(id);

  if (household.isLoading) {
    return <ScreenLoading />;
  }
  if (household.error || !household.data) {
    return (
      <>
        <PageTitle>{t('household.title')}</PageTitle>
        <ProblemAlert error={household.error} onReload={() => void household.refetch()} />
      </>
    );
  }
  const file = household.data;
  const prefill = `?householdId=${encodeURIComponent(file.id)}`;
  return (
    <>
      <PageTitle>{t('household.titleOf', { name: file.headName })}</PageTitle>
      <div className="gw-actions" style={{ marginTop: 0, marginBottom: 16 }}>
        <Button type="primary" onClick={() => navigate(`${basePath}/gw/visit${prefill}`)}>
          {t('actions.logVisit')}
        </Button>
        <Button onClick={() => navigate(`${basePath}/gw/report${prefill}`)}>{t('actions.report')}</Button>
      </div>
      <Basics household={file} />
      <Residents household={file} />
      <VisitHistory householdId={file.id} />
    </>
  );
}

function Basics({ household }: { household: Household }) {
  const { t } = useTranslation('gridWorker');
  const naturalVillage = useRegionName(household.naturalVillageId);
  const group = useRegionName(household.groupId);
  return (
    <Descriptions
      title={t('household.basics')}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'head', label: t('households.head'), children: household.headName },
        { key: 'address', label: t('households.address'), children: household.address },
        { key: 'naturalVillage', label: t('household.naturalVillage'), children: naturalVillage ?? t('household.none') },
        { key: 'group', label: t('household.group'), children: group ?? t('household.none') },
        {
          key: 'tags',
          label: t('households.tags'),
          children: household.tags.length > 0 ? <HouseholdTags tags={household.tags} /> : t('household.none'),
        },
      ]}
    />
  );
}

function Residents({ household }: { household: Household }) {
  const { t } = useTranslation('gridWorker');
  return (
    <Section id="gw-residents" title={t('household.residents')}>
      <CardList items={household.residents} itemKey={(resident) => `${resident.name}-${resident.birthYear ?? ''}`} empty={t('household.noResidents')}>
        {(resident) => (
          <article className="gw-card">
            <span className="gw-card-title">{resident.name}</span>{' '}
            {resident.name === household.headName && <Tag color="red">{t('household.isHead')}</Tag>}
            {resident.partyMember && <Tag color="volcano">{t('household.partyMember')}</Tag>}
            {resident.birthYear && <p className="gw-card-line">{t('household.birthYear', { year: resident.birthYear })}</p>}
            {resident.idNumber && (
              <p className="gw-card-line muted">{t('shared.pair', { label: t('households.idNumber'), value: maskIdNumber(resident.idNumber) })}</p>
            )}
            {resident.phone && (
              <p className="gw-card-line muted">{t('shared.pair', { label: t('households.phone'), value: maskPhone(resident.phone) })}</p>
            )}
          </article>
        )}
      </CardList>
    </Section>
  );
}

/** The visits grid-service holds, and above them those still waiting on this phone. */
function VisitHistory({ householdId }: { householdId: string }) {
  const { t } = useTranslation('gridWorker');
  const visits = useVisits(householdId);
  const outbox = useOutbox<VisitInput>('visit');
  const waiting = outbox.entries.filter((entry) => entry.body.householdId === householdId && entry.status !== 'failed');
  const history: ({ waiting: OutboxEntry<VisitInput> } | { stored: Visit })[] = [
    ...waiting.map((entry) => ({ waiting: entry })),
    ...(visits.data ?? []).map((visit) => ({ stored: visit })),
  ];
  return (
    <Section id="gw-visits" title={t('household.visits')}>
      <ProblemAlert error={visits.error} onReload={() => void visits.refetch()} />
      <CardList
        items={history}
        itemKey={(item) => ('waiting' in item ? item.waiting.key : item.stored.id)}
        loading={visits.isLoading}
        empty={visits.error ? undefined : t('household.noVisits')}
      >
        {(item) =>
          'waiting' in item ? (
            <article className="gw-card">
              <span className="gw-card-title">{formatDate(item.waiting.body.visitedOn)}</span> <Tag color="gold">{t('household.waitingVisit')}</Tag>
              <p className="gw-card-line muted">{t('visit.savedAt', { time: formatDateTime(item.waiting.createdAt) })}</p>
              {item.waiting.body.notes && <p className="gw-pre">{item.waiting.body.notes}</p>}
            </article>
          ) : (
            <VisitCard visit={item.stored} />
          )
        }
      </CardList>
    </Section>
  );
}

function VisitCard({ visit }: { visit: Visit }) {
  const { t } = useTranslation('gridWorker');
  const { identity } = useSession();
  const names = useMemberNames();
  const who = visit.memberSubject === identity.subject ? t('shared.me') : (names.get(visit.memberSubject) ?? t('shared.someoneElse'));
  return (
    <article className="gw-card">
      <span className="gw-card-title">{formatDate(visit.visitedOn)}</span>
      <p className="gw-card-line muted">
        {t('household.visitedBy', { who })}
        {visit.onBehalfOf ? t('household.enteredByCadre') : ''}
      </p>
      {visit.notes && <p className="gw-pre">{visit.notes}</p>}
      {visit.issuesFound && (
        <p className="gw-pre">{t('shared.pair', { label: t('field.issuesFound'), value: visit.issuesFound })}</p>
      )}
    </article>
  );
}
