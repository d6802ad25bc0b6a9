import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { maskIdNumber, maskPhone } from '../../common/format';
import { Notice } from '../../common/Notice';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { GW, useMyGrids, type Household } from './api';
import { HouseholdTags, ScreenLoading } from './parts';

const PAGE_SIZE = 20;

/** The head's own entry among the residents, whose phone the card shows; the first resident otherwise. */
function headOf(household: Household) {
  return household.residents.find((resident) => resident.name === household.headName) ?? household.residents[0];
}

/**
 * The households of the micro-grid I look after, as cards (the phone's first screen); ID numbers
 * and phones masked whatever the service answers. Searched and paged by the service; built from
 * light parts only (no table, no Ant Design input), as it is what a cheap phone loads first.
 */
export default function HouseholdsPage() {
  const { t } = useTranslation('gridWorker');
  const { identity } = useSession();
  const grids = useMyGrids();
  const [chosen, setChosen] = useState<string>();

  if (!identity.village) {
    return <Notice kind="warning" title={t('shared.noVillage')} />;
  }
  if (grids.isLoading) {
    return <ScreenLoading />;
  }
  if (grids.error) {
    return (
      <>
        <PageTitle>{t('households.title')}</PageTitle>
        <ProblemAlert error={grids.error} onReload={() => void grids.refetch()} />
      </>
    );
  }
  const mine = grids.data ?? [];
  if (mine.length === 0) {
    return (
      <>
        <PageTitle>{t('households.title')}</PageTitle>
        <Notice kind="info" title={t('households.noGrid')} />
      </>
    );
  }
  const grid = mine.find((candidate) => candidate.id === chosen) ?? mine[0];
  return (
    <>
      <PageTitle>{t('households.title')}</PageTitle>
      {mine.length > 1 && (
        <Segmented
          aria-label={t('households.pickGrid')}
          value={grid.id}
          onChange={(value) => setChosen(String(value))}
          options={mine.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        />
      )}
      <p className="muted">{t('households.count', { name: grid.name, count: grid.households })}</p>
      <GridHouseholds key={grid.id} gridId={grid.id} />
    </>
  );
}

function GridHouseholds({ gridId }: { gridId: string }) {
  const { t } = useTranslation('gridWorker');
  const { t: common } = useTranslation();
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const households = useInfiniteQuery({
    queryKey: [GW, 'households', gridId, name],
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      api<Page<Household>>('/api/v1/grid/households', { query: { gridId, name, page: pageParam, size: PAGE_SIZE }, signal }),
    getNextPageParam: (last) => ((last.page + 1) * last.size < last.totalItems ? last.page + 1 : undefined),
  });
  const items = households.data?.pages.flatMap((page) => page.items) ?? [];
  const search = (event: FormEvent) => {
    event.preventDefault();
    setName(typed.trim());
  };
  return (
    <>
      <form role="search" className="gw-search" onSubmit={search}>
        <input
          type="search"
          className="gw-input"
          aria-label={t('households.search')}
          placeholder={t('households.search')}
          value={typed}
          maxLength={50}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button htmlType="submit">{common('state.search')}</Button>
      </form>
      <ProblemAlert error={households.error} onReload={() => void households.refetch()} />
      {households.isLoading ? (
        <ScreenLoading />
      ) : items.length === 0 ? (
        !households.error && <p className="gw-empty">{name ? common('state.empty') : t('households.empty')}</p>
      ) : (
        <>
          <ul className="gw-cards">
            {items.map((household) => (
              <li key={household.id}>
                <HouseholdCard household={household} />
              </li>
            ))}
          </ul>
          <p className="muted" role="status">
            {common('state.total', { count: households.data?.pages[0].totalItems ?? items.length })}
          </p>
          {households.hasNextPage && (
            <Button block loading={households.isFetchingNextPage} onClick={() => void households.fetchNextPage()}>
              {t('households.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}

function HouseholdCard({ household }: { household: Household }) {
  const { t } = useTranslation('gridWorker');
  const { basePath } = useSession();
  const head = headOf(household);
  return (
    <article className="gw-card">
      <Link to={`${basePath}/gw/households/${household.id}`} className="gw-card-title" aria-label={t('actions.openOf', { name: household.headName })}>
        {household.headName}
      </Link>
      <p className="gw-card-line">{household.address}</p>
      <HouseholdTags tags={household.tags} />
      <p className="gw-card-line muted">
        {t('shared.pair', { label: t('households.members'), value: t('households.membersCount', { count: household.residents.length }) })}
        {head?.phone ? ` · ${t('shared.pair', { label: t('households.phone'), value: maskPhone(head.phone) })}` : ''}
      </p>
      {head?.idNumber && (
        <p className="gw-card-line muted">{t('shared.pair', { label: t('households.idNumber'), value: maskIdNumber(head.idNumber) })}</p>
      )}
    </article>
  );
}
