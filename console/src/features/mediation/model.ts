import { Role, type Identity } from '../../auth/roles';

/**
 * A mediation case as mediation-service answers it (CaseView; mediation-service/README.md).
 * Fields the service hides from parties (notes, reasons) arrive as null; the staff see them all.
 */
export const STATUSES = ['OPEN', 'IN_MEDIATION', 'AGREED', 'FAILED', 'CLOSED'] as const;
export type CaseStatus = (typeof STATUSES)[number];
export const LEVELS = ['VILLAGE', 'TOWNSHIP', 'COUNTY'] as const;
export type Level = (typeof LEVELS)[number];
export const CATEGORIES = ['NEIGHBOURHOOD', 'LAND', 'FAMILY', 'DEBT', 'CONTRACT', 'LABOUR', 'DAMAGES'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Source = 'GRID_REPORT' | 'WALK_IN' | 'HOTLINE' | 'ONLINE' | 'REFERRAL';
export type Outcome = 'AGREEMENT_HONOURED' | 'AGREEMENT_BROKEN' | 'FAILED' | 'REFERRED_ARBITRATION' | 'REFERRED_LITIGATION';
export type Forum = 'ARBITRATION' | 'LITIGATION';

export interface Party {
  /** `p1`, `p2`… within the case: what signatures and ratings name */
  id: string;
  kind: 'HOUSEHOLD' | 'OUTSIDER';
  householdId?: string | null;
  townshipId?: string | null;
  villageId?: string | null;
  /** the household head's name from grid-service, or the outsider's name; none for a grid report's households */
  name?: string | null;
  contact?: string | null;
  userId?: string | null;
}

export interface Assignment {
  mediatorId: string;
  suggestedId?: string | null;
  overrideReason?: string | null;
  by?: string | null;
  at: string;
}

export interface Session {
  number: number;
  heldOn: string;
  attendees: string[];
  notes?: string | null;
  recordedBy?: string | null;
}

export interface Signature {
  partyId: string;
  signedOn: string;
}

export interface Agreement {
  terms: string;
  signatures: Signature[];
  reachedOn: string;
  recordedBy?: string | null;
}

export interface Failure {
  reason?: string | null;
  failedOn: string;
  atLevel: Level;
}

export interface Escalation {
  fromLevel: Level;
  toLevel: Level;
  /** a person's reason, or `overdue: …` when the deadline check escalated it */
  reason?: string | null;
  by?: string | null;
  at: string;
}

export interface JudicialConfirmation {
  court: string;
  requestedOn: string;
  status: 'REQUESTED' | 'CONFIRMED' | 'REFUSED';
  answeredOn?: string | null;
  reason?: string | null;
}

export interface FollowUp {
  honoured: boolean;
  notes?: string | null;
  on: string;
  by?: string | null;
}

export interface Rating {
  partyId: string;
  score: number;
  comment?: string | null;
  by?: string | null;
  at: string;
  /** recorded by staff from a paper form */
  paper: boolean;
  recordedBy?: string | null;
}

export interface Risk {
  kind: 'PETITION' | 'VIOLENCE';
  reason?: string | null;
  flaggedBy?: string | null;
  flaggedAt?: string | null;
}

export interface MediationCase {
  id: string;
  source: Source;
  reportId?: string | null;
  referral?: { by: 'POLICE' | 'COURT'; reference: string } | null;
  townshipId: string;
  villageId: string;
  category: Category;
  description: string;
  amount: number;
  parties: Party[];
  level: Level;
  status: CaseStatus;
  overdue: boolean;
  risk?: Risk | null;
  mediatorId?: string | null;
  assignments: Assignment[];
  openedAt: string;
  openedBy?: string | null;
  acceptanceDeadline?: string | null;
  acceptedOn?: string | null;
  resolutionDeadline?: string | null;
  sessions: Session[];
  agreement?: Agreement | null;
  failures: Failure[];
  failureDeadline?: string | null;
  escalations: Escalation[];
  judicialConfirmation?: JudicialConfirmation | null;
  followUpDue?: string | null;
  followUp?: FollowUp | null;
  outcome?: Outcome | null;
  closedOn?: string | null;
  closingNotes?: string | null;
  ratings: Rating[];
  version?: number | null;
}

/** A directory entry (GET /api/v1/mediation/mediators): a mediator's account is linked by `userId`. */
export interface Mediator {
  id: string;
  name: string;
  userId: string;
  level: Level;
  townshipId?: string | null;
  villageId?: string | null;
  specialties: Category[];
  active: boolean;
  caseload: number;
}

/** The level above, or none at the county: "conflicts are not passed upward" past it (409 from the service). */
export function levelAbove(level: Level): Level | undefined {
  return LEVELS[LEVELS.indexOf(level) + 1];
}

export type DeadlineKind = 'acceptance' | 'resolution' | 'failure' | 'followUp';

export interface Deadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD, a county day */
  on: string;
  /** whole days from today to the deadline; negative when past */
  daysLeft: number;
  overdue: boolean;
}

