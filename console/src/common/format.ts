/**
 * Dates, times and numbers as people in the county read them: zh-CN formats in county time
 * (China Standard Time), whatever the phone's own time zone says.
 */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

function locale(): string {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'zh-CN';
}

export function formatDate(value?: string | null): string {
  if (!value) return '';
  // a plain day (2026-11-30) is already a county day: do not shift it through UTC
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
  }
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: COUNTY_TIME_ZONE }).format(
    new Date(value),
  );
}

export function formatDateTime(value?: string | null): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: COUNTY_TIME_ZONE,
  }).format(new Date(value));
}

export function formatNumber(value?: number | null): string {
  if (value === undefined || value === null) return '';
  return new Intl.NumberFormat(locale()).format(value);
}

/** A figure with exactly `digits` decimals (87.5, 40.0), grouped the reader's way. */
export function formatFixed(value: number, digits: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatPercent(value?: number | null): string {
  if (value === undefined || value === null) return '';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value > 1 ? value / 100 : value);
}

/** Today's date in the county, as the services count days (YYYY-MM-DD). */
export function todayInCounty(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COUNTY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** ID numbers and phones shown as the people who may not see them in full expect: 4101********0035, 138****0000. */
export function maskIdNumber(value?: string | null): string {
  if (!value) return '';
  if (value.includes('*')) return value;
  return value.length > 8 ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}` : '****';
}

export function maskPhone(value?: string | null): string {
  if (!value) return '';
  if (value.includes('*')) return value;
  return value.length >= 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : '****';
}
