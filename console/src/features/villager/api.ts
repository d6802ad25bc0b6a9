import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/http';

/**
 * What a villager reads and writes, as the services answer it (their READMEs). Each service finds
 * "my household" its own way: grid-service answers a villager's household list with only the
 * household whose `headUserId` is their account; points-service links a passbook to the account
 * (`/accounts/mine`); council-service lets the registered head cast the household's ballot;
 * mediation-service shows the cases in which a party carries the account.
 */

// the council's views of suggestions and elections, as the villager reads them (types only: no council code in this bundle)
import type { Election, Suggestion } from '../council/api';
export type { BallotReceipt, Candidate, Election, ElectionResult, Suggestion, SuggestionStatus } from '../council/api';

export interface Resident {
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  birthYear?: number | null;
  partyMember?: boolean;
}

export interface Household {
  id: string;
  townshipId: string;
  villageId: string;
  naturalVillageId?: string | null;
  groupId?: string | null;
  address?: string | null;
  headName: string;
  residents: Resident[];
  tags: string[];
}

export interface Region {
  id: string;
  kind: string;
  name: string;
}

export type PostingSource = 'AWARD' | 'EVENT' | 'REDEMPTION' | 'REFUND' | 'CORRECTION';

export interface PassbookEntry {
  id: string;
  amount: number;
  source: PostingSource;
  ruleCode?: string | null;
  note?: string | null;
  at: string;
  /** the day the deed happened, for entries of a deed */
  occurredOn?: string | null;
}

export interface Passbook {
  householdId: string;
  villageId: string;
  balance: number;
  entries: Page<PassbookEntry>;
}

export interface PointsRule {
  code: string;
  behaviour: string;
}

export interface ListEntry {
  id: string;
  kind: 'RED' | 'BLACK';
  householdId: string;
  periodStart: string;
  periodEnd: string;
  reason?: string | null;
}



/** A suggestion the one who raised it may rate, once: it has been closed one way or another. */
export function mayRateSuggestion(suggestion: Suggestion): boolean {
  return (
    (suggestion.rating === null || suggestion.rating === undefined) &&
    ['SOLVED_ON_SPOT', 'ANSWERED', 'NOT_FEASIBLE'].includes(suggestion.status)
  );
}





/** Where an election stands for the voter now: ballots are taken within [opensAt, closesAt) only. */
export function votingWindow(election: Election, now: Date = new Date()): 'NOT_YET' | 'OPEN' | 'OVER' {
  if (election.status !== 'OPEN' || now.getTime() >= Date.parse(election.closesAt)) return 'OVER';
  return now.getTime() < Date.parse(election.opensAt) ? 'NOT_YET' : 'OPEN';
}

/** An election is the household's when the household lives where the council serves (its natural village). */
export function householdVotesIn(election: Election, household: Household): boolean {
  return election.naturalVillageId
    ? election.naturalVillageId === household.naturalVillageId
    : election.villageId === household.villageId;
}

export const DISPUTE_CATEGORIES = ['NEIGHBOURHOOD', 'LAND', 'FAMILY', 'DEBT', 'CONTRACT', 'LABOUR', 'DAMAGES'] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];
export type CaseStatus = 'OPEN' | 'IN_MEDIATION' | 'AGREED' | 'FAILED' | 'CLOSED';

export interface CaseParty {
  id: string;
  kind: 'HOUSEHOLD' | 'OUTSIDER';
  householdId?: string | null;
  name?: string | null;
  contact?: string | null;
  userId?: string | null;
}

export interface CaseRating {
  partyId: string;
  score: number;
  comment?: string | null;
  at: string;
}

