import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/http';
import { useSession } from '../../auth/AuthContext';
import { Role, type Identity } from '../../auth/roles';
import type { HouseholdSummary, RegionNode } from './api';

export interface PlaceName {
  id: string;
  name: string;
}

export interface VillageInScope extends PlaceName {
  townshipId: string;
  naturalVillages: PlaceName[];
  groups: (PlaceName & { naturalVillageId: string })[];
}

/**
 * The villages a person acts on, from grid-service's region tree: a cadre's or council member's
 * own village, a township officer's township, the whole county for the county admin.
 */
export function villagesInScope(tree: RegionNode[], identity: Pick<Identity, 'roles' | 'township' | 'village'>): VillageInScope[] {
  const villages: VillageInScope[] = [];
  for (const township of tree) {
    for (const village of township.children.filter((node) => node.kind === 'VILLAGE')) {
      const naturalVillages = village.children.filter((node) => node.kind === 'NATURAL_VILLAGE');
      villages.push({
        id: village.id,
        name: village.name,
        townshipId: township.id,
        naturalVillages: naturalVillages.map(({ id, name }) => ({ id, name })),
        groups: naturalVillages.flatMap((bay) =>
          bay.children.filter((node) => node.kind === 'GROUP').map(({ id, name }) => ({ id, name, naturalVillageId: bay.id })),
        ),
      });
    }
  }
  if (identity.roles.includes(Role.CountyAdmin)) return villages;
  if (identity.village) return villages.filter((village) => village.id === identity.village);
  if (identity.township) return villages.filter((village) => village.townshipId === identity.township);
  return [];
}

function namesOf(tree: RegionNode[], into = new Map<string, string>()): Map<string, string> {
  for (const node of tree) {
    into.set(node.id, node.name);
    namesOf(node.children, into);
  }
  return into;
}

/** The villages in the signed-in person's scope and every place's name (for ids in records). */
export function useVillages() {
  const { identity } = useSession();
  const tree = useQuery({
    queryKey: ['grid', 'regions', 'tree'],
    queryFn: ({ signal }) => api<RegionNode[]>('/api/v1/grid/regions/tree', { signal }),
    staleTime: 5 * 60_000,
  });
  const villages = tree.data ? villagesInScope(tree.data, identity) : [];
  // a cadre whose tree could not be read still acts on their own village, shown by its id
  if (!tree.data && !tree.isLoading && identity.village) {
    villages.push({ id: identity.village, name: identity.village, townshipId: identity.township ?? '', naturalVillages: [], groups: [] });
  }
  const names = tree.data ? namesOf(tree.data) : new Map<string, string>();
  return {
    villages,
    isLoading: tree.isLoading,
    error: tree.error,
    /** a place's name, or its id when the tree does not know it */
    nameOf: (id?: string | null) => (id ? (names.get(id) ?? id) : ''),
    village: (id?: string | null) => villages.find((village) => village.id === id),
  };
}

/** grid-service pages at most 100; a village meeting names at most 2,000 households (the API's limit). */
const HOUSEHOLD_PAGE = 100;
const MOST_HOUSEHOLDS = 2000;

/**
 * Every household of a village, for attendance lists and pickers: read page by page (grid-service
 * pages its lists), up to the 2,000 a meeting may name. `total` is the village's household count.
 */
export function useVillageHouseholds(villageId?: string) {
  return useQuery({
    queryKey: ['grid', 'households', 'of-village', villageId],
    enabled: Boolean(villageId),
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const households: HouseholdSummary[] = [];
      let total = 0;
      for (let page = 0; page * HOUSEHOLD_PAGE < MOST_HOUSEHOLDS; page++) {
        const answer = await api<Page<HouseholdSummary>>('/api/v1/grid/households', {
          query: { villageId, page, size: HOUSEHOLD_PAGE },
          signal,
        });
        total = answer.totalItems;
        households.push(...answer.items);
        if (households.length >= total || answer.items.length === 0) break;
      }
      return { households, total };
    },
  });
}

export function householdLabel(household: Pick<HouseholdSummary, 'headName' | 'address'>): string {
  return `${household.headName}（${household.address}）`;
}
