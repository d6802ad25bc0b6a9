import { todayInCounty } from '../../common/format';

/**
 * The period a table covers, as the indicators route takes it: a month (`2026-11`), a quarter
 * (`2026-Q4`), a year (`2026`) or a range of days (`from`, `to`). It lives in the address so a
 * link shows the same figures and the back button returns to the period seen before.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export type Period =
  | { kind: 'month' | 'quarter' | 'year'; value: string }
  | { kind: 'range'; from: string; to: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** This month in county time: what the screen shows before anyone picks. */
export function currentMonth(today: string = todayInCounty()): Period {
  return { kind: 'month', value: today.slice(0, 7) };
}

/** The period the address names; anything it cannot read is this month (the route would refuse it). */
export function periodFrom(params: URLSearchParams, today: string = todayInCounty()): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DAY.test(from) && DAY.test(to) && from <= to) {
    return { kind: 'range', from, to };
  }
  const value = params.get('period') ?? '';
  if (MONTH.test(value)) return { kind: 'month', value };
  if (QUARTER.test(value)) return { kind: 'quarter', value };
  if (YEAR.test(value)) return { kind: 'year', value };
  return currentMonth(today);
}

/** The query parameters of a period, for the address and for the call alike. */
export function periodParams(period: Period): Record<string, string> {
  return period.kind === 'range' ? { from: period.from, to: period.to } : { period: period.value };
}

/** The first and last day a period covers (YYYY-MM-DD). */
export function daysOf(period: Period): { from: string; to: string } {
  switch (period.kind) {
    case 'range':
      return { from: period.from, to: period.to };
    case 'year':
      return { from: `${period.value}-01-01`, to: `${period.value}-12-31` };
    case 'quarter': {
      const [, year, quarter] = QUARTER.exec(period.value) ?? [];
      const first = 3 * Number(quarter) - 2;
      return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${lastDay(Number(year), first + 2)}` };
    }
    case 'month': {
      const [year, month] = period.value.split('-').map(Number);
      return { from: `${period.value}-01`, to: `${period.value}-${lastDay(year, month)}` };
    }
  }
}

/** Another kind of period around the same days: November → Q4 → the year; a range keeps its days. */
export function switchKind(period: Period, kind: PeriodKind): Period {
  const { from, to } = daysOf(period);
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  switch (kind) {
    case 'month':
      return { kind, value: from.slice(0, 7) };
    case 'quarter':
      return { kind, value: `${year}-Q${Math.ceil(month / 3)}` };
    case 'year':
      return { kind, value: year };
    case 'range':
      return { kind, from, to };
  }
}

/** `2026-11`, `2026-Q4`, `2026`, `2026-11-01_2026-11-15`: a period in a file or a cache key. */
export function periodLabel(period: Period): string {
  return period.kind === 'range' ? `${period.from}_${period.to}` : period.value;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDay(year: number, month: number): string {
  return pad(new Date(Date.UTC(year, month, 0)).getUTCDate());
}
