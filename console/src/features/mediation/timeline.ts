import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, todayInCounty } from '../../common/format';
import type { MediationCase } from './model';

export type TimelineTone = 'blue' | 'green' | 'red' | 'gray' | 'orange';

export interface TimelineEntry {
  key: string;
  /** the county day it happened */
  day: string;
  /** the moment, when the service keeps one (intake, assignments, escalations, ratings) */
  at?: string;
  /** the process order, for steps of one day the service dates without a time */
  rank: number;
  when: string;
  title: string;
  lines: string[];
  tone: TimelineTone;
}

export interface TimelineNames {
  party: (partyId: string) => string;
  mediator: (mediatorId: string) => string;
}

const RANK = {
  opened: 0,
  assigned: 1,
  accepted: 2,
  session: 3,
  failure: 4,
  escalated: 5,
  agreement: 6,
  judicialRequested: 7,
  judicialAnswered: 8,
  followUp: 9,
  rating: 10,
  closed: 11,
} as const;

/**
 * Everything that happened to a case, oldest first, from the case itself: intake, assignments,
 * acceptance, sessions, failures, escalations, the agreement with each signature, judicial
 * confirmation, follow-up, ratings and closing. Notes and reasons the service withholds (from a
 * party's view) are simply absent. Steps the service dates by day only are placed in the order of
 * the process within their day; of two moments, the earlier goes first.
 */
export function buildTimeline(c: MediationCase, t: TFunction, names: TimelineNames): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const atMoment = (at: string) => ({ day: todayInCounty(new Date(at)), at, when: formatDateTime(at) });
  const onDay = (day: string) => ({ day, when: formatDate(day) });
  const line = (key: string, value?: string | null, option = 'reason') => (value ? [t(key, { [option]: value })] : []);

  entries.push({
    key: 'opened',
    ...atMoment(c.openedAt),
    rank: RANK.opened,
    title: t('timeline.opened', { source: t(`source.${c.source}`) }),
    lines: c.referral ? [`${t(`referrer.${c.referral.by}`)} ${c.referral.reference}`] : [],
    tone: 'blue',
  });
  c.assignments.forEach((assignment, index) => {
    entries.push({
      key: `assigned-${index}`,
      ...atMoment(assignment.at),
      rank: RANK.assigned,
      title: t(index === 0 ? 'timeline.assigned' : 'timeline.reassigned', { name: names.mediator(assignment.mediatorId) }),
      lines: line('timeline.override', assignment.overrideReason),
      tone: 'blue',
    });
  });
  if (c.acceptedOn) {
    // the service keeps the latest acceptance only; after an escalation it is the level above's, so it follows it
    const lastEscalation = c.escalations[c.escalations.length - 1];
    entries.push({
      key: 'accepted',
      ...onDay(c.acceptedOn),
      rank: lastEscalation ? RANK.escalated + 0.5 : RANK.accepted,
      title: t('timeline.accepted'),
      lines: [],
      tone: 'blue',
    });
  }
  c.sessions.forEach((session) => {
    entries.push({
      key: `session-${session.number}`,
      ...onDay(session.heldOn),
      rank: RANK.session,
      title: t('timeline.session', { number: session.number }),
      lines: [
        ...(session.attendees.length > 0 ? [t('timeline.attendees', { names: session.attendees.join('、') })] : []),
        ...(session.notes ? [session.notes] : []),
      ],
      tone: 'blue',
    });
  });
  c.failures.forEach((failure, index) => {
    entries.push({
      key: `failure-${index}`,
      ...onDay(failure.failedOn),
      rank: RANK.failure,
      title: t('timeline.failure', { level: t(`level.${failure.atLevel}`) }),
      lines: line('timeline.reason', failure.reason),
      tone: 'red',
    });
  });
  c.escalations.forEach((escalation, index) => {
    const automatic = escalation.reason?.startsWith('overdue:') ?? false;
    entries.push({
      key: `escalated-${index}`,
      ...atMoment(escalation.at),
      rank: RANK.escalated,
      title: t(automatic ? 'timeline.escalatedOverdue' : 'timeline.escalated', {
        from: t(`level.${escalation.fromLevel}`),
        to: t(`level.${escalation.toLevel}`),
      }),
      lines: automatic ? [] : line('timeline.reason', escalation.reason),
      tone: 'orange',
    });
  });
  if (c.agreement) {
    entries.push({
      key: 'agreement',
      ...onDay(c.agreement.reachedOn),
      rank: RANK.agreement,
      title: t('timeline.agreement'),
      lines: [
        c.agreement.terms,
        ...c.agreement.signatures.map((signature) =>
          t('timeline.signed', { party: names.party(signature.partyId), date: formatDate(signature.signedOn) }),
        ),
      ],
      tone: 'green',
    });
  }
  const judicial = c.judicialConfirmation;
  if (judicial) {
    entries.push({
      key: 'judicial-requested',
      ...onDay(judicial.requestedOn),
      rank: RANK.judicialRequested,
      title: t('timeline.judicialRequested', { court: judicial.court }),
      lines: [],
      tone: 'blue',
    });
    if (judicial.answeredOn && judicial.status !== 'REQUESTED') {
      entries.push({
        key: 'judicial-answered',
        ...onDay(judicial.answeredOn),
        rank: RANK.judicialAnswered,
        title:
          judicial.status === 'CONFIRMED'
            ? t('timeline.judicialConfirmed')
            : t('timeline.judicialRefused', { reason: judicial.reason ?? '' }),
        lines: [],
        tone: judicial.status === 'CONFIRMED' ? 'green' : 'red',
      });
    }
  }
  if (c.followUp) {
    entries.push({
      key: 'follow-up',
      ...onDay(c.followUp.on),
      rank: RANK.followUp,
      title: t('timeline.followUp', { honoured: t(c.followUp.honoured ? 'timeline.honoured' : 'timeline.broken') }),
      lines: line('timeline.notes', c.followUp.notes, 'notes'),
      tone: c.followUp.honoured ? 'green' : 'red',
    });
  }
  c.ratings.forEach((rating) => {
    entries.push({
      key: `rating-${rating.partyId}`,
      ...atMoment(rating.at),
      rank: RANK.rating,
      title: t('timeline.rating', { party: names.party(rating.partyId), score: rating.score }),
      lines: [...(rating.comment ? [rating.comment] : []), ...(rating.paper ? [t('timeline.paperRating')] : [])],
      tone: 'gray',
    });
  });
  if (c.closedOn && c.outcome) {
    entries.push({
      key: 'closed',
      ...onDay(c.closedOn),
      rank: RANK.closed,
      title: t('timeline.closed', { outcome: t(`term:mediationOutcome.${c.outcome}`) }),
      lines: line('timeline.notes', c.closingNotes, 'notes'),
      tone: 'gray',
    });
  }
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => compareEntries(a.entry, b.entry) || a.order - b.order)
    .map(({ entry }) => entry);
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.at && b.at && a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.rank - b.rank;
}
