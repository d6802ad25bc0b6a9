import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFixed, formatNumber } from '../../common/format';
import type { Column, Unit } from './api';

/**
 * A figure as people read it: counts grouped (1,200), percentages with one decimal (87.5%), days
 * with 天. The server sends percentages already times 100. No figure (a ratio of nothing, a median
 * of no case) is "—", never 0, which would read as a measured zero.
 */
export function formatFigure(t: TFunction, value: number | null | undefined, unit: Unit): string | undefined {
  if (value === null || value === undefined || Number.isNaN(value)) return undefined;
  switch (unit) {
    case 'PERCENT':
      return `${formatFixed(value, 1)}%`;
    case 'DAYS':
      return t('analytics:days', { value: formatNumber(value) });
    default:
      return formatNumber(value);
  }
}

export const NO_FIGURE = '—';

/** One figure in a cell; the dash is read out as "no data". */
export function Figure({ value, unit }: { value: number | null | undefined; unit: Unit }) {
  const { t } = useTranslation('analytics');
  const text = formatFigure(t, value, unit);
  if (text !== undefined) return <>{text}</>;
  return (
    <>
      <span aria-hidden="true">{NO_FIGURE}</span>
      <span className="sr-only">{t('noValue')}</span>
    </>
  );
}

/** Columns by service in the order the server gives them, each service's own columns together. */
export function groupByService(columns: Column[]): { service: string; columns: Column[] }[] {
  const groups = new Map<string, Column[]>();
  for (const column of columns) {
    const service = column.service || 'other';
    groups.set(service, [...(groups.get(service) ?? []), column]);
  }
  return [...groups].map(([service, grouped]) => ({ service, columns: grouped }));
}

const KNOWN_SERVICES = ['grid', 'council', 'points', 'mediation'];

export function serviceLabel(t: TFunction, service: string): string {
  return t(`analytics:service.${KNOWN_SERVICES.includes(service) ? service : 'other'}`);
}
