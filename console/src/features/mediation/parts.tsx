import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate } from '../../common/format';
import type { CaseStatus, Deadline, Party } from './model';

const STATUS_COLOURS: Record<CaseStatus, string> = {
  OPEN: 'gold',
  IN_MEDIATION: 'processing',
  AGREED: 'success',
  FAILED: 'error',
  CLOSED: 'default',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('mediation');
  return <Tag color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
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
    return overdue ? <Tag color="error">{t('deadline.overdue')}</Tag> : <span className="muted">{t('deadline.none')}</span>;
  }
  const colour = overdue || deadline.overdue ? 'error' : deadline.daysLeft <= 3 ? 'warning' : 'default';
  return <Tag color={colour}>{daysLeftText(t, deadline)}</Tag>;
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
