import { useMemo, useState } from 'react';
import { Button, Checkbox, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COUNTY_TIME_ZONE, todayInCounty } from '../../common/format';
import { householdLabel, useVillageHouseholds, useVillages } from './places';
import type { HouseholdSummary } from './api';

/**
 * Form fields the council screens share. Each takes `value`/`onChange` from its Form.Item and
 * passes `id` on, so the item's visible label names the control.
 */

interface DayPickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** the earliest day allowed (YYYY-MM-DD) */
  min?: string;
  /** the latest day allowed (YYYY-MM-DD) */
  max?: string;
}

/** A county day as the services count days (YYYY-MM-DD), picked on a calendar. */
export function DayPicker({ id, value, onChange, min, max }: DayPickerProps) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(day: Dayjs | null) => onChange?.(day ? day.format('YYYY-MM-DD') : undefined)}
      disabledDate={(day) => (min !== undefined && day.format('YYYY-MM-DD') < min) || (max !== undefined && day.format('YYYY-MM-DD') > max)}
      style={{ width: '100%', maxWidth: 240 }}
    />
  );
}

/** China keeps one offset all year, so county wall-clock time is UTC+8 throughout. */
const COUNTY_OFFSET_MINUTES = 8 * 60;

/** An instant as the county's wall clock reads it (`YYYY-MM-DDTHH:mm`). */
export function countyWallClock(instant: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: COUNTY_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A county wall-clock time (`YYYY-MM-DDTHH:mm`) as the instant the services store. */
export function instantOfCountyTime(wallClock: string): string {
  const [date, time] = wallClock.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - COUNTY_OFFSET_MINUTES * 60_000).toISOString();
}

/** A moment in county time (whatever the computer's own zone), kept in the form as an ISO instant. */
export function CountyTimePicker({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string | undefined) => void }) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      value={value ? dayjs(countyWallClock(value)) : null}
      onChange={(moment: Dayjs | null) => onChange?.(moment ? instantOfCountyTime(moment.format('YYYY-MM-DDTHH:mm')) : undefined)}
      style={{ width: '100%', maxWidth: 260 }}
    />
  );
}

export function today(): string {
  return todayInCounty();
}

interface VillageSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
}

/** One of the villages in the person's scope. */
export function VillageSelect({ id, value, onChange, allowClear, placeholder }: VillageSelectProps) {
  const { villages, isLoading } = useVillages();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      placeholder={placeholder}
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={villages.map((village) => ({ value: village.id, label: village.name }))}
      style={{ width: '100%', maxWidth: 320 }}
    />
  );
}

interface HouseholdSelectProps {
  id?: string;
  villageId?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  /** narrows the choice, e.g. to the households of a natural village or a group */
  only?: (household: HouseholdSummary) => boolean;
  allowClear?: boolean;
  placeholder?: string;
}

/** Households of a village by their head and address, searchable by either. */
export function HouseholdSelect({ id, villageId, value, onChange, multiple, only, allowClear, placeholder }: HouseholdSelectProps) {
  const { t } = useTranslation('council');
  const households = useVillageHouseholds(villageId);
  const options = (households.data?.households ?? [])
    .filter((household) => !only || only(household))
    .map((household) => ({ value: household.id, label: householdLabel(household) }));
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      disabled={!villageId}
      loading={households.isLoading}
      placeholder={placeholder ?? (villageId ? t('pick.household') : t('pick.villageFirst'))}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      notFoundContent={households.error ? t('pick.householdsUnavailable') : undefined}
      style={{ width: '100%' }}
    />
  );
}

export interface ChecklistOption {
  value: string;
  label: string;
}

interface AttendanceChecklistProps {
  id?: string;
  options: ChecklistOption[];
  value?: string[];
  onChange?: (value: string[]) => void;
  /** how many are entitled, shown beside the count present */
  entitled?: number;
}

/** Who came to a meeting: a searchable checklist of the roll, with "all" and "none". */
export function AttendanceChecklist({ id, options, value = [], onChange, entitled }: AttendanceChecklistProps) {
  const { t } = useTranslation('council');
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => options.filter((option) => option.label.includes(filter.trim())), [options, filter]);
  return (
    <div id={id}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Input
          allowClear
          aria-label={t('pick.filterAttendance')}
          placeholder={t('pick.filterAttendance')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          style={{ maxWidth: 240 }}
        />
        <Button onClick={() => onChange?.([...new Set([...value, ...shown.map((option) => option.value)])])}>{t('pick.all')}</Button>
        <Button onClick={() => onChange?.([])}>{t('pick.none')}</Button>
        <span role="status">{t('pick.presentCount', { present: value.length, entitled: entitled ?? options.length })}</span>
      </Flex>
      <Checkbox.Group value={value} onChange={(next) => onChange?.(next as string[])} style={{ width: '100%' }}>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
            gap: 4,
            maxHeight: 320,
            overflowY: 'auto',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: 8,
          }}
        >
          {shown.map((option) => (
            <Checkbox key={option.value} value={option.value}>
              {option.label}
            </Checkbox>
          ))}
        </div>
      </Checkbox.Group>
    </div>
  );
}
