import { useState } from 'react';
import { Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { formatDate } from '../../common/format';
import { PagedList } from '../../common/PagedList';
import { PageTitle } from '../../layout/AppShell';
import { ToneTag, type Tone } from './ToneTag';
import { NOTICE_CATEGORIES, type Notice, type NoticeCategory } from './api';

const CATEGORY_TONES: Record<NoticeCategory, Tone> = { PARTY_AFFAIRS: 'red', VILLAGE_AFFAIRS: 'blue', FINANCES: 'gold' };
/** The three disclosures are the glossary's own terms. */
const CATEGORY_TERMS: Record<NoticeCategory, string> = {
  PARTY_AFFAIRS: 'term:partyAffairs',
  VILLAGE_AFFAIRS: 'term:villageAffairs',
  FINANCES: 'term:financialAffairs',
};

/**
 * The disclosure board (三务公开) of my village: council-service shows a villager the notices
 * within their publication window only, by category.
 */
export function DisclosuresPage() {
  const { t } = useTranslation('villager');
  const { identity } = useSession();
  const [category, setCategory] = useState<NoticeCategory | 'ALL'>('ALL');
  const notice = (item: Notice) => (
    <article style={{ width: '100%' }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <ToneTag tone={CATEGORY_TONES[item.category]}>{t(CATEGORY_TERMS[item.category])}</ToneTag>
        {item.title}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: '1.05em' }}>{item.body}</Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('disclosures.window', { from: formatDate(item.publishFrom), to: formatDate(item.publishUntil) })}
      </Typography.Text>
    </article>
  );
  return (
    <>
      <PageTitle>{t('disclosures.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('disclosures.hint')}</Typography.Paragraph>
      <Segmented<NoticeCategory | 'ALL'>
        block
        value={category}
        onChange={setCategory}
        options={[
          { value: 'ALL', label: t('disclosures.all') },
          ...NOTICE_CATEGORIES.map((value) => ({ value, label: t(CATEGORY_TERMS[value]) })),
        ]}
        style={{ marginBottom: 16 }}
      />
      <PagedList<Notice>
        path="/api/v1/council/notices"
        query={{ villageId: identity.village, category: category === 'ALL' ? undefined : category }}
        queryKey={['villager', 'notices']}
        pageSize={10}
        emptyText={t('disclosures.empty')}
        columns={[{ key: 'notice', title: t('disclosures.title'), render: (_, item) => notice(item) }]}
        renderCard={notice}
      />
    </>
  );
}
