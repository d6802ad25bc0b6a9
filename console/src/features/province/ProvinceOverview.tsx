import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { formatDateTime } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';

interface Tenant {
  id: string;
  name: string;
  status: string;
  createdAt: string;
}

/**
 * A platform operator runs the tenant registry; they see no county's figures (the provincial
 * admin's counties side by side are the analytics screen, features/analytics).
 */
export function ProvinceOverview() {
  const { t } = useTranslation('province');
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => api<Tenant[]>('/api/v1/tenants') });
  return (
    <>
      <PageTitle>{t('tenants')}</PageTitle>
      <ProblemAlert error={tenants.error} onReload={() => void tenants.refetch()} />
      <Table<Tenant>
        rowKey="id"
        loading={tenants.isLoading}
        dataSource={tenants.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('county'), dataIndex: 'name', render: (name: string, tenant) => `${name}（${tenant.id}）` },
          { title: t('status'), dataIndex: 'status', render: (status: string) => <Tag color={status === 'ACTIVE' ? 'green' : 'orange'}>{t(status)}</Tag> },
          { title: t('createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </>
  );
}
