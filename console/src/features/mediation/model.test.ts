import { describe, expect, it } from 'vitest';
import type { Identity, RoleName } from '../../auth/roles';
import { todayInCounty } from '../../common/format';
import { aCase, daysFromToday, MY_MEDIATOR } from './fixtures';
import { actionsFor, byDeadline, deadlineOf, missingSteps, type Actor } from './model';

function person(roles: RoleName[], place: Partial<Identity> = {}): Identity {
  return { subject: 'u-1', username: 'someone', name: '某人', realm: 'linxian', roles, ...place };
}

const mediator: Actor = { identity: person(['mediator'], { village: 'v-huashi' }), mediator: MY_MEDIATOR };
const session = { number: 1, heldOn: daysFromToday(-2), attendees: ['李明', '王芳'], notes: '双方陈述' };

describe('the steps a case offers its mediator', () => {
  it('offers acceptance only once a mediator is assigned, and escalation while open', () => {
    expect(actionsFor(aCase({ status: 'OPEN', acceptedOn: null }), mediator)).toEqual(['classify', 'accept', 'escalate']);
  });

  it('does not offer acceptance past the acceptance deadline, which the service refuses', () => {
    const late = aCase({ status: 'OPEN', acceptedOn: null, acceptanceDeadline: daysFromToday(-1), overdue: true });
    expect(actionsFor(late, mediator)).toEqual(['classify', 'escalate']);
    expect(missingSteps(late, mediator)).toEqual(['acceptanceExpired']);
  });

  it('offers sessions, failure and escalation in mediation, and the agreement only after a session', () => {
    expect(actionsFor(aCase(), mediator)).toEqual(['session', 'failure', 'escalate']);
    expect(missingSteps(aCase(), mediator)).toEqual(['agreementNeedsSession']);
    expect(actionsFor(aCase({ sessions: [session] }), mediator)).toEqual(['session', 'agreement', 'failure', 'escalate']);
  });

  it('offers escalation, referral and closing after a failure', () => {
    expect(actionsFor(aCase({ status: 'FAILED', sessions: [session] }), mediator)).toEqual(['escalate', 'refer', 'close']);
  });

  it('offers follow-up and judicial confirmation on an agreement, closing only after the follow-up', () => {
    const agreement = { terms: '修通排水沟', signatures: [], reachedOn: daysFromToday(-1) };
    const agreed = aCase({ status: 'AGREED', sessions: [session], agreement });
    expect(actionsFor(agreed, mediator)).toEqual(['followUp', 'judicialRequest']);
    const followedUp = { ...agreed, followUp: { honoured: true, on: daysFromToday(0) } };
    expect(actionsFor(followedUp, mediator)).toEqual(['close', 'judicialRequest']);
    const requested = { ...followedUp, judicialConfirmation: { court: '林县人民法院', requestedOn: daysFromToday(0), status: 'REQUESTED' as const } };
    expect(actionsFor(requested, mediator)).toEqual(['close', 'judicialAnswer']);
  });

  it('offers nothing on a closed case that ended without agreement', () => {
    expect(actionsFor(aCase({ status: 'CLOSED', outcome: 'FAILED' }), mediator)).toEqual([]);
  });

  it('never offers escalation at the county level, and says why', () => {
    const countyMediator: Actor = { ...mediator, mediator: { id: MY_MEDIATOR.id, level: 'COUNTY' } };
    for (const status of ['OPEN', 'IN_MEDIATION', 'FAILED'] as const) {
      const c = aCase({ status, level: 'COUNTY', sessions: [session] });
      expect(actionsFor(c, countyMediator)).not.toContain('escalate');
      expect(missingSteps(c, countyMediator)).toContain('topLevel');
    }
    expect(actionsFor(aCase({ status: 'FAILED', level: 'COUNTY' }), countyMediator)).toEqual(['refer', 'close']);
  });

  it('offers nothing on a case assigned to another mediator or waiting in the queue', () => {
    expect(actionsFor(aCase({ mediatorId: 'someone-else' }), mediator)).toEqual([]);
    expect(missingSteps(aCase({ mediatorId: 'someone-else' }), mediator)).toEqual(['notYours']);
    const queued = aCase({ status: 'OPEN', mediatorId: null });
    expect(actionsFor(queued, mediator)).toEqual([]);
    expect(missingSteps(queued, mediator)).toEqual(['needsMediator']);
  });

  it('offers a village mediator nothing once the case went up to the township', () => {
    expect(actionsFor(aCase({ level: 'TOWNSHIP' }), mediator)).toEqual([]);
  });
});

