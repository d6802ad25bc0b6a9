import { useTranslation } from 'react-i18next';
import type { Column, IndicatorTable } from './api';
import { Figure } from './figures';

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { top: 12, right: 12, bottom: 24, left: 12 };

/** `2025-12` → 2025年12月 (zh-CN) or Dec 2025. */
function monthLabel(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

/**
 * One indicator of the place over the last 12 months: a line drawn inline (no chart library for
 * one line) and the same figures in a small table, which is what a screen reader reads — the
 * drawing is hidden from it. A month without a figure leaves a gap in the line rather than a
 * fall to zero.
 */
export function TrendChart({ table, column }: { table: IndicatorTable; column: Column }) {
  const { t, i18n } = useTranslation('analytics');
  const points = table.trend.map((month) => ({ month: month.month, value: month.values[column.key] ?? null }));
  const known = points.filter((point): point is { month: string; value: number } => point.value !== null);
  const caption = t('trend.of', { place: table.place.name, indicator: column.label });
  if (points.length === 0) {
    return <p className="muted">{t('trend.noData')}</p>;
  }
  const max = Math.max(0, ...known.map((point) => point.value));
  const min = Math.min(0, ...known.map((point) => point.value));
  const span = max - min || 1;
  const step = points.length > 1 ? (WIDTH - PAD.left - PAD.right) / (points.length - 1) : 0;
  const x = (index: number) => PAD.left + index * step;
  const y = (value: number) => PAD.top + (1 - (value - min) / span) * (HEIGHT - PAD.top - PAD.bottom);
  let path = '';
  points.forEach((point, index) => {
    if (point.value === null) return;
    const previous = points[index - 1];
    path += `${previous && previous.value !== null ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.value).toFixed(1)} `;
  });
  const first = points[0].month;
  const last = points[points.length - 1].month;
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="trend-line" aria-hidden="true" focusable="false">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(min)} y2={y(min)} className="trend-axis" />
        <path d={path.trim()} className="trend-path" />
        {points.map((point, index) =>
          point.value === null ? null : <circle key={point.month} cx={x(index)} cy={y(point.value)} r={3.5} className="trend-point" />,
        )}
        <text x={PAD.left} y={HEIGHT - 6} className="trend-label">
          {monthLabel(first, i18n.language)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="trend-label">
          {monthLabel(last, i18n.language)}
        </text>
      </svg>
      {known.length === 0 && <p className="muted">{t('trend.noData')}</p>}
      <div className="trend-table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="trend-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="row">{t('trend.month')}</th>
              {points.map((point) => (
                <th key={point.month} scope="col">
                  {monthLabel(point.month, i18n.language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{column.label}</th>
              {points.map((point) => (
                <td key={point.month}>
                  <Figure value={point.value} unit={column.unit} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
