import { api, download, type DownloadedFile } from '../../api/http';
import { Role, type Identity } from '../../auth/roles';
import { periodLabel, periodParams, type Period } from './period';

/** The gateway's indicators of one level: the places one level below, side by side (gateway README). */
export const INDICATORS = '/api/v1/analytics/indicators';

export type Level = 'PROVINCE' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
export type Unit = 'COUNT' | 'PERCENT' | 'DAYS';
export type Values = Record<string, number | null | undefined>;

export interface Column {
  key: string;
  /** Chinese, from the server: the same words as the CSV and Excel headers */
  label: string;
  unit: Unit;
  service: string;
}

export interface PlaceRow {
  id: string;
  name: string;
  values: Values;
}

export interface IndicatorTable {
  level: Level;
  rowLevel: Level;
  place: { id: string; name: string };
  period: { from: string; to: string; asOf: string };
  columns: Column[];
  rows: PlaceRow[];
  total: Values;
  trend: { month: string; values: Values }[];
}

/**
 * Who is looking decides where the table starts: a provincial admin at the province's counties,
 * a county admin at the county's townships (the realm is the county), a township officer at the
 * villages of their own township. The route checks the same again.
 */
export type Viewer = 'province' | 'county' | 'township';

export function viewerOf(identity: Identity): Viewer | undefined {
  if (identity.roles.includes(Role.ProvincialAdmin)) return 'province';
  if (identity.roles.includes(Role.CountyAdmin)) return 'county';
  if (identity.roles.includes(Role.TownshipOfficer)) return 'township';
  return undefined;
}

/** Where the viewer has drilled to, from the address; what a viewer may not choose is ignored. */
export interface Scope {
  county?: string;
  township?: string;
}

export function scopeFrom(params: URLSearchParams, viewer: Viewer): Scope {
  const county = params.get('county') || undefined;
  const township = params.get('township') || undefined;
  switch (viewer) {
    case 'province':
      return county ? { county, township } : {};
    case 'county':
      return township ? { township } : {};
    case 'township':
      return {};
  }
}

export const analyticsKeys = {
  table: (scope: Scope, period: Period) => ['analytics', 'indicators', scope.county ?? '', scope.township ?? '', periodLabel(period)] as const,
};

export function fetchIndicators(scope: Scope, period: Period, signal?: AbortSignal): Promise<IndicatorTable> {
  return api<IndicatorTable>(INDICATORS, { query: { ...periodParams(period), ...scope }, signal });
}

export type ExportFormat = 'csv' | 'xlsx';

const FILE_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The same table as a file; the name is the one the gateway gives, or one built from the place and period. */
export async function exportIndicators(scope: Scope, period: Period, format: ExportFormat): Promise<DownloadedFile & { filename: string }> {
  const file = await download(INDICATORS, FILE_TYPES[format], { query: { ...periodParams(period), ...scope, format } });
  const place = scope.township ?? scope.county;
  return { ...file, filename: file.filename ?? `indicators-${place ? `${place}-` : ''}${periodLabel(period)}.${format}` };
}
