package org.villagegov.council.group;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreePersonGroupTests {

    static final LocalDate SINCE = LocalDate.parse("2026-01-01");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static ThreePersonGroup.Person person(String name) {
        return new ThreePersonGroup.Person(name, null);
    }

    @Test
    void whenAGroupIsComposedAgainThenTheFormerCompositionIsKeptUntilTheNewOneStarts() {
        ThreePersonGroup group = ThreePersonGroup.of("g-1", "t-jinhu", "v-baisha");
        group.compose("Group 1", person("Li"), person("Wang"), person("Zhao"), SINCE, "cadre-1", NOW);
        group.compose("Group One", person("Li"), person("Chen"), person("Zhao"), SINCE.plusYears(1), "cadre-1", NOW);

        assertThat(group.groupName()).isEqualTo("Group One");
        assertThat(group.current().partyMemberRepresentative().name()).isEqualTo("Chen");
        assertThat(group.current().until()).isNull();
        assertThat(group.history()).singleElement().satisfies(former -> {
            assertThat(former.partyMemberRepresentative().name()).isEqualTo("Wang");
            assertThat(former.until()).isEqualTo(SINCE.plusYears(1));
        });
        assertThatThrownBy(() -> group.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whenOnePersonHoldsTwoRolesThenRefused() {
        ThreePersonGroup group = ThreePersonGroup.of("g-1", "t-jinhu", "v-baisha");
        assertThatThrownBy(() -> group.compose("G", person("Li"), person("Li"), person("Zhao"), SINCE, "c", NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("leader");
        assertThatThrownBy(() -> group.compose("G", person("Li"), person("Wang"), person("Wang"), SINCE, "c", NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(group.current()).isNull();
    }

    @Test
    void whenANewCompositionStartsBeforeTheCurrentOneThenRefusedNamingSince() {
        ThreePersonGroup group = ThreePersonGroup.of("g-1", "t-jinhu", "v-baisha");
        group.compose("G", person("Li"), person("Wang"), person("Zhao"), SINCE, "c", NOW);
        assertThatThrownBy(() -> group.compose("G", person("A"), person("B"), person("C"), SINCE.minusDays(1), "c", NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("since");
        assertThat(group.history()).isEmpty();
    }
}
