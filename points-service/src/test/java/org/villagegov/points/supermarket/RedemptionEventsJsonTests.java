package org.villagegov.points.supermarket;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code redemption.completed} and {@code redemption.refunded} as CONTRACTS.md promises them, both
 * {redemptionId, householdId, townshipId, villageId, itemId, quantity, points}.
 */
class RedemptionEventsJsonTests {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private static Redemption twoBarsOfSoap() {
        Item soap = Item.create("i-1", "t-1", "v-1", "soap", 4, 10, "clerk-1", NOW);
        return Redemption.start("r-1", "hh-1", "t-1", "v-1", soap, 2, "clerk-1", NOW, NOW.plusSeconds(60));
    }

    private static void assertContractsFields(Object event) {
        JsonNode json = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(event));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("redemptionId", "householdId", "townshipId",
                "villageId", "itemId", "quantity", "points");
        assertThat(json.get("redemptionId").asString()).isEqualTo("r-1");
        assertThat(json.get("householdId").asString()).isEqualTo("hh-1");
        assertThat(json.get("townshipId").asString()).isEqualTo("t-1");
        assertThat(json.get("villageId").asString()).isEqualTo("v-1");
        assertThat(json.get("itemId").asString()).isEqualTo("i-1");
        assertThat(json.get("quantity").isIntegralNumber()).isTrue();
        assertThat(json.get("quantity").asInt()).isEqualTo(2);
        assertThat(json.get("points").isIntegralNumber()).isTrue();
        assertThat(json.get("points").asInt()).isEqualTo(8);
    }

    @Test
    void whenARedemptionCompletesThenTheEventCarriesExactlyTheContractsFields() {
        assertContractsFields(twoBarsOfSoap().completedEvent());
    }

    @Test
    void whenARefundEndsThenTheEventCarriesExactlyTheContractsFields() {
        assertContractsFields(twoBarsOfSoap().refundedEvent());
    }
}