describe('the steps a case offers the staff (the level policy)', () => {
  const cadre: Actor = { identity: person(['village-cadre'], { township: 't-chengguan', village: 'v-huashi' }) };
  const officer: Actor = { identity: person(['township-officer'], { township: 't-chengguan' }) };

  it('lets the cadre assign, correct a grid report’s parties and escalate a village case of their village', () => {
    const fromGrid = aCase({ status: 'OPEN', source: 'GRID_REPORT', mediatorId: null, acceptedOn: null });
    expect(actionsFor(fromGrid, cadre)).toEqual(['assign', 'parties', 'classify', 'escalate']);
    expect(actionsFor(fromGrid, officer)).toEqual([]);
  });

  it('hands the case to the township officer once escalated; the cadre only reads it', () => {
    const escalated = aCase({ status: 'OPEN', level: 'TOWNSHIP', mediatorId: null, acceptedOn: null });
    expect(actionsFor(escalated, cadre)).toEqual([]);
    expect(actionsFor(escalated, officer)).toEqual(['assign', 'classify', 'escalate']);
  });

  it('lets the staff record a paper rating of each party not yet rated, but never the case’s own mediator', () => {
    const failed = aCase({ status: 'FAILED', ratings: [{ partyId: 'p1', score: 4, at: '2026-11-30T01:00:00Z', paper: true }] });
    expect(actionsFor(failed, cadre)).toContain('rate');
    expect(actionsFor(failed, mediator)).not.toContain('rate');
    const bothRated = { ...failed, ratings: [...failed.ratings, { partyId: 'p2', score: 5, at: '2026-11-30T01:00:00Z', paper: true }] };
    expect(actionsFor(bothRated, cadre)).not.toContain('rate');
  });
});

describe('cases by deadline', () => {
  it('puts overdue cases first, then the nearest deadline, then cases waiting on none', () => {
    const today = todayInCounty();
    const soon = aCase({ id: 'soon', resolutionDeadline: daysFromToday(2) });
    const later = aCase({ id: 'later', resolutionDeadline: daysFromToday(20) });
    const overdue = aCase({ id: 'overdue', status: 'OPEN', acceptanceDeadline: daysFromToday(-1), overdue: true });
    const followedUp = aCase({ id: 'followed-up', status: 'AGREED', followUp: { honoured: true, on: today } });
    const followUpDue = aCase({ id: 'follow-up-due', status: 'AGREED', followUpDue: daysFromToday(5) });
    const ordered = [later, followedUp, soon, followUpDue, overdue].sort(byDeadline(today)).map((c) => c.id);
    expect(ordered).toEqual(['overdue', 'soon', 'follow-up-due', 'later', 'followed-up']);
  });

  it('counts the days left to the deadline the status waits on', () => {
    const today = todayInCounty();
    expect(deadlineOf(aCase({ resolutionDeadline: daysFromToday(3) }), today)).toMatchObject({ kind: 'resolution', daysLeft: 3 });
    expect(deadlineOf(aCase({ status: 'FAILED', failureDeadline: daysFromToday(-2) }), today)).toMatchObject({
      kind: 'failure',
      daysLeft: -2,
      overdue: true,
    });
    expect(deadlineOf(aCase({ status: 'CLOSED' }), today)).toBeUndefined();
  });
});
