import { vi } from 'vitest';
import type { GridReport, Household, RegionNode } from './api';

/** Makes Ant Design's breakpoints see a screen this wide (jsdom matches no media query by itself). */
export function screenWidth(pixels: number) {
  const unmatched = window.matchMedia;
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
    return { ...unmatched(query), matches: (!min || pixels >= Number(min[1])) && (!max || pixels <= Number(max[1])) };
  });
}

/** Answers shaped as grid-service gives them on the demo stack (linxian), for the area screens' tests. */
export const REGION_TREE: RegionNode[] = [
  {
    id: 't-chengguan',
    kind: 'TOWNSHIP',
    name: '城关镇',
    children: [
      { id: 'v-dongyuan', kind: 'VILLAGE', name: '东园村', children: [] },
      {
        id: 'v-huashi',
        kind: 'VILLAGE',
        name: '花石村',
        children: [
          {
            id: 'n-huashi-east',
            kind: 'NATURAL_VILLAGE',
            name: '东湾',
            children: [{ id: 'g-huashi-3', kind: 'GROUP', name: '三组', children: [] }],
          },
        ],
      },
    ],
  },
  { id: 't-yaocun', kind: 'TOWNSHIP', name: '姚村镇', children: [{ id: 'v-shimen', kind: 'VILLAGE', name: '石门村', children: [] }] },
];

export const CADRE = { roles: ['village-cadre' as const], township: 't-chengguan', village: 'v-huashi', subject: 'cadre-1' };
export const TOWNSHIP_OFFICER = { roles: ['township-officer' as const], township: 't-chengguan', subject: 'officer-1' };

export function report(id: string, status: GridReport['status'], overrides: Partial<GridReport> = {}): GridReport {
  return {
    id,
    townshipId: 't-chengguan',
    villageId: 'v-huashi',
    category: 'SAFETY_HAZARD',
    householdIds: [],
    description: `上报事项 ${id}`,
    photoRefs: [],
    reporter: 'grid-1',
    status,
    transferredTo: null,
    deadline: null,
    notes: null,
    outcome: null,
    rating: null,
    version: 0,
    ...overrides,
  };
}

export const LI_MING: Household = {
  id: 'hh-li',
  townshipId: 't-chengguan',
  villageId: 'v-huashi',
  naturalVillageId: 'n-huashi-east',
  groupId: 'g-huashi-3',
  address: '东湾3号',
  headName: '李明',
  residents: [{ name: '李明', idNumber: '410581198005120035', phone: '13800000000', birthYear: 1980, partyMember: true }],
  tags: ['LOW_INCOME'],
  history: [
    { at: '2026-11-30T23:22:59.326Z', by: 'admin-1', what: 'registered' },
    { at: '2026-12-01T02:00:00Z', by: 'cadre-1', what: 'changed address, residents' },
  ],
  version: 1,
};
