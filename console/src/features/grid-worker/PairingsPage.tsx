import { Link, useNavigate } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { GW, householdLabel, useHouseholds, useMyPairings, VISITS_PATH, type Household, type Pairing, type Visit } from './api';
import { CardList } from './CardList';
import { HouseholdTags } from './parts';

interface PairingRow {
  pairing: Pairing;
  overdue: boolean;
  /** my last visit to the household, if any */
  lastVisit?: string;
}

/** Overdue first; among the rest, the one I saw longest ago (or never) first. */
function byUrgency(a: PairingRow, b: PairingRow): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return (a.lastVisit ?? '').localeCompare(b.lastVisit ?? '');
}

/** The households I am paired with, those not visited for 7 days first, each a tap away from a visit. */
export default function PairingsPage() {
  const { t } = useTranslation('gridWorker');
  const { identity } = useSession();
  const pairings = useMyPairings();
  const overdue = useQuery({
    queryKey: [GW, 'overdue', identity.subject],
    queryFn: ({ signal }) => api<Pairing[]>('/api/v1/grid/visits/overdue', { query: { memberSubject: identity.subject }, signal }),
  });
  const mine = pairings.data ?? [];
  const households = useHouseholds(mine.map((pairing) => pairing.householdId));
  const histories = useQueries({
    queries: mine.map((pairing) => ({
      queryKey: [GW, 'visits', pairing.householdId],
      queryFn: ({ signal }: { signal: AbortSignal }) => api<Visit[]>(VISITS_PATH, { query: { householdId: pairing.householdId }, signal }),
    })),
  });
  const overdueIds = new Set((overdue.data ?? []).map((pairing) => pairing.householdId));
  const rows: PairingRow[] = mine
    .map((pairing, index) => ({
      pairing,
      overdue: overdueIds.has(pairing.householdId),
      lastVisit: (histories[index]?.data ?? [])
        .filter((visit) => visit.memberSubject === identity.subject)
        .map((visit) => visit.visitedOn)
        .sort()
        .pop(),
    }))
    .sort(byUrgency);

  return (
    <>
      <PageTitle>{t('pairings.title')}</PageTitle>
      <p className="muted">{t('pairings.hint')}</p>
      <ProblemAlert error={pairings.error ?? overdue.error} onReload={() => void Promise.all([pairings.refetch(), overdue.refetch()])} />
      <CardList
        items={rows}
        itemKey={(row) => row.pairing.id}
        loading={pairings.isLoading || overdue.isLoading}
        empty={pairings.error ? undefined : t('pairings.empty')}
      >
        {(row) => <PairingCard row={row} household={households.get(row.pairing.householdId)} />}
      </CardList>
    </>
  );
}

function PairingCard({ row, household }: { row: PairingRow; household?: Household }) {
  const { t } = useTranslation('gridWorker');
  const { basePath } = useSession();
  const navigate = useNavigate();
  const name = household ? household.headName : t('shared.unknownHousehold', { id: row.pairing.householdId });
  return (
    <article className="gw-card">
      <Link
        to={`${basePath}/gw/households/${row.pairing.householdId}`}
        className="gw-card-title"
        aria-label={t('actions.openOf', { name })}
      >
        {household ? householdLabel(household) : name}
      </Link>{' '}
      {row.overdue ? <Tag color="red">{t('pairings.overdue')}</Tag> : <Tag color="green">{t('pairings.upToDate')}</Tag>}
      {household && <HouseholdTags tags={household.tags} />}
      <p className="gw-card-line">
        {t('shared.pair', { label: t('pairings.lastVisit'), value: row.lastVisit ? formatDate(row.lastVisit) : t('pairings.neverVisited') })}
      </p>
      <p className="gw-card-line muted">{t('shared.pair', { label: t('pairings.since'), value: formatDate(row.pairing.since) })}</p>
      <div className="gw-actions">
        <Button
          type={row.overdue ? 'primary' : 'default'}
          aria-label={t('actions.logVisitFor', { name })}
          onClick={() => navigate(`${basePath}/gw/visit?householdId=${encodeURIComponent(row.pairing.householdId)}`)}
        >
          {t('actions.logVisit')}
        </Button>
      </div>
    </article>
  );
}
