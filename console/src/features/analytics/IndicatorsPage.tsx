import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Empty, Flex, Form, Grid, Segmented, Select, Table, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { saveFile } from '../../common/saveFile';
import { PageTitle } from '../../layout/AppShell';
import {
  analyticsKeys,
  exportIndicators,
  fetchIndicators,
  scopeFrom,
  viewerOf,
  type ExportFormat,
  type IndicatorTable,
  type PlaceRow,
  type Scope,
  type Viewer,
} from './api';
import { Figure, groupByService, serviceLabel } from './figures';
import { periodFrom, periodParams, type Period } from './period';
import { PERIOD_INPUT, PeriodPicker } from './PeriodPicker';
import { TrendChart } from './TrendChart';

const ALL = 'all';

/** The address of the same screen with other drill-down or period parameters; the rest is kept. */
function search(params: URLSearchParams, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/**
 * The analytics of the viewer's area: every indicator of each place one level below, side by
 * side, with the area's totals, its 12-month trend and the same table as CSV or Excel. A
 * provincial admin starts at the counties, a county admin at the townships, a township officer
 * at the villages; a place's name opens the level below it. Period and drill-down live in the
 * address (shareable, and the back button goes back up).
 */
export function IndicatorsPage() {
  const { identity } = useSession();
  const viewer = viewerOf(identity);
  // the feature is offered only to these roles (navigation.ts); the route refuses anyone else too
  return viewer ? <Indicators viewer={viewer} /> : null;
}

function Indicators({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('analytics');
  const { countyName } = useSession();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const period = periodFrom(params);
  const scope = scopeFrom(params, viewer);
  const [service, setService] = useState<string>();
  const [trendKey, setTrendKey] = useState<string>();
  const [exporting, setExporting] = useState<ExportFormat>();
  const [exportError, setExportError] = useState<unknown>();

  const key = analyticsKeys.table(scope, period);
  const table = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchIndicators(scope, period, signal),
    // the same place's table stays while another period loads, so the page does not jump; another
    // place's would be read as this one's
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === key[2] && previousQuery.queryKey[3] === key[3] ? previous : undefined,
  });

  // names of the places above, for the breadcrumb: remembered from the tables seen on the way down
  const names = useRef(new Map<string, string>());
  const remember = (seen?: IndicatorTable) => {
    if (!seen) return;
    names.current.set(seen.place.id, seen.place.name);
    names.current.set(`level:${seen.level}`, seen.place.name);
    seen.rows.forEach((row) => names.current.set(row.id, row.name));
  };
  remember(table.data);
  // a shared link straight to a township: the county's own table names it (once; cached after)
  const countyUnknown = viewer === 'province' && !!scope.county && !!scope.township && !names.current.has(scope.county);
  const countyTable = useQuery({
    queryKey: analyticsKeys.table({ county: scope.county }, period),
    queryFn: ({ signal }) => fetchIndicators({ county: scope.county }, period, signal),
    enabled: countyUnknown,
  });
  remember(countyTable.data);

  const data = table.data;
  const changePeriod = (next: Period) => {
    setExportError(undefined);
    setParams(search(params, { period: undefined, from: undefined, to: undefined, ...periodParams(next) }));
  };
  const drillTo = (row: PlaceRow): string | undefined => {
    if (data?.rowLevel === 'COUNTY') return search(params, { county: row.id, township: undefined });
    if (data?.rowLevel === 'TOWNSHIP') return search(params, { township: row.id });
    return undefined;
  };

  const runExport = async (format: ExportFormat) => {
    setExporting(format);
    setExportError(undefined);
    try {
      const file = await exportIndicators(scope, period, format);
      saveFile(file.blob, file.filename);
      void message.success(t('export.done', { filename: file.filename }));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(undefined);
    }
  };

  const groups = groupByService(data?.columns ?? []);
  // a phone shows one service's columns at a time: thirty columns do not read at 360 px
  const chosenService = service && groups.some((group) => group.service === service) ? service : undefined;
  const shownService = chosenService ?? (phone && groups.length > 1 ? groups[0].service : ALL);
  const shownGroups = shownService === ALL ? groups : groups.filter((group) => group.service === shownService);
  const leaves = shownGroups.flatMap((group) => group.columns);

  const columns: TableColumnsType<PlaceRow> = [
    {
      key: 'name',
      title: data ? t(`place.${data.rowLevel}`) : '',
      fixed: 'left',
      rowScope: 'row',
      render: (_, row) => {
        const to = drillTo(row);
        return to ? (
          <Link to={{ search: to }} title={t('drillHint', { name: row.name })}>
            {row.name}
          </Link>
        ) : (
          row.name
        );
      },
    },
    ...shownGroups.map((group) => ({
      key: group.service,
      title: serviceLabel(t, group.service),
      children: group.columns.map((column) => ({
        key: column.key,
        title: column.label,
        align: 'right' as const,
        render: (_: unknown, row: PlaceRow) => <Figure value={row.values[column.key]} unit={column.unit} />,
      })),
    })),
  ];

  const trendColumn = data?.columns.find((column) => column.key === trendKey) ?? data?.columns[0];
  const covers = data
    ? t('period.covers', { from: formatDate(data.period.from), to: formatDate(data.period.to), asOf: formatDate(data.period.asOf) })
    : '';

  // the table scrolls sideways on a phone: its scroll area must take the keyboard even when no
  // cell holds a link (a township officer's villages), so it is a labelled, focusable region
  const tableArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tableArea.current?.querySelectorAll('.ant-table-content').forEach((area) => {
      area.setAttribute('tabindex', '0');
      area.setAttribute('role', 'region');
      area.setAttribute('aria-label', t('tableRegion'));
    });
  });

  return (
    <>
      <PageTitle
        extra={
          <Flex wrap gap="small">
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                icon={<DownloadOutlined />}
                loading={exporting === format}
                disabled={exporting !== undefined && exporting !== format}
                onClick={() => void runExport(format)}
              >
                {t(`export.${format}`)}
              </Button>
            ))}
          </Flex>
        }
      >
        {t('title')}
      </PageTitle>
      <p className="muted">{t('hint')}</p>
      <Places viewer={viewer} scope={scope} params={params} data={data} names={names.current} countyName={countyName} />
      <Form layout="vertical" component="div" className="analytics-controls">
        <Form.Item label={t('period.label')} htmlFor={PERIOD_INPUT} style={{ marginBottom: 8 }}>
          <PeriodPicker period={period} onChange={changePeriod} />
        </Form.Item>
      </Form>
      {covers && (
        <p className="muted" role="status">
          {covers}
        </p>
      )}
      <ProblemAlert error={exportError} />
      <ProblemAlert error={table.error} onReload={() => void table.refetch()} />
      {groups.length > 1 && (
        <div role="group" aria-label={t('service.label')} className="analytics-services">
          <Segmented<string>
            value={shownService}
            onChange={setService}
            options={[
              { value: ALL, label: t('service.all') },
              ...groups.map((group) => ({ value: group.service, label: serviceLabel(t, group.service) })),
            ]}
          />
        </div>
      )}
      <div ref={tableArea}>
      <Table<PlaceRow>
        rowKey="id"
        caption={
          data ? (
            <span className="sr-only">
              {t('caption', { place: data.place.name, level: t(`level.${data.rowLevel}`), from: data.period.from, to: data.period.to })}
            </span>
          ) : undefined
        }
        loading={table.isFetching}
        dataSource={table.isError ? [] : (data?.rows ?? [])}
        columns={columns}
        pagination={false}
        size={phone ? 'small' : 'middle'}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={table.isPending ? t('common:state.loading') : t('empty')} /> }}
        summary={() =>
          data && data.rows.length > 0 && !table.isError ? (
            <Table.Summary.Row className="analytics-total">
              <Table.Summary.Cell index={0}>
                <strong>{t('total')}</strong>
              </Table.Summary.Cell>
              {leaves.map((column, index) => (
                <Table.Summary.Cell key={column.key} index={index + 1} align="right">
                  <strong>
                    <Figure value={data.total[column.key]} unit={column.unit} />
                  </strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : undefined
        }
      />
      </div>
      {data && trendColumn && !table.isError && (
        <section aria-labelledby="analytics-trend" className="analytics-trend">
          <h3 id="analytics-trend">{t('trend.title')}</h3>
          <Form layout="vertical" component="div">
            <Form.Item label={t('trend.indicator')} htmlFor="analytics-trend-indicator" style={{ maxWidth: 420, marginBottom: 8 }}>
              <Select
                id="analytics-trend-indicator"
                value={trendColumn.key}
                onChange={setTrendKey}
                showSearch={{ optionFilterProp: 'label' }}
                options={groups.map((group) => ({
                  label: serviceLabel(t, group.service),
                  title: serviceLabel(t, group.service),
                  options: group.columns.map((column) => ({ value: column.key, label: column.label })),
                }))}
              />
            </Form.Item>
          </Form>
          <TrendChart table={data} column={trendColumn} />
        </section>
      )}
    </>
  );
}

/** 省 → 县 → 乡镇: where the table is, each level above a link back up. */
function Places({
  viewer,
  scope,
  params,
  data,
  names,
  countyName,
}: {
  viewer: Viewer;
  scope: Scope;
  params: URLSearchParams;
  data?: IndicatorTable;
  names: Map<string, string>;
  countyName?: string;
}) {
  const { t } = useTranslation('analytics');
  const items: { key: string; title: string; to?: string }[] = [];
  if (viewer === 'province') {
    const root = names.get('level:PROVINCE') ?? t('province');
    items.push({ key: 'province', title: root, to: scope.county ? search(params, { county: undefined, township: undefined }) : undefined });
    if (scope.county) {
      const name = names.get(scope.county) ?? scope.county;
      items.push({ key: scope.county, title: name, to: scope.township ? search(params, { township: undefined }) : undefined });
    }
  } else if (viewer === 'county') {
    const root = names.get('level:COUNTY') ?? countyName ?? t('county');
    items.push({ key: 'county', title: root, to: scope.township ? search(params, { township: undefined }) : undefined });
  } else {
    items.push({ key: 'township', title: data?.place.name ?? t('place.TOWNSHIP') });
  }
  if (scope.township) {
    const name = names.get(scope.township) ?? scope.township;
    items.push({ key: scope.township, title: name });
  }
  return (
    <Breadcrumb
      aria-label={t('breadcrumb')}
      className="analytics-places"
      items={items.map((item) => ({
        key: item.key,
        title: item.to !== undefined ? <Link to={{ search: item.to }}>{item.title}</Link> : <span aria-current="location">{item.title}</span>,
      }))}
    />
  );
}
