import { useState, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Grid, Input, List, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page, type Query } from '../api/http';
import { ProblemAlert } from './ProblemAlert';

export interface PagedListProps<T> {
  /** the list's address under the gateway, e.g. `/api/v1/grid/households` */
  path: string;
  /** filters the list always carries (village, status…) */
  query?: Query;
  /** the query parameter the search box fills (only where the API searches) */
  searchParam?: string;
  searchPlaceholder?: string;
  columns: TableColumnsType<T>;
  /** how one row reads on a phone, where a table does not fit */
  renderCard: (item: T) => ReactNode;
  rowKey?: (item: T) => string;
  pageSize?: number;
  emptyText?: string;
  queryKey: readonly unknown[];
}

/**
 * A list as every screen shows one: searchable where the API allows, paged by the service
 * (never loaded whole), a table on a desk and cards on a phone, with loading, empty and error states.
 */
export function PagedList<T extends { id?: string }>(props: PagedListProps<T>) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const [page, setPage] = useState(0);
  const [search, setSearch] = useState('');
  const size = props.pageSize ?? 20;
  const query = { ...props.query, page, size, ...(props.searchParam && search ? { [props.searchParam]: search } : {}) };
  const result = useQuery({
    queryKey: [...props.queryKey, query],
    queryFn: ({ signal }) => api<Page<T>>(props.path, { query, signal }),
    placeholderData: keepPreviousData,
  });
  const rowKey = props.rowKey ?? ((item: T) => item.id ?? JSON.stringify(item));
  const pagination = {
    current: page + 1,
    pageSize: size,
    total: result.data?.totalItems ?? 0,
    showSizeChanger: false,
    showTotal: (count: number) => t('state.total', { count }),
    onChange: (next: number) => setPage(next - 1),
  };
  const empty = <Empty description={props.emptyText ?? t('state.empty')} />;
  return (
    <div>
      {props.searchParam && (
        <Input.Search
          allowClear
          enterButton={t('state.search')}
          placeholder={props.searchPlaceholder}
          aria-label={props.searchPlaceholder ?? t('state.search')}
          onSearch={(value) => {
            setPage(0);
            setSearch(value.trim());
          }}
          style={{ marginBottom: 12, maxWidth: 480 }}
        />
      )}
      <ProblemAlert error={result.error} onReload={() => void result.refetch()} />
      {phone ? (
        <List<T>
          loading={result.isLoading}
          dataSource={result.data?.items ?? []}
          rowKey={rowKey}
          locale={{ emptyText: empty }}
          renderItem={(item) => <List.Item>{props.renderCard(item)}</List.Item>}
          pagination={(result.data?.totalItems ?? 0) > size ? { ...pagination, simple: true, align: 'center' } : false}
        />
      ) : (
        <Table<T>
          loading={result.isLoading}
          dataSource={result.data?.items ?? []}
          columns={props.columns}
          rowKey={rowKey}
          locale={{ emptyText: empty }}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
        />
      )}
    </div>
  );
}
