import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { Role } from '../../auth/roles';
import type { CaseStatus, Mediator, MediationCase } from './model';

export const CASES_PATH = '/api/v1/mediation/cases';
export const casePath = (id: string) => `${CASES_PATH}/${encodeURIComponent(id)}`;

/** Every query of this feature starts with this key, so a step taken refreshes lists and the case alike. */
export const MEDIATION_KEY = ['mediation'] as const;
export const caseKey = (id: string) => [...MEDIATION_KEY, 'case', id] as const;

/** The largest page the service answers (`size` 1-200). */
const PAGE_SIZE = 200;
/** How many cases the deadline list orders at most; a mediator's open caseload is far below it. */
export const DEADLINE_LIST_LIMIT = 2000;

export interface CasesByDeadline {
  cases: MediationCase[];
  /** how many the service counted; more than `cases` when the limit cut the list */
  total: number;
}

/**
 * The cases still waiting on a deadline, whole: the service pages them newest first and has no
 * order by deadline, so the list is read page by page (200 at a time, a person's open cases fit in
 * one) and ordered here. Closed cases wait on nothing; they are listed apart, paged by the service.
 */
export async function loadOpenCases(statuses: CaseStatus[], signal?: AbortSignal): Promise<CasesByDeadline> {
  const perStatus = await Promise.all(
    statuses.map(async (status) => {
      const cases: MediationCase[] = [];
      let total = 0;
      for (let page = 0; cases.length < DEADLINE_LIST_LIMIT; page++) {
        const answer = await api<Page<MediationCase>>(CASES_PATH, { query: { status, page, size: PAGE_SIZE }, signal });
        total = answer.totalItems;
        cases.push(...answer.items);
        if (answer.items.length < PAGE_SIZE || cases.length >= total) break;
      }
      return { cases, total };
    }),
  );
  return {
    cases: perStatus.flatMap((part) => part.cases),
    total: perStatus.reduce((sum, part) => sum + part.total, 0),
  };
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => api<MediationCase>(casePath(id), { signal }),
  });
}

/**
 * The mediators the caller may see (a mediator: those who may serve their village), for names,
 * for assignment, and to find the caller's own entry: a mediator's account is linked to the
 * directory by `userId` = the token's subject, and that entry decides which cases they may work on.
 */
export function useMediators() {
  const { identity } = useSession();
  const reads = [Role.Mediator, Role.VillageCadre, Role.TownshipOfficer, Role.CountyAdmin].some((role) =>
    identity.roles.includes(role),
  );
  const query = useQuery({
    queryKey: [...MEDIATION_KEY, 'mediators'],
    queryFn: ({ signal }) => api<Mediator[]>('/api/v1/mediation/mediators', { signal }),
    enabled: reads,
    staleTime: 5 * 60_000,
  });
  const mediators = query.data ?? [];
  const mine = identity.roles.includes(Role.Mediator) ? mediators.find((m) => m.userId === identity.subject) : undefined;
  return { ...query, mediators, mine, nameOf: (id?: string | null) => (id ? (mediators.find((m) => m.id === id)?.name ?? id) : '') };
}

interface RegionNode {
  id: string;
  name: string;
  children: RegionNode[];
}

/** Names of the county's townships and villages (the region tree is readable by every county role). */
export function useRegionNames() {
  const query = useQuery({
    queryKey: ['grid', 'regions', 'tree'],
    queryFn: ({ signal }) => api<RegionNode[]>('/api/v1/grid/regions/tree', { signal }),
    staleTime: 10 * 60_000,
  });
  const names = new Map<string, string>();
  const walk = (nodes: RegionNode[]) =>
    nodes.forEach((node) => {
      names.set(node.id, node.name);
      walk(node.children ?? []);
    });
  walk(query.data ?? []);
  return (id?: string | null) => (id ? (names.get(id) ?? id) : '');
}

interface HouseholdSummary {
  id: string;
  headName: string;
  address?: string;
}

/**
 * A grid report's case names its households by id only (the event carries no names) until the
 * staff correct its parties; the household files say whose they are. A file the caller may not
 * read simply leaves the id shown.
 */
export function useHouseholdNames(ids: string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['grid', 'household', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<HouseholdSummary>(`/api/v1/grid/households/${encodeURIComponent(id)}`, { signal }),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    if (result.data?.headName) names.set(ids[index], result.data.headName);
  });
  return names;
}
