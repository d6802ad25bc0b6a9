import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Pagination, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/http';
import { isApiError } from '../../api/problem';
import { formatDate, formatDateTime, formatNumber, maskIdNumber, maskPhone } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useRegion, villagerKeys, type Household, type ListEntry, type Passbook, type PassbookEntry, type PointsRule } from './api';
import { RowLine, Rows } from './Rows';
import { ToneTag } from './ToneTag';
import { HouseholdScreen } from './HouseholdScreen';

const ENTRIES_PER_PAGE = 10;

/** My household's file (personal data masked on screen) and its points passbook. */
export function HouseholdPage() {
  const { t } = useTranslation('villager');
  return (
    <HouseholdScreen title={t('household.title')}>
      {(household) => (
        <>
          <HouseholdCard household={household} />
          <PassbookCard household={household} />
          <ListStanding household={household} />
        </>
      )}
    </HouseholdScreen>
  );
}

function HouseholdCard({ household }: { household: Household }) {
  const { t } = useTranslation('villager');
  const village = useRegion(household.villageId);
  const naturalVillage = useRegion(household.naturalVillageId);
  const group = useRegion(household.groupId);
  const place = [village.data?.name, naturalVillage.data?.name, group.data?.name].filter(Boolean).join(' · ');
  return (
    <Card title={t('household.title')}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('household.head')}>{household.headName}</Descriptions.Item>
        <Descriptions.Item label={t('household.address')}>{household.address}</Descriptions.Item>
        <Descriptions.Item label={t('household.place')}>{place}</Descriptions.Item>
        {household.tags.length > 0 && (
          <Descriptions.Item label={t('household.tags')}>
            {household.tags.map((tag) => (
              <Tag key={tag}>{t(`tag.${tag}`, { defaultValue: tag })}</Tag>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('household.members')}（{t('household.memberCount', { count: household.residents.length })}）
      </Typography.Title>
      <Rows items={household.residents} rowKey={(resident) => `${resident.name}-${resident.idNumber ?? ''}`}>
        {(resident) => (
          <Descriptions column={{ xs: 1, md: 2 }} size="small" title={resident.name}>
            <Descriptions.Item label={t('household.idNumber')}>{maskIdNumber(resident.idNumber)}</Descriptions.Item>
            <Descriptions.Item label={t('household.phone')}>{maskPhone(resident.phone)}</Descriptions.Item>
            {resident.birthYear ? (
              <Descriptions.Item label={t('household.birthYear')}>{resident.birthYear}</Descriptions.Item>
            ) : null}
            {resident.partyMember ? (
              <Descriptions.Item label={t('household.partyMember')}>
                <ToneTag tone="red">{t('household.partyMember')}</ToneTag>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        )}
      </Rows>
      <Typography.Text type="secondary">{t('household.maskedHint')}</Typography.Text>
    </Card>
  );
}

/**
 * The passbook linked to the villager's account (points-service `/accounts/mine`): a 404 means
 * no cadre has linked it yet, which is a step to ask for, not an error.
 */
function PassbookCard({ household }: { household: Household }) {
  const { t } = useTranslation('villager');
  const [page, setPage] = useState(0);
  const passbook = useQuery({
    queryKey: [...villagerKeys.passbook, page],
    queryFn: ({ signal }) => api<Passbook>('/api/v1/points/accounts/mine', { query: { page, size: ENTRIES_PER_PAGE }, signal }),
    placeholderData: keepPreviousData,
  });
  const rules = useQuery({
    queryKey: ['villager', 'rules', household.villageId],
    queryFn: ({ signal }) =>
      api<Page<PointsRule>>('/api/v1/points/rules', { query: { villageId: household.villageId, size: 200 }, signal }),
    staleTime: 30 * 60_000,
  });
  const notLinked = isApiError(passbook.error) && passbook.error.status === 404;
  const behaviour = (entry: PassbookEntry) => {
    if (!entry.ruleCode) return t(`passbook.source.${entry.source}`);
    const fromCatalogue = rules.data?.items.find((rule) => rule.code === entry.ruleCode)?.behaviour;
    return t(`rule.${entry.ruleCode}`, { defaultValue: fromCatalogue ?? entry.ruleCode });
  };
  return (
    <Card title={t('passbook.title')}>
      {notLinked ? (
        <>
          <Typography.Paragraph strong>{t('passbook.notLinked')}</Typography.Paragraph>
          <Typography.Paragraph>{t('passbook.notLinkedHint')}</Typography.Paragraph>
        </>
      ) : (
        <>
          <ProblemAlert error={passbook.error} onReload={() => void passbook.refetch()} />
          {passbook.data && (
            <Statistic
              title={t('passbook.balance')}
              value={t('passbook.balanceValue', { points: formatNumber(passbook.data.balance) })}
              styles={{ content: { fontSize: '2em', color: '#b71c1c' } }}
            />
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('passbook.entries')}
          </Typography.Title>
          {passbook.isLoading ? (
            <Card loading variant="borderless" />
          ) : (
            <Rows items={passbook.data?.entries.items ?? []} rowKey={(entry) => entry.id} emptyText={t('passbook.noEntries')}>
              {(entry) => (
                <RowLine
                  main={
                    <>
                      <Typography.Text strong>{behaviour(entry)}</Typography.Text>
                      <div className="muted">
                        {entry.occurredOn
                          ? t('passbook.happenedOn', { date: formatDate(entry.occurredOn) })
                          : t('passbook.postedAt', { time: formatDateTime(entry.at) })}
                      </div>
                      {entry.note && <div className="muted">{entry.note}</div>}
                    </>
                  }
                  figure={
                    <Typography.Text strong style={{ fontSize: '1.2em', color: entry.amount >= 0 ? '#237804' : '#cf1322' }}>
                      {t('passbook.points', { sign: entry.amount > 0 ? '+' : '', points: formatNumber(entry.amount) })}
                    </Typography.Text>
                  }
                />
              )}
            </Rows>
          )}
          {(passbook.data?.entries.totalItems ?? 0) > ENTRIES_PER_PAGE && (
            <Pagination
              simple
              align="center"
              current={page + 1}
              pageSize={ENTRIES_PER_PAGE}
              total={passbook.data?.entries.totalItems ?? 0}
              onChange={(next) => setPage(next - 1)}
              style={{ marginTop: 12 }}
            />
          )}
        </>
      )}
    </Card>
  );
}

/**
 * Whether the household stands on a published red or black list. points-service lists a
 * village's entries without a household filter; a village's lists are short, so the entries
 * are read page by page and the household's own are kept.
 */
function ListStanding({ household }: { household: Household }) {
  const { t } = useTranslation('villager');
  const standing = useQuery({
    queryKey: ['villager', 'lists', household.id],
    queryFn: async ({ signal }) => {
      const mine: ListEntry[] = [];
      for (let page = 0; ; page++) {
        const answer = await api<Page<ListEntry>>('/api/v1/points/lists', {
          query: { villageId: household.villageId, page, size: 200 },
          signal,
        });
        mine.push(...answer.items.filter((entry) => entry.householdId === household.id));
        if (answer.items.length === 0 || (page + 1) * answer.size >= answer.totalItems) return mine;
      }
    },
  });
  return (
    <Card title={t('lists.title')} loading={standing.isLoading}>
      <ProblemAlert error={standing.error} onReload={() => void standing.refetch()} />
      {standing.data && standing.data.length === 0 && <Typography.Paragraph>{t('lists.none')}</Typography.Paragraph>}
      {standing.data && standing.data.length > 0 && (
        <Rows items={[...standing.data].sort((a, b) => b.periodStart.localeCompare(a.periodStart))} rowKey={(entry) => entry.id}>
          {(entry) => (
            <>
              <ToneTag tone={entry.kind === 'RED' ? 'red' : 'grey'}>{t(`lists.${entry.kind}`)}</ToneTag>
              <div>{t('lists.period', { from: formatDate(entry.periodStart), to: formatDate(entry.periodEnd) })}</div>
              {entry.reason && <div className="muted">{entry.reason}</div>}
            </>
          )}
        </Rows>
      )}
    </Card>
  );
}
