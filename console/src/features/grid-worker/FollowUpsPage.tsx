import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { GW, householdLabel, useHouseholds, useMyHouseholds, type FollowUp, type Household } from './api';
import { CardList } from './CardList';
import { ScreenLoading, Section } from './parts';

/**
 * Open follow-up visits of my village (after a mediation case closed, a black-list entry…):
 * those of households I look after first, each with a button to log the visit that closes it.
 */
export default function FollowUpsPage() {
  const { t } = useTranslation('gridWorker');
  const tasks = useQuery({
    queryKey: [GW, 'follow-ups'],
    queryFn: ({ signal }) => api<FollowUp[]>('/api/v1/grid/follow-ups', { signal }),
    select: (all) => [...all].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  });
  const mine = useMyHouseholds();
  const myIds = new Set(mine.households.map((household) => household.id));
  const all = tasks.data ?? [];
  const households = useHouseholds([...new Set(all.map((task) => task.householdId))]);
  const groups = [
    { key: 'mine', title: t('followUps.mine'), tasks: all.filter((task) => myIds.has(task.householdId)) },
    { key: 'others', title: t('followUps.others'), tasks: all.filter((task) => !myIds.has(task.householdId)) },
  ].filter((group) => group.tasks.length > 0);

  return (
    <>
      <PageTitle>{t('followUps.title')}</PageTitle>
      <p className="muted">{t('followUps.hint')}</p>
      <ProblemAlert error={tasks.error} onReload={() => void tasks.refetch()} />
      {tasks.isLoading ? (
        <ScreenLoading />
      ) : all.length === 0 ? (
        !tasks.error && <p className="gw-empty">{t('followUps.empty')}</p>
      ) : (
        groups.map((group) => (
          <Section key={group.key} id={`gw-follow-ups-${group.key}`} title={group.title}>
            <CardList items={group.tasks} itemKey={(task) => task.id}>
              {(task) => <FollowUpCard task={task} household={households.get(task.householdId)} />}
            </CardList>
          </Section>
        ))
      )}
    </>
  );
}

function FollowUpCard({ task, household }: { task: FollowUp; household?: Household }) {
  const { t } = useTranslation('gridWorker');
  const { basePath } = useSession();
  const navigate = useNavigate();
  const name = household?.headName ?? t('shared.unknownHousehold', { id: task.householdId });
  const source =
    task.source === 'points' ? t('followUps.sourcePoints') : task.source === 'mediation' ? t('followUps.sourceMediation') : t('followUps.sourceOther');
  return (
    <article className="gw-card">
      <span className="gw-card-title">{household ? householdLabel(household) : name}</span> <Tag>{source}</Tag>
      <p className="gw-card-line">{t('shared.pair', { label: t('followUps.reason'), value: task.reason })}</p>
      <p className="gw-card-line muted">{t('followUps.since', { date: formatDate(task.createdAt) })}</p>
      <div className="gw-actions">
        <Button
          type="primary"
          aria-label={t('actions.logVisitFor', { name })}
          onClick={() => navigate(`${basePath}/gw/visit?householdId=${encodeURIComponent(task.householdId)}`)}
        >
          {t('actions.logVisit')}
        </Button>
      </div>
    </article>
  );
}
