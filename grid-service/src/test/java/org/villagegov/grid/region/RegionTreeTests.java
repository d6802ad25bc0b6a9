package org.villagegov.grid.region;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTreeTests {

    @Test
    void whenTheTreeIsBuiltThenTownshipsComeFirstAndChildrenAreSortedByName() {
        Instant now = Instant.EPOCH;
        Region jinhu = Region.create("t-1", Region.Kind.TOWNSHIP, "Jinhu", null, now);
        Region anle = Region.create("t-2", Region.Kind.TOWNSHIP, "Anle", null, now);
        Region dongfeng = Region.create("v-2", Region.Kind.VILLAGE, "Dongfeng", jinhu, now);
        Region baisha = Region.create("v-1", Region.Kind.VILLAGE, "Baisha", jinhu, now);
        Region bay = Region.create("n-1", Region.Kind.NATURAL_VILLAGE, "Upper Bay", baisha, now);

        List<RegionTree.Node> tree = RegionTree.of(List.of(bay, dongfeng, jinhu, baisha, anle));

        assertThat(tree).extracting(RegionTree.Node::name).containsExactly("Anle", "Jinhu");
        RegionTree.Node township = tree.get(1);
        assertThat(township.children()).extracting(RegionTree.Node::name).containsExactly("Baisha", "Dongfeng");
        assertThat(township.children().get(0).children()).extracting(RegionTree.Node::id).containsExactly("n-1");
        assertThat(tree.get(0).children()).isEmpty();
    }

    @Test
    void whenThereAreNoRegionsThenTheTreeIsEmpty() {
        assertThat(RegionTree.of(List.of())).isEmpty();
    }
}
