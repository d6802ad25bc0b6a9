import { DatePicker, Flex, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInCounty } from '../../common/format';
import { daysOf, switchKind, type Period, type PeriodKind } from './period';

/** the picker's input, for the label above it */
export const PERIOD_INPUT = 'analytics-period';
const KINDS: PeriodKind[] = ['month', 'quarter', 'year', 'range'];
const PICK_LABEL = { month: 'period.pickMonth', quarter: 'period.pickQuarter', year: 'period.pickYear' } as const;

function valueOf(picked: Dayjs, kind: 'month' | 'quarter' | 'year'): string {
  switch (kind) {
    case 'month':
      return picked.format('YYYY-MM');
    case 'quarter':
      return `${picked.year()}-Q${Math.floor(picked.month() / 3) + 1}`;
    case 'year':
      return String(picked.year());
  }
}

/** 月 / 季度 / 年 / 自定义, then the month, quarter, year or the two days. Nothing after today can be picked. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (next: Period) => void }) {
  const { t } = useTranslation('analytics');
  const today = dayjs(todayInCounty());
  const future = (day: Dayjs) => day.isAfter(today, 'day');
  const { from, to } = daysOf(period);
  return (
    <Flex wrap gap="small" align="center">
      <div role="group" aria-label={t('period.kind')}>
        <Segmented<PeriodKind>
          value={period.kind}
          onChange={(kind) => onChange(switchKind(period, kind))}
          options={KINDS.map((kind) => ({ value: kind, label: t(`period.${kind}`) }))}
        />
      </div>
      {period.kind === 'range' ? (
        <DatePicker.RangePicker
          value={[dayjs(from), dayjs(to)]}
          allowClear={false}
          disabledDate={future}
          placeholder={[t('period.rangeStart'), t('period.rangeEnd')]}
          id={{ start: PERIOD_INPUT, end: `${PERIOD_INPUT}-end` }}
          onChange={(days) => {
            if (days?.[0] && days[1]) {
              onChange({ kind: 'range', from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') });
            }
          }}
        />
      ) : (
        <DatePicker
          picker={period.kind}
          id={PERIOD_INPUT}
          value={dayjs(from)}
          allowClear={false}
          disabledDate={future}
          aria-label={t(PICK_LABEL[period.kind])}
          placeholder={t(PICK_LABEL[period.kind])}
          onChange={(picked: Dayjs | null) => {
            if (picked) onChange({ kind: period.kind as 'month' | 'quarter' | 'year', value: valueOf(picked, period.kind as 'month' | 'quarter' | 'year') });
          }}
        />
      )}
    </Flex>
  );
}
