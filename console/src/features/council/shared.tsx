import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Button, Form, Space, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import type { MatterStatus, NoticeCategory, SuggestionStatus } from './api';
import { VillageSelect } from './fields';
import { useVillages } from './places';

/** Small pieces every council screen uses: status tags, the village filter, links under the session. */

export function useCouncilPath() {
  const { basePath } = useSession();
  return (path: string) => `${basePath}/council/${path}`;
}

/**
 * Tag tones with text dark enough to read on their light ground (WCAG AA); Ant Design's preset
 * tag colours put a mid-tone text on a pale ground and fall short.
 */
const TONES = {
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  cyan: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export type Tone = keyof typeof TONES;

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}

const MATTER_COLOURS: Record<MatterStatus, Tone> = { IN_PROGRESS: 'blue', ADOPTED: 'green', COMPLETED: 'grey', REJECTED: 'red' };

export function MatterStatusTag({ status }: { status: MatterStatus }) {
  const { t } = useTranslation('council');
  return <ToneTag tone={MATTER_COLOURS[status]}>{t(`matterStatus.${status}`)}</ToneTag>;
}

const SUGGESTION_COLOURS: Record<SuggestionStatus, Tone> = {
  RAISED: 'blue',
  DISCUSSED: 'cyan',
  SOLVED_ON_SPOT: 'green',
  ASSIGNED: 'orange',
  ANSWERED: 'green',
  NOT_FEASIBLE: 'grey',
};

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const { t } = useTranslation('council');
  return <ToneTag tone={SUGGESTION_COLOURS[status]}>{t(`suggestionStatus.${status}`)}</ToneTag>;
}

const CATEGORY_COLOURS: Record<NoticeCategory, Tone> = { VILLAGE_AFFAIRS: 'blue', PARTY_AFFAIRS: 'red', FINANCES: 'gold' };

export function NoticeCategoryTag({ category }: { category: NoticeCategory }) {
  const { t } = useTranslation('council');
  return <ToneTag tone={CATEGORY_COLOURS[category]}>{t(`noticeCategory.${category}`)}</ToneTag>;
}

/**
 * The village a list is narrowed to: a person with one village in scope sees no choice; a
 * township officer or the county admin may pick one (or see all).
 */
export function VillageFilter({ value, onChange }: { value?: string; onChange: (value: string | undefined) => void }) {
  const { t } = useTranslation('council');
  const { villages } = useVillages();
  if (villages.length <= 1) return null;
  return (
    <Form.Item label={t('field.village')} htmlFor="council-village-filter" style={{ marginBottom: 12 }}>
      <VillageSelect id="council-village-filter" value={value} onChange={onChange} allowClear placeholder={t('filter.allVillages')} />
    </Form.Item>
  );
}

/** A row of labelled filters above a list, wrapping on a phone. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Form layout="inline" component="div" style={{ rowGap: 8, marginBottom: 8 }}>
      {children}
    </Form>
  );
}

/** The village field of a form: chosen for a cadre (one village), picked by the county admin. */
export function VillageFormItem({ name = 'villageId' }: { name?: string }) {
  const { t } = useTranslation('council');
  const { villages } = useVillages();
  const single = villages.length === 1 ? villages[0] : undefined;
  return (
    <Form.Item
      name={name}
      label={t('field.village')}
      rules={[{ required: true, message: t('validation.village') }]}
      extra={single ? undefined : t('field.villageHint')}
    >
      <VillageSelect />
    </Form.Item>
  );
}

/** Fills a form's village with the person's only village once the region tree has answered. */
export function useDefaultVillage(form: FormInstance, name = 'villageId') {
  const { villages } = useVillages();
  const only = villages.length === 1 ? villages[0].id : undefined;
  useEffect(() => {
    if (only && !form.getFieldValue(name)) form.setFieldValue(name, only);
  }, [form, name, only]);
}

/** Validation rules every council form uses, with the screen's own messages. */
export function useRules() {
  const { t } = useTranslation('council');
  return {
    required: [{ required: true, message: t('validation.required') }],
    /** a required text of at most `max` characters, not only spaces */
    text: (max: number) => [{ required: true, whitespace: true, message: t('validation.required') }, { max }],
  };
}

interface PageLink {
  label: string;
  /** under the council prefix, e.g. `matters/new` */
  to: string;
}

/**
 * A list page's heading: the title, the links beside it, the action that creates (for those who
 * record, only) and a sentence on what the page is for.
 */
export function ListHeader({ title, hint, create, links = [] }: { title: string; hint: string; create?: PageLink; links?: PageLink[] }) {
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {links.map((link) => (
              <Button key={link.to} onClick={() => navigate(path(link.to))}>
                {link.label}
              </Button>
            ))}
            {create && access.write && (
              <Button type="primary" onClick={() => navigate(path(create.to))}>
                {create.label}
              </Button>
            )}
          </Space>
        }
      >
        {title}
      </PageTitle>
      <p className="muted">{hint}</p>
    </>
  );
}
