package org.villagegov.grid.region;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final Region TOWNSHIP = Region.create("t-1", Region.Kind.TOWNSHIP, "Jinhu", null, NOW);
    static final Region OTHER_TOWNSHIP = Region.create("t-2", Region.Kind.TOWNSHIP, "Shuangshan", null, NOW);
    static final Region VILLAGE = Region.create("v-1", Region.Kind.VILLAGE, "Baisha", TOWNSHIP, NOW);
    static final Region OTHER_VILLAGE = Region.create("v-2", Region.Kind.VILLAGE, "Dongfeng", TOWNSHIP, NOW);

    @Test
    void whenATownshipIsCreatedThenItIsItsOwnTownshipAndHasNoParent() {
        assertThat(TOWNSHIP.townshipId()).isEqualTo("t-1");
        assertThat(TOWNSHIP.parentId()).isNull();
        assertThat(TOWNSHIP.villageId()).isNull();
    }

    @Test
    void whenNodesAreCreatedDownTheTreeThenEachCarriesItsTownshipAndVillage() {
        Region bay = Region.create("n-1", Region.Kind.NATURAL_VILLAGE, "Upper Bay", VILLAGE, NOW);
        Region group = Region.create("g-1", Region.Kind.GROUP, "Group 3", bay, NOW);

        assertThat(VILLAGE.villageId()).isEqualTo("v-1");
        assertThat(VILLAGE.townshipId()).isEqualTo("t-1");
        assertThat(group.parentId()).isEqualTo("n-1");
        assertThat(group.villageId()).isEqualTo("v-1");
        assertThat(group.townshipId()).isEqualTo("t-1");
    }

    @Test
    void whenATownshipIsGivenAParentThenRefusedNamingParentId() {
        assertThatThrownBy(() -> Region.create("t-3", Region.Kind.TOWNSHIP, "x", TOWNSHIP, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("parentId"));
    }

    @Test
    void whenTheParentIsOfTheWrongKindOrMissingThenRefusedNamingParentId() {
        assertThatThrownBy(() -> Region.create("g-1", Region.Kind.GROUP, "x", VILLAGE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("parentId"));
        assertThatThrownBy(() -> Region.create("v-9", Region.Kind.VILLAGE, "x", null, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void whenAVillageMovesToAnotherTownshipThenItSaysSoAndRaisesRegionChanged() {
        Region village = Region.create("v-3", Region.Kind.VILLAGE, "Hekou", TOWNSHIP, NOW);

        boolean townshipChanged = village.moveUnder(OTHER_TOWNSHIP);

        assertThat(townshipChanged).isTrue();
        assertThat(village.parentId()).isEqualTo("t-2");
        assertThat(village.townshipId()).isEqualTo("t-2");
        assertThat(village.outbox()).extracting(OutboxEvent::type).containsExactly("region.changed");
    }

    @Test
    void whenABayMovesWithinItsVillageThenTheTownshipStays() {
        Region village = Region.create("v-3", Region.Kind.VILLAGE, "Hekou", TOWNSHIP, NOW);
        Region bay = Region.create("n-1", Region.Kind.NATURAL_VILLAGE, "Upper Bay", village, NOW);

        assertThat(bay.moveUnder(village)).isFalse();
    }

    @Test
    void whenABayMovesToAnotherVillageThenRefused() {
        Region bay = Region.create("n-1", Region.Kind.NATURAL_VILLAGE, "Upper Bay", VILLAGE, NOW);

        assertThatThrownBy(() -> bay.moveUnder(OTHER_VILLAGE)).isInstanceOf(RuleViolationException.class);
        assertThat(bay.parentId()).isEqualTo("v-1");
    }

    @Test
    void whenATownshipOrAWrongParentKindIsMovedThenRefused() {
        Region township = Region.create("t-3", Region.Kind.TOWNSHIP, "x", null, NOW);
        Region village = Region.create("v-3", Region.Kind.VILLAGE, "Hekou", TOWNSHIP, NOW);

        assertThatThrownBy(() -> township.moveUnder(OTHER_TOWNSHIP)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> village.moveUnder(OTHER_VILLAGE)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void whenRenamedThenTheIdStaysAndRegionChangedIsRaised() {
        Region village = Region.create("v-3", Region.Kind.VILLAGE, "Hekou", TOWNSHIP, NOW);

        village.rename("New Hekou");

        assertThat(village.id()).isEqualTo("v-3");
        assertThat(village.name()).isEqualTo("New Hekou");
        assertThat(village.outbox()).extracting(OutboxEvent::type).containsExactly("region.changed");
    }
}
