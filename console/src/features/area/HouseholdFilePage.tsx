import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Flex, Grid, List, Table, Tag, Timeline, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { formatDate, formatDateTime } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { Loading } from '../../App';
import { areaKeys, useMicroGrids, useRegionTree, type Household, type Pairing, type Resident, type Visit } from './api';
import { indexRegions, regionName, type IndexedRegion } from './regions';

/**
 * One household's file as grid-service shows it to the caller: ID numbers and phones in full or
 * masked as the service decides for the role, the file's change history, the visits, its
 * micro-grid and the party members paired with it. A household of another village or county is
 * a 404 (or 403) from the service, explained — its visits and pairings are then not even asked.
 */
export function HouseholdFilePage() {
  const { t } = useTranslation('area');
  const { id = '' } = useParams();
  const { basePath } = useSession();
  const tree = useRegionTree();
  const regions = useMemo(() => indexRegions(tree.data ?? []), [tree.data]);
  const file = useQuery({
    queryKey: areaKeys.household(id),
    queryFn: ({ signal }) => api<Household>(`/api/v1/grid/households/${encodeURIComponent(id)}`, { signal }),
  });
  const back = <Link to={`${basePath}/area/households`}>{t('household.back')}</Link>;

  if (file.isLoading) {
    return <Loading />;
  }
  if (!file.data) {
    return (
      <>
        <PageTitle extra={back}>{t('households.title')}</PageTitle>
        <ProblemAlert error={file.error} onReload={() => void file.refetch()} />
      </>
    );
  }
  const household = file.data;
  const place = [household.villageId, household.naturalVillageId, household.groupId]
    .filter((placeId): placeId is string => !!placeId)
    .map((placeId) => regionName(regions, placeId))
    .join(' · ');
  return (
    <>
      <PageTitle extra={back}>{t('household.title', { name: household.headName })}</PageTitle>
      <Flex vertical gap="middle">
        <Card title={t('household.basics')} size="small">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'head', label: t('household.head'), children: household.headName },
              { key: 'place', label: t('household.place'), children: place },
              { key: 'address', label: t('household.address'), children: household.address },
              {
                key: 'tags',
                label: t('household.tags'),
                children:
                  household.tags.length > 0
                    ? household.tags.map((tag) => (
                        <Tag key={tag} color="purple">
                          {t(`term:householdTag.${tag}`)}
                        </Tag>
                      ))
                    : t('household.noTags'),
              },
              { key: 'grid', label: t('household.microGrid'), children: <HouseholdMicroGrid household={household} /> },
              { key: 'version', label: t('household.version'), children: household.version },
            ]}
          />
        </Card>
        <Card title={t('household.residents')} size="small">
          <Residents residents={household.residents} />
        </Card>
        <Card title={t('household.pairings')} size="small">
          <Pairings household={household} />
        </Card>
        <Card title={t('household.visits')} size="small">
          <Visits household={household} />
        </Card>
        <Card title={t('household.history')} size="small">
          <History household={household} regions={regions} />
        </Card>
      </Flex>
    </>
  );
}

function Residents({ residents }: { residents: Resident[] }) {
  const { t } = useTranslation('area');
  const phone = !Grid.useBreakpoint().md;
  const partyMember = (resident: Resident) => (resident.partyMember ? t('household.yes') : t('household.no'));
  if (residents.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noResidents')} />;
  }
  // ID numbers and phones exactly as grid-service answers them for this role: in full or masked
  if (phone) {
    return (
      <Flex vertical gap="small">
        {residents.map((resident, position) => (
          <Descriptions
            key={position}
            size="small"
            bordered
            column={1}
            title={resident.name}
            items={[
              { key: 'idNumber', label: t('household.idNumber'), children: resident.idNumber },
              { key: 'phone', label: t('household.phone'), children: resident.phone },
              { key: 'birthYear', label: t('household.birthYear'), children: resident.birthYear },
              { key: 'partyMember', label: t('household.partyMember'), children: partyMember(resident) },
            ]}
          />
        ))}
      </Flex>
    );
  }
  const columns: TableColumnsType<Resident> = [
    { key: 'name', title: t('household.residentName'), dataIndex: 'name' },
    { key: 'idNumber', title: t('household.idNumber'), dataIndex: 'idNumber' },
    { key: 'phone', title: t('household.phone'), dataIndex: 'phone' },
    { key: 'birthYear', title: t('household.birthYear'), dataIndex: 'birthYear' },
    { key: 'partyMember', title: t('household.partyMember'), render: (_, resident) => partyMember(resident) },
  ];
  return (
    <Table<Resident>
      size="small"
      dataSource={residents}
      columns={columns}
      rowKey={(resident) => `${resident.name}-${resident.idNumber ?? ''}-${resident.birthYear ?? ''}`}
      pagination={false}
    />
  );
}

