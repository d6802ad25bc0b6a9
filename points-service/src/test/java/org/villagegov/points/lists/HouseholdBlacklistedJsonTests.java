package org.villagegov.points.lists;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code household.blacklisted} as CONTRACTS.md promises it: {householdId, townshipId, villageId, reason, periodStart, periodEnd}. */
class HouseholdBlacklistedJsonTests {

    @Test
    void whenAHouseholdIsBlackListedThenTheStoredEventCarriesExactlyTheContractsFields() {
        ListEntry entry = ListEntry.publish(ListEntry.Kind.BLACK, "hh-1", "t-1", "v-1", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), ListEntry.Basis.COMPUTED, "12 points deducted in the period", 0, 12,
                "cadre-1", Instant.parse("2026-11-24T02:00:00Z"));

        JsonNode json = EventJson.MAPPER.readTree(entry.outbox().getFirst().payload());

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("householdId", "townshipId", "villageId", "reason",
                "periodStart", "periodEnd");
        assertThat(json.get("householdId").asString()).isEqualTo("hh-1");
        assertThat(json.get("townshipId").asString()).isEqualTo("t-1");
        assertThat(json.get("villageId").asString()).isEqualTo("v-1");
        assertThat(json.get("reason").asString()).isEqualTo("12 points deducted in the period");
        // dates travel as ISO-8601 text (CONTRACTS.md), not as arrays or numbers
        assertThat(json.get("periodStart").isString()).isTrue();
        assertThat(json.get("periodStart").asString()).isEqualTo("2026-11-01");
        assertThat(json.get("periodEnd").asString()).isEqualTo("2026-11-30");
    }
}
