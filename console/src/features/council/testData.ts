import type { Matter, MatterStep, RegionNode } from './api';

/** Records as council-service and grid-service answer them, for the feature's tests. */
export const tree: RegionNode[] = [
  {
    id: 't-chengguan',
    kind: 'TOWNSHIP',
    name: '城关镇',
    children: [
      {
        id: 'v-huashi',
        kind: 'VILLAGE',
        name: '花石村',
        children: [{ id: 'n-east', kind: 'NATURAL_VILLAGE', name: '东湾', children: [{ id: 'g-3', kind: 'GROUP', name: '第三村民小组', children: [] }] }],
      },
    ],
  },
];

export const cadre = { roles: ['village-cadre' as const], township: 't-chengguan', village: 'v-huashi' };

function step(stage: MatterStep['stage'], heldOn: string, extra: Partial<MatterStep> = {}): MatterStep {
  return {
    stage,
    heldOn,
    vote: null,
    passed: true,
    minutes: `${stage} 会议记录`,
    householdIds: [],
    meetingId: null,
    recordedBy: 'u-cadre',
    recordedAt: `${heldOn}T02:00:00Z`,
    attendees: [],
    meetingKind: null,
    ...extra,
  };
}

const vote = { entitled: 5, present: 4, votesFor: 4, votesAgainst: 0, abstentions: 0 };

export function matterAt(stage: Matter['stage'], status: Matter['status']): Matter {
  const steps = [
    step('PROPOSAL', '2026-11-02'),
    step('TWO_COMMITTEES', '2026-11-05', { vote, attendees: ['张三', '李四', '王五', '赵六'] }),
    step('PARTY_MEMBERS', '2026-11-09', { vote, attendees: ['张三', '李四', '王五', '赵六'] }),
    step('REPRESENTATIVES', '2026-11-12', { vote, householdIds: ['h-1', 'h-2', 'h-3', 'h-4'], meetingKind: 'REPRESENTATIVES', passed: status !== 'REJECTED' }),
    step('RESOLUTION_PUBLISHED', '2026-11-13'),
    step('RESULT_PUBLISHED', '2026-11-28'),
  ];
  const taken = steps.findIndex((candidate) => candidate.stage === stage) + 1;
  return {
    id: 'm-1',
    townshipId: 't-chengguan',
    villageId: 'v-huashi',
    title: '修建村东水渠',
    kind: 'PUBLIC_WORKS',
    amount: 120000,
    description: '村东水渠年久失修',
    stage,
    status,
    rejectionReason: status === 'REJECTED' ? '村民代表会议表决未通过' : null,
    steps: steps.slice(0, taken),
    version: taken,
  };
}

export const roster = {
  villageId: 'v-huashi',
  townshipId: 't-chengguan',
  representatives: ['李明', '王芳', '张华', '赵强', '钱进', '孙丽'].map((name, index) => ({ householdId: `h-${index + 1}`, name })),
  updatedAt: '2026-11-01T02:00:00Z',
  version: 1,
};

export const households = {
  items: [
    { id: 'h-1', townshipId: 't-chengguan', villageId: 'v-huashi', naturalVillageId: 'n-east', groupId: 'g-3', address: '东湾3号', headName: '李明' },
    { id: 'h-2', townshipId: 't-chengguan', villageId: 'v-huashi', naturalVillageId: 'n-east', groupId: 'g-3', address: '东湾7号', headName: '王芳' },
    { id: 'h-9', townshipId: 't-chengguan', villageId: 'v-huashi', naturalVillageId: 'n-west', groupId: null, address: '西湾1号', headName: '周平' },
  ],
  page: 0,
  size: 100,
  totalItems: 3,
  totalPages: 1,
};
