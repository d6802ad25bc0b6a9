import { vi } from 'vitest';
import type { Column, IndicatorTable, PlaceRow, Values } from './api';

/** Answers shaped as the gateway's /api/v1/analytics/indicators gives them (Chinese labels from the server). */
export const COLUMNS: Column[] = [
  { key: 'gridCoverage', label: '网格覆盖率', unit: 'PERCENT', service: 'grid' },
  { key: 'visits', label: '走访次数', unit: 'COUNT', service: 'grid' },
  { key: 'suggestionsSolvedOnTime', label: '建议按期办结率', unit: 'PERCENT', service: 'council' },
  { key: 'pointsIssued', label: '发放积分', unit: 'COUNT', service: 'points' },
  { key: 'medianDaysToResolve', label: '调解天数中位数', unit: 'DAYS', service: 'mediation' },
];

const values = (gridCoverage: number | null, visits: number, onTime: number | null, points: number, days: number | null): Values => ({
  gridCoverage,
  visits,
  suggestionsSolvedOnTime: onTime,
  pointsIssued: points,
  medianDaysToResolve: days,
});

function trend(last: string, figures: (month: number) => Values): IndicatorTable['trend'] {
  const [year, month] = last.split('-').map(Number);
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 12 + index, 1));
    return { month: date.toISOString().slice(0, 7), values: figures(index) };
  });
}

function table(level: IndicatorTable['level'], rowLevel: IndicatorTable['rowLevel'], place: { id: string; name: string }, rows: PlaceRow[], total: Values): IndicatorTable {
  return {
    level,
    rowLevel,
    place,
    period: { from: '2026-11-01', to: '2026-11-30', asOf: '2026-11-30' },
    columns: COLUMNS,
    rows,
    total,
    trend: trend('2026-11', (index) => values(index === 3 ? null : 60 + index, 100 * index, 80, 1000 + 10 * index, 4)),
  };
}

export const PROVINCE = table(
  'PROVINCE',
  'COUNTY',
  { id: 'henan', name: '河南省' },
  [
    { id: 'linxian', name: '林县', values: values(87.5, 1200, 90, 5300, 3.5) },
    { id: 'anyang', name: '安阳县', values: values(null, 0, null, 0, null) },
  ],
  values(87.5, 1200, 90, 5300, 3.5),
);

export const LINXIAN = table(
  'COUNTY',
  'TOWNSHIP',
  { id: 'linxian', name: '林县' },
  [
    { id: 't-chengguan', name: '城关镇', values: values(90, 800, 100, 4000, 2) },
    { id: 't-hengshui', name: '横水镇', values: values(85, 400, 80, 1300, 5) },
  ],
  values(87.5, 1200, 90, 5300, 3.5),
);

export const CHENGGUAN = table(
  'TOWNSHIP',
  'VILLAGE',
  { id: 't-chengguan', name: '城关镇' },
  [{ id: 'v-huashi', name: '花石村', values: values(90, 800, 100, 4000, 2) }],
  values(90, 800, 100, 4000, 2),
);

/**
 * The indicators route by its query: which table a call gets depends on county and township,
 * the way the gateway scopes it. Returns the mock to read what was asked.
 */
export function answerIndicators(answer: (params: URLSearchParams) => { status: number; body?: unknown; headers?: Record<string, string> } | IndicatorTable) {
  const mock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname !== '/api/v1/analytics/indicators') {
      return new Response(JSON.stringify({ status: 404, title: 'Not Found' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    }
    const answered = answer(url.searchParams);
    const { status, body, headers } = 'status' in answered && typeof answered.status === 'number' ? answered : { status: 200, body: answered, headers: {} };
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': type, ...headers },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** By drill-down: the province's counties, a county's townships, a township's villages. */
export function byPlace(params: URLSearchParams): IndicatorTable {
  if (params.get('township')) return CHENGGUAN;
  if (params.get('county')) return LINXIAN;
  return PROVINCE;
}

/** The query parameters of each call made, in order. */
export function calls(mock: ReturnType<typeof answerIndicators>): URLSearchParams[] {
  return mock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').searchParams);
}
