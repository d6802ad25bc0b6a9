package org.villagegov.grid.region;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The region tree nested from its flat nodes: roots (townships) first, children by name. */
final class RegionTree {

    record Node(String id, Region.Kind kind, String name, List<Node> children) {
    }

    private RegionTree() {
    }

    static List<Node> of(Collection<Region> regions) {
        Map<String, List<Region>> byParent = regions.stream()
                .collect(Collectors.groupingBy(region -> region.parentId() == null ? "" : region.parentId()));
        return nodes(byParent, "");
    }

    private static List<Node> nodes(Map<String, List<Region>> byParent, String parentId) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparing(Region::name))
                .map(region -> new Node(region.id(), region.kind(), region.name(), nodes(byParent, region.id())))
                .toList();
    }
}
