import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate } from '../../common/format';
import type { CaseStatus, Deadline, Party } from './model';

/**
 * Tag tones with text dark enough to read (WCAG AA): Ant Design's preset status colours put
 * light text on light ground, which older eyes and the accessibility check both refuse.
 */
type Tone = 'waiting' | 'working' | 'good' | 'bad' | 'soon' | 'plain';

const STATUS_TONES: Record<CaseStatus, Tone> = {
  OPEN: 'waiting',
  IN_MEDIATION: 'working',
  AGREED: 'good',
  FAILED: 'bad',
  CLOSED: 'plain',
};

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag className={`mediation-tag mediation-tag-${tone}`}>{children}</Tag>;
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('mediation');
  return <ToneTag tone={STATUS_TONES[status]}>{t(`status.${status}`)}</ToneTag>;
}

/** "剩 3 天", "今天到期", "逾期 2 天": red when past, orange in the last three days. */
export function daysLeftText(t: TFunction, deadline: Deadline): string {
  if (deadline.daysLeft < 0) return t('deadline.overdueBy', { count: -deadline.daysLeft });
  if (deadline.daysLeft === 0) return t('deadline.dueToday');
  return t('deadline.daysLeft', { count: deadline.daysLeft });
}

export function DeadlineTag({ deadline, overdue }: { deadline?: Deadline; overdue?: boolean }) {
  const { t } = useTranslation('mediation');
  if (!deadline) {
    return overdue ? <ToneTag tone="bad">{t('deadline.overdue')}</ToneTag> : <span className="muted">{t('deadline.none')}</span>;
  }
  const tone = overdue || deadline.overdue ? 'bad' : deadline.daysLeft <= 3 ? 'soon' : 'plain';
  return <ToneTag tone={tone}>{daysLeftText(t, deadline)}</ToneTag>;
}

/** The deadline as one reads it in a list: what is due, the day, and the days left. */
export function DeadlineCell({ deadline, overdue }: { deadline?: Deadline; overdue?: boolean }) {
  const { t } = useTranslation('mediation');
  return (
    <div>
      {deadline && (
        <div className="muted">
          {t(`deadline.${deadline.kind}`)} {formatDate(deadline.on)}
        </div>
      )}
      <DeadlineTag deadline={deadline} overdue={overdue} />
    </div>
  );
}

/** A party as the staff know it: the name, else (a grid report's household) the household file's head, else its id. */
export function partyName(t: TFunction, party: Party, householdNames?: Map<string, string>): string {
  if (party.name) return party.name;
  const head = party.householdId ? householdNames?.get(party.householdId) : undefined;
  if (head) return head;
  return t('party.unnamedHousehold', { id: (party.householdId ?? party.id).slice(0, 8) });
}
