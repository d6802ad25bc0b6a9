import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import type { Household, MicroGrid, Pairing, Visit } from '../area/api';

/**
 * What grid-service answers (grid-service/README.md). The shapes are the area screens' (a cadre
 * reads the same answers); imported as types only, so no code of theirs comes into these bundles.
 */
export type {
  Household,
  HouseholdTag,
  MicroGrid,
  Pairing,
  ReportCategory,
  ReportStatus,
  GridReport as Report,
  Resident,
  Visit,
} from '../area/api';

/** The body of POST /api/v1/grid/visits as the grid worker sends it (never `onBehalfOf`: that is a cadre's). */
export interface VisitInput {
  householdId: string;
  visitedOn: string;
  notes?: string;
  issuesFound?: string;
}

export const VISITS_PATH = '/api/v1/grid/visits';

export interface FollowUp {
  id: string;
  householdId: string;
  villageId: string;
  reason: string;
  source: string;
  createdAt: string;
}

/** Every query of these screens starts with this, so a sent visit refreshes them all. */
export const GW = 'gw';

export function householdLabel(household: Pick<Household, 'headName' | 'address'>): string {
  return `${household.headName} · ${household.address}`;
}

/** The micro-grids of my village that I look after (usually one). */
export function useMyGrids() {
  const { identity } = useSession();
  return useQuery({
    queryKey: [GW, 'micro-grids', identity.village, identity.subject],
    enabled: Boolean(identity.village),
    queryFn: ({ signal }) => api<MicroGrid[]>('/api/v1/grid/micro-grids', { query: { villageId: identity.village }, signal }),
    select: (grids) => grids.filter((grid) => grid.worker?.subject === identity.subject),
    // kept for the session: the visit form offers these households when the network is gone
    gcTime: Infinity,
  });
}

/** A micro-grid's households in one page (a grid holds 50 at most). */
export function useGridHouseholds(gridIds: string[]) {
  const results = useQueries({
    queries: gridIds.map((gridId) => ({
      queryKey: [GW, 'grid-households', gridId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<Page<Household>>('/api/v1/grid/households', { query: { gridId, size: 200 }, signal }),
      gcTime: Infinity,
    })),
  });
  return {
    households: results.flatMap((result) => result.data?.items ?? []),
    isLoading: results.some((result) => result.isLoading),
    error: results.find((result) => result.error)?.error,
  };
}

export function useHousehold(id: string | undefined) {
  return useQuery({
    queryKey: [GW, 'household', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api<Household>(`/api/v1/grid/households/${encodeURIComponent(id ?? '')}`, { signal }),
    gcTime: Infinity,
  });
}

/** Several households by id (those of my pairings or follow-ups), each read once and shared with the file screen. */
export function useHouseholds(ids: string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: [GW, 'household', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api<Household>(`/api/v1/grid/households/${encodeURIComponent(id)}`, { signal }),
      gcTime: Infinity,
    })),
  });
  const byId = new Map<string, Household>();
  results.forEach((result) => result.data && byId.set(result.data.id, result.data));
  return byId;
}

function pairingsQuery(subject: string) {
  return {
    queryKey: [GW, 'pairings', subject],
    queryFn: ({ signal }: { signal: AbortSignal }) => api<Pairing[]>('/api/v1/grid/pairings', { signal }),
    gcTime: Infinity,
  };
}

/** My pairings: the village's, narrowed to me (the service answers the whole village to a grid worker). */
export function useMyPairings() {
  const { identity } = useSession();
  return useQuery({
    ...pairingsQuery(identity.subject),
    select: (pairings: Pairing[]) => pairings.filter((pairing) => pairing.memberSubject === identity.subject),
  });
}

/** Who is who among the village's paired members (a visit names its member by account only). */
export function useMemberNames(): Map<string, string> {
  const { identity } = useSession();
  const pairings = useQuery(pairingsQuery(identity.subject));
  return new Map((pairings.data ?? []).map((pairing) => [pairing.memberSubject, pairing.memberName]));
}

/** A place of the region tree by id (a household's natural village and group), for its name. */
export function useRegionName(id: string | null | undefined): string | undefined {
  const region = useQuery({
    queryKey: [GW, 'region', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api<{ id: string; name: string }>(`/api/v1/grid/regions/${encodeURIComponent(id ?? '')}`, { signal }),
    staleTime: Infinity,
  });
  return region.data?.name ?? id ?? undefined;
}

/**
 * The households a form offers: all I look after (my grid and my pairings), and any other the
 * form names (a follow-up's household, or one from the address), read on its own.
 */
export function useHouseholdOptions(named: (string | undefined)[]) {
  const mine = useMyHouseholds();
  const outsiders = useHouseholds([...new Set(named.filter((id): id is string => Boolean(id)))].filter(
    (id) => !mine.households.some((household) => household.id === id),
  ));
  const labels = new Map(mine.households.map((household) => [household.id, householdLabel(household)]));
  outsiders.forEach((household) => labels.set(household.id, householdLabel(household)));
  return {
    options: [...labels].map(([value, label]) => ({ value, label })),
    isLoading: mine.isLoading,
    labelOf: (id: string) => labels.get(id),
  };
}

/** The households of all I look after (my grid and my pairings), for the visit and report forms. */
export function useMyHouseholds() {
  const grids = useMyGrids();
  const pairings = useMyPairings();
  const inGrids = useGridHouseholds((grids.data ?? []).map((grid) => grid.id));
  const known = new Set(inGrids.households.map((household) => household.id));
  const pairedElsewhere = useHouseholds((pairings.data ?? []).map((pairing) => pairing.householdId).filter((id) => !known.has(id)));
  const households = [...inGrids.households, ...pairedElsewhere.values()];
  return {
    households,
    isLoading: grids.isLoading || pairings.isLoading || inGrids.isLoading,
    error: grids.error ?? pairings.error ?? inGrids.error,
  };
}

export function useVisits(householdId: string | undefined) {
  return useQuery({
    queryKey: [GW, 'visits', householdId],
    enabled: Boolean(householdId),
    queryFn: ({ signal }) => api<Visit[]>(VISITS_PATH, { query: { householdId }, signal }),
  });
}
