/**
 * What council-service answers (council-service/README.md and its controllers' view records),
 * and the grid-service reads the council screens need (region tree, a village's households).
 */

export type MatterStage = 'PROPOSAL' | 'TWO_COMMITTEES' | 'PARTY_MEMBERS' | 'REPRESENTATIVES' | 'RESOLUTION_PUBLISHED' | 'RESULT_PUBLISHED';
export type MatterStatus = 'IN_PROGRESS' | 'ADOPTED' | 'COMPLETED' | 'REJECTED';
export const MATTER_KINDS = ['PROJECT', 'FUNDS', 'LAND', 'PUBLIC_WORKS'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
export type MeetingKind = 'REPRESENTATIVES' | 'VILLAGERS';

/** A counted vote: entitled and present as the service computed them. */
export interface Vote {
  entitled: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

/** The votes a form sends; who was entitled and present is computed by the service. */
export interface Tally {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export interface MatterStep {
  stage: MatterStage;
  heldOn: string;
  vote: Vote | null;
  passed: boolean;
  minutes: string;
  householdIds: string[];
  meetingId: string | null;
  recordedBy: string;
  recordedAt: string;
  attendees: string[];
  meetingKind: MeetingKind | null;
}

export interface Matter {
  id: string;
  townshipId: string;
  villageId: string;
  title: string;
  kind: MatterKind;
  amount: number;
  description?: string | null;
  stage: MatterStage;
  status: MatterStatus;
  rejectionReason?: string | null;
  steps: MatterStep[];
  version: number;
}

export const SUGGESTION_STATUSES = ['RAISED', 'DISCUSSED', 'SOLVED_ON_SPOT', 'ASSIGNED', 'ANSWERED', 'NOT_FEASIBLE'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface Suggestion {
  id: string;
  townshipId: string;
  villageId: string;
  householdId: string;
  title: string;
  content: string;
  raisedBy: string;
  raisedByRole: 'VILLAGER' | 'GRID_WORKER';
  raisedOn: string;
  status: SuggestionStatus;
  meetingId?: string | null;
  solution?: string | null;
  assignee?: string | null;
  deadline?: string | null;
  feedback?: string | null;
  resolvedOn?: string | null;
  onTime?: boolean | null;
  rating?: number | null;
  notFeasibleReason?: string | null;
  escalatedToTownship: boolean;
  escalatedAt?: string | null;
  version: number;
}

export interface SuggestionFigures {
  raised: number;
  awaitingMeeting: number;
  discussed: number;
  solvedOnSpot: number;
  assigned: number;
  answered: number;
  solvedOnTime: number;
  overdue: number;
  onTimePercent: number;
  averageRating: number | null;
}

export interface BenchMeeting {
  id: string;
  townshipId: string;
  villageId: string;
  heldOn: string;
  place: string;
  householdIds: string[];
  suggestionIds: string[];
  minutes: string;
}

export const NOTICE_CATEGORIES = ['VILLAGE_AFFAIRS', 'PARTY_AFFAIRS', 'FINANCES'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export interface Notice {
  id: string;
  townshipId: string;
  villageId: string;
  category: NoticeCategory;
  title: string;
  body: string;
  publishFrom: string;
  publishUntil: string;
  current: boolean;
  withdrawnReason?: string | null;
}

export const MEMBER_CATEGORIES = ['PARTY_MEMBER', 'CAPABLE_PERSON', 'RESPECTED_ELDER', 'RETURNING_ENTREPRENEUR', 'GROUP_LEADER', 'OTHER'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export interface CouncilMember {
  id: string;
  name: string;
  householdId?: string | null;
  category: MemberCategory;
  president: boolean;
}

export interface CouncilTerm {
  number: number;
  start: string;
  end: string;
  members: CouncilMember[];
  electionId?: string | null;
  seatedAt: string;
}

export interface Council {
  id: string;
  townshipId: string;
  villageId: string;
  naturalVillageId: string;
  name: string;
  seats: number;
  currentTerm?: CouncilTerm | null;
  pastTerms: CouncilTerm[];
  version: number;
}

export interface Candidate {
  id: string;
  name: string;
  householdId?: string | null;
  category: MemberCategory;
}

export interface ElectionResult {
  candidateId: string;
  name: string;
  householdId?: string | null;
  category: MemberCategory;
  votes: number;
  elected: boolean;
}

export interface Election {
  id: string;
  councilId: string;
  townshipId: string;
  villageId: string;
  naturalVillageId?: string | null;
  title: string;
  seats: number;
  termStart: string;
  termEnd: string;
  opensAt: string;
  closesAt: string;
  candidates: Candidate[];
  status: 'OPEN' | 'CLOSED';
  results: ElectionResult[];
  ballotsCast: number;
  paperBallots: number;
  householdCount: number;
  turnoutPercent: number;
  closedAt?: string | null;
  version: number;
}

export interface BallotReceipt {
  ballotId: string;
  electionId: string;
  householdId: string;
  channel: 'ONLINE' | 'PAPER';
  castAt: string;
}

export interface Representative {
  householdId: string;
  name: string;
}

export interface RepresentativeRoster {
  villageId: string;
  townshipId: string;
  representatives: Representative[];
  updatedAt: string;
  version: number;
}

export interface GroupPerson {
  name: string;
  householdId?: string | null;
}

export interface GroupComposition {
  leader: GroupPerson;
  partyMemberRepresentative: GroupPerson;
  villagersRepresentative: GroupPerson;
  since: string;
  until?: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface ThreePersonGroup {
  groupId: string;
  townshipId: string;
  villageId: string;
  groupName: string;
  current?: GroupComposition | null;
  history: GroupComposition[];
  version: number;
}

/** grid-service's region tree (`/api/v1/grid/regions/tree`). */
export interface RegionNode {
  id: string;
  kind: 'TOWNSHIP' | 'VILLAGE' | 'NATURAL_VILLAGE' | 'GROUP';
  name: string;
  children: RegionNode[];
}

/** The part of grid-service's household file the council screens use (never ID numbers or phones). */
export interface HouseholdSummary {
  id: string;
  townshipId: string;
  villageId: string;
  naturalVillageId?: string | null;
  groupId?: string | null;
  address: string;
  headName: string;
}

export const COUNCIL = '/api/v1/council';

/** Query keys: every list of a kind starts with the same prefix, so an action refreshes them all. */
export const keys = {
  matters: ['council', 'matters'],
  suggestions: ['council', 'suggestions'],
  benchMeetings: ['council', 'bench-meetings'],
  notices: ['council', 'notices'],
  councils: ['council', 'councils'],
  elections: ['council', 'elections'],
  representatives: ['council', 'representatives'],
  groups: ['council', 'groups'],
} as const;
