import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { Notice } from '../../common/Notice';
import { formatDate } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { REGULATION_AREAS, type Regulation, type RegulationVersion } from './api';

/**
 * The village regulations (村规民约): council-service shows a villager the published version and
 * the ones it replaced, never drafts. The one in force is shown first; former ones stay readable.
 */
export function RegulationsPage() {
  const { t } = useTranslation('villager');
  const { identity } = useSession();
  const regulations = useQuery({
    queryKey: ['villager', 'regulations', identity.village],
    queryFn: ({ signal }) => api<Page<Regulation>>('/api/v1/council/regulations', { query: { villageId: identity.village }, signal }),
  });
  // one regulation document per village
  const regulation = regulations.data?.items.find((item) => item.versions.length > 0);
  return (
    <>
      <PageTitle>{regulation?.title ?? t('regulations.title')}</PageTitle>
      <ProblemAlert error={regulations.error} onReload={() => void regulations.refetch()} />
      {regulations.isLoading ? (
        <Card loading />
      ) : regulation ? (
        <Versions regulation={regulation} />
      ) : (
        !regulations.error && <Notice kind="info" title={t('regulations.none')} />
      )}
    </>
  );
}

function Versions({ regulation }: { regulation: Regulation }) {
  const { t } = useTranslation('villager');
  const newestFirst = [...regulation.versions].sort((a, b) => b.number - a.number);
  const inForce = newestFirst.find((version) => version.status === 'PUBLISHED') ?? newestFirst[0];
  const [chosen, setChosen] = useState(inForce.number);
  const shown = newestFirst.find((version) => version.number === chosen) ?? inForce;
  const versionLabel = (version: RegulationVersion) =>
    `${t('regulations.versionLabel', { number: version.number })}（${t(
      version.status === 'PUBLISHED' ? 'regulations.current' : 'regulations.superseded',
    )}）`;
  return (
    <>
      {newestFirst.length > 1 && (
        <label style={{ display: 'block', marginBottom: 16 }}>
          <span style={{ marginRight: 8 }}>{t('regulations.version')}</span>
          <Select
            value={chosen}
            onChange={setChosen}
            options={newestFirst.map((version) => ({ value: version.number, label: versionLabel(version) }))}
            style={{ minWidth: 200, maxWidth: '100%' }}
            aria-label={t('regulations.version')}
          />
        </label>
      )}
      <Card title={versionLabel(shown)}>
        <Typography.Paragraph type="secondary">
          {shown.publishedOn && <div>{t('regulations.publishedOn', { date: formatDate(shown.publishedOn) })}</div>}
          {shown.vote && shown.votedOn && (
            <div>
              {t('regulations.adopted', {
                date: formatDate(shown.votedOn),
                for: shown.vote.votesFor,
                against: shown.vote.votesAgainst,
                abstentions: shown.vote.abstentions,
              })}
            </div>
          )}
        </Typography.Paragraph>
        {REGULATION_AREAS.filter((area) => shown.sections[area]).map((area, index) => (
          <section key={area}>
            <Typography.Title level={5}>
              {index + 1}. {t(`area.${area}`)}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: '1.05em' }}>{shown.sections[area]}</Typography.Paragraph>
          </section>
        ))}
        {shown.note && (
          <>
            <Typography.Title level={5}>{t('regulations.note')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{shown.note}</Typography.Paragraph>
          </>
        )}
      </Card>
    </>
  );
}
