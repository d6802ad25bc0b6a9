package org.villagegov.council.representative;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepresentativeRosterTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static RepresentativeRoster.Representative rep(String household) {
        return new RepresentativeRoster.Representative(household, "Rep " + household);
    }

    @Test
    void whenTheRosterIsReplacedThenTheFormerOneIsKept() {
        RepresentativeRoster roster = RepresentativeRoster.of("t-jinhu", "v-baisha");
        roster.replace(List.of(rep("hh-1"), rep("hh-2")), "cadre-1", NOW);
        assertThat(roster.history()).as("nothing to keep the first time").isEmpty();
        roster.replace(List.of(rep("hh-3")), "cadre-1", NOW);

        assertThat(roster.representatives()).extracting(RepresentativeRoster.Representative::householdId).containsExactly("hh-3");
        assertThat(roster.history()).singleElement().satisfies(former -> assertThat(former.representatives()).hasSize(2));
        assertThatThrownBy(() -> roster.representatives().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whenAHouseholdSitsTwiceThenRefusedAndTheRosterIsUnchanged() {
        RepresentativeRoster roster = RepresentativeRoster.of("t-jinhu", "v-baisha");
        assertThatThrownBy(() -> roster.replace(List.of(rep("hh-1"), rep("hh-1")), "cadre-1", NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("representatives");
        assertThat(roster.representatives()).isEmpty();
    }
}
