import { Role, type Identity } from '../../auth/roles';
import type { RegionNode } from './api';

/**
 * The part of the county's region tree a person works in. grid-service answers the whole tree
 * (region names are public within the county), but a township officer works in their township
 * and a cadre in their village, so the screens show that part; every list and file behind it is
 * still scoped by the services themselves.
 */
export function treeInScope(tree: RegionNode[], identity: Identity): RegionNode[] {
  if (identity.roles.includes(Role.CountyAdmin)) {
    return tree;
  }
  if (identity.roles.includes(Role.TownshipOfficer) && identity.township) {
    return tree.filter((township) => township.id === identity.township);
  }
  if (identity.roles.includes(Role.VillageCadre) && identity.village) {
    return tree
      .map((township) => ({ ...township, children: township.children.filter((village) => village.id === identity.village) }))
      .filter((township) => township.children.length > 0);
  }
  return [];
}

export interface IndexedRegion {
  node: RegionNode;
  /** from the township down to the node's parent */
  ancestors: RegionNode[];
}

/** Every node of the tree by id, with the way down to it. */
export function indexRegions(tree: RegionNode[]): Map<string, IndexedRegion> {
  const index = new Map<string, IndexedRegion>();
  const walk = (nodes: RegionNode[], ancestors: RegionNode[]) => {
    for (const node of nodes) {
      index.set(node.id, { node, ancestors });
      walk(node.children, [...ancestors, node]);
    }
  };
  walk(tree, []);
  return index;
}

/** The village a node is or lies in (a natural village's or a group's village); none for a township. */
export function villageOf(index: Map<string, IndexedRegion>, id: string | undefined): RegionNode | undefined {
  const entry = id ? index.get(id) : undefined;
  if (!entry) return undefined;
  return [...entry.ancestors, entry.node].find((node) => node.kind === 'VILLAGE');
}

export interface VillageChoice {
  id: string;
  name: string;
  townshipId: string;
  townshipName: string;
}

/** The villages of a (scoped) tree, township by township, for a filter. */
export function villagesOf(tree: RegionNode[]): VillageChoice[] {
  return tree.flatMap((township) =>
    township.children
      .filter((node) => node.kind === 'VILLAGE')
      .map((village) => ({ id: village.id, name: village.name, townshipId: township.id, townshipName: township.name })),
  );
}

/** A place's name as people know it; the id when the tree does not (yet) know it. */
export function regionName(index: Map<string, IndexedRegion>, id: string | null | undefined): string {
  if (!id) return '';
  return index.get(id)?.node.name ?? id;
}