/** Whole days between two county days (YYYY-MM-DD), `to - from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The deadline the case is waiting on, as the service counts them: acceptance while OPEN,
 * resolution while IN_MEDIATION, the next step after a failure, and the follow-up of an agreement
 * not yet followed up. A closed case, or an agreement already followed up, waits on none.
 */
export function deadlineOf(c: MediationCase, today: string): Deadline | undefined {
  const due = (kind: DeadlineKind, on?: string | null): Deadline | undefined => {
    if (!on) return undefined;
    const daysLeft = daysBetween(today, on);
    return { kind, on, daysLeft, overdue: daysLeft < 0 };
  };
  switch (c.status) {
    case 'OPEN':
      return due('acceptance', c.acceptanceDeadline);
    case 'IN_MEDIATION':
      return due('resolution', c.resolutionDeadline);
    case 'FAILED':
      return due('failure', c.failureDeadline);
    case 'AGREED':
      return c.followUp ? undefined : due('followUp', c.followUpDue);
    default:
      return undefined;
  }
}

/**
 * Most urgent first: overdue cases (the service's `overdue`, or a follow-up past due), then by
 * the days left; cases waiting on no deadline last, newest first among themselves.
 */
export function byDeadline(today: string) {
  return (a: MediationCase, b: MediationCase): number => {
    const da = deadlineOf(a, today);
    const db = deadlineOf(b, today);
    const overdueA = a.overdue || !!da?.overdue;
    const overdueB = b.overdue || !!db?.overdue;
    if (overdueA !== overdueB) return overdueA ? -1 : 1;
    if (da && db && da.on !== db.on) return da.on < db.on ? -1 : 1;
    if (!!da !== !!db) return da ? -1 : 1;
    return b.openedAt.localeCompare(a.openedAt);
  };
}

/** The person looking at a case: roles and place from the token, and their own directory entry if they mediate. */
export interface Actor {
  identity: Identity;
  mediator?: Pick<Mediator, 'id' | 'level'>;
}

/**
 * The level policy (mediation-service `CaseAccess.handles`), so the page offers only what the
 * service will let this person do: the county admin every case; a township officer the
 * township-level cases of their township; a village cadre the village-level cases of their
 * village; a mediator only the cases assigned to them at their own level (a county mediator at any).
 */
export function mayHandle(c: MediationCase, { identity, mediator }: Actor): boolean {
  const roles = identity.roles;
  if (roles.includes(Role.CountyAdmin)) return true;
  if (roles.includes(Role.TownshipOfficer) && c.level === 'TOWNSHIP' && c.townshipId === identity.township) return true;
  if (roles.includes(Role.VillageCadre) && c.level === 'VILLAGE' && c.villageId === identity.village) return true;
  return (
    roles.includes(Role.Mediator) &&
    !!mediator &&
    !!c.mediatorId &&
    c.mediatorId === mediator.id &&
    (mediator.level === 'COUNTY' || mediator.level === c.level)
  );
}

export function isStaff(identity: Identity): boolean {
  return [Role.CountyAdmin, Role.TownshipOfficer, Role.VillageCadre].some((role) => identity.roles.includes(role));
}

/** Was this person ever the case's mediator? They never rate it, not even on paper (403). */
function mediatedIt(c: MediationCase, mediator?: Pick<Mediator, 'id'>): boolean {
  return !!mediator && (c.mediatorId === mediator.id || c.assignments.some((a) => a.mediatorId === mediator.id));
}

