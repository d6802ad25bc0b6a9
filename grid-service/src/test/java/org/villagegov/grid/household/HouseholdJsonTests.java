package org.villagegov.grid.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.grid.EventContract.Kind.STRING;
import static org.villagegov.grid.EventContract.assertFields;
import static org.villagegov.grid.EventContract.fields;
import static org.villagegov.grid.EventContract.published;

/** The household events as CONTRACTS.md promises them on {@code grid.events}: places only, never personal data. */
class HouseholdJsonTests {

    private static Household registered() {
        return Household.register("h-1", "t-1", "v-1", "n-1", "g-1", "1 Bay Road", "Wang Wei", "villager-1",
                List.of(new Resident("Alice", "11010519491231002X", "13812345678", 1949, false)), Set.of(),
                "cadre-v1", Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void householdRegisteredCarriesTheHouseholdAndItsPlace() {
        JsonNode payload = published(registered(), "household.registered");

        assertFields(payload, fields("householdId", STRING, "townshipId", STRING, "villageId", STRING));
        assertThat(payload.get("householdId").asString()).isEqualTo("h-1");
        assertThat(payload.toString()).doesNotContain("11010519491231002X").doesNotContain("13812345678");
    }

    @Test
    void householdMovedCarriesBothVillagesAndTheNewTownship() {
        Household household = registered();
        household.moveTo("t-2", "v-2", null, null, "officer", Instant.parse("2026-11-25T08:00:00Z"));

        JsonNode payload = published(household, "household.moved");

        assertFields(payload, fields("householdId", STRING, "fromVillageId", STRING, "toVillageId", STRING,
                "townshipId", STRING));
        assertThat(payload.get("fromVillageId").asString()).isEqualTo("v-1");
        assertThat(payload.get("toVillageId").asString()).isEqualTo("v-2");
        assertThat(payload.get("townshipId").asString()).isEqualTo("t-2");
    }
}
