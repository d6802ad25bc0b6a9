import { useState } from 'react';
import { Link } from 'react-router';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../common/PagedList';
import { formatNumber } from '../../common/format';
import { COUNCIL, keys, type Matter, type MatterStatus } from './api';
import { FilterBar, ListHeader, MatterStatusTag, useCouncilPath, VillageFilter } from './shared';
import { useVillages } from './places';

const STATUSES: MatterStatus[] = ['IN_PROGRESS', 'ADOPTED', 'COMPLETED', 'REJECTED'];

/** Every major matter of the village(s) on its "four discussions, two openness" way. */
export function MatterList() {
  const { t } = useTranslation('council');
  const path = useCouncilPath();
  const { nameOf } = useVillages();
  const [villageId, setVillageId] = useState<string>();
  const [status, setStatus] = useState<MatterStatus>();
  const stageOf = (matter: Matter) => t(`stage.${matter.stage}`);
  return (
    <>
      <ListHeader
        title={t('matters.title')}
        hint={t('matters.hint')}
        links={[{ label: t('representatives.title'), to: 'representatives' }]}
        create={{ label: t('matters.propose'), to: 'matters/new' }}
      />
      <FilterBar>
        <VillageFilter value={villageId} onChange={setVillageId} />
        <Form.Item label={t('field.status')} htmlFor="matter-status-filter">
          <Select
            id="matter-status-filter"
            allowClear
            placeholder={t('filter.all')}
            value={status}
            onChange={setStatus}
            options={STATUSES.map((value) => ({ value, label: t(`matterStatus.${value}`) }))}
            style={{ width: 180 }}
          />
        </Form.Item>
      </FilterBar>
      <PagedList<Matter>
        key={`${villageId}-${status}`}
        path={`${COUNCIL}/matters`}
        query={{ villageId, status }}
        queryKey={[...keys.matters, 'list']}
        emptyText={t('matters.empty')}
        columns={[
          { title: t('field.title'), dataIndex: 'title', render: (title: string, matter) => <Link to={path(`matters/${matter.id}`)}>{title}</Link> },
          { title: t('field.kind'), dataIndex: 'kind', render: (kind: string) => t(`matterKind.${kind}`) },
          { title: t('field.amount'), dataIndex: 'amount', align: 'right', render: (amount: number) => t('matters.yuan', { amount: formatNumber(amount) }) },
          { title: t('field.village'), dataIndex: 'villageId', render: (id: string) => nameOf(id) },
          { title: t('matters.currentStep'), key: 'stage', render: (_: unknown, matter) => stageOf(matter) },
          { title: t('field.status'), dataIndex: 'status', render: (value: MatterStatus) => <MatterStatusTag status={value} /> },
        ]}
        renderCard={(matter) => (
          <div style={{ width: '100%' }}>
            <Link to={path(`matters/${matter.id}`)} style={{ fontSize: '1.1em' }}>
              {matter.title}
            </Link>
            <div>
              <MatterStatusTag status={matter.status} /> {stageOf(matter)}
            </div>
            <div className="muted">
              {t(`matterKind.${matter.kind}`)} · {t('matters.yuan', { amount: formatNumber(matter.amount) })} · {nameOf(matter.villageId)}
            </div>
          </div>
        )}
      />
    </>
  );
}
