import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { Role } from '../../auth/roles';
import { PagedList } from '../../common/PagedList';
import { PageTitle } from '../../layout/AppShell';
import { areaKeys, HOUSEHOLD_TAGS, useMicroGrids, useRegionTree, type Household } from './api';
import { indexRegions, regionName, treeInScope, villagesOf } from './regions';

const FILTERS = ['name', 'townshipId', 'villageId', 'tag', 'gridId'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * The households of the caller's area: searched by name (head or member), filtered by village
 * (a cadre's own, fixed), tag and micro-grid, paged by grid-service. The filters live in the
 * address, so the region tree can link to a village's or a micro-grid's households.
 */
export function HouseholdsPage() {
  const { t } = useTranslation('area');
  const { identity, basePath } = useSession();
  const [params, setParams] = useSearchParams();
  const tree = useRegionTree();
  const regions = useMemo(() => indexRegions(tree.data ?? []), [tree.data]);
  const scoped = useMemo(() => treeInScope(tree.data ?? [], identity), [tree.data, identity]);
  const villages = useMemo(() => villagesOf(scoped), [scoped]);
  const isCountyAdmin = identity.roles.includes(Role.CountyAdmin);
  // a cadre's list is their village's; the service would refuse any other one anyway
  const fixedVillage = !isCountyAdmin && !identity.roles.includes(Role.TownshipOfficer) ? identity.village : undefined;

  const filters: Partial<Record<Filter, string>> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  if (fixedVillage) filters.villageId = fixedVillage;
  const microGrids = useMicroGrids(filters.villageId);

  const change = (name: Filter, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    // a micro-grid belongs to one village, a village to one township
    if (name === 'villageId' || name === 'townshipId') next.delete('gridId');
    if (name === 'townshipId') next.delete('villageId');
    setParams(next, { replace: true });
  };
  const query: Query = { ...filters };
  const link = (household: Household) => `${basePath}/area/households/${encodeURIComponent(household.id)}`;
  const tags = (household: Household) =>
    household.tags.map((tag) => (
      <Tag key={tag} color="purple">
        {t(`term:householdTag.${tag}`)}
      </Tag>
    ));

  const columns: TableColumnsType<Household> = [
    { key: 'head', title: t('households.head'), render: (_, household) => <Link to={link(household)}>{household.headName}</Link> },
    { key: 'village', title: t('households.village'), render: (_, household) => regionName(regions, household.villageId) },
    { key: 'address', title: t('households.address'), dataIndex: 'address' },
    {
      key: 'residents',
      title: t('households.residents'),
      render: (_, household) => t('households.residentCount', { count: household.residents.length }),
    },
    { key: 'tags', title: t('households.tags'), render: (_, household) => tags(household) },
  ];

  const villageOptions = villages
    .filter((village) => !filters.townshipId || village.townshipId === filters.townshipId)
    .map((village) => ({ value: village.id, label: scoped.length > 1 ? `${village.townshipName} · ${village.name}` : village.name }));

  return (
    <>
      <PageTitle>{t('households.title')}</PageTitle>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" aria-label={t('households.filters')} requiredMark={false}>
          <Row gutter={[12, 0]}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label={t('households.name')} htmlFor="households-name">
                <Input.Search
                  id="households-name"
                  key={filters.name ?? ''}
                  defaultValue={filters.name}
                  allowClear
                  maxLength={50}
                  placeholder={t('households.namePlaceholder')}
                  enterButton={t('common:state.search')}
                  onSearch={(value) => change('name', value.trim())}
                />
              </Form.Item>
            </Col>
            {isCountyAdmin && (
              <FilterSelect
                filter="townshipId"
                label={t('households.township')}
                value={filters.townshipId}
                onChange={change}
                options={scoped.map((township) => ({ value: township.id, label: township.name }))}
              />
            )}
            <FilterSelect
              filter="villageId"
              label={t('households.village')}
              value={filters.villageId}
              onChange={change}
              fixed={!!fixedVillage}
              options={fixedVillage ? [{ value: fixedVillage, label: regionName(regions, fixedVillage) }] : villageOptions}
            />
            <FilterSelect
              filter="tag"
              label={t('households.tag')}
              value={filters.tag}
              onChange={change}
              options={HOUSEHOLD_TAGS.map((tag) => ({ value: tag, label: t(`term:householdTag.${tag}`) }))}
            />
            {filters.villageId && (
              <FilterSelect
                filter="gridId"
                label={t('households.microGrid')}
                value={filters.gridId}
                onChange={change}
                loading={microGrids.isLoading}
                options={(microGrids.data ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
              />
            )}
          </Row>
          {FILTERS.some((name) => params.get(name) && !(name === 'villageId' && fixedVillage)) && (
            <Button onClick={() => setParams({}, { replace: true })}>{t('households.reset')}</Button>
          )}
        </Form>
      </Card>
      <PagedList<Household>
        // a new filter starts again at the first page
        key={JSON.stringify(query)}
        path="/api/v1/grid/households"
        query={query}
        queryKey={areaKeys.households}
        columns={columns}
        emptyText={t('households.empty')}
        renderCard={(household) => (
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Link to={link(household)} style={{ fontSize: '1.1em', fontWeight: 600 }}>
              {household.headName}
            </Link>
            <span className="muted">
              {regionName(regions, household.villageId)} · {household.address} ·{' '}
              {t('households.residentCount', { count: household.residents.length })}
            </span>
            {household.tags.length > 0 && <div>{tags(household)}</div>}
          </Flex>
        )}
      />
    </>
  );
}

interface FilterSelectProps {
  filter: Filter;
  label: string;
  value?: string;
  onChange: (filter: Filter, value?: string) => void;
  options: { value: string; label: string }[];
  /** shown but not changeable (a cadre's own village) */
  fixed?: boolean;
  loading?: boolean;
}

/**
 * One filter of the list, labelled and searchable by its options' names. "All" is an option of
 * its own rather than a placeholder, whose pale grey is too faint to read.
 */
function FilterSelect({ filter, label, value, onChange, options, fixed, loading }: FilterSelectProps) {
  const { t } = useTranslation('area');
  const id = `households-${filter}`;
  return (
    <Col xs={24} md={12} xl={8}>
      <Form.Item label={label} htmlFor={id}>
        <Select
          id={id}
          disabled={fixed}
          loading={loading}
          showSearch={{ optionFilterProp: 'label' }}
          value={value ?? ''}
          onChange={(next: string) => onChange(filter, next)}
          options={fixed ? options : [{ value: '', label: t('households.all') }, ...options]}
        />
      </Form.Item>
    </Col>
  );
}
