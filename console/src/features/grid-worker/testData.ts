import type { Household, MicroGrid } from './api';

/** A grid worker of Huashi as the token describes them; `subject` makes each test's outbox its own. */
export function gridWorkerIdentity(subject: string) {
  return { subject, roles: ['grid-worker' as const], village: 'v-huashi', township: 't-chengguan' };
}

export function microGrid(workerSubject: string, householdIds: string[], overrides: Partial<MicroGrid> = {}): MicroGrid {
  return {
    id: 'mg-1',
    townshipId: 't-chengguan',
    villageId: 'v-huashi',
    name: '东湾微网格',
    worker: { subject: workerSubject, name: 'Grid Worker' },
    formerWorkers: [],
    householdIds,
    households: householdIds.length,
    ...overrides,
  };
}

/**
 * 李明's household as a service that forgot to mask would answer it (ID numbers and phones whole):
 * every screen must mask them anyway.
 */
export const liMing: Household = {
  id: 'h-1',
  townshipId: 't-chengguan',
  villageId: 'v-huashi',
  address: '东湾 3 号',
  headName: '李明',
  residents: [
    { name: '李明', idNumber: '410581198005120035', phone: '13800000000', birthYear: 1980, partyMember: true },
    { name: '王芳', idNumber: '410581198203040026', phone: '13900000001', birthYear: 1982, partyMember: false },
  ],
  tags: ['LOW_INCOME', 'ELDERLY_ALONE'],
  history: [],
  version: 0,
};

/** One page of a list as the services answer it. */
export function pageOf<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}
