import { todayInCounty } from '../../common/format';
import type { MediationCase } from './model';

/** Test data only: a county day `days` from today. */
export function daysFromToday(days: number): string {
  const today = todayInCounty();
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const MY_MEDIATOR = { id: 'med-1', name: '王调解', userId: 'u-mediator', level: 'VILLAGE' as const };

/** Test data only: a village case in v-huashi between two households, shaped as mediation-service answers it. */
export function aCase(overrides: Partial<MediationCase> = {}): MediationCase {
  return {
    id: 'case-1',
    source: 'WALK_IN',
    reportId: null,
    referral: null,
    townshipId: 't-chengguan',
    villageId: 'v-huashi',
    category: 'NEIGHBOURHOOD',
    description: '两户因院墙排水沟堵塞发生争执',
    amount: 800,
    parties: [
      { id: 'p1', kind: 'HOUSEHOLD', householdId: 'h-1', townshipId: 't-chengguan', villageId: 'v-huashi', name: '李明' },
      { id: 'p2', kind: 'HOUSEHOLD', householdId: 'h-2', townshipId: 't-chengguan', villageId: 'v-huashi', name: '王芳' },
    ],
    level: 'VILLAGE',
    status: 'IN_MEDIATION',
    overdue: false,
    risk: null,
    mediatorId: MY_MEDIATOR.id,
    assignments: [{ mediatorId: MY_MEDIATOR.id, suggestedId: MY_MEDIATOR.id, at: '2026-11-20T02:00:00Z' }],
    openedAt: '2026-11-20T01:00:00Z',
    openedBy: 'u-cadre',
    acceptanceDeadline: daysFromToday(-7),
    acceptedOn: daysFromToday(-9),
    resolutionDeadline: daysFromToday(21),
    sessions: [],
    agreement: null,
    failures: [],
    failureDeadline: null,
    escalations: [],
    judicialConfirmation: null,
    followUpDue: null,
    followUp: null,
    outcome: null,
    closedOn: null,
    closingNotes: null,
    ratings: [],
    version: 3,
    ...overrides,
  };
}
