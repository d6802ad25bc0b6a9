package org.villagegov.points.supermarket;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code redemption.refunded} as CONTRACTS.md promises it: {redemptionId, householdId, townshipId, villageId, itemId, quantity, points}. */
class RedemptionRefundedJsonTests {

    @Test
    void whenARefundEndsThenTheEventCarriesExactlyTheContractsFields() {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        Item soap = Item.create("i-1", "t-1", "v-1", "soap", 4, 10, "clerk-1", now);
        Redemption redemption = Redemption.start("r-1", "hh-1", "t-1", "v-1", soap, 3, "clerk-1", now, now.plusSeconds(60));

        JsonNode json = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(redemption.refundedEvent()));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("redemptionId", "householdId", "townshipId",
                "villageId", "itemId", "quantity", "points");
        assertThat(json.get("villageId").asString()).isEqualTo("v-1");
        assertThat(json.get("townshipId").asString()).isEqualTo("t-1");
        assertThat(json.get("quantity").asInt()).isEqualTo(3);
        assertThat(json.get("points").isIntegralNumber()).isTrue();
        assertThat(json.get("points").asInt()).isEqualTo(12);
    }
}
