import { describe, expect, it } from 'vitest';
import type { Identity } from '../../auth/roles';
import type { RegionNode } from './api';
import { indexRegions, treeInScope, villageOf, villagesOf } from './regions';

const node = (id: string, kind: RegionNode['kind'], children: RegionNode[] = []): RegionNode => ({ id, kind, name: id, children });
const TREE: RegionNode[] = [
  node('t-chengguan', 'TOWNSHIP', [
    node('v-dongyuan', 'VILLAGE'),
    node('v-huashi', 'VILLAGE', [node('n-east', 'NATURAL_VILLAGE', [node('g-3', 'GROUP')])]),
  ]),
  node('t-yaocun', 'TOWNSHIP', [node('v-shimen', 'VILLAGE')]),
];
const person = (roles: Identity['roles'], township?: string, village?: string): Identity => ({
  subject: 's',
  username: 'u',
  name: 'n',
  realm: 'linxian',
  roles,
  township,
  village,
});

describe('the part of the region tree a person works in', () => {
  it('gives a cadre their village under its township, and nothing of the other villages', () => {
    const scoped = treeInScope(TREE, person(['village-cadre'], 't-chengguan', 'v-huashi'));
    expect(villagesOf(scoped).map((village) => village.id)).toEqual(['v-huashi']);
    expect(scoped[0].id).toBe('t-chengguan');
  });

  it('gives a township officer their township and a county admin the county', () => {
    expect(villagesOf(treeInScope(TREE, person(['township-officer'], 't-yaocun'))).map((v) => v.id)).toEqual(['v-shimen']);
    expect(villagesOf(treeInScope(TREE, person(['county-admin'])))).toHaveLength(3);
  });

  it('gives someone whose village is unknown to the tree nothing rather than the county', () => {
    expect(treeInScope(TREE, person(['village-cadre'], 't-chengguan', 'v-gone'))).toEqual([]);
    expect(treeInScope(TREE, person(['village-cadre']))).toEqual([]);
  });

  it('finds the village a natural village or group lies in, none for a township', () => {
    const index = indexRegions(TREE);
    expect(villageOf(index, 'g-3')?.id).toBe('v-huashi');
    expect(villageOf(index, 'v-shimen')?.id).toBe('v-shimen');
    expect(villageOf(index, 't-yaocun')).toBeUndefined();
  });
});