export type CaseAction =
  | 'assign'
  | 'parties'
  | 'classify'
  | 'accept'
  | 'session'
  | 'agreement'
  | 'failure'
  | 'escalate'
  | 'refer'
  | 'judicialRequest'
  | 'judicialAnswer'
  | 'followUp'
  | 'close'
  | 'rate';

/**
 * The steps the case's status allows this person, in the order of the process (the service's
 * state machine, MediationCase): nothing for someone the level policy does not let act.
 */
export function actionsFor(c: MediationCase, actor: Actor): CaseAction[] {
  if (!mayHandle(c, actor)) return [];
  const staff = isStaff(actor.identity);
  const actions: CaseAction[] = [];
  const canEscalate = levelAbove(c.level) !== undefined;
  switch (c.status) {
    case 'OPEN':
      if (staff) actions.push('assign');
      if (staff && c.source === 'GRID_REPORT') actions.push('parties');
      actions.push('classify');
      // past its acceptance deadline the service refuses acceptance: the deadline check escalates the case
      if (c.mediatorId && !c.overdue) actions.push('accept');
      if (canEscalate) actions.push('escalate');
      break;
    case 'IN_MEDIATION':
      if (staff) actions.push('assign');
      actions.push('session');
      if (c.sessions.length > 0 && c.parties.length >= 2) actions.push('agreement');
      actions.push('failure');
      if (canEscalate) actions.push('escalate');
      break;
    case 'FAILED':
      if (canEscalate) actions.push('escalate');
      actions.push('refer', 'close');
      break;
    case 'AGREED':
      if (!c.followUp) actions.push('followUp');
      if (c.followUp) actions.push('close');
      break;
    case 'CLOSED':
      break;
  }
  if (c.agreement && !c.judicialConfirmation && (c.status !== 'CLOSED' || c.outcome === 'AGREEMENT_HONOURED')) {
    actions.push('judicialRequest');
  }
  if (c.judicialConfirmation?.status === 'REQUESTED') actions.push('judicialAnswer');
  if (
    staff &&
    (c.status === 'AGREED' || c.status === 'FAILED' || c.status === 'CLOSED') &&
    !mediatedIt(c, actor.mediator) &&
    unratedParties(c).length > 0
  ) {
    actions.push('rate');
  }
  return actions;
}

/** Why a step the person might look for is not offered now (the service would refuse it). */
export type MissingStep =
  | 'agreementNeedsSession'
  | 'agreementNeedsParties'
  | 'acceptanceExpired'
  | 'topLevel'
  | 'needsMediator'
  | 'notYours';

export function missingSteps(c: MediationCase, actor: Actor): MissingStep[] {
  if (!mayHandle(c, actor)) {
    if (c.status === 'CLOSED') return [];
    // a mediator sees the open cases of their place waiting for one; the staff of another level just read
    const waitsForMediator = c.status === 'OPEN' && !c.mediatorId && actor.identity.roles.includes(Role.Mediator);
    return waitsForMediator ? ['needsMediator'] : ['notYours'];
  }
  const missing: MissingStep[] = [];
  if (c.status === 'OPEN' && !c.mediatorId) missing.push('needsMediator');
  if (c.status === 'OPEN' && c.mediatorId && c.overdue) missing.push('acceptanceExpired');
  if (c.status === 'IN_MEDIATION' && c.sessions.length === 0) missing.push('agreementNeedsSession');
  if (c.status === 'IN_MEDIATION' && c.parties.length < 2) missing.push('agreementNeedsParties');
  if (c.level === 'COUNTY' && (c.status === 'OPEN' || c.status === 'IN_MEDIATION' || c.status === 'FAILED')) missing.push('topLevel');
  return missing;
}

export function unratedParties(c: MediationCase): Party[] {
  return c.parties.filter((party) => !c.ratings.some((rating) => rating.partyId === party.id));
}

/** What closing will record: an agreement after its follow-up (honoured or broken), or the failure. */
export function closingOutcome(c: MediationCase): Outcome | undefined {
  if (c.status === 'FAILED') return 'FAILED';
  if (c.status === 'AGREED' && c.followUp) return c.followUp.honoured ? 'AGREEMENT_HONOURED' : 'AGREEMENT_BROKEN';
  return undefined;
}
