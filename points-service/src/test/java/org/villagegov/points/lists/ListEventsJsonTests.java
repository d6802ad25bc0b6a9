package org.villagegov.points.lists;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code lists.computed} and {@code household.redlisted} as CONTRACTS.md promises them. */
class ListEventsJsonTests {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    private static JsonNode onlyEvent(org.villagegov.platform.messaging.AggregateRoot aggregate, String type) {
        assertThat(aggregate.outbox()).singleElement().satisfies(event -> assertThat(event.type()).isEqualTo(type));
        return EventJson.MAPPER.readTree(aggregate.outbox().getFirst().payload());
    }

    @Test
    void whenAListIsComputedThenItsEventNamesTheVillageThePeriodAndTheCounts() {
        JsonNode json = onlyEvent(ListComputation.record("lc-1", "t-1", "v-1", START, END, 2, 1, 3, "cadre-1", NOW),
                "lists.computed");

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("computationId", "townshipId", "villageId",
                "periodStart", "periodEnd", "red", "black", "alreadyListed");
        assertThat(json.get("villageId").asString()).isEqualTo("v-1");
        assertThat(json.get("periodStart").asString()).isEqualTo("2026-10-01");
        assertThat(json.get("red").asInt()).isEqualTo(2);
        assertThat(json.get("black").asInt()).isEqualTo(1);
        assertThat(json.get("alreadyListed").asInt()).isEqualTo(3);
    }

    @Test
    void whenAHouseholdIsListedRedThenItsEventNamesTheVillageAndHowItCameThere() {
        JsonNode json = onlyEvent(ListEntry.publish(ListEntry.Kind.RED, "hh-1", "t-1", "v-1", START, END,
                ListEntry.Basis.DESIGNATED, "model family", 0, 0, "cadre-1", NOW), "household.redlisted");

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("householdId", "townshipId", "villageId", "reason",
                "periodStart", "periodEnd", "basis");
        assertThat(json.get("basis").asString()).isEqualTo("DESIGNATED");
        assertThat(json.get("periodEnd").asString()).isEqualTo("2026-10-31");
    }
}
