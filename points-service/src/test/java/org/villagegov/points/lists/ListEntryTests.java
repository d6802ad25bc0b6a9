package org.villagegov.points.lists;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListEntryTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 11, 1);
    static final LocalDate END = LocalDate.of(2026, 11, 30);

    static ListEntry publish(ListEntry.Kind kind) {
        return ListEntry.publish(kind, "hh-1", "t-1", "v-1", START, END, ListEntry.Basis.COMPUTED, "why", 0, 12, "cadre-1",
                NOW);
    }

    @Test
    void whenAHouseholdIsListedThenItsIdMakesItOncePerListVillageAndPeriod() {
        assertThat(publish(ListEntry.Kind.RED).id()).isEqualTo("RED|v-1|2026-11-01|2026-11-30|hh-1");
        assertThat(publish(ListEntry.Kind.BLACK).id()).isEqualTo("BLACK|v-1|2026-11-01|2026-11-30|hh-1");
    }

    @Test
    void whenBlackListedThenHouseholdBlacklistedIsRaisedInTheSameWrite() {
        ListEntry black = publish(ListEntry.Kind.BLACK);

        assertThat(black.outbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("household.blacklisted");
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.sent()).isFalse();
        });
    }

    @Test
    void whenRedListedThenHouseholdRedlistedIsRaisedInTheSameWriteForTheIndicators() {
        ListEntry red = publish(ListEntry.Kind.RED);

        assertThat(red.outbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("household.redlisted");
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.payload()).contains("\"villageId\":\"v-1\"");
        });
    }
}
