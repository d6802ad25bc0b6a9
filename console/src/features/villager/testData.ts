/** What the services answer about the demo villager's household (Li Ming's, in v-huashi), for the screens' tests. */
export const LI_MINGS_HOUSEHOLD = {
  id: 'h-li',
  townshipId: 't-chengguan',
  villageId: 'v-huashi',
  naturalVillageId: 'n-huashi-east',
  groupId: 'g-huashi-3',
  address: '东湾3号',
  headName: '李明',
  residents: [{ name: '李明', idNumber: '410581198005120035', phone: '13800000000', birthYear: 1980, partyMember: true }],
  tags: ['LOW_INCOME'],
};

/** A service's page of a list holding `items` whole. */
export function pageOf<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0 };
}
