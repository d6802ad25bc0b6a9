import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/http';

/**
 * What grid-service answers for the area screens (grid-service/README.md and its controllers:
 * RegionController, MicroGridController, HouseholdController, VisitController, GridReportController).
 */
export type RegionKind = 'TOWNSHIP' | 'VILLAGE' | 'NATURAL_VILLAGE' | 'GROUP';

export interface RegionNode {
  id: string;
  kind: RegionKind;
  name: string;
  children: RegionNode[];
}

export interface GridWorker {
  subject: string;
  name: string;
  from?: string;
  until?: string | null;
}

export interface MicroGrid {
  id: string;
  townshipId: string;
  villageId: string;
  name: string;
  worker?: GridWorker | null;
  formerWorkers: GridWorker[];
  householdIds: string[];
  households: number;
}

export const HOUSEHOLD_TAGS = ['LOW_INCOME', 'ELDERLY_ALONE', 'LEFT_BEHIND_CHILD', 'DISABLED', 'KEY_PERSON'] as const;
export type HouseholdTag = (typeof HOUSEHOLD_TAGS)[number];

export interface Resident {
  name: string;
  /** in full or masked (`410581********0035`), as the service decides for the caller's role */
  idNumber?: string | null;
  phone?: string | null;
  birthYear?: number | null;
  partyMember: boolean;
}

export interface HouseholdChange {
  at: string;
  /** the account that made the change */
  by: string;
  what: string;
}

export interface Household {
  id: string;
  townshipId: string;
  villageId: string;
  naturalVillageId?: string | null;
  groupId?: string | null;
  address: string;
  headName: string;
  residents: Resident[];
  tags: HouseholdTag[];
  history: HouseholdChange[];
  version: number;
}

export interface Visit {
  id: string;
  householdId: string;
  /** whose visit it is (the paired member) */
  memberSubject: string;
  visitedOn: string;
  notes?: string | null;
  issuesFound?: string | null;
  /** who entered it: the member, or a cadre on the member's behalf */
  loggedBy?: string | null;
  onBehalfOf?: string | null;
}

export interface Pairing {
  id: string;
  memberSubject: string;
  memberName: string;
  householdId: string;
  townshipId: string;
  villageId: string;
  since: string;
}

export const REPORT_CATEGORIES = [
  'DISPUTE',
  'SAFETY_HAZARD',
  'ENVIRONMENT',
  'INFRASTRUCTURE',
  'HOUSEHOLD_IN_DIFFICULTY',
  'PETITION_RISK',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_STATUSES = ['REPORTED', 'ACCEPTED', 'SOLVED_ON_SPOT', 'TRANSFERRED', 'CLOSED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface GridReport {
  id: string;
  townshipId: string;
  villageId: string;
  category: ReportCategory;
  householdIds: string[];
  description: string;
  photoRefs: string[];
  /** the reporter's account */
  reporter: string;
  status: ReportStatus;
  /** a department, or `mediation` when an accepted dispute went to people's mediation */
  transferredTo?: string | null;
  deadline?: string | null;
  notes?: string | null;
  outcome?: string | null;
  rating?: number | null;
  version?: number | null;
}

/** grid-service's word for a report handed to people's mediation (GridReport.MEDIATION) */
export const TRANSFERRED_TO_MEDIATION = 'mediation';

/** Every query key of this feature starts here, so one action can refresh what it changed. */
export const areaKeys = {
  tree: ['area', 'regions', 'tree'] as const,
  microGrids: (villageId: string) => ['area', 'micro-grids', villageId] as const,
  households: ['area', 'households'] as const,
  household: (id: string) => ['area', 'household', id] as const,
  visits: (householdId: string) => ['area', 'visits', householdId] as const,
  pairings: (villageId: string) => ['area', 'pairings', villageId] as const,
  reports: ['area', 'reports'] as const,
  report: (id: string) => ['area', 'report', id] as const,
};

/** The county's region tree; names are public within the county, so it changes rarely. */
export function useRegionTree() {
  return useQuery({
    queryKey: areaKeys.tree,
    queryFn: ({ signal }) => api<RegionNode[]>('/api/v1/grid/regions/tree', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useMicroGrids(villageId: string | undefined) {
  return useQuery({
    queryKey: areaKeys.microGrids(villageId ?? ''),
    queryFn: ({ signal }) => api<MicroGrid[]>('/api/v1/grid/micro-grids', { query: { villageId }, signal }),
    enabled: !!villageId,
  });
}
