import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Form, Row, Select, Statistic, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { formatDate, formatPercent, todayInCounty } from '../../common/format';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { COUNCIL, keys, SUGGESTION_STATUSES, type Suggestion, type SuggestionFigures, type SuggestionStatus } from './api';
import { useVillages } from './places';
import { FilterBar, ListHeader, SuggestionStatusTag, ToneTag, useCouncilPath, VillageFilter } from './shared';

/** Whole days from one county day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The suggestions queue: the figures, the assigned ones past their deadline first (most overdue
 * at the top), then every suggestion by status.
 */
export function SuggestionList() {
  const { t } = useTranslation('council');
  const path = useCouncilPath();
  const { nameOf } = useVillages();
  const [villageId, setVillageId] = useState<string>();
  const [status, setStatus] = useState<SuggestionStatus>();
  const [escalatedOnly, setEscalatedOnly] = useState(false);
  const today = todayInCounty();
  const figures = useQuery({
    queryKey: [...keys.suggestions, 'figures', villageId],
    queryFn: ({ signal }) => api<SuggestionFigures>(`${COUNCIL}/suggestions/figures`, { query: { villageId }, signal }),
  });
  const overdue = useQuery({
    queryKey: [...keys.suggestions, 'overdue', villageId],
    queryFn: ({ signal }) => api<Suggestion[]>(`${COUNCIL}/suggestions/overdue`, { query: { villageId }, signal }),
  });
  const overdueFirst = [...(overdue.data ?? [])].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
  const deadlineText = (suggestion: Suggestion) => {
    if (!suggestion.deadline) return '';
    const late = daysBetween(suggestion.deadline, today);
    return suggestion.status === 'ASSIGNED' && late > 0
      ? t('suggestions.overdueBy', { date: formatDate(suggestion.deadline), days: late })
      : formatDate(suggestion.deadline);
  };
  return (
    <>
      <ListHeader
        title={t('suggestions.title')}
        hint={t('suggestions.hint')}
        links={[{ label: t('bench.list'), to: 'bench-meetings' }]}
        create={{ label: t('bench.hold'), to: 'bench-meetings/new' }}
      />
      <FilterBar>
        <VillageFilter value={villageId} onChange={setVillageId} />
      </FilterBar>
      <ProblemAlert error={figures.error} onReload={() => void figures.refetch()} />
      {figures.data && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {(
            [
              ['raised', figures.data.raised],
              ['awaitingMeeting', figures.data.awaitingMeeting],
              ['solvedOnSpot', figures.data.solvedOnSpot],
              ['assigned', figures.data.assigned],
              ['overdue', figures.data.overdue],
            ] as const
          ).map(([name, value]) => (
            <Col key={name} xs={12} sm={8} lg={4}>
              <Card size="small">
                <Statistic title={t(`figures.${name}`)} value={value} styles={name === 'overdue' && value > 0 ? { content: { color: '#cf1322' } } : undefined} />
              </Card>
            </Col>
          ))}
          <Col xs={12} sm={8} lg={4}>
            <Card size="small">
              <Statistic title={t('figures.onTime')} value={formatPercent(figures.data.onTimePercent / 100)} />
            </Card>
          </Col>
        </Row>
      )}
      <section aria-labelledby="overdue-title" style={{ marginBottom: 24 }}>
        <h3 id="overdue-title">{t('suggestions.overdueTitle')}</h3>
        <ProblemAlert error={overdue.error} onReload={() => void overdue.refetch()} />
        {overdue.data && overdueFirst.length === 0 ? (
          <Alert type="success" showIcon title={t('suggestions.noneOverdue')} />
        ) : (
          overdueFirst.length > 0 && (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid #f0f0f0', borderRadius: 8 }}>
              {overdueFirst.map((suggestion) => (
                <li key={suggestion.id} style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
                  <Link to={path(`suggestions/${suggestion.id}`)}>{suggestion.title}</Link>{' '}
                  {suggestion.escalatedToTownship && <ToneTag tone="red">{t('suggestions.escalated')}</ToneTag>}
                  <div>
                    <ToneTag tone="red">{deadlineText(suggestion)}</ToneTag>
                    <span className="muted">
                      {t('suggestions.assignedTo', { assignee: suggestion.assignee })} · {nameOf(suggestion.villageId)}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )
        )}
      </section>
      <h3>{t('suggestions.all')}</h3>
      <FilterBar>
        <Form.Item label={t('field.status')} htmlFor="suggestion-status-filter">
          <Select
            id="suggestion-status-filter"
            allowClear
            placeholder={t('filter.all')}
            value={status}
            onChange={setStatus}
            options={SUGGESTION_STATUSES.map((value) => ({ value, label: t(`suggestionStatus.${value}`) }))}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item label={t('suggestions.escalatedOnly')} htmlFor="suggestion-escalated-filter">
          <Switch id="suggestion-escalated-filter" checked={escalatedOnly} onChange={setEscalatedOnly} />
        </Form.Item>
      </FilterBar>
      <PagedList<Suggestion>
        key={`${villageId}-${status}-${escalatedOnly}`}
        path={`${COUNCIL}/suggestions`}
        query={{ villageId, status, escalated: escalatedOnly ? true : undefined }}
        queryKey={[...keys.suggestions, 'list']}
        emptyText={t('suggestions.empty')}
        columns={[
          { title: t('field.title'), dataIndex: 'title', render: (title: string, suggestion) => <Link to={path(`suggestions/${suggestion.id}`)}>{title}</Link> },
          { title: t('field.raisedOn'), dataIndex: 'raisedOn', render: (day: string) => formatDate(day) },
          { title: t('field.status'), dataIndex: 'status', render: (value: SuggestionStatus) => <SuggestionStatusTag status={value} /> },
          { title: t('field.assignee'), dataIndex: 'assignee' },
          { title: t('field.deadline'), dataIndex: 'deadline', render: (_: unknown, suggestion) => deadlineText(suggestion) },
          { title: t('field.village'), dataIndex: 'villageId', render: (id: string) => nameOf(id) },
        ]}
        renderCard={(suggestion) => (
          <div style={{ width: '100%' }}>
            <Link to={path(`suggestions/${suggestion.id}`)} style={{ fontSize: '1.1em' }}>
              {suggestion.title}
            </Link>
            <div>
              <SuggestionStatusTag status={suggestion.status} /> <span className="muted">{formatDate(suggestion.raisedOn)}</span>
            </div>
            {suggestion.deadline && <div className="muted">{t('field.deadline')}：{deadlineText(suggestion)}</div>}
          </div>
        )}
      />
    </>
  );
}