/** The micro-grid holding the household: the village's micro-grids name their households. */
function HouseholdMicroGrid({ household }: { household: Household }) {
  const { t } = useTranslation('area');
  const grids = useMicroGrids(household.villageId);
  if (grids.isLoading) return <span className="muted">{t('common:state.loading')}</span>;
  if (grids.error) return <span className="muted">{t('household.gridLoadFailed')}</span>;
  const grid = grids.data?.find((candidate) => candidate.householdIds.includes(household.id));
  if (!grid) return <span className="muted">{t('household.noMicroGrid')}</span>;
  return (
    <span>
      {grid.name}
      {grid.worker ? `（${t('household.gridWorker')}：${grid.worker.name}）` : ''}
    </span>
  );
}

function usePairings(villageId: string) {
  return useQuery({
    queryKey: areaKeys.pairings(villageId),
    queryFn: ({ signal }) => api<Pairing[]>('/api/v1/grid/pairings', { query: { villageId }, signal }),
  });
}

function Pairings({ household }: { household: Household }) {
  const { t } = useTranslation('area');
  const pairings = usePairings(household.villageId);
  const mine = (pairings.data ?? []).filter((pairing) => pairing.householdId === household.id);
  return (
    <>
      <ProblemAlert error={pairings.error} onReload={() => void pairings.refetch()} />
      <List<Pairing>
        loading={pairings.isLoading}
        dataSource={mine}
        rowKey="id"
        locale={{ emptyText: t('household.noPairings') }}
        renderItem={(pairing) => (
          <List.Item>
            <span>
              {pairing.memberName}{' '}
              <span className="muted">{t('household.pairedSince', { date: formatDate(pairing.since) })}</span>
            </span>
          </List.Item>
        )}
      />
    </>
  );
}

function Visits({ household }: { household: Household }) {
  const { t } = useTranslation('area');
  const visits = useQuery({
    queryKey: areaKeys.visits(household.id),
    queryFn: ({ signal }) => api<Visit[]>('/api/v1/grid/visits', { query: { householdId: household.id }, signal }),
  });
  // visits name their member by account; the pairings know the member's name
  const pairings = usePairings(household.villageId);
  const names = new Map((pairings.data ?? []).map((pairing) => [pairing.memberSubject, pairing.memberName]));
  const newestFirst = [...(visits.data ?? [])].sort((a, b) => b.visitedOn.localeCompare(a.visitedOn));
  if (visits.error) return <ProblemAlert error={visits.error} onReload={() => void visits.refetch()} />;
  if (visits.isLoading) return <span className="muted">{t('common:state.loading')}</span>;
  if (newestFirst.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noVisits')} />;
  return (
    <Timeline
      items={newestFirst.map((visit) => ({
        key: visit.id,
        color: visit.issuesFound ? 'orange' : 'green',
        content: (
          <Flex vertical gap={2}>
            <strong>{formatDate(visit.visitedOn)}</strong>
            <span>
              {t('household.visitedBy', { who: names.get(visit.memberSubject) ?? visit.memberSubject })}
              {visit.loggedBy && visit.loggedBy !== visit.memberSubject && (
                <span className="muted">（{t('household.enteredByCadre')}）</span>
              )}
            </span>
            {visit.notes && (
              <span>
                {t('household.visitNotes')}：{visit.notes}
              </span>
            )}
            {visit.issuesFound && (
              <span>
                <strong>{t('household.visitIssues')}</strong>：{visit.issuesFound}
              </span>
            )}
          </Flex>
        ),
      }))}
    />
  );
}

function History({ household, regions }: { household: Household; regions: Map<string, IndexedRegion> }) {
  const { t } = useTranslation('area');
  const { identity } = useSession();
  const newestFirst = [...household.history].reverse();
  return (
    <Timeline
      items={newestFirst.map((change, position) => ({
        key: `${change.at}-${position}`,
        content: (
          <Flex vertical gap={2}>
            <strong>{formatDateTime(change.at)}</strong>
            <span>{describeChange(t, change.what, regions)}</span>
            <span className="muted" style={{ wordBreak: 'break-all' }}>
              {t('household.by', { who: change.by === identity.subject ? t('household.me') : change.by })}
            </span>
          </Flex>
        ),
      }))}
    />
  );
}

/**
 * grid-service records a change in its own words (`registered`, `changed address, residents`,
 * `moved from village v-a to v-b`); they are read out in the person's language, and anything
 * newer is shown as recorded.
 */
export function describeChange(t: TFunction, what: string, regions: Map<string, IndexedRegion>): string {
  if (what === 'registered') {
    return t('area:household.registered');
  }
  const changed = /^changed (.+)$/.exec(what);
  if (changed) {
    const fields = changed[1].split(', ').map((field) => t(`area:household.field.${field}`, { defaultValue: field }));
    return t('area:household.changed', { fields: fields.join('、') });
  }
  const moved = /^moved from village (\S+) to (\S+)$/.exec(what);
  if (moved) {
    return t('area:household.moved', { from: regionName(regions, moved[1]), to: regionName(regions, moved[2]) });
  }
  return what;
}
