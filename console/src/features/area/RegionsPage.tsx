import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, Col, Empty, Flex, Grid, List, Row, Table, Tree, type TableColumnsType } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSession } from '../../auth/AuthContext';
import { formatNumber } from '../../common/format';
import { Notice } from '../../common/Notice';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { Loading } from '../../App';
import type { Term } from '../../i18n/glossary';
import { useMicroGrids, useRegionTree, type MicroGrid, type RegionKind, type RegionNode } from './api';
import { indexRegions, treeInScope, villageOf } from './regions';

/** A region's kind in the glossary's words. */
const KIND_TERMS: Record<RegionKind, Term> = {
  TOWNSHIP: 'township',
  VILLAGE: 'village',
  NATURAL_VILLAGE: 'naturalVillage',
  GROUP: 'group',
};

function toTreeData(nodes: RegionNode[], t: TFunction): DataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: (
      <span>
        {node.name} <span className="muted">（{t(`term:${KIND_TERMS[node.kind]}`)}）</span>
      </span>
    ),
    children: toTreeData(node.children, t),
  }));
}

/**
 * The region tree of the caller's area (a township officer's township, a cadre's village);
 * choosing a village (or a place in it) shows its micro-grids, their grid workers and sizes,
 * with links to their households.
 */
export function RegionsPage() {
  const { t } = useTranslation('area');
  const { identity } = useSession();
  const [params, setParams] = useSearchParams();
  const tree = useRegionTree();
  const scoped = useMemo(() => treeInScope(tree.data ?? [], identity), [tree.data, identity]);
  const index = useMemo(() => indexRegions(scoped), [scoped]);
  const requested = params.get('node');
  // a cadre starts at their village, a township officer at their township
  const selected = [requested, identity.village, identity.township].find((id) => !!id && index.has(id)) ?? undefined;
  const select = (id: string) => setParams({ node: id }, { replace: true });

  if (tree.isLoading) {
    return <Loading />;
  }
  if (tree.error) {
    return (
      <>
        <PageTitle>{t('regions.title')}</PageTitle>
        <ProblemAlert error={tree.error} onReload={() => void tree.refetch()} />
      </>
    );
  }
  if (scoped.length === 0) {
    return <Notice kind="warning" title={t('regions.noScope')} />;
  }
  const selectedEntry = selected ? index.get(selected) : undefined;
  const expanded = [...scoped.map((township) => township.id), ...(selectedEntry?.ancestors.map((node) => node.id) ?? [])];
  const village = villageOf(index, selected);
  return (
    <>
      <PageTitle>{t('regions.title')}</PageTitle>
      <p className="muted">{t('regions.hint')}</p>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={9}>
          <Card title={t('regions.tree')} size="small">
            <Tree
              blockNode
              defaultExpandedKeys={expanded}
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => keys.length > 0 && select(String(keys[0]))}
              treeData={toTreeData(scoped, t)}
            />
          </Card>
        </Col>
        <Col xs={24} md={15}>
          {village ? (
            <VillageGrids village={village} />
          ) : selectedEntry?.node.kind === 'TOWNSHIP' ? (
            <TownshipVillages township={selectedEntry.node} onSelect={select} />
          ) : (
            <Card size="small">
              <span className="muted">{t('regions.pickVillage')}</span>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}

function TownshipVillages({ township, onSelect }: { township: RegionNode; onSelect: (id: string) => void }) {
  const { t } = useTranslation('area');
  const villages = township.children.filter((node) => node.kind === 'VILLAGE');
  return (
    <Card size="small" title={t('regions.villagesOf', { name: township.name })}>
      <List<RegionNode>
        dataSource={villages}
        rowKey="id"
        locale={{ emptyText: t('regions.noVillages') }}
        renderItem={(village) => (
          <List.Item>
            <Button type="link" onClick={() => onSelect(village.id)} style={{ paddingInline: 0 }}>
              {village.name}
            </Button>
          </List.Item>
        )}
      />
      <span className="muted">{t('regions.pickVillage')}</span>
    </Card>
  );
}

function VillageGrids({ village }: { village: RegionNode }) {
  const { t } = useTranslation('area');
  const { basePath } = useSession();
  const phone = !Grid.useBreakpoint().md;
  const grids = useMicroGrids(village.id);
  const households = (grid?: MicroGrid) =>
    `${basePath}/area/households?${new URLSearchParams({ villageId: village.id, ...(grid ? { gridId: grid.id } : {}) })}`;
  const gridLink = (grid: MicroGrid) => (
    <Link to={households(grid)} aria-label={t('regions.gridHouseholdsOf', { name: grid.name })}>
      {t('regions.gridHouseholds')}
    </Link>
  );
  const worker = (grid: MicroGrid) => grid.worker?.name ?? t('regions.noWorker');
  const columns: TableColumnsType<MicroGrid> = [
    { key: 'name', title: t('regions.gridName'), dataIndex: 'name' },
    { key: 'worker', title: t('regions.worker'), render: (_, grid) => worker(grid) },
    { key: 'households', title: t('regions.households'), render: (_, grid) => formatNumber(grid.households) },
    { key: 'link', title: t('common:state.actions'), render: (_, grid) => gridLink(grid) },
  ];
  const empty = <Empty description={t('regions.noMicroGrids')} />;
  return (
    <Card size="small" title={t('regions.microGrids', { name: village.name })}>
      <Link to={households()} style={{ display: 'inline-block', marginBottom: 8 }}>
        {t('regions.villageHouseholds')}
      </Link>
      <ProblemAlert error={grids.error} onReload={() => void grids.refetch()} />
      {phone ? (
        <List<MicroGrid>
          loading={grids.isLoading}
          dataSource={grids.data ?? []}
          rowKey="id"
          locale={{ emptyText: empty }}
          renderItem={(grid) => (
            <List.Item>
              <Flex vertical gap={2}>
                <strong>{grid.name}</strong>
                <span className="muted">
                  {t('regions.worker')}：{worker(grid)} · {t('regions.households')}：{formatNumber(grid.households)}
                </span>
                {gridLink(grid)}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<MicroGrid>
          size="small"
          loading={grids.isLoading}
          dataSource={grids.data ?? []}
          columns={columns}
          rowKey="id"
          pagination={false}
          locale={{ emptyText: empty }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