/** A case as a party sees it: the staff's internal notes and the risk flag are left out by the service. */
export interface DisputeCase {
  id: string;
  source: string;
  category: DisputeCategory;
  description: string;
  amount: number;
  parties: CaseParty[];
  level: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
  status: CaseStatus;
  overdue: boolean;
  mediatorId?: string | null;
  openedAt: string;
  acceptanceDeadline?: string | null;
  acceptedOn?: string | null;
  resolutionDeadline?: string | null;
  sessions: { number: number; heldOn: string }[];
  agreement?: { terms: string; reachedOn: string; signatures: { partyId: string; signedOn: string }[] } | null;
  failures: { failedOn: string }[];
  escalations: { fromLevel: string; toLevel: string; at: string }[];
  judicialConfirmation?: { court: string; requestedOn: string; status: 'REQUESTED' | 'CONFIRMED' | 'REFUSED'; answeredOn?: string | null } | null;
  followUpDue?: string | null;
  followUp?: { honoured: boolean; on: string } | null;
  outcome?: string | null;
  closedOn?: string | null;
  ratings: CaseRating[];
}

/** The party the signed-in villager is in a case (the one carrying their account), if any. */
export function myParty(dispute: DisputeCase, subject: string): CaseParty | undefined {
  return dispute.parties.find((party) => party.userId === subject);
}

/** A party rates once, after the mediation ended (agreement, failure or closing). */
export function mayRateCase(dispute: DisputeCase, subject: string): boolean {
  const party = myParty(dispute, subject);
  return (
    !!party &&
    ['AGREED', 'FAILED', 'CLOSED'].includes(dispute.status) &&
    !dispute.ratings.some((rating) => rating.partyId === party.id)
  );
}

export const NOTICE_CATEGORIES = ['PARTY_AFFAIRS', 'VILLAGE_AFFAIRS', 'FINANCES'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export interface Notice {
  id: string;
  category: NoticeCategory;
  title: string;
  body: string;
  publishFrom: string;
  publishUntil: string;
}

export const REGULATION_AREAS = [
  'MORALITY',
  'PUBLIC_PROPERTY',
  'SAFETY',
  'ECOLOGY',
  'PUBLIC_WELFARE',
  'BUILDING_TO_PLAN',
  'HYGIENE',
  'LIVESTOCK',
  'THRIFT',
  'NEIGHBOURLINESS',
  'PUBLIC_ORDER',
  'EMERGENCIES',
] as const;

export interface RegulationVersion {
  number: number;
  status: 'DRAFT' | 'DISCUSSION' | 'ADOPTED' | 'REJECTED' | 'PUBLISHED' | 'SUPERSEDED';
  sections: Partial<Record<(typeof REGULATION_AREAS)[number], string>>;
  note?: string | null;
  vote?: { entitled: number; present: number; votesFor: number; votesAgainst: number; abstentions: number } | null;
  votedOn?: string | null;
  publishedOn?: string | null;
}

export interface Regulation {
  id: string;
  villageId: string;
  title: string;
  versions: RegulationVersion[];
}

export const villagerKeys = {
  household: ['villager', 'household'] as const,
  passbook: ['villager', 'passbook'] as const,
  suggestions: ['villager', 'suggestions'] as const,
  elections: ['villager', 'elections'] as const,
  cases: ['villager', 'cases'] as const,
};

/**
 * The household the signed-in villager heads. grid-service answers a villager's household list
 * with their own household only (`headUserId` = their account): none means no household is
 * registered to the account yet.
 */
export function useMyHousehold() {
  return useQuery({
    queryKey: villagerKeys.household,
    queryFn: async ({ signal }) => {
      const page = await api<Page<Household>>('/api/v1/grid/households', { query: { size: 1 }, signal });
      return page.items[0] ?? null;
    },
    staleTime: 5 * 60_000,
  });
}

/** Names of the places a household lies in (village, natural village, group), from grid's region tree. */
export function useRegion(id?: string | null) {
  return useQuery({
    queryKey: ['villager', 'region', id],
    queryFn: ({ signal }) => api<Region>(`/api/v1/grid/regions/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: !!id,
    staleTime: 30 * 60_000,
  });
}
