package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code points.awarded} as CONTRACTS.md promises it: {householdId, townshipId, villageId, amount, ruleCode, source, sourceId}. */
class PointsAwardedJsonTests {

    @Test
    void whenADeedIsPostedThenPointsAwardedCarriesExactlyTheContractsFields() {
        Posting award = new Posting("award:a-1", "hh-1", "t-1", "v-1", "g-1", -10, Posting.Source.AWARD, "gambling", 3,
                "a-1", "seen", "cadre-1", LocalDate.of(2026, 11, 20));

        JsonNode json = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(award.entry(Instant.now(), "try-1").awarded()));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("householdId", "townshipId", "villageId", "amount",
                "ruleCode", "source", "sourceId");
        assertThat(json.get("householdId").asString()).isEqualTo("hh-1");
        assertThat(json.get("townshipId").asString()).isEqualTo("t-1");
        assertThat(json.get("villageId").asString()).isEqualTo("v-1");
        assertThat(json.get("amount").isIntegralNumber()).isTrue();
        assertThat(json.get("amount").asLong()).isEqualTo(-10);
        assertThat(json.get("ruleCode").asString()).isEqualTo("gambling");
        assertThat(json.get("source").asString()).isEqualTo("AWARD");
        assertThat(json.get("sourceId").asString()).isEqualTo("a-1");
    }

    @Test
    void whenAnEventIsPostedThenTheSourceSaysEvent() {
        Posting event = new Posting("event:ev-1:hh-1", "hh-1", "t-1", "v-1", null, 2, Posting.Source.EVENT,
                "meeting-attendance", 1, "m-1", "meeting.attended", "event:ev-1", LocalDate.of(2026, 11, 20));

        JsonNode json = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(event.entry(Instant.now(), "try-1").awarded()));

        assertThat(json.get("source").asString()).isEqualTo("EVENT");
        assertThat(json.get("sourceId").asString()).isEqualTo("m-1");
    }
}
