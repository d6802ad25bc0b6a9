package org.villagegov.points.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code correction.approved} as CONTRACTS.md promises it: {correctionId, householdId, townshipId, villageId, amount, category}. */
class CorrectionApprovedJsonTests {

    @Test
    void whenACorrectionIsApprovedThenTheEventCarriesExactlyTheContractsFields() {
        Correction correction = Correction.propose("c-1", "hh-1", "t-1", "v-1", "g-1", -6,
                Correction.Category.DUPLICATE_AWARD, "awarded twice", "hh-1|2026-11", "cadre-1",
                Instant.parse("2026-11-24T02:00:00Z"));

        JsonNode json = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(correction.approvedEvent()));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("correctionId", "householdId", "townshipId",
                "villageId", "amount", "category");
        assertThat(json.get("correctionId").asString()).isEqualTo("c-1");
        assertThat(json.get("villageId").asString()).isEqualTo("v-1");
        assertThat(json.get("amount").asLong()).isEqualTo(-6);
        assertThat(json.get("category").asString()).isEqualTo("DUPLICATE_AWARD");
    }
}
